import Foundation

/// `nnb --kernel`: one session driven by a front end (the Jupyter kernel in `jupyter/nnb_kernel`)
/// over stdin and stdout, as docs/kernel-protocol.md describes. nnb first writes a greeting line;
/// then each request is one line and gets one reply line, a JSON object:
///
/// - a command line (`;` separates statements) runs in the session; the reply carries `output`
///   (what it printed), `pictures` (every plot, PNG as base64), `stderr`, and `error` (null, or
///   the message of the command that failed, which stops the line);
/// - `%complete TEXT` offers completions for the end of TEXT (the line up to the cursor): the
///   reply carries `matches` and `start`, the offset in characters where the completed word begins.
///
/// SIGINT stops a running `train` after its mini-batch, keeping the weights and the history.
struct Kernel {
    /// The protocol's version, in the greeting.
    static let protocolVersion = 1
    /// The prefix of a completion request.
    static let completePrefix = "%complete "

    /// Where text goes while a request runs.
    private final class Capture: @unchecked Sendable {
        var output = ""
        var errors = ""
    }

    /// Serves requests from stdin until it ends or `quit`; returns the exit status.
    func run() -> Int32 {
        InterruptSignal.install()
        Self.unblockInterrupts()
        let capture = Capture()
        let console = Console(isTerminal: false, allowsEscapes: false) { stream, text in
            switch stream {
            case .output: capture.output += text
            case .error: capture.errors += text
            case .screen: break
            }
        }
        let context = Context(console: console, echo: false)
        var session = Session()
        reply(["nnb": Program.version, "protocol": Self.protocolVersion])
        var number = 0
        var input = RequestReader()
        while let line = input.next() {
            number += 1
            if line.hasPrefix(Self.completePrefix) {
                reply(complete(String(line.dropFirst(Self.completePrefix.count)), base: context.baseDirectory))
                continue
            }
            let recorder = ReportRecorder()
            recorder.begin(command: line)
            context.report = recorder
            capture.output = ""
            capture.errors = ""
            var failure: [String: Any]?
            _ = Replay.runLine(line, number: number, file: "<kernel>", session: &session, context: context,
                               keepGoing: false, echo: nil) { diagnostic in
                var unplaced = diagnostic
                unplaced.file = nil
                failure = ["message": diagnostic.message,
                           "text": DiagnosticRenderer.interactive(unplaced, promptWidth: 0, color: false)]
            }
            // An interrupt is meant for the request it arrived during; none outlives it.
            _ = InterruptSignal.take()
            let pictures = recorder.notebook.pictures.map { Data($0).base64EncodedString() }
            reply(["output": capture.output, "stderr": capture.errors, "pictures": pictures,
                   "error": failure ?? NSNull(), "quit": context.quitRequested])
            if context.quitRequested { break }
        }
        return Program.Status.success
    }

    /// SIGINT unblocked: a front end may start nnb from a thread that blocks it, and a child
    /// inherits the blocked set, which would keep Ctrl-C from ever stopping `train`.
    private static func unblockInterrupts() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Completions for the word at the end of `text`.
    func complete(_ text: String, base: String) -> [String: Any] {
        let start = text.lastIndex { $0 == " " || $0 == "\t" || $0 == ";" }.map { text.index(after: $0) } ?? text.startIndex
        let word = String(text[start...])
        let found = Completer.candidates(before: String(text[..<start]), word: word)
        var matches = found.words
        if matches.isEmpty, found.paths { matches = Self.paths(matching: word, base: base) }
        return ["matches": matches, "start": text.distance(from: text.startIndex, to: start)]
    }

    /// Files and folders whose path starts with `word` (folders end with `/`).
    static func paths(matching word: String, base: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folder = slash.map { String(word[...$0]) } ?? ""
        let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let directory = folder.hasPrefix("/") ? folder : base + "/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isFolder)
            return folder + name + (exists && isFolder.boolValue ? "/" : "")
        }
    }

    /// Writes `object` as one line of JSON and flushes it.
    private func reply(_ object: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        Console.writeAll(String(decoding: data, as: UTF8.self) + "\n", to: STDOUT_FILENO)
    }
}

/// Request lines from stdin, read with `read(2)` so that a SIGINT arriving between requests
/// (which interrupts the read) is retried rather than ending or wedging the input.
private struct RequestReader {
    private var buffer: [UInt8] = []
    private var ended = false

    /// The next line without its newline (and a closing carriage return); nil at end of input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                ended = true
            }
        }
    }
}
