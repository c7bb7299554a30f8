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
    /// the first byte picks), which must agree with parsing the text at once; when it reads,
    /// written, read back and split.
    package static func csv(_ bytes: Data) {
        let loaded = Result { try CSVLoader.load([UInt8](bytes), chunkSize: 1 + Int(bytes.first ?? 0) % 13) }
        if let text = String(data: bytes, encoding: .utf8) {
            let parsed = Result { try LabeledData.fromCSV(CSVTable.parse(text)) }
            switch (loaded, parsed) {
            case let (.success(left), .success(right)):
                precondition(left.inputs.map(\.bitPattern) == right.inputs.map(\.bitPattern)
                    && left.labels == right.labels && left.classes == right.classes && left.columns == right.columns,
                             "the CSV loader and CSVTable.parse read different data")
            case let (.failure(left), .failure(right)):
                precondition("\(left)" == "\(right)", "the CSV loader and CSVTable.parse disagree: \(left) / \(right)")
            default:
                preconditionFailure("the CSV loader and CSVTable.parse disagree on whether the text reads")
            }
        }
        guard case let .success(data) = loaded else { return }
        _ = try? LabeledData.fromCSV(CSVTable.parse(data.csvText()))
        _ = try? DataSplit(data, valFraction: 0.2, shuffleSeed: 1)
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
