/// What `CSVTokenizer` finds in CSV bytes, one field and one record end at a time.
protocol CSVSink {
    /// Field `index` (0-based) of the record that starts on text line `line`: its bytes, quotes
    /// removed and `""` read as `"`; `quoted` when it was written in quotes. The bytes are valid
    /// only during the call.
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, index: Int, quoted: Bool, line: Int)

    /// The end of the record of `count` fields that starts on text line `line`; `blank` when it
    /// is an unquoted record of one field of only spaces and tabs (or nothing), which CSV readers
    /// skip.
    mutating func endRecord(line: Int, count: Int, blank: Bool)

    /// Whether the tokenizer offers plain decimal fields to `number(_:index:)` first.
    static var takesNumbers: Bool { get }

    /// Field `index` of the current record when it is unquoted and exactly a number that
    /// `DecimalNumber.prefix(_:count:)` reads, as `value`; true when the sink took it, false to
    /// have the field's bytes handed to `field(_:index:quoted:line:)` instead.
    mutating func number(_ value: Double, index: Int) -> Bool
}

/// Splits CSV bytes into fields and records, fed in chunks of any size (the one CSV syntax of
/// `CSVTable.parse` and `CSVLoader`).
///
/// The syntax: leading UTF-8 byte-order marks are skipped (at most `byteOrderMarks` of them);
/// records end at LF, CR or CRLF; fields are split at commas; a field that starts with `"` is
/// quoted and runs to the next lone `"` (it may hold commas and line breaks, and `""` stands for
/// `"`), and only spaces and tabs may follow it before the next comma or line end. A record
/// cut off by the end of the text still counts, so `a,` ends with an empty field.
struct CSVTokenizer {
    private enum State {
        /// At the start of a record (nothing of it read yet).
        case recordStart
        /// At the start of a record, right after a CR: an LF here finishes that line end.
        case afterCarriageReturn
        /// At the start of a field after a comma.
        case fieldStart
        /// Inside an unquoted field.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Inside a quoted field, right after a `"`: another `"` is an escaped quote.
        case quoteInQuoted
        /// After a closing quote, where only spaces and tabs may come before the separator.
        case afterClosingQuote
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private var state = State.recordStart
    /// The 1-based line the next byte is on.
    private var line = 1
    /// The line the current record starts on.
    private var recordLine = 1
    /// Fields of the current record handed on so far.
    private var fieldIndex = 0
    /// Whether any field of the current record was quoted.
    private var recordQuoted = false
    /// Whether field 0 of the current record was unquoted and only spaces and tabs.
    private var firstFieldBlank = false
    /// Whether the last byte of quoted text was a CR (a following LF is the same line end).
    private var quotedAfterCR = false
    /// The bytes of a field that spans chunks, or of a quoted field.
    private var pending: [UInt8] = []
    /// Byte-order marks still allowed at the start, and the bytes of one matched so far.
    private var marksLeft: Int
    private var markMatched = 0

    /// Whether a quoted field has begun: only then can a line end fall inside a record.
    private(set) var sawQuote = false

    /// A tokenizer that skips up to `byteOrderMarks` UTF-8 byte-order marks at the start.
    init(byteOrderMarks: Int = 1) {
        marksLeft = byteOrderMarks
        pending.reserveCapacity(256)
    }

