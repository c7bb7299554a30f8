/// Reads a CSV file's bytes, fed in chunks as they are read, straight into a `LabeledData`:
/// the same data and the same errors as `LabeledData.fromCSV(CSVTable.parse(text))` on the
/// file's text, without holding the text, its fields or its rows.
///
/// Feed every chunk to `consume(_:)`, then call `finish()` once. Problems are kept until `finish()`
/// and reported as the text-at-once path would report them: bytes that are not UTF-8 first,
/// then CSV syntax (a quote never closed, text after a closing quote), an empty text, a row
/// with the wrong number of fields, the header, and last the first bad value. Like reading a
/// file's text, which drops a byte-order mark before `CSVTable.parse` drops another, up to two
/// leading byte-order marks are skipped.
public struct CSVLoader {
    /// The file's bytes are not UTF-8 text.
    public struct InvalidUTF8: Error, Sendable {}

    private var validator = UTF8Validator()
    private var tokenizer = CSVTokenizer(byteOrderMarks: 2)
    private var table: Table
    private var syntaxError: DataError?
    private var bytesRead = 0
    private var expectedBytes = 0

    /// A loader for a file whose label column is `labelColumn` (matched as `fromCSV` matches it;
    /// nil for the last column), read as a regression target with `regression`.
    public init(labelColumn: String? = nil, regression: Bool = false) {
        table = Table(labelColumn: labelColumn, regression: regression)
    }

    /// The data set in `bytes`, fed `chunkSize` bytes at a time as a file's bytes are read.
    ///
    /// - Throws: as `finish()` throws.
    public static func load(_ bytes: [UInt8], chunkSize: Int = 1 << 20, labelColumn: String? = nil,
                            regression: Bool = false) throws -> LabeledData {
        var loader = CSVLoader(labelColumn: labelColumn, regression: regression)
        loader.expect(bytes: bytes.count)
        bytes.withUnsafeBytes { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + max(1, chunkSize))
                loader.consume(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        return try loader.finish()
    }

    /// Notes the file's size, so that room for all its numbers is set aside once the first
    /// chunk shows how long a row is.
    public mutating func expect(bytes: Int) {
        expectedBytes = bytes
    }

    /// Reads the next bytes of the file.
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        let bytes = chunk.assumingMemoryBound(to: UInt8.self)
        validator.consume(bytes)
        bytesRead += bytes.count
        guard validator.isValid, syntaxError == nil else { return }
        do {
            try tokenizer.consume(bytes, into: &table)
        } catch {
            syntaxError = error as? DataError
        }
        table.reserveRoom(bytesRead: bytesRead, expectedBytes: expectedBytes)
    }

    /// The data set, once every byte has been fed (its rows are handed over: call this once).
    ///
    /// - Throws: `InvalidUTF8` when the bytes are not UTF-8, else `DataError` as `fromCSV` and
    ///   `CSVTable.parse` throw it.
    public mutating func finish() throws -> LabeledData {
        endOfText()
        guard validator.isComplete else { throw InvalidUTF8() }
        if let syntaxError { throw syntaxError }
        return try table.result()
    }
}

extension CSVLoader {
    /// Whether a quoted field has been read: a file may be cut at a line end between two
    /// loaders only when neither part has one (a quoted field may hold line ends).
    public var sawQuote: Bool { tokenizer.sawQuote }

    /// The line the next record starts on: after a part of a file that ends at a line end, the
    /// number of its lines plus one.
    public var nextLine: Int { tokenizer.nextLine }

    /// Whether a problem tied to a line has been met (a syntax error, a header, row or value
    /// problem), once the text has ended (``endOfText()``).
    public var hasLineProblem: Bool { syntaxError != nil || table.hasProblem }

    /// Numbers the records read from now on `count` lines further on: a loader fed a file's
    /// header line and then a later part of the file skips the lines between them.
    public mutating func skipLines(_ count: Int) {
        tokenizer.skipLines(count)
    }

    /// Ends the text: a last record without a line end is read now (`finish()` does this too).
    public mutating func endOfText() {
        guard validator.isValid, syntaxError == nil else { return }
        do {
            try tokenizer.finish(into: &table)
        } catch {
            syntaxError = error as? DataError
        }
    }

