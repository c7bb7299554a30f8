import NNKernels

extension Network where T == Float {
    /// ``outputs(_:chunk:)`` of a 32-bit network, compiled in this module for `Float`, with the
    /// same bits.
    ///
    /// Another module calling the generic method reaches its unspecialised entry point, which
    /// runs many times slower; the shell evaluates boundary grids through this one while a
    /// network trains, so a picture costs about as much as an epoch of a small data set. Where
    /// chunks of `chunk` rows would run in nnb's own kernels, all the rows go through one
    /// ``RowLanes`` pass, which gives each row the same bits whatever the chunks.
    public func floatOutputs(_ inputs: Matrix<Float>, chunk: Int = 1024) -> Matrix<Float> {
        precondition(inputs.columns == inputWidth, "expected \(inputWidth) input columns, got \(inputs.columns)")
        var result = Matrix<Float>(rows: inputs.rows, columns: outputWidth)
        let ran = inputs.values.withUnsafeBufferPointer { source in
            result.values.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return false }
                return laneOutputs(rows: inputs.rows, input: from, chunk: chunk, z: to, a: to)
            }
        }
        return ran ? result : outputs(inputs, chunk: chunk)
    }

    /// The last layer's z and a (rows × outputs each, at `z` and `a`, which may be the same
    /// buffer) for `rows` rows at `input`, through one ``RowLanes`` pass, when a pass in chunks
    /// of `chunk` rows would run every product in nnb's own kernels: then each row has the bits
    /// the chunked layer-by-layer pass (``forward(_:input:)``) would give it. False, and nothing
    /// written, otherwise (a product large enough for BLAS, or the `reference` kernel family).
    ///
    /// Each block of rows goes through all the layers while it is in the first-level cache, and
    /// no hidden z or a is stored.
    func laneOutputs(rows: Int, input: UnsafePointer<Float>, chunk: Int, z: UnsafeMutablePointer<Float>,
                     a: UnsafeMutablePointer<Float>) -> Bool {
        guard rows > 0, runsInLanes(rows: min(chunk, rows)), laneOutputZ(rows: rows, input: input, z: z)
        else { return false }
        let count = rows * outputWidth
        layers[layers.count - 1].activation.apply(UnsafeBufferPointer(start: z, count: count),
                                                  UnsafeMutableBufferPointer(start: a, count: count), units: outputWidth)
        return true
    }

    /// Whether a pass of `rows` rows runs every product in nnb's own kernels, of a family other
    /// than `reference`: then the ``RowLanes`` pass gives the same bits.
    func runsInLanes(rows: Int) -> Bool {
        KernelFamily.active != .reference
            && layers.allSatisfy { MatrixProduct.usesOwnKernel(m: rows, n: $0.outputs, k: $0.inputs) }
    }

    /// The last layer's z (rows × outputs at `z`) for `rows` rows at `input`, through
    /// ``RowLanes``; false if it could not run.
    private func laneOutputZ(rows: Int, input: UnsafePointer<Float>, z: UnsafeMutablePointer<Float>) -> Bool {
        let width = layers.reduce(inputWidth) { max($0, $1.outputs) }
        let wide = KernelFamily.active == .avx512
        let bytes = RowLanes.scratchBytes(lanes: wide ? 16 : 8, width: width)
        return withLaneLayers { lanes in
            withUnsafeTemporaryAllocation(byteCount: bytes, alignment: RowLanes.scratchAlignment) { scratch in
                guard let base = scratch.baseAddress else { return }
                let activate: (Int, UnsafeMutablePointer<Float>, Int) -> Void = { l, values, count in
                    layers[l].activation.apply(UnsafeBufferPointer(start: values, count: count),
                                               UnsafeMutableBufferPointer(start: values, count: count),
                                               units: layers[l].outputs)
                }
                #if !NNB_PORTABLE
                if wide {
                    RowLanes.forwardSixteen(rows: rows, input: input, layers: lanes, scratch: base, width: width,
                                            z: z, activate: activate)
                    return
                }
                #endif
                RowLanes.forward(EightLanes.self, rows: rows, input: input, layers: lanes, scratch: base,
                                 width: width, z: z, activate: activate)
            }
        }
    }

    /// The layers as ``RowLanes`` reads them, their storage pinned for the duration of `body`;
    /// false (and `body` not run) if a layer has no storage.
    private func withLaneLayers(_ body: (UnsafeBufferPointer<RowLanes.Layer>) -> Void) -> Bool {
        layers.withUnsafeBufferPointer { dense in
            withUnsafeTemporaryAllocation(of: RowLanes.Layer.self, capacity: dense.count) { lanes in
                Self.pin(dense, from: 0, into: lanes, body)
            }
        }
    }

    /// Pins layer `l` and those after it (read in place, no copies), then runs `body`.
    private static func pin(_ dense: UnsafeBufferPointer<Dense<Float>>, from l: Int,
                            into lanes: UnsafeMutableBufferPointer<RowLanes.Layer>,
                            _ body: (UnsafeBufferPointer<RowLanes.Layer>) -> Void) -> Bool {
        guard l < dense.count else {
            body(UnsafeBufferPointer(lanes))
            return true
        }
        let hidden: RowLanes.Hidden = switch dense[l].activation {
        case .relu: .relu
        case .leakyRelu: .leaky(slope: Float(Activation.leakySlope))
        case .linear: .linear
        default: .other
        }
        return dense[l].weights.values.withUnsafeBufferPointer { w in
            dense[l].biases.withUnsafeBufferPointer { b in
                guard let weights = w.baseAddress, let biases = b.baseAddress, let slot = lanes.baseAddress else {
                    return false
                }
                (slot + l).initialize(to: RowLanes.Layer(weights: weights, biases: biases, inputs: dense[l].inputs,
                                                         outputs: dense[l].outputs, hidden: hidden))
                return pin(dense, from: l + 1, into: lanes, body)
            }
        }
    }
}

/// Eight rows to a vector (one AVX2 register, two of four lanes elsewhere) for ``RowLanes``.
enum EightLanes: RowLanes.Lanes {
    typealias Vector = SIMD8<Float>

    @inline(__always)
    static func rectify(_ z: Vector) -> Vector { Vector().replacing(with: z, where: z .> 0) }
}
