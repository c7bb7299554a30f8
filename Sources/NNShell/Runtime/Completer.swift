/// Tab completion from the command table: command names, option keywords, value words and
/// (by falling back to the line editor's own completion) file paths.
enum Completer {
    /// What to offer for `word`, the partial word at the cursor, after `before`, the line's text
    /// up to that word. `paths` asks for file-name completion when no word fits.
    static func candidates(before: String, word: String) -> (words: [String], paths: Bool) {
        let statement = before.split(separator: ";", omittingEmptySubsequences: false).last ?? ""
        let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
            $0.replacingQuotes
        }
        guard let name = words.first else {
            return (filter(CommandTable.names, word), false)
        }
        guard let command = CommandTable.command(named: name) else { return ([], false) }
        var positional: [String] = []
        var used: Set<String> = []
        var index = 1
        while index < words.count {
            if let option = command.option(words[index]) {
                if index + 1 == words.count {
                    return (filter(option.kind.completionWords, word), option.kind == .path)
                }
                used.insert(option.name)
                index += 2
            } else {
                positional.append(words[index])
                index += 1
            }
        }
        let set = command.completion(positional.count, positional)
        let keywords = command.options.map(\.name).filter { !used.contains($0) }
        let offered = positional.count < command.arguments.upperBound ? set.words + withExtensions(word, set.extensions) : []
        return (filter(offered + keywords, word), set.paths)
    }

    /// `word` with each of `extensions` in place of its partly typed one: `out.p` gives
    /// `out.png`; nothing for an empty word or a bare folder.
    private static func withExtensions(_ word: String, _ extensions: [String]) -> [String] {
        let nameStart = word.lastIndex(of: "/").map { word.index(after: $0) } ?? word.startIndex
        let stem = word[nameStart...].lastIndex(of: ".").map { word[..<$0] } ?? word[...]
        guard stem.endIndex > nameStart else { return [] }
        return extensions.map { stem + $0 }
    }

    private static func filter(_ words: [String], _ prefix: String) -> [String] {
        var seen: Set<String> = []
        return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }
}

extension Substring {
    /// The word with double quotes removed.
    var replacingQuotes: String {
        String(filter { $0 != "\"" })
    }
}
