import NNCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell's text goes: command output on one stream, errors on the other.
///
/// The standard console writes each piece straight to the file descriptor, so output arrives
/// line by line in pipes; tests use a capturing console.
package final class Console: @unchecked Sendable {
    /// Where a piece of text belongs.
    package enum Stream: Sendable {
        /// Command output (stdout).
        case output
        /// Errors (stderr).
        case error
        /// Text for the screen only (stdout): live lines, terminal pictures and the replay's own
        /// titles and prompts, which an executed-notebook report shows in its own way.
        case screen
    }

    private let sink: (Stream, String) -> Void
    /// Whether stdout is a terminal (a person may be watching and pressing keys).
    let isTerminal: Bool
    /// Whether that terminal takes colour, cursor movement and wall-clock times: it is one, and
    /// neither `NO_COLOR` nor `TERM=dumb` says otherwise.
    let allowsEscapes: Bool
    /// Whether `color auto` colours the output (where escapes are allowed, unless told otherwise).
    let colorAllowed: Bool

    /// A console writing through `sink`.
    package init(isTerminal: Bool, allowsEscapes: Bool, colorAllowed: Bool? = nil, sink: @escaping (Stream, String) -> Void) {
        self.isTerminal = isTerminal
        self.allowsEscapes = isTerminal && allowsEscapes
        self.colorAllowed = colorAllowed ?? self.allowsEscapes
        self.sink = sink
    }

    /// The process's stdout and stderr.
    static func standard() -> Console {
        let terminal = isatty(STDOUT_FILENO) == 1
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        return Console(isTerminal: terminal, allowsEscapes: !noColor && !dumb) { stream, text in
            writeAll(text, to: stream == .error ? STDERR_FILENO : STDOUT_FILENO)
        }
    }

    /// This console's text also handed to `listener` (which hears every stream).
    func teeing(into listener: @escaping (Stream, String) -> Void) -> Console {
        Console(isTerminal: isTerminal, allowsEscapes: allowsEscapes, colorAllowed: colorAllowed) { [sink] stream, text in
            sink(stream, text)
            listener(stream, text)
        }
    }

    /// Writes every byte of `text` to `descriptor`, unbuffered, so pipes see each line at once.
    static func writeAll(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// One line of output.
    /// Control characters in it (from a file, say) are shown escaped (`\x1b`); colour escapes stay.
    func line(_ text: String = "") {
        sink(.output, TextSafety.keepingColors(text) + "\n")
    }

    /// Screen text as it is, no newline added (progress lines rewrite themselves).
    func raw(_ text: String) {
        sink(.screen, text)
    }

    /// One line for the screen only (see ``Stream/screen``).
    func screenLine(_ text: String = "") {
        sink(.screen, TextSafety.keepingColors(text) + "\n")
    }

    /// One line (or several) on the error stream.
    func error(_ text: String) {
        sink(.error, TextSafety.keepingColors(text) + "\n")
    }
}

/// Collects a console's text, for tests and reports.
final class CapturedOutput: @unchecked Sendable {
    /// Everything written to stdout.
    private(set) var output = ""
    /// Everything written to stderr.
    private(set) var errors = ""

    init() {}

    /// A non-terminal console writing into this capture.
    func console(terminal: Bool = false) -> Console {
        Console(isTerminal: terminal, allowsEscapes: terminal, colorAllowed: false) { [self] stream, text in
            if stream == .error { errors += text } else { output += text }
        }
    }
}
