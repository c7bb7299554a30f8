import Foundation
import NNCore

/// The inputs the fuzz targets (`nnb-fuzz`) drive: each takes arbitrary bytes and must return
/// without trapping, whatever they hold. The regression tests replay the seed corpus and every
/// crash found through the same functions.
package enum FuzzEntry {
    /// The targets by name.
    package static let targets: [String: @Sendable (Data) -> Void] = [
        "interpreter": interpreter, "csv": csv, "model": model, "notebook": notebook, "markdown": markdown,
    ]

    /// The largest number the interpreter target lets a script use, so that a fuzzed script
    /// stays fast (`train 1000000000` is valid but not useful to fuzz); bigger inputs are skipped.
    package static let largestNumber = 300.0

    /// The bytes as a notebook script, replayed with every command's errors collected, in a
    /// fresh session confined to a scratch folder (files it saves stay there).
    package static func interpreter(_ bytes: Data) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let statements = try? text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap({ try Lexer.statements(in: String($0)) }) else { return }
        for statement in statements {
            for token in statement.tokens {
                if let value = NumberParser.number(token.text), abs(value) > largestNumber { return }
                if token.text == "forever" || token.text == "live" { return }
            }
        }
        let capture = CapturedOutput()
        let context = Context(console: capture.console(), baseDirectory: scratch, echo: true)
        context.confinement = scratch
        var session = Session()
        Replay.run(Notebook(parsing: text), file: "fuzz.nnb", session: &session, context: context,
                   options: ReplayOptions(echo: true, keepGoing: true)) { _ in }
    }

    /// The bytes as a CSV data file: loaded as `dataset load` loads a file (in chunks of a size
    /// the first byte picks: 1 to 13 bytes, or all at once), which must agree with parsing the
    /// text at once and with the two-part read of large files; when it reads, written, read back,
    /// and split, which must join back to it.
    package static func csv(_ bytes: Data) {
        let pick = Int(bytes.first ?? 0) % 16
        let loaded = Result { try CSVLoader.load([UInt8](bytes), chunkSize: pick < 13 ? 1 + pick : max(1, bytes.count)) }
        if let text = String(data: bytes, encoding: .utf8) {
            agree(loaded, Result { try LabeledData.fromCSV(CSVTable.parse(text)) }, "the CSV loader and CSVTable.parse")
        }
        // Read in two parts cut past a place the second byte picks, as a large file is: the
        // same data or the same error wherever the cut falls.
        let middle = bytes.isEmpty ? 0 : Int(bytes.count > 1 ? bytes[bytes.startIndex + 1] : 0) % bytes.count
        if let parts = Result(catching: { try CSVLoader.loadInTwoParts([UInt8](bytes), middle: middle) }).optional {
            agree(loaded, parts, "one loader and two parts")
        }
        guard case let .success(data) = loaded else { return }
        _ = try? LabeledData.fromCSV(CSVTable.parse(data.csvText()))
        guard let split = try? DataSplit(data, valFraction: 0.2, shuffleSeed: 1) else { return }
        let joined = DataSplit.joined(train: split.train, validation: split.validation, shuffleSeed: 1)
        precondition(joined.inputs.map(\.bitPattern) == data.inputs.map(\.bitPattern) && joined.labels == data.labels,
                     "the split does not join back to the data")
    }

    /// Stops unless two reads of the same CSV bytes (`what`) give the same data bit for bit or
    /// the same error.
    private static func agree(_ one: Result<LabeledData, any Error>, _ other: Result<LabeledData, any Error>,
                              _ what: String) {
        switch (one, other) {
        case let (.success(left), .success(right)):
            precondition(left.inputs.map(\.bitPattern) == right.inputs.map(\.bitPattern)
                && left.labels == right.labels && left.classes == right.classes && left.columns == right.columns,
                         "\(what) read different data")
        case let (.failure(left), .failure(right)):
            precondition("\(left)" == "\(right)", "\(what) disagree: \(left) / \(right)")
        default:
            preconditionFailure("\(what) disagree on whether the text reads")
        }
    }

    /// The bytes as a model file: read and, when it reads, written and read back.
    package static func model(_ bytes: Data) {
        guard let document = try? ModelDocument.read(String(decoding: bytes, as: UTF8.self)),
              let text = try? document.json() else { return }
        _ = try? ModelDocument.read(text)
    }

    /// The bytes as a notebook's text: cut into cells, each labelled as `--step` shows it.
    package static func notebook(_ bytes: Data) {
        let notebook = Notebook(parsing: String(decoding: bytes, as: UTF8.self))
        for cell in notebook.cells { _ = Program.stepLabel(cell) }
    }

    /// The bytes as the Markdown of a text cell, rendered as the report and `--step` render it.
    package static func markdown(_ bytes: Data) {
        let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
        _ = CommonMark.html(text)
        _ = TerminalMarkdown(color: true, width: 60).lines(text)
    }

    /// A folder of this process's own for the files a fuzzed script writes.
    private static let scratch: String = {
        let path = NSTemporaryDirectory() + "nnb-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return PathResolution.real(path)
    }()
}

private extension Result where Success == LabeledData? {
    /// The data or the error, or nil when no data was asked for (the two-part read declined).
    var optional: Result<LabeledData, Failure>? {
        switch self {
        case .success(let data): data.map { .success($0) }
        case .failure(let error): .failure(error)
        }
    }
}
