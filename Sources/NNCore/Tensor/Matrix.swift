/// A dense matrix in contiguous row-major storage: element (r, c) lives at `values[r·columns + c]`.
///
/// Rows are samples and columns features throughout the engine; a layer's weights are
/// inputs × outputs.
public struct Matrix<T: NNScalar>: Equatable, Sendable {
    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// The elements, row after row (`rows·columns` of them).
    public var values: [T]

    /// A rows × columns matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: T = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix sizes must be non-negative")
        self.rows = rows
        self.columns = columns
        self.values = Array(repeating: value, count: rows * columns)
    }

    /// A rows × columns matrix over `values` given row after row.
    public init(rows: Int, columns: Int, values: [T]) {
        precondition(values.count == rows * columns, "expected \(rows)×\(columns) values, got \(values.count)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix from nested rows, all of the same length.
    public init(_ nested: [[T]]) {
        let width = nested.first?.count ?? 0
        precondition(nested.allSatisfy { $0.count == width }, "rows of different lengths")
        self.init(rows: nested.count, columns: width, values: nested.flatMap { $0 })
    }

    /// Element (row, column).
    @inlinable public subscript(row: Int, column: Int) -> T {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// The rows as nested arrays (for printing and files).
    public var nested: [[T]] {
        (0..<rows).map { r in Array(values[(r * columns)..<((r + 1) * columns)]) }
    }

    /// The matrix with every element converted to another scalar type.
    public func converted<U: NNScalar>(to _: U.Type = U.self) -> Matrix<U> {
        Matrix<U>(rows: rows, columns: columns, values: values.map { U($0) })
    }

    /// The rows `range` as a new matrix.
    public func rows(_ range: Range<Int>) -> Matrix<T> {
        Matrix(rows: range.count, columns: columns,
               values: Array(values[(range.lowerBound * columns)..<(range.upperBound * columns)]))
    }
}