    /// The data set of a file read in two parts, this loader's and `second`'s, with the data and
    /// the errors one loader fed the whole file would give.
    ///
    /// This loader has read the file from its start up to a line end; `second` has read the
    /// file's header line, then the rest of the file, having skipped the lines in between
    /// (``skipLines(_:)``) if it has a problem tied to a line; neither may have read a quoted
    /// field (``sawQuote``). The rows of `second` are moved over: call this once.
    ///
    /// - Throws: as `finish()` throws.
    public mutating func finish(continuedBy second: inout CSVLoader) throws -> LabeledData {
        endOfText()
        second.endOfText()
        guard validator.isComplete, second.validator.isComplete else { throw InvalidUTF8() }
        if let syntaxError { throw syntaxError }
        if let error = second.syntaxError { throw error }
        table.append(&second.table)
        return try table.result()
    }
}

/// The loader's records as numbers and labels, with the first problem of each kind.
private struct Table: CSVSink {
    let labelColumn: String?
    let regression: Bool
    /// The header's fields until the header record ends.
    private var headerFields: [String] = []
    private var header: (names: [String], labelIndex: Int)? {
        didSet {
            columnCount = header?.names.count ?? 0
            labelIndex = header?.labelIndex ?? -1
        }
    }
    /// The header's column count and label column (0 and −1 until a valid header is read), kept
    /// apart so the per-field path touches no arrays or strings.
    private var columnCount = 0
    private var labelIndex = -1
    private var headerError: Error?
    private var headerSeen = false
    private var rowSeen = false
    private var firstRagged: (line: Int, count: Int)? {
        didSet { noteProblems() }
    }
    private var valueError: Error? {
        didSet { noteProblems() }
    }
    /// Whether no problem refuses the current row's inputs yet (no ragged row, bad value or bad
    /// input in this row): one flag for the per-number path to test.
    private var inputsWanted = true
    private var reserved = false

    private var inputs: [Double] = []
    private var targets: [Double] = []
    private var labelTexts: [String] = []
    /// The current row: where its inputs start, its label or target, and its first problem.
    private var rowStart = 0
    private var rowLabel: String?
    private var rowTarget = 0.0
    private var rowInputError: Error? {
        didSet { noteProblems() }
    }
    private var rowLabelError: Error?

    init(labelColumn: String?, regression: Bool) {
        self.labelColumn = labelColumn
        self.regression = regression
    }

