@preconcurrency import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line input at a terminal through libedit: editing, history kept in a file, tab completion
/// from the command table, and Ctrl-C clearing the line.
final class LineReader {
    private let historyPath: String

    /// A reader keeping its history in `historyPath` (read now; each line appended as it is
    /// typed, so shells sharing the file keep each other's lines: see ``HistoryFile``).
    init(historyPath: String) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("nnb"))
        rl_catch_signals = 0
        rl_getc_function = LineReader.getCharacter
        rl_completer_word_break_characters = strdup(" \t;")
        rl_attempted_completion_function = LineReader.complete
        rl_initialize()
        using_history()
        stifle_history(Int32(HistoryFile.keep))
        HistoryFile.compact(historyPath)
        _ = read_history(historyPath)
    }

    /// The history file: `$NNB_HISTORY`, or `~/.nnb_history`.
    static func defaultHistoryPath() -> String {
        if let path = getenv("NNB_HISTORY"), path.pointee != 0 { return String(cString: path) }
        return PathResolution.home() + "/.nnb_history"
    }

    /// The next line typed after `prompt`, or nil at end of input (Ctrl-D).
    func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            add_history(line)
            HistoryFile.append(line, to: historyPath)
        }
        return line
    }

    /// Reads one byte for libedit; an interrupted read (Ctrl-C) becomes ^U, which erases the line.
    private static let getCharacter: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { _ in
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0, errno == EINTR {
                if InterruptSignal.take() { return 0x15 }
                continue
            }
            return EOF
        }
    }

    /// The completion hook: offers the table's words for the word at the cursor, or falls back to
    /// file names when the command takes a path there.
    private static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
        let word = text.map { String(cString: $0) } ?? ""
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        let before = String(decoding: Array(line.utf8.prefix(Int(start))), as: UTF8.self)
        let found = Completer.candidates(before: before, word: word)
        if found.words.isEmpty && found.paths {
            rl_attempted_completion_over = 0
            return nil
        }
        rl_attempted_completion_over = 1
        guard !found.words.isEmpty else { return nil }
        CompletionList.words = found.words
        return rl_completion_matches(text, CompletionList.next)
    }
}

/// The words of the completion in progress, handed to libedit one at a time.
private enum CompletionList {
    nonisolated(unsafe) static var words: [String] = []
    nonisolated(unsafe) static var index = 0

    static let next: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
        if state == 0 { index = 0 }
        guard index < words.count else { return nil }
        index += 1
        return strdup(words[index - 1])
    }
}
