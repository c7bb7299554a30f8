import Foundation
import NNCore
import NNShell

/// `nnb-bench --csv`: `dataset load` of a 100,000 × 65 CSV file (64 random numbers as Swift
/// prints them and a class label 0–9) against pandas' `read_csv` of the same file.
///
/// nnb's time is the fastest of `repeats` runs of the whole `dataset load` command in this
/// process (reading, parsing, shuffling and splitting). Its peak memory is the peak resident set
/// (`ru_maxrss` from `wait4`) of a child `nnb -e 'dataset load FILE'`. pandas' time is the
/// fastest of `repeats` `read_csv` calls in a child `python3`, timed with `time.perf_counter`
/// around `read_csv` alone, and its processor time with `time.process_time` (nnb loads on one
/// thread, so its processor time is its time); it is skipped when `python3 -c 'import pandas'`
/// fails.
func runCSVBench(repeats: Int, jsonPath: String?) -> Int32 {
    let rows = 100_000, columns = 64
    let folder = NSTemporaryDirectory() + "nnb-bench-csv-\(ProcessInfo.processInfo.processIdentifier)"
    let path = folder + "/data.csv"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let size = try writeCSV(path, rows: rows, columns: columns)
        let seconds = try benchCSVLoad(path, repeats: repeats)
        let peak = try peakResidentBytes(nnbArguments: ["-e", "dataset load \"\(path)\""])
        let pandas = try pandasReadSeconds(path, repeats: repeats)
        let pandasText = pandas.map { String(format: "%.2f s (processor time %.2f s)", $0.wall, $0.cpu) } ?? "not installed"
        print(String(format: "CSV %d×%d (%.0f MB): nnb %.2f s, pandas %@, peak %.0f MB", rows, columns + 1,
                     Double(size) / 1e6, seconds, pandasText, Double(peak) / 1e6))
        if let jsonPath {
            let record = "{\"peer\": \"nnb\", \"workload\": \"CSV\", \"seconds\": \(seconds), \"pandas_seconds\": "
                + (pandas.map { "\($0.wall)" } ?? "null") + ", \"pandas_cpu_seconds\": "
                + (pandas.map { "\($0.cpu)" } ?? "null") + ", \"peak_mb\": \(Double(peak) / 1e6), \"rows\": \(rows), "
                + "\"columns\": \(columns + 1), \"file_mb\": \(Double(size) / 1e6), \"repeats\": \(repeats)}"
            let text = "{\"meta\": {\"threads\": 1}, \"nnb\": {}, \"results\": [\n\(record)\n]}\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: jsonPath), options: .atomic)
        }
        return 0
    } catch {
        FileHandle.standardError.write(Data("nnb-bench: CSV: \(error)\n".utf8))
        return 1
    }
}

/// Writes the benchmark file: a header `x1,…,xN,label`, then `rows` rows of standard normal
/// numbers in Swift's shortest form and a label 0–9; returns its size in bytes.
private func writeCSV(_ path: String, rows: Int, columns: Int) throws -> Int {
    guard FileManager.default.createFile(atPath: path, contents: nil),
          let handle = FileHandle(forWritingAtPath: path) else {
        throw BenchUsageError("cannot create \(path)")
    }
    defer { try? handle.close() }
    var random = SeededRandom(seed: 42)
    var text = (1...columns).map { "x\($0)" }.joined(separator: ",") + ",label\n"
    var size = 0
    for _ in 0..<rows {
        for value in random.normals(columns) {
            text += value.description
            text += ","
        }
        text += String(Int(random.uniform() * 10))
        text += "\n"
        if text.utf8.count > 1 << 20 {
            size += text.utf8.count
            try handle.write(contentsOf: Data(text.utf8))
            text = ""
        }
    }
    size += text.utf8.count
    try handle.write(contentsOf: Data(text.utf8))
    return size
}

/// The fastest of `repeats` runs of `dataset load FILE` in a fresh session.
private func benchCSVLoad(_ path: String, repeats: Int) throws -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        let context = Context(console: Console(isTerminal: false, allowsEscapes: false) { _, _ in })
        var session = Session()
        let seconds = try timed {
            do {
                try Interpreter.execute(line: "dataset load \"\(path)\"", session: &session, context: context)
            } catch {
                throw BenchUsageError("dataset load failed: \(error)")
            }
        }
        best = min(best, seconds)
    }
    return best
}

/// The peak resident set in bytes of a child `nnb` run with `arguments` (nnb beside nnb-bench).
private func peakResidentBytes(nnbArguments arguments: [String]) throws -> Int {
    let child = try ChildProgram(arguments: arguments)
    return try child.run().ru_maxrss * 1024
}

/// pandas' fastest `read_csv` of `path` in seconds, wall-clock and processor time (pandas may
/// parse on more than one thread), or nil without python3 and pandas.
private func pandasReadSeconds(_ path: String, repeats: Int) throws -> (wall: Double, cpu: Double)? {
    let script = """
    import sys, time
    try:
        import pandas
    except ImportError:
        sys.exit(3)
    best = float("inf")
    cpu = float("inf")
    for _ in range(\(max(1, repeats))):
        start = time.perf_counter()
        start_cpu = time.process_time()
        pandas.read_csv(sys.argv[1])
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    print(best, cpu)
    """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
    } catch {
        return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let numbers = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
        Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard numbers.count == 2 else { return nil }
    return (numbers[0], numbers[1])
}
