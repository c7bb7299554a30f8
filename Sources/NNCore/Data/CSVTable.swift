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
        var reader = CSVReader(text)
        var records: [CSVReader.Record] = []
        while let record = try reader.nextRecord() {
            if !record.isBlank {
                records.append(record)
            }
        }
        guard let head = records.first else {
            throw DataError("the CSV text is empty; it needs a header line such as x1,x2,label and data rows")
        }
        var table = CSVTable(header: head.fields, rows: [])
        for record in records.dropFirst() {
            guard record.fields.count == head.fields.count else {
                throw raggedRow(line: record.line, fields: record.fields.count,
                                expected: head.fields.count)
            }
            table.rows.append(record.fields)
            table.lines.append(record.line)
        }
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

/// Splits CSV text into records, one UTF-8 byte at a time.
private struct CSVReader {
    /// One record: its fields, the line it starts on, and whether any field was quoted.
    struct Record {
        var fields: [String] = []
        var line: Int
        var quoted = false

        /// An unquoted record with one field of only spaces and tabs (or nothing).
        var isBlank: Bool {
            !quoted && fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
        }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    init(_ text: String) {
        let all = Array(text.utf8)
        bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(all.dropFirst(3)) : all
    }

    /// The next record, or nil at the end of the text.
    mutating func nextRecord() throws -> Record? {
        guard position < bytes.count else { return nil }
        var record = Record(line: line)
        while true {
            let (field, wasQuoted) = try nextField(recordLine: record.line)
            record.fields.append(field)
            record.quoted = record.quoted || wasQuoted
            guard position < bytes.count else { return record }
            let separator = bytes[position]
            position += 1
            if separator != Self.comma {
                if separator == Self.carriageReturn, peek() == Self.lineFeed {
                    position += 1
                }
                line += 1
                return record
            }
        }
    }

    /// Reads one field up to (not past) the next comma, line end or end of text.
    private mutating func nextField(recordLine: Int) throws -> (String, Bool) {
        var field: [UInt8] = []
        guard peek() == Self.quote else {
            while let byte = peek(), !isSeparator(byte) {
                field.append(byte)
                position += 1
            }
            return (String(decoding: field, as: UTF8.self), false)
        }
        position += 1
        while true {
            guard let byte = peek() else {
                throw DataError(line: recordLine, "a quoted field is never closed; end it with a \" before the next comma or line end")
            }
            position += 1
            if byte == Self.quote {
                guard peek() == Self.quote else { break }
                position += 1
            } else if byte == Self.lineFeed || (byte == Self.carriageReturn && peek() != Self.lineFeed) {
                line += 1
            }
            field.append(byte)
        }
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            position += 1
        }
        if let byte = peek(), !isSeparator(byte) {
            throw DataError(line: line, "text follows a closing quote; put the whole field inside the quotes")
        }
        return (String(decoding: field, as: UTF8.self), true)
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn
    }
}
