import Foundation

/// Reading and atomic writing of text files, with errors as diagnostics.
enum FileAccess {
    /// The text of the file at `path`.
    static func read(_ path: String, shown name: String) throws(Diagnostic) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : (isDirectory.boolValue ? "it is a folder" : "permission denied")
            throw Diagnostic("cannot read '\(name)': \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic("cannot read '\(name)': it is not UTF-8 text")
        }
        return text
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder, then a rename,
    /// so a reader sees the old file or the new one, never half of one.
    static func write(_ text: String, to path: String, shown name: String) throws(Diagnostic) {
        try write(Data(text.utf8), to: path, shown: name)
    }

    /// Writes `bytes` to `path` atomically, as ``write(_:to:shown:)`` writes text.
    static func write(_ bytes: Data, to path: String, shown name: String) throws(Diagnostic) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try bytes.write(to: temporary)
        } catch {
            throw Diagnostic("cannot write '\(name)': \(reasonText(error, folder: folder.path))")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Diagnostic("cannot write '\(name)': \(reason)")
        }
    }

    private static func reasonText(_ error: Error, folder: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "no such folder"
        }
        return "permission denied"
    }
}
