extension Network where T == Float {
    /// ``outputs(_:chunk:)`` of a 32-bit network, compiled in this module for `Float`.
    ///
    /// Another module calling the generic method reaches its unspecialised entry point, which
    /// runs many times slower; the shell evaluates boundary grids through this one while a
    /// network trains, so a picture costs about as much as an epoch of a small data set.
    public func floatOutputs(_ inputs: Matrix<Float>, chunk: Int = 1024) -> Matrix<Float> {
        outputs(inputs, chunk: chunk)
    }
}
