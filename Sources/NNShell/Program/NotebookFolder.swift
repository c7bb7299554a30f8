import Foundation

/// Where the example notebooks are: `PREFIX/share/nnb/notebooks` beside an installed
/// `PREFIX/bin/nnb`, or the source tree's `notebooks/` for a binary run from its build folder.
enum NotebookFolder {
    /// The installed layout, relative to the folder holding the binary.
    static let installed = "../share/nnb/notebooks"

    static let missingMessage = "no example notebooks found: install nnb with 'make install', "
        + "or run it from its source tree's build folder"

    /// The folder, as an absolute path without `..`, or nil when neither layout is there.
    static func locate(executable: URL? = executableURL()) -> String? {
        guard let executable else { return nil }
        let binFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let beside = binFolder.appendingPathComponent(installed).standardizedFileURL
        if isFolder(beside) { return beside.path }
        var folder = binFolder
        while folder.path != "/" && !folder.path.isEmpty {
            let notebooks = folder.appendingPathComponent("notebooks")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isFolder(notebooks) {
                return notebooks.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// The running binary (`/proc/self/exe` on Linux, where argv[0] may be a bare name).
    private static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return Bundle.main.executableURL
    }

    private static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
