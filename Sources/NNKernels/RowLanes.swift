/// A forward pass through a stack of small dense layers with the rows of the batch in vector
/// lanes, for evaluation: only the last layer's pre-activations z are written out.
///
/// For each block of 4·L rows (L lanes per vector) the inputs are turned so that one vector
/// holds one feature of L rows; every layer then computes, for each unit j and each of the
/// four row vectors,
///
///     s = fma(x[k−1], W[k−1][j], … fma(x[0], W[0][j], 0)),   z = s + b[j],
///
/// one lane per row: the chain of every kernel family (``WideProduct``), so each z has the same
/// bits as the layer-by-layer pass. Relu is applied in registers as a unit's vectors are stored;
/// other hidden activations run on the block while it is in the first-level cache, leaky relu
/// and linear inline and any other through the caller's elementwise function, which gives the
/// same bits in any layout. The hidden layers' z and a are
/// never stored, and a one-unit output layer runs four chains side by side instead of one.
public enum RowLanes {
    /// The vector type a pass runs on, with what generic SIMD code cannot say fast: relu of a
    /// vector, through the comparison and select of eight-lane vectors.
    public protocol Lanes {
        associatedtype Vector: SIMD where Vector.Scalar == Float
        /// z > 0 ? z : 0 in every lane.
        static func rectify(_ z: Vector) -> Vector
    }

    /// One layer as the pass reads it: W is inputs × outputs, row-major; b has outputs entries.
    public struct Layer {
        public let weights: UnsafePointer<Float>
        public let biases: UnsafePointer<Float>
        public let inputs: Int
        public let outputs: Int
        public let hidden: Hidden

        public init(weights: UnsafePointer<Float>, biases: UnsafePointer<Float>, inputs: Int, outputs: Int,
                    hidden: Hidden) {
            self.weights = weights
            self.biases = biases
            self.inputs = inputs
            self.outputs = outputs
            self.hidden = hidden
        }
    }

    /// A hidden layer's activation: the ones computed inline, or `other` (the caller's function).
    public enum Hidden: Equatable, Sendable {
        /// max(z, 0), as z > 0 ? z : 0.
        case relu
        /// z > 0 ? z : slope·z.
        case leaky(slope: Float)
        /// z.
        case linear
        /// Computed by the caller's elementwise function.
        case other
    }

    /// Row vectors per block.
    public static let groups = 4

    /// Bytes of scratch `forward` needs with V of `lanes` Floats, for layers as wide as `width`
    /// (inputs included); it must be aligned to `scratchAlignment`.
    public static func scratchBytes(lanes: Int, width: Int) -> Int { 2 * groups * width * lanes * 4 }

    /// Alignment of the scratch: one cache line, which holds a sixteen-lane vector.
    public static let scratchAlignment = 64

    /// z of the last layer (rows × its outputs, row-major, written at `z`) for the `rows` rows of
    /// `input` (rows × layers[0].inputs, row-major), with the rows in the lanes of V.
    /// `scratch` holds `scratchBytes(lanes:width:)` for the widest layer (`width`);
    /// `activate(layer, values, count)` applies layer `layer`'s activation to `count` values in
    /// place when its `hidden` is `other`.
    @inlinable
    public static func forward<L: Lanes>(
        _: L.Type, rows: Int, input: UnsafePointer<Float>, layers: UnsafeBufferPointer<Layer>,
        scratch: UnsafeMutableRawPointer, width: Int, z: UnsafeMutablePointer<Float>,
        activate: (Int, UnsafeMutablePointer<Float>, Int) -> Void
    ) {
        typealias V = L.Vector
        guard let first = layers.first, let last = layers.last else { return }
        let lanes = V.scalarCount
        let block = groups * lanes
        var current = scratch.bindMemory(to: V.self, capacity: 2 * groups * width)
        var next = current + groups * width
        var start = 0
        while start < rows {
            let count = min(block, rows - start)
            turnIn(input + start * first.inputs, rows: count, columns: first.inputs, into: current, lanes: lanes)
            for l in layers.indices {
                let layer = layers[l]
                let isOutput = l == layers.count - 1
                units(L.self, layer, from: current, into: next, relu: !isOutput && layer.hidden == .relu)
                if isOutput { break }
                activateBlock(next, layer: l, hidden: layer.hidden, count: layer.outputs * groups, activate: activate)
                swap(&current, &next)
            }
            turnOut(next, rows: count, columns: last.outputs, into: z + start * last.outputs, lanes: lanes)
            start += count
        }
    }