    /// Reads `chunk`, the next bytes of the text, handing fields and record ends to `sink`.
    ///
    /// - Throws: `DataError` when text follows a closing quote.
    mutating func consume<Sink: CSVSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink) throws {
        guard let base = chunk.baseAddress else { return }
        var i = skipByteOrderMarks(chunk)
        let end = chunk.count
        while i < end {
            switch state {
            case .recordStart, .afterCarriageReturn, .fieldStart:
                let byte = base[i]
                if state == .afterCarriageReturn, byte == Self.lineFeed {
                    state = .recordStart
                    i += 1
                    continue
                }
                if state != .fieldStart {
                    recordLine = line
                    fieldIndex = 0
                    recordQuoted = false
                }
                if byte == Self.quote {
                    state = .quoted
                    sawQuote = true
                    recordQuoted = true
                    quotedAfterCR = false
                    i += 1
                } else if Sink.takesNumbers, let next = takeNumber(base + i, count: end - i, into: &sink) {
                    i += next
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var j = i
                while j < end {
                    let byte = base[j]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    j += 1
                }
                if j == end {
                    pending.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i))
                    i = j
                } else if pending.isEmpty {
                    emitField(UnsafeBufferPointer(start: base + i, count: j - i), quoted: false, into: &sink)
                    endField(separator: base[j], into: &sink)
                    i = j + 1
                } else {
                    pending.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i))
                    emitPending(quoted: false, into: &sink)
                    endField(separator: base[j], into: &sink)
                    i = j + 1
                }
            case .quoted:
                let byte = base[i]
                i += 1
                if byte == Self.quote {
                    state = .quoteInQuoted
                    continue
                }
                if byte == Self.carriageReturn || (byte == Self.lineFeed && !quotedAfterCR) {
                    line += 1
                }
                quotedAfterCR = byte == Self.carriageReturn
                pending.append(byte)
            case .quoteInQuoted:
                if base[i] == Self.quote {
                    pending.append(Self.quote)
                    quotedAfterCR = false
                    state = .quoted
                    i += 1
                } else {
                    state = .afterClosingQuote
                }
            case .afterClosingQuote:
                let byte = base[i]
                if byte == Self.space || byte == Self.tab {
                    i += 1
                } else if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn {
                    emitPending(quoted: true, into: &sink)
                    endField(separator: byte, into: &sink)
                    i += 1
                } else {
                    throw DataError(line: line, "text follows a closing quote; put the whole field inside the quotes")
                }
            }
        }
    }

    /// The line the next record starts on (outside a quoted field).
    var nextLine: Int { line }

    /// Numbers the lines read from now on `count` further on (for a part of a file read after
    /// its header, whose records start that many lines down).
    mutating func skipLines(_ count: Int) {
        line += count
    }

    /// Ends the text: hands on a record the end cut off.
    ///
    /// - Throws: `DataError` when a quoted field is never closed (naming its record's line).
    mutating func finish<Sink: CSVSink>(into sink: inout Sink) throws {
        switch state {
        case .recordStart, .afterCarriageReturn:
            return
        case .quoted:
            throw DataError(line: recordLine, "a quoted field is never closed; end it with a \" before the next comma or line end")
        case .fieldStart, .unquoted:
            emitPending(quoted: false, into: &sink)
        case .quoteInQuoted, .afterClosingQuote:
            emitPending(quoted: true, into: &sink)
        }
        sink.endRecord(line: recordLine, count: fieldIndex, blank: isBlankRecord)
        state = .recordStart
    }

    private var isBlankRecord: Bool { fieldIndex == 1 && firstFieldBlank && !recordQuoted }

    /// The index in `chunk` after any byte-order marks still to skip at the start of the text.
    private mutating func skipByteOrderMarks(_ chunk: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while marksLeft > 0, i < chunk.count {
            if chunk[i] == Self.byteOrderMark[markMatched] {
                markMatched += 1
                i += 1
                if markMatched == Self.byteOrderMark.count {
                    marksLeft -= 1
                    markMatched = 0
                }
                continue
            }
            // Not a mark after all: the bytes matched so far are text (the 0xEF byte's prefix
            // cannot start a field specially, so it joins an unquoted field).
            let matched = markMatched
            marksLeft = 0
            markMatched = 0
            if matched > 0 {
                pending.append(contentsOf: Self.byteOrderMark[0..<matched])
                state = .unquoted
                recordLine = line
                fieldIndex = 0
                recordQuoted = false
            }
        }
        return i
    }

    /// Hands on the field at `start` (of `count` bytes left in the chunk) as a number when it is
    /// one that ends at a comma or line end inside the chunk and the sink takes it; returns how
    /// many bytes that used, separator included, or nil to read the field as bytes.
    @inline(__always)
    private mutating func takeNumber<Sink: CSVSink>(_ start: UnsafePointer<UInt8>, count: Int,
                                                    into sink: inout Sink) -> Int? {
        guard let (value, length) = DecimalNumber.prefix(start, count: count), length < count else { return nil }
        let separator = start[length]
        guard separator == Self.comma || separator == Self.lineFeed || separator == Self.carriageReturn,
              sink.number(value, index: fieldIndex) else { return nil }
        if fieldIndex == 0 { firstFieldBlank = false }
        fieldIndex += 1
        endField(separator: separator, into: &sink)
        return length + 1
    }

    private mutating func emitField<Sink: CSVSink>(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool,
                                                   into sink: inout Sink) {
        if fieldIndex == 0 {
            firstFieldBlank = !quoted && bytes.allSatisfy { $0 == Self.space || $0 == Self.tab }
        }
        sink.field(bytes, index: fieldIndex, quoted: quoted, line: recordLine)
        fieldIndex += 1
    }

    private mutating func emitPending<Sink: CSVSink>(quoted: Bool, into sink: inout Sink) {
        pending.withUnsafeBufferPointer { emitField($0, quoted: quoted, into: &sink) }
        pending.removeAll(keepingCapacity: true)
    }

    /// After a field: a comma starts the next field; a line end ends the record.
    @inline(__always)
    private mutating func endField<Sink: CSVSink>(separator: UInt8, into sink: inout Sink) {
        if separator == Self.comma {
            state = .fieldStart
            return
        }
        sink.endRecord(line: recordLine, count: fieldIndex, blank: isBlankRecord)
        line += 1
        state = separator == Self.carriageReturn ? .afterCarriageReturn : .recordStart
    }
}
