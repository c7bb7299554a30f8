/// Comma-separated text as a header and rows of string fields (RFC 4180 style), text only:
/// reading and writing files is the caller's job.
///
/// Parsing accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, and double-quoted fields
/// that may hold commas, line breaks and `""` for a quote. Blank lines (empty or only spaces and
/// tabs, unquoted) are skipped, so trailing blank lines are ignored; the first other line is the
/// header. Unquoted fields are kept as written, spaces included.
public struct CSVTable: Sendable, Equatable {
    /// The header fields, one per column.
    public var header: [String]
    /// The data rows, each with `header.count` fields.
    public var rows: [[String]]
    /// The 1-based text line on which each row starts, for error messages; rows built in code
    /// count from line 2. Not part of equality.
    public var lines: [Int]

    /// A table from its header and rows; `lines` become 2, 3, ….
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
        lines = rows.indices.map { $0 + 2 }
    }

    /// Tables are equal when their headers and rows are; where the rows came from does not count.
    public static func == (lhs: CSVTable, rhs: CSVTable) -> Bool {
        lhs.header == rhs.header && lhs.rows == rhs.rows
    }

    /// Parses `text`: the header, then one row per record.
    ///
    /// - Throws: `DataError` when the text has no header, a quoted field is never closed, text
    ///   follows a closing quote, or a row's field count differs from the header's (naming the
    ///   line and the expected count).
    public static func parse(_ text: String) throws -> CSVTable {
        var tokenizer = CSVTokenizer()
        var builder = Builder()
        var contiguous = text
        try contiguous.withUTF8 { try tokenizer.consume($0, into: &builder) }
        try tokenizer.finish(into: &builder)
        guard let header = builder.header else {
            throw DataError("the CSV text is empty; it needs a header line such as x1,x2,label and data rows")
        }
        if let ragged = builder.firstRagged {
            throw raggedRow(line: ragged.line, fields: ragged.count, expected: header.count)
        }
        var table = CSVTable(header: header, rows: builder.rows)
        table.lines = builder.lines
        return table
    }

    /// The table as CSV text: one line per record ending in "\n", fields joined by commas.
    ///
    /// A field is quoted (inner quotes doubled) when it holds a comma, quote or line break, or
    /// when it is the only field of a row and blank, so `parse(formatted())` gives the table back.
    public func formatted() -> String {
        var text = ""
        for record in [header] + rows {
            let blankSingle = record.count == 1 && record[0].allSatisfy { $0 == " " || $0 == "\t" }
            text += record.map { blankSingle ? Self.quoted($0) : Self.escaped($0) }
                .joined(separator: ",")
            text += "\n"
        }
        return text
    }

    /// The error for a row of `fields` fields under a header of `expected`.
    static func raggedRow(line: Int, fields: Int, expected: Int) -> DataError {
        let found = fields == 1 ? "1 field" : "\(fields) fields"
        return DataError(line: line, "the row has \(found) but the header has \(expected); give every row \(expected) comma-separated fields")
    }

    private static func escaped(_ field: String) -> String {
        let special = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        return special ? quoted(field) : field
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Collects the tokenizer's records as a table, noting the first row whose field count
/// differs from the header's (reported only once the whole text has been read, as a syntax
/// error later in the text comes first).
private struct Builder: CSVSink {
    var header: [String]?
    var rows: [[String]] = []
    var lines: [Int] = []
    var firstRagged: (line: Int, count: Int)?
    private var record: [String] = []

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, index: Int, quoted: Bool, line: Int) {
        record.append(String(decoding: bytes, as: UTF8.self))
    }

    static var takesNumbers: Bool { false }

    mutating func number(_ value: Double, index: Int) -> Bool { false }

    mutating func endRecord(line: Int, count: Int, blank: Bool) {
        defer { record.removeAll(keepingCapacity: true) }
        guard !blank else { return }
        guard let header else {
            header = record
            return
        }
        if record.count != header.count, firstRagged == nil {
            firstRagged = (line, record.count)
        }
        rows.append(record)
        lines.append(line)
    }
}
