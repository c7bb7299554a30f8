import Foundation
import NNCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and atomic writing of files, with errors as diagnostics that carry the real reason.
///
/// Writing never replaces anything but a regular file: a device, FIFO or folder at the target is
/// refused; a symbolic link is kept and the file it points to is replaced. The new contents go
/// to a temporary file created exclusively (`mkstemp`) in the target's folder, are flushed to
/// disk, take the old file's permission bits, and are renamed over the target; on any failure
/// the temporary file is removed and the old file is left as it was. SIGINT and SIGTERM are held
/// back while a file is written (``HeldSignals``), so an interrupt never leaves a temporary file
/// behind.
enum FileAccess {
    /// The largest file `read` accepts (256 MiB): notebooks, CSV and model files are far smaller.
    static let readLimit = 256 << 20

    /// The text of the regular file at `path`.
    static func read(_ path: String, shown name: String) throws(Diagnostic) -> String {
        let data = try readBytes(path, shown: name)
        guard let text = String(data: data, encoding: .utf8) else { throw notUTF8(shown: name) }
        return text
    }

    /// The error for a file named `name` that is not UTF-8 text.
    static func notUTF8(shown name: String) -> Diagnostic {
        Diagnostic("cannot read '\(TextSafety.shown(name))': it is not UTF-8 text: save it as UTF-8 (plain text) and try again")
    }

    /// The bytes of the regular file at `path` (a device, FIFO or folder is refused).
    static func readBytes(_ path: String, shown name: String) throws(Diagnostic) -> Data {
        var data = Data()
        try readChunks(path, shown: name, chunkSize: 1 << 16) { data.append(contentsOf: $0) }
        return data
    }

    /// Reads the regular file at `path` in turn into one reused buffer of `chunkSize` bytes,
    /// handing each filled part to `body`, after telling `opened` the file's size; refuses what
    /// `readBytes` refuses (a device, FIFO or folder, or more than `readLimit` bytes).
    static func readChunks(_ path: String, shown name: String, chunkSize: Int = 1 << 20,
                           opened: (_ size: Int) -> Void = { _ in },
                           _ body: (UnsafeRawBufferPointer) -> Void) throws(Diagnostic) {
        let (descriptor, size) = try openRegular(path, shown: name)
        defer { close(descriptor) }
        opened(size)
        // One byte past the limit tells a file that grew too large while it was read.
        var total = 0
        try readRange(descriptor, 0..<(readLimit + 1), shown: name, chunkSize: chunkSize) { chunk in
            total += chunk.count
            if total <= readLimit { body(chunk) }
        }
        guard total <= readLimit else {
            throw Diagnostic("cannot read '\(TextSafety.shown(name))': it is larger than \(readLimit >> 20) MiB")
        }
    }

    /// Reads the bytes `range` of the open file `descriptor` (fewer if it ends first) into one
    /// reused buffer of `chunkSize` bytes, handing each filled part to `body`. Reads at offsets,
    /// so two threads may read one descriptor at once.
    static func readRange(_ descriptor: Int32, _ range: Range<Int>, shown name: String, chunkSize: Int = 1 << 20,
                          _ body: (UnsafeRawBufferPointer) -> Void) throws(Diagnostic) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, chunkSize), alignment: 16)
        defer { buffer.deallocate() }
        var offset = range.lowerBound
        while offset < range.upperBound {
            let count = pread(descriptor, buffer.baseAddress, min(buffer.count, range.upperBound - offset), off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                throw Diagnostic("cannot read '\(TextSafety.shown(name))': \(reason(errno))")
            }
            if count == 0 { break }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            offset += count
        }
    }

    /// The regular file at `path` opened for reading, with its size; refuses what `readBytes`
    /// refuses. The caller closes the descriptor.
    static func openRegular(_ path: String, shown name: String) throws(Diagnostic) -> (descriptor: Int32, size: Int) {
        let shown = TextSafety.shown(name)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Diagnostic("cannot read '\(shown)': \(errno == ENOENT ? "no such file" : reason(errno))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let failure = Diagnostic("cannot read '\(shown)': \(reason(errno))")
            close(descriptor)
            throw failure
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Diagnostic("cannot read '\(shown)': \(kind(info.st_mode)), not a regular file")
        }
        guard Int(info.st_size) <= readLimit else {
            close(descriptor)
            throw Diagnostic("cannot read '\(shown)': it is larger than \(readLimit >> 20) MiB")
        }
        return (descriptor, Int(info.st_size))
    }

    /// Writes `text` to `path` atomically (see the type's notes).
    static func write(_ text: String, to path: String, shown name: String) throws(Diagnostic) {
        try write(Data(text.utf8), to: path, shown: name)
    }

    /// Writes `bytes` to `path` atomically, as ``write(_:to:shown:)`` writes text.
    static func write(_ bytes: Data, to path: String, shown name: String) throws(Diagnostic) {
        let shown = TextSafety.shown(name)
        func failure(_ why: String) -> Diagnostic { Diagnostic("cannot write '\(shown)': \(why)") }
        let target = try destination(path, failure: failure)
        var info = stat()
        var mode: mode_t = 0o666 & ~currentUmask()
        if stat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { throw failure("\(kind(info.st_mode)), not a regular file") }
            mode = info.st_mode & 0o7777
        } else if errno != ENOENT {
            throw failure(reason(errno))
        }
        let folder = (target as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.nnb-XXXXXX").utf8CString)
        let held = HeldSignals.hold()
        defer { held.release() }
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw failure(errno == ENOENT ? "no such folder" : reason(errno))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var problem: Int32 = 0
        if fchmod(descriptor, mode) != 0 { problem = errno }
        if problem == 0 { problem = writeAll(bytes, to: descriptor) }
        if problem == 0, fsync(descriptor) != 0 { problem = errno }
        if close(descriptor) != 0, problem == 0 { problem = errno }
        if problem == 0, rename(temporary, target) != 0 { problem = errno }
        guard problem == 0 else {
            unlink(temporary)
            throw failure(reason(problem))
        }
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// The file a write to `path` replaces: `path` itself, or the end of its chain of links.
    private static func destination(_ path: String, failure: (String) -> Diagnostic) throws(Diagnostic) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return current }
                throw failure(reason(errno))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw failure(reason(errno)) }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw failure(reason(ELOOP))
    }

    private static func writeAll(_ bytes: Data, to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { raw -> Int32 in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// What kind of file a mode describes, for messages.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "it is a folder"
        case S_IFCHR, S_IFBLK: "it is a device"
        case S_IFIFO: "it is a FIFO"
        case S_IFSOCK: "it is a socket"
        default: "it is a special file"
        }
    }

    /// The system's reason for `code`, in lower case: "no space left on device",
    /// "file name too long", "permission denied", "no such file or directory", ...
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