    /// Writes feature p of block row g·L + r into lane r of vector p·4 + g; rows past `rows` are 0.
    @inlinable
    static func turnIn<V: SIMD>(_ input: UnsafePointer<Float>, rows: Int, columns: Int,
                                into target: UnsafeMutablePointer<V>, lanes: Int) where V.Scalar == Float {
        let values = UnsafeMutableRawPointer(target).assumingMemoryBound(to: Float.self)
        let block = groups * lanes
        for p in 0..<columns {
            let column = values + p * block
            for r in 0..<rows { column[r] = input[r * columns + p] }
            for r in rows..<block { column[r] = 0 }
        }
    }

    /// Reads lane r of vector p·4 + g back into row g·L + r, column p, for the first `rows` rows.
    @inlinable
    static func turnOut<V: SIMD>(_ source: UnsafeMutablePointer<V>, rows: Int, columns: Int,
                                 into output: UnsafeMutablePointer<Float>, lanes: Int) where V.Scalar == Float {
        let values = UnsafeRawPointer(source).assumingMemoryBound(to: Float.self)
        let block = groups * lanes
        for p in 0..<columns {
            let column = values + p * block
            for r in 0..<rows { output[r * columns + p] = column[r] }
        }
    }

    /// z of every unit of `layer` for the block: with sixteen lanes (32 registers) four units at
    /// a time (sixteen independent chains), then two at a time (eight), then a last unit alone
    /// (four).
    @inlinable
    static func units<L: Lanes>(_: L.Type, _ layer: Layer, from x: UnsafeMutablePointer<L.Vector>,
                                into out: UnsafeMutablePointer<L.Vector>, relu: Bool) {
        typealias V = L.Vector
        @inline(__always)
        func finish(_ s: V, _ b: V) -> V {
            let z = s + b
            return relu ? L.rectify(z) : z
        }
        let n = layer.outputs
        let w = layer.weights
        var j = 0
        while V.scalarCount >= 16 && j + 4 <= n {
            var s0 = V(), s1 = V(), s2 = V(), s3 = V()
            var t0 = V(), t1 = V(), t2 = V(), t3 = V()
            var u0 = V(), u1 = V(), u2 = V(), u3 = V()
            var v0 = V(), v1 = V(), v2 = V(), v3 = V()
            var row = w + j
            var xp = x
            for _ in 0..<layer.inputs {
                let x0 = xp[0], x1 = xp[1], x2 = xp[2], x3 = xp[3]
                let a = V(repeating: row[0]), b = V(repeating: row[1])
                let c = V(repeating: row[2]), d = V(repeating: row[3])
                s0 = s0.addingProduct(x0, a)
                s1 = s1.addingProduct(x1, a)
                s2 = s2.addingProduct(x2, a)
                s3 = s3.addingProduct(x3, a)
                t0 = t0.addingProduct(x0, b)
                t1 = t1.addingProduct(x1, b)
                t2 = t2.addingProduct(x2, b)
                t3 = t3.addingProduct(x3, b)
                u0 = u0.addingProduct(x0, c)
                u1 = u1.addingProduct(x1, c)
                u2 = u2.addingProduct(x2, c)
                u3 = u3.addingProduct(x3, c)
                v0 = v0.addingProduct(x0, d)
                v1 = v1.addingProduct(x1, d)
                v2 = v2.addingProduct(x2, d)
                v3 = v3.addingProduct(x3, d)
                row += n
                xp += groups
            }
            let o = out + j * groups
            let a = V(repeating: layer.biases[j]), b = V(repeating: layer.biases[j + 1])
            let c = V(repeating: layer.biases[j + 2]), d = V(repeating: layer.biases[j + 3])
            o[0] = finish(s0, a)
            o[1] = finish(s1, a)
            o[2] = finish(s2, a)
            o[3] = finish(s3, a)
            o[4] = finish(t0, b)
            o[5] = finish(t1, b)
            o[6] = finish(t2, b)
            o[7] = finish(t3, b)
            o[8] = finish(u0, c)
            o[9] = finish(u1, c)
            o[10] = finish(u2, c)
            o[11] = finish(u3, c)
            o[12] = finish(v0, d)
            o[13] = finish(v1, d)
            o[14] = finish(v2, d)
            o[15] = finish(v3, d)
            j += 4
        }
        while j + 2 <= n {
            var s0 = V(), s1 = V(), s2 = V(), s3 = V()
            var t0 = V(), t1 = V(), t2 = V(), t3 = V()
            var row = w + j
            var xp = x
            for _ in 0..<layer.inputs {
                let u = V(repeating: row[0]), v = V(repeating: row[1])
                let x0 = xp[0], x1 = xp[1], x2 = xp[2], x3 = xp[3]
                s0 = s0.addingProduct(x0, u)
                s1 = s1.addingProduct(x1, u)
                s2 = s2.addingProduct(x2, u)
                s3 = s3.addingProduct(x3, u)
                t0 = t0.addingProduct(x0, v)
                t1 = t1.addingProduct(x1, v)
                t2 = t2.addingProduct(x2, v)
                t3 = t3.addingProduct(x3, v)
                row += n
                xp += groups
            }
            let b = V(repeating: layer.biases[j]), c = V(repeating: layer.biases[j + 1])
            let o = out + j * groups
            o[0] = finish(s0, b)
            o[1] = finish(s1, b)
            o[2] = finish(s2, b)
            o[3] = finish(s3, b)
            o[4] = finish(t0, c)
            o[5] = finish(t1, c)
            o[6] = finish(t2, c)
            o[7] = finish(t3, c)
            j += 2
        }
        if j < n {
            var s0 = V(), s1 = V(), s2 = V(), s3 = V()
            var row = w + j
            var xp = x
            for _ in 0..<layer.inputs {
                let u = V(repeating: row[0])
                s0 = s0.addingProduct(xp[0], u)
                s1 = s1.addingProduct(xp[1], u)
                s2 = s2.addingProduct(xp[2], u)
                s3 = s3.addingProduct(xp[3], u)
                row += n
                xp += groups
            }
            let b = V(repeating: layer.biases[j])
            let o = out + j * groups
            o[0] = finish(s0, b)
            o[1] = finish(s1, b)
            o[2] = finish(s2, b)
            o[3] = finish(s3, b)
        }
    }

