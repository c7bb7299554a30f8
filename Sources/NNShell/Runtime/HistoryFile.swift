import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's history file, shared by every nnb shell of a user.
///
/// The file is in libedit's format (a `_HiStOrY_V2_` line, then one entry per line with blanks,
/// backslashes and control characters written as `\ooo` octal), so `read_history` loads it. Each
/// shell appends its lines as they are typed, under an exclusive `flock`, instead of rewriting the
/// file on exit: two shells sharing the file keep both their lines. When the file holds more than
/// twice ``keep`` entries, the oldest are dropped by an atomic rewrite under the same lock.
enum HistoryFile {
    /// The first line of the file.
    static let header = "_HiStOrY_V2_"
    /// Entries kept when the file is compacted.
    static let keep = 1000

    /// Appends `entry` to the file at `path` (created, mode 0600, when missing).
    static func append(_ entry: String, to path: String) {
        withLockedFile(path) { descriptor, size in
            let text = (size == 0 ? header + "\n" : "") + encoded(entry) + "\n"
            Console.writeAll(text, to: descriptor)
        }
    }

    /// Drops all but the last ``keep`` entries when the file holds more than twice as many.
    static func compact(_ path: String) {
        withLockedFile(path) { _, _ in
            let all = entries(path)
            guard all.count > 2 * keep else { return }
            let text = ([header] + all.suffix(keep).map(encoded)).joined(separator: "\n") + "\n"
            try? FileAccess.write(text, to: path, shown: path)
        }
    }

    /// The entries in the file at `path`, oldest first (decoded).
    static func entries(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return [] }
        return lines.dropFirst().map { decoded(String($0)) }
    }

    /// `entry` with blanks, backslashes and control characters as `\ooo`.
    static func encoded(_ entry: String) -> String {
        var out: [UInt8] = []
        for byte in entry.utf8 {
            if byte <= 0x20 || byte == 0x5C || byte == 0x7F {
                out += [0x5C, 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The entry that `encoded` wrote as `line`.
    static func decoded(_ line: String) -> String {
        let source = Array(line.utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < source.count {
            if source[index] == 0x5C, index + 3 < source.count,
               source[(index + 1)...(index + 3)].allSatisfy({ (0x30...0x37).contains($0) }), source[index + 1] <= 0x33 {
                bytes.append((source[index + 1] - 0x30) << 6 | (source[index + 2] - 0x30) << 3 | (source[index + 3] - 0x30))
                index += 4
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Runs `body` with the file open for appending and exclusively locked; if another shell
    /// replaced the file while this one waited for the lock, it opens the new file and retries.
    private static func withLockedFile(_ path: String, _ body: (Int32, Int) -> Void) {
        for _ in 0..<8 {
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX) == 0 else { return }
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0 else { return }
            guard stat(path, &current) == 0, current.st_ino == opened.st_ino, current.st_dev == opened.st_dev else { continue }
            guard opened.st_mode & S_IFMT == S_IFREG else { return }
            body(descriptor, Int(opened.st_size))
            return
        }
    }
}
