/// A fully connected layer: z = xW + b, a = f(z).
///
/// Shapes: x is batch × inputs, W is inputs × outputs (`W[i][j]` joins input i to unit j),
/// b has `outputs` entries, z and a are batch × outputs.
///
/// Backward, given δ = dL/dz (batch × outputs):
///   dL/dW = xᵀδ (inputs × outputs),  dL/db = Σ_rows δ,  dL/dx = δWᵀ (batch × inputs).
public struct Dense<T: NNScalar>: Equatable, Sendable {
    /// inputs × outputs
    public var weights: Matrix<T>
    /// One bias per unit.
    public var biases: [T]
    /// The activation f.
    public var activation: Activation

    /// Number of inputs.
    public var inputs: Int { weights.rows }
    /// Number of units.
    public var outputs: Int { weights.columns }
    /// Weights plus biases.
    public var parameterCount: Int { weights.values.count + biases.count }

    /// A layer with the given weights (inputs × outputs) and biases.
    public init(weights: Matrix<T>, biases: [T], activation: Activation) {
        precondition(biases.count == weights.columns, "one bias per unit")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// z = xW + b then a = f(z), into buffers of batch × outputs.
    func forward(_ x: Matrix<T>, z: inout Matrix<T>, a: inout Matrix<T>) {
        let units = outputs
        z.values.withUnsafeMutableBufferPointer { pz in
            biases.withUnsafeBufferPointer { pb in
                var start = 0
                while start < pz.count {
                    for j in 0..<units { pz[start + j] = pb[j] }
                    start += units
                }
            }
        }
        MatrixProduct.gemm(x, weights, into: &z, beta: 1)
        z.values.withUnsafeBufferPointer { pz in
            a.values.withUnsafeMutableBufferPointer { pa in
                activation.apply(pz, pa, units: units)
            }
        }
    }

    /// Given δ = dL/dz, writes dL/dW = xᵀδ and dL/db = Σ_rows δ.
    func parameterGradients(input x: Matrix<T>, delta: Matrix<T>,
                            weights gradW: inout Matrix<T>, biases gradB: inout [T]) {
        MatrixProduct.gemm(x, delta, transposeA: true, into: &gradW)
        let units = outputs
        delta.values.withUnsafeBufferPointer { pd in
            gradB.withUnsafeMutableBufferPointer { pg in
                for j in 0..<units { pg[j] = 0 }
                var start = 0
                while start < pd.count {
                    for j in 0..<units { pg[j] += pd[start + j] }
                    start += units
                }
            }
        }
    }

    /// dL/dx = δWᵀ, then through the previous layer's activation: δ_prev = dL/dx ⊙ f′_prev(z_prev).
    func inputDelta(_ delta: Matrix<T>, previous: Activation, z: Matrix<T>, a: Matrix<T>,
                    into deltaPrevious: inout Matrix<T>) {
        MatrixProduct.gemm(delta, weights, transposeB: true, into: &deltaPrevious)
        let units = inputs
        z.values.withUnsafeBufferPointer { pz in
            a.values.withUnsafeBufferPointer { pa in
                deltaPrevious.values.withUnsafeMutableBufferPointer { pd in
                    previous.backward(pd, z: pz, a: pa, units: units)
                }
            }
        }
    }
}