    /// Whether values are still worth reading: no earlier problem decides the outcome.
    private var reading: Bool {
        header != nil && firstRagged == nil && valueError == nil
    }

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, index: Int, quoted: Bool, line: Int) {
        if headerSeen, quickInput(bytes, index: index) { return }
        guard headerSeen else {
            headerFields.append(String(decoding: bytes, as: UTF8.self))
            return
        }
        guard index < columnCount, firstRagged == nil, valueError == nil, let header else { return }
        if index == labelIndex {
            if regression {
                do {
                    rowTarget = try Self.number(bytes, line: line, column: header.names[index], isTarget: true)
                } catch {
                    rowLabelError = error
                }
            } else {
                do {
                    rowLabel = try Self.label(bytes, line: line, column: header.names[index])
                } catch {
                    rowLabelError = error
                }
            }
            return
        }
        guard rowInputError == nil else { return }
        do {
            inputs.append(try Self.number(bytes, line: line, column: header.names[index]))
        } catch {
            rowInputError = error
        }
    }

    /// Takes a plain decimal input field straight into the inputs; false leaves the field to
    /// `field(_:index:quoted:line:)` (the label column, other number forms, errors, a row
    /// already refused or no header yet).
    mutating func quickInput(_ bytes: UnsafeBufferPointer<UInt8>, index: Int) -> Bool {
        guard let value = DecimalNumber.value(of: bytes) else { return false }
        return number(value, index: index)
    }

    static var takesNumbers: Bool { true }

    /// Takes `value` as the input in column `index` on the same terms as `quickInput`.
    @inline(__always)
    mutating func number(_ value: Double, index: Int) -> Bool {
        guard inputsWanted, index < columnCount, index != labelIndex,
              abs(value) <= Double(Float.greatestFiniteMagnitude) else { return false }
        inputs.append(value)
        return true
    }

    mutating func endRecord(line: Int, count: Int, blank: Bool) {
        defer {
            rowInputError = nil
            rowLabelError = nil
            rowLabel = nil
        }
        guard !blank else {
            if !headerSeen { headerFields.removeAll() }
            dropRow()
            return
        }
        guard headerSeen else {
            headerSeen = true
            do {
                header = try LabeledData.csvHeader(headerFields, labelColumn: labelColumn)
            } catch {
                headerError = error
            }
            return
        }
        rowSeen = true
        if count != headerFields.count {
            if firstRagged == nil { firstRagged = (line, count) }
            dropRow()
            return
        }
        guard reading else { return }
        if let error = rowInputError ?? rowLabelError {
            valueError = error
            dropRow()
            return
        }
        rowStart = inputs.count
        if regression {
            targets.append(rowTarget)
        } else if let rowLabel {
            labelTexts.append(rowLabel)
        }
    }

    /// Sets aside room for every row of a file of `expectedBytes` once `bytesRead` bytes have
    /// given rows of it, with a little to spare.
    mutating func reserveRoom(bytesRead: Int, expectedBytes: Int) {
        let rows = regression ? targets.count : labelTexts.count
        guard !reserved, rows > 0, expectedBytes > bytesRead, let header else { return }
        reserved = true
        let estimate = Int(Double(expectedBytes) / Double(bytesRead) * Double(rows) * 1.02) + 16
        inputs.reserveCapacity(estimate * (header.names.count - 1))
        if regression {
            targets.reserveCapacity(estimate)
        } else {
            labelTexts.reserveCapacity(estimate)
        }
    }

    /// The data set, or the first problem in the order `fromCSV(CSVTable.parse(text))` meets them.
    /// The rows are handed over, not copied: the table keeps none of them.
    mutating func result() throws -> LabeledData {
        guard headerSeen else {
            throw DataError("the CSV text is empty; it needs a header line such as x1,x2,label and data rows")
        }
        if let firstRagged {
            throw CSVTable.raggedRow(line: firstRagged.line, fields: firstRagged.count, expected: headerFields.count)
        }
        if let headerError { throw headerError }
        guard let header, rowSeen else { throw LabeledData.noRows }
        if let valueError { throw valueError }
        let columns = header.names.indices.filter { $0 != header.labelIndex }.map { header.names[$0] }
        let inputs = self.inputs
        self.inputs = []
        if regression {
            let targets = self.targets
            self.targets = []
            return LabeledData(columns: columns, inputs: inputs, targets: targets)
        }
        let (labels, classes) = LabeledData.classify(labelTexts)
        labelTexts = []
        return LabeledData(columns: columns, inputs: inputs, labels: labels, classes: classes)
    }

    /// Takes on the records of `other`, which read the rest of the same file after the same
    /// header: its rows after these, and its problems where these have none of the kind.
    mutating func append(_ other: inout Table) {
        if firstRagged == nil { firstRagged = other.firstRagged }
        if valueError == nil { valueError = other.valueError }
        rowSeen = rowSeen || other.rowSeen
        guard firstRagged == nil, valueError == nil else { return }
        inputs.append(contentsOf: other.inputs)
        other.inputs = []
        if regression {
            targets.append(contentsOf: other.targets)
            other.targets = []
        } else {
            labelTexts.append(contentsOf: other.labelTexts)
            other.labelTexts = []
        }
    }

    /// Whether a header, row or value problem has been noted.
    var hasProblem: Bool {
        headerError != nil || firstRagged != nil || valueError != nil
    }

    /// Sets `inputsWanted` from the problems noted so far.
    private mutating func noteProblems() {
        inputsWanted = rowInputError == nil && firstRagged == nil && valueError == nil
    }

    /// Forgets the inputs of the current row.
    private mutating func dropRow() {
        if inputs.count > rowStart {
            inputs.removeSubrange(rowStart...)
        }
    }

    /// An input or target: the exact quick path for plain decimals, else `csvNumber`.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: String,
                               isTarget: Bool = false) throws -> Double {
        if let value = DecimalNumber.value(of: bytes), abs(value) <= Double(Float.greatestFiniteMagnitude) {
            return value
        }
        return try LabeledData.csvNumber(String(decoding: bytes, as: UTF8.self), line: line, column: column,
                                         isTarget: isTarget)
    }

    /// A class name: printable ASCII with spaces and tabs around it taken directly, else `csvLabel`.
    private static func label(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: String) throws -> String {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if start < end, trimmed.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: trimmed, as: UTF8.self)
        }
        return try LabeledData.csvLabel(String(decoding: bytes, as: UTF8.self), line: line, column: column)
    }
}
