import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the file system sees them: symbolic links and `..` resolved, for confinement checks.
enum PathResolution {
    /// The home folder: `$HOME`, or the password file's entry when `HOME` is unset or empty.
    static func home() -> String {
        if let value = ProcessInfo.processInfo.environment["HOME"], !value.isEmpty { return value }
        return NSHomeDirectory()
    }

    /// `path` (absolute) with links and `.`/`..` resolved: the longest existing prefix through
    /// `realpath`, the rest (which does not exist yet) appended with `..` applied lexically.
    static func real(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                var parts = String(cString: resolved).split(separator: "/").map(String.init)
                for part in rest.reversed() {
                    switch part {
                    case ".", "": continue
                    case "..": if !parts.isEmpty { parts.removeLast() }
                    default: parts.append(part)
                    }
                }
                return "/" + parts.joined(separator: "/")
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return path }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    /// Whether `path` (resolved) is `folder` (resolved) or below it.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
