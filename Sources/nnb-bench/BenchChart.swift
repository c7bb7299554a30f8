import Foundation
import NNPlot

/// The bar chart of `docs/performance.md`: samples·epochs per second of nnb and of each peer,
/// one group per workload and optimizer, drawn from `nnb-bench --json` (and, when given,
/// `bench_peers.py --json`) records.
enum BenchChart {
    /// Reads the records, draws the chart and writes it to `output` (.png or .svg).
    static func write(nnbJSON: String, peersJSON: String?, output: String, width: Int = 720) throws {
        let ours = try records(in: nnbJSON)
        let theirs = try peersJSON.map(records(in:)) ?? []
        let threads = try threadCount(in: nnbJSON)
        let chart = chart(ours + theirs, threads: threads)
        let format = try ImageFormat(path: output)
        let height = max(240, 24 * chart.rowCount + 24)
        let bytes = try chart.encoded(as: format, width: width, height: height)
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
    }

    /// One group per (workload, opt) that nnb measured, bars fastest first, nnb highlighted.
    static func chart(_ records: [[String: Any]], threads: Int?) -> BarChart {
        let timed = records.filter { $0["samples_epochs_per_s"] is Double && $0["peer"] is String }
        var keys: [String] = []
        for record in timed where record["peer"] as? String == "nnb" {
            let key = "\(record["workload"] ?? "") \(record["opt"] ?? "")"
            if !keys.contains(key) { keys.append(key) }
        }
        let groups = keys.map { key in
            let bars = timed.filter { "\($0["workload"] ?? "") \($0["opt"] ?? "")" == key }
                .map { record in
                    let peer = record["peer"] as? String ?? "?"
                    return BarChart.Bar(label: peer, value: record["samples_epochs_per_s"] as? Double ?? .nan,
                                        isHighlighted: peer == "nnb")
                }
                .sorted { $0.value > $1.value }
            return BarChart.Group(title: key, bars: bars)
        }
        let threadText = threads.map { $0 == 1 ? ", one thread" : ", \($0) threads" } ?? ""
        return BarChart(title: "Training throughput\(threadText) (longer is faster)",
                        axisLabel: "samples x epochs / s", groups: groups)
    }

    private static func document(at path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchUsageError("\(path) is not a JSON object with a \"results\" array; give a file that nnb-bench --json or bench_peers.py --json wrote")
        }
        return object
    }

    private static func records(in path: String) throws -> [[String: Any]] {
        guard let results = try document(at: path)["results"] as? [[String: Any]] else {
            throw BenchUsageError("\(path) has no \"results\" array of records; give a file that nnb-bench --json or bench_peers.py --json wrote")
        }
        return results
    }

    private static func threadCount(in path: String) throws -> Int? {
        (try document(at: path)["meta"] as? [String: Any])?["threads"] as? Int
    }
}
