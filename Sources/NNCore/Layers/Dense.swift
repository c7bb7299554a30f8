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

    /// z = xW + b, then a = f(z). Small shapes add b inside the product's first pass; for BLAS
    /// every row of z starts as b and the product is added to it.
    @inline(__always)
    func forward(_ x: MatrixView<T>, z: MatrixView<T>, a: MatrixView<T>) {
        let units = outputs
        let rows = x.rows
        let width = inputs
        weights.values.withUnsafeBufferPointer { pw in
            biases.withUnsafeBufferPointer { pb in
                guard let w = pw.baseAddress, let b = pb.baseAddress else { return }
                if MatrixProduct.usesOwnKernel(m: rows, n: units, k: width) {
                    SmallProduct.gemm(m: rows, n: units, k: width, alpha: 1, a: x.base, lda: width, transA: false,
                                      b: w, ldb: units, transB: false, beta: 0, c: z.base, ldc: units, bias: b)
                } else {
                    for r in 0..<rows { (z.base + r * units).update(from: b, count: units) }
                    T.blasGEMM(transA: false, transB: false, m: rows, n: units, k: width, alpha: 1, a: x.base, lda: width,
                               b: w, ldb: units, beta: 1, c: z.base, ldc: units)
                }
            }
        }
        activation.apply(UnsafeBufferPointer(z.buffer), a.buffer, units: units)
    }

    /// Given δ = dL/dz, writes dL/dW = xᵀδ and dL/db = Σ_rows δ.
    @inline(__always)
    func parameterGradients(input x: MatrixView<T>, delta: MatrixView<T>,
                            weights gradW: inout Matrix<T>, biases gradB: inout [T]) {
        let units = outputs
        let width = inputs
        let rows = x.rows
        gradW.values.withUnsafeMutableBufferPointer { pg in
            guard let g = pg.baseAddress else { return }
            MatrixProduct.gemm(m: width, n: units, k: rows, alpha: 1, a: x.base, lda: width, transA: true,
                               b: delta.base, ldb: units, transB: false, beta: 0, c: g, ldc: units)
        }
        gradB.withUnsafeMutableBufferPointer { pg in
            guard let g = pg.baseAddress else { return }
            Lanes.walk(units, vector: { j in
                var sum = Lanes.Vector<T>()
                for r in 0..<rows { sum += Lanes.load(delta.base + r * units + j) }
                Lanes.store(sum, g + j)
            }, single: { j in
                var sum: T = 0
                for r in 0..<rows { sum += delta.base[r * units + j] }
                g[j] = sum
            })
        }
    }

    /// dL/dx = δWᵀ, then through the previous layer's activation: δ_prev = dL/dx ⊙ f′_prev(z_prev).
    ///
    /// Shapes small enough for the hand-written product first copy W into `scratch` as Wᵀ
    /// (outputs × inputs), so the product runs along rows; BLAS takes the transpose as a flag.
    @inline(__always)
    func inputDelta(_ delta: MatrixView<T>, previous: Activation, z: MatrixView<T>, a: MatrixView<T>,
                    into deltaPrevious: MatrixView<T>, scratch: UnsafeMutablePointer<T>) {
        let units = outputs
        let width = inputs
        let rows = delta.rows
        weights.values.withUnsafeBufferPointer { pw in
            guard let w = pw.baseAddress else { return }
            if MatrixProduct.usesOwnKernel(m: rows, n: width, k: units) {
                for i in 0..<width {
                    for j in 0..<units { scratch[j * width + i] = w[i * units + j] }
                }
                SmallProduct.gemm(m: rows, n: width, k: units, alpha: 1, a: delta.base, lda: units, transA: false,
                                  b: scratch, ldb: width, transB: false, beta: 0, c: deltaPrevious.base, ldc: width)
            } else {
                T.blasGEMM(transA: false, transB: true, m: rows, n: width, k: units, alpha: 1, a: delta.base, lda: units,
                           b: w, ldb: units, beta: 0, c: deltaPrevious.base, ldc: width)
            }
        }
        previous.backward(deltaPrevious.buffer, z: UnsafeBufferPointer(z.buffer), a: UnsafeBufferPointer(a.buffer), units: width)
    }
}
