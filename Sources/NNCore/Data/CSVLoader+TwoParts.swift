import Foundation

/// A CSV text read in two parts on two threads, as `dataset load` reads a large file.
///
/// The text is cut after the first line feed at or past its middle. The calling thread reads the
/// first part; another reads the header line and then the second part. When neither part has a
/// quoted field (which could hold a line end, so the cut could fall inside a record), the parts
/// are joined with the data and errors one loader would give: a second part with a problem tied
/// to a line is read again, once the first part's line count is known, so that its messages name
/// the text's lines. Otherwise the caller reads the text with one loader.
extension CSVLoader {
    /// Reads the bytes `range` of a text (fewer if the text ends first), handing them on in
    /// chunks; called from two threads at once.
    public typealias RangeReader = @Sendable (Range<Int>, (UnsafeRawBufferPointer) -> Void) throws -> Void

    /// Bytes read at the start and at the middle to find the places to cut.
    static let cutWindow = 1 << 20

    /// The data set in the text of `size` bytes that `read` reads, cut at or past `middle`; nil
    /// when the text has no places to cut (its first line is blank or more than one record, or
    /// no line feed follows `middle`) or a part has a quoted field.
    ///
    /// - Throws: what `read` throws, or as `finish()` throws.
    public static func loadInTwoParts(size: Int, middle: Int, labelColumn: String? = nil, regression: Bool = false,
                                      read: @escaping RangeReader) throws -> LabeledData? {
        guard middle > 0, middle < size else { return nil }
        var head: [UInt8] = []
        try read(0..<min(size, cutWindow)) { head += $0 }
        var window: [UInt8] = []
        try read(middle..<min(size, middle + cutWindow)) { window += $0 }
        guard let (headerEnd, cut) = cut(head: head, window: window, middle: middle, size: size) else { return nil }
        let second = SecondPart(header: Array(head[..<headerEnd]), range: cut..<size, labelColumn: labelColumn,
                                regression: regression, read: read)
        let done = DispatchSemaphore(value: 0)
        Thread {
            second.run(skipping: 0)
            done.signal()
        }.start()
        var first = CSVLoader(labelColumn: labelColumn, regression: regression)
        first.expect(bytes: size)
        let firstRead = Result { try read(0..<cut) { first.consume($0) } }
        done.wait()
        try firstRead.get()
        if let failure = second.failure { throw failure }
        guard !first.sawQuote, !second.loader.sawQuote else { return nil }
        if second.loader.hasLineProblem {
            second.run(skipping: first.nextLine - 2)
            if let failure = second.failure { throw failure }
        }
        return try first.finish(continuedBy: &second.loader)
    }

    /// ``loadInTwoParts(size:middle:labelColumn:regression:read:)`` of `bytes`.
    public static func loadInTwoParts(_ bytes: [UInt8], middle: Int, labelColumn: String? = nil,
                                      regression: Bool = false) throws -> LabeledData? {
        try loadInTwoParts(size: bytes.count, middle: middle, labelColumn: labelColumn, regression: regression) {
            range, body in
            bytes.withUnsafeBytes { all in
                body(UnsafeRawBufferPointer(rebasing: all[range.clamped(to: 0..<all.count)]))
            }
        }
    }

    /// Where the text may be cut: after its first line, which must hold the header (not blank,
    /// one record: no carriage return but one just before its line feed), and after the first
    /// line feed at or past `middle`. `head` is the text's first bytes, `window` its bytes from
    /// `middle` on.
    private static func cut(head: [UInt8], window: [UInt8], middle: Int, size: Int) -> (headerEnd: Int, cut: Int)? {
        let blank: Set<UInt8> = [0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF]
        guard let headerFeed = head.firstIndex(of: 0x0A),
              head[..<headerFeed].contains(where: { !blank.contains($0) }),
              !head[..<max(0, headerFeed - 1)].contains(0x0D),
              middle > headerFeed, let feed = window.firstIndex(of: 0x0A), middle + feed + 1 < size
        else { return nil }
        return (headerFeed + 1, middle + feed + 1)
    }

    /// The second part's loader, run on its own thread; read only after the thread is done.
    private final class SecondPart: @unchecked Sendable {
        let header: [UInt8]
        let range: Range<Int>
        let labelColumn: String?
        let regression: Bool
        let read: RangeReader
        var loader: CSVLoader
        var failure: Error?

        init(header: [UInt8], range: Range<Int>, labelColumn: String?, regression: Bool, read: @escaping RangeReader) {
            self.header = header
            self.range = range
            self.labelColumn = labelColumn
            self.regression = regression
            self.read = read
            loader = CSVLoader(labelColumn: labelColumn, regression: regression)
        }

        /// Reads the header line, skips `lines` lines, and reads the part to its end.
        func run(skipping lines: Int) {
            loader = CSVLoader(labelColumn: labelColumn, regression: regression)
            loader.expect(bytes: range.count)
            header.withUnsafeBytes { loader.consume($0) }
            loader.skipLines(lines)
            do {
                try read(range) { loader.consume($0) }
                loader.endOfText()
                failure = nil
            } catch {
                failure = error
            }
        }
    }
}
