import Foundation

/// The process's peak resident memory (Linux `VmHWM`), with a way to start the count afresh.
enum ResidentMemory {
    /// Resets the peak to the current resident size (writes `5` to `/proc/self/clear_refs`);
    /// false where the system does not allow it.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// The peak resident size since the start or the last `resetPeak()`, in MB (10⁶ bytes);
    /// NaN where `/proc/self/status` is not there.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Double($0) })
        else { return .nan }
        return kilobytes * 1024 / 1e6
    }
}
