#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the output may do, with "is a terminal" kept apart from "may use colour": today
/// `Console.isTerminal` is false on a real terminal when `NO_COLOR` is set, which loses the
/// difference live training needs (plain lines on a terminal, nothing in a pipe).
///
/// The rule (language.md, "The program"): `NO_COLOR` set and non-empty, `TERM=dumb`, or stdout
/// not a terminal mean no colours, no cursor movement and no wall-clock times on stdout.
struct TerminalCapabilities: Equatable, Sendable {
    /// How live training shows itself.
    enum LiveOutput: Equatable, Sendable {
        /// Not on a terminal: no live output (a replay prints its usual metrics lines).
        case none
        /// On a terminal under `NO_COLOR` or `TERM=dumb`: one plain metrics line per frame,
        /// no colours, no cursor movement, no times.
        case plainLines
        /// Boundary, curves, metrics line and key legend redrawn in place.
        case pictures
    }

    /// Whether stdout is a terminal.
    var isTerminal: Bool
    /// Whether stdin is a terminal, so keys can be read (``LiveKeys``).
    var readsKeys: Bool
    /// Whether colour, cursor movement and wall-clock times may be written to stdout.
    var styled: Bool

    /// Capabilities from `environment` and whether stdout and stdin are terminals.
    init(environment: [String: String], stdoutIsTerminal: Bool, stdinIsTerminal: Bool) {
        isTerminal = stdoutIsTerminal
        readsKeys = stdinIsTerminal
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        styled = stdoutIsTerminal && !noColor && environment["TERM"] != "dumb"
    }

    /// The process's own: its environment, stdout and stdin.
    static func current(environment: [String: String]) -> TerminalCapabilities {
        TerminalCapabilities(environment: environment, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
                             stdinIsTerminal: isatty(STDIN_FILENO) == 1)
    }

    /// How live training shows itself (`set live on`): pictures on a styled terminal, plain
    /// metrics lines on an unstyled one, nothing off a terminal.
    var liveOutput: LiveOutput {
        guard isTerminal else { return .none }
        return styled ? .pictures : .plainLines
    }
}
