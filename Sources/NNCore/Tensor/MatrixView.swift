/// A rows × columns row-major window onto memory owned elsewhere (a `Workspace`).
///
/// Views are plain values (a pointer and two sizes), so passing them around in the training
/// step costs no reference counting; writes go straight to the owner's buffer.
public struct MatrixView<T: NNScalar>: @unchecked Sendable {
    /// The first element.
    public let base: UnsafeMutablePointer<T>
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int

    /// A view of `rows × columns` elements starting at `base`.
    public init(base: UnsafeMutablePointer<T>, rows: Int, columns: Int) {
        self.base = base
        self.rows = rows
        self.columns = columns
    }

    /// rows·columns
    @inline(__always) public var count: Int { rows * columns }

    /// The elements as a buffer.
    @inline(__always) public var buffer: UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// Element (row, column).
    @inline(__always) public subscript(row: Int, column: Int) -> T {
        get { base[row * columns + column] }
        nonmutating set { base[row * columns + column] = newValue }
    }

    /// Copies rows `indices` of `source` into the first rows of this view (same width).
    public func gatherRows(of source: Matrix<T>, _ indices: ArraySlice<Int>) {
        precondition(indices.count <= rows && columns == source.columns, "gather shape mismatch")
        let width = columns
        source.values.withUnsafeBufferPointer { src in
            guard let from = src.baseAddress else { return }
            var out = base
            for index in indices {
                let row = from + index * width
                for c in 0..<width { out[c] = row[c] }
                out += width
            }
        }
    }

    /// Copies a matrix of the same shape into the view.
    public func copy(from matrix: Matrix<T>) {
        precondition(matrix.rows == rows && matrix.columns == columns, "copy shape mismatch")
        matrix.values.withUnsafeBufferPointer { src in
            if let from = src.baseAddress { base.update(from: from, count: count) }
        }
    }

    /// The elements as a new array.
    public var values: [T] { Array(buffer) }

    /// The rows as nested arrays.
    public var nested: [[T]] { matrix.nested }

    /// The elements as a new matrix.
    public var matrix: Matrix<T> { Matrix(rows: rows, columns: columns, values: values) }
}
