import Foundation

/// The package's own folders, found from this file's path (the folder that holds Package.swift).
enum Repository {
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// `path` inside the package.
    static func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }
}