    /// a = f(z) in place over `count` vectors' worth of the block (as plain Float loops, which
    /// the compiler turns into vector code of the target's width); relu was applied as `units`
    /// stored the block.
    @inlinable
    static func activateBlock<V: SIMD>(_ block: UnsafeMutablePointer<V>, layer: Int, hidden: Hidden, count: Int,
                                       activate: (Int, UnsafeMutablePointer<Float>, Int) -> Void)
    where V.Scalar == Float {
        let values = UnsafeMutableRawPointer(block).assumingMemoryBound(to: Float.self)
        let total = count * V.scalarCount
        switch hidden {
        case .relu, .linear:
            break
        case .leaky(let slope):
            for i in 0..<total { values[i] = values[i] > 0 ? values[i] : slope * values[i] }
        case .other:
            activate(layer, values, total)
        }
    }
}

#if !NNB_PORTABLE
extension RowLanes {
    /// ``forward(_:rows:input:layers:scratch:width:z:activate:)`` with sixteen rows to a vector,
    /// compiled for AVX-512: call it only after the processor has been seen to support it.
    public static func forwardSixteen(
        rows: Int, input: UnsafePointer<Float>, layers: UnsafeBufferPointer<Layer>,
        scratch: UnsafeMutableRawPointer, width: Int, z: UnsafeMutablePointer<Float>,
        activate: (Int, UnsafeMutablePointer<Float>, Int) -> Void
    ) {
        forward(Sixteen.self, rows: rows, input: input, layers: layers, scratch: scratch, width: width,
                z: z, activate: activate)
    }

    /// Sixteen rows to an AVX-512 register; relu on its two halves.
    public enum Sixteen: Lanes {
        public typealias Vector = SIMD16<Float>

        @inlinable @inline(__always)
        public static func rectify(_ z: Vector) -> Vector {
            let low = z.lowHalf, high = z.highHalf
            return Vector(lowHalf: SIMD8<Float>().replacing(with: low, where: low .> 0),
                          highHalf: SIMD8<Float>().replacing(with: high, where: high .> 0))
        }
    }
}
#endif
