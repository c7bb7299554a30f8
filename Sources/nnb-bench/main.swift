import CProcessorCheck
import Foundation
import NNCore

/// nnb-bench: the peer workloads W1–W4 on nnb's engine, timed as the peers time them, each
/// also as GFLOP/s and as a fraction of the machine's ceiling measured in the same run.
///
///     nnb-bench [--workloads W1,W2,W3,W4] [--opts sgd,adam] [--repeats N] [--threads N] [--json FILE]
///     nnb-bench --csv [--repeats N] [--json FILE]
///     nnb-bench --chart OUT.png|OUT.svg --from NNB.json [--peers PEERS.json]
///
/// `--csv` times `dataset load` of a large CSV file against pandas instead (see `runCSVBench`);
/// `--chart` draws the throughput chart from earlier `--json` output instead of measuring.
struct BenchOptions {
    var workloads = ["W1", "W2", "W3", "W4"]
    var opts: [OptimizerKind] = [.sgd, .adam]
    var repeats = 3
    var threads = 1
    var jsonPath: String?
    var csv = false
    /// `--chart`: draw the throughput chart from `--from` (and `--peers`) instead of measuring.
    var chartPath: String?
    var chartSource: String?
    var peersPath: String?

    static let usage = "usage: nnb-bench [--workloads W1,W2,W3,W4] [--opts sgd,adam] [--repeats N] [--threads N] [--json FILE]\n"
        + "       nnb-bench --csv [--repeats N] [--json FILE]\n"
        + "       nnb-bench --chart OUT.png|OUT.svg --from NNB.json [--peers PEERS.json]"

    init(_ arguments: [String]) throws(BenchUsageError) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--csv" {
                csv = true
                continue
            }
            guard let value = rest.popFirst() else { throw BenchUsageError("\(flag) needs a value") }
            switch flag {
            case "--workloads":
                workloads = value.split(separator: ",").map(String.init)
                for name in workloads where !Workload.names.contains(name) {
                    throw BenchUsageError("unknown workload '\(name)': choose from \(Workload.names.joined(separator: ", "))")
                }
            case "--opts":
                var kinds: [OptimizerKind] = []
                for name in value.split(separator: ",") {
                    guard let kind = OptimizerKind(rawValue: String(name)) else {
                        throw BenchUsageError("unknown optimizer '\(name)': choose from sgd, adam")
                    }
                    kinds.append(kind)
                }
                opts = kinds
            case "--repeats":
                guard let n = Int(value), n >= 1 else { throw BenchUsageError("--repeats takes a whole number ≥ 1") }
                repeats = n
            case "--threads":
                guard let n = Int(value), n >= 1 else { throw BenchUsageError("--threads takes a whole number ≥ 1") }
                threads = n
            case "--json":
                jsonPath = value
            case "--chart":
                chartPath = value
            case "--from":
                chartSource = value
            case "--peers":
                peersPath = value
            default:
                throw BenchUsageError("unknown option '\(flag)'")
            }
        }
    }
}

struct BenchUsageError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

func runBench() -> Int32 {
    let options: BenchOptions
    do {
        options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("nnb-bench: \(error.message)\n\(BenchOptions.usage)\n".utf8))
        return 2
    }
    if options.csv { return runCSVBench(repeats: options.repeats, jsonPath: options.jsonPath) }
    if let chart = options.chartPath {
        guard let source = options.chartSource else {
            FileHandle.standardError.write(Data("nnb-bench: --chart needs --from NNB.json\n\(BenchOptions.usage)\n".utf8))
            return 2
        }
        do {
            try BenchChart.write(nnbJSON: source, peersJSON: options.peersPath, output: chart)
            print("wrote \(chart)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("nnb-bench: \(error)\n".utf8))
            return 1
        }
    }
    BLASThreads.set(options.threads)
    do {
        try KernelFamily.choose(named: ProcessInfo.processInfo.environment["NNB_KERNEL"])
    } catch {
        FileHandle.standardError.write(Data("nnb-bench: \(error)\n".utf8))
        return 2
    }
    let peak = benchPeakGFLOPS(repeats: 3)
    print("# nnb-bench threads=\(options.threads) repeats=\(options.repeats) kernels=\(KernelFamily.active.rawValue)")
    print(String(format: "# ceiling: 2048³ cblas_sgemm at %d thread(s), %.1f GFLOP/s", options.threads, peak))
    print("| workload | opt | seconds | samples·epochs/s | GFLOP/s | of peak | val acc | peak MB |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    var records: [BenchRecord] = []
    for name in options.workloads {
        guard let workload = Workload.all.first(where: { $0.name == name }) else { continue }
        for kind in options.opts {
            do {
                ResidentMemory.resetPeak()
                var record = try benchTraining(workload, kind, repeats: options.repeats)
                record.peakMegabytes = ResidentMemory.peakMegabytes()
                record.fractionOfPeak = record.gflops / peak
                records.append(record)
                print(String(format: "| %@ | %@ | %.4f | %.0f | %.2f | %.0f %% | %.4f | %.0f |", record.workload, record.opt,
                             record.seconds, record.samplesEpochsPerSecond, record.gflops, 100 * record.fractionOfPeak,
                             record.validationAccuracy, record.peakMegabytes))
            } catch {
                FileHandle.standardError.write(Data("nnb-bench: \(name) \(kind.rawValue): \(error)\n".utf8))
                return 1
            }
        }
    }
    var extras: [(String, Double)] = []
    var shellRecords: [String] = []
    if options.workloads.contains("W1") {
        do {
            for kind in options.opts {
                let (shell, bare) = try benchShellTraining(kind, repeats: options.repeats)
                print(String(format: "W1 %@ through the shell (metrics every epoch): %.4f s, %.2f× the bare loop (%.4f s, timed in turns)",
                             kind.rawValue, shell, shell / bare, bare))
                extras.append(("w1_shell_\(kind.rawValue)_s", shell))
                shellRecords.append("{\"peer\": \"nnb\", \"workload\": \"W1-shell\", \"opt\": \"\(kind.rawValue)\", "
                    + "\"seconds\": \(shell), \"bare_seconds\": \(jsonNumber(bare)), \"ratio\": \(jsonNumber(shell / bare))}")
            }
            let plot = try benchBoundaryPlot(repeats: max(5, options.repeats))
            print(String(format: "plot boundary, 200×200 grid of a 2-64-64-1 network, 640×480 PNG: %.1f ms", plot * 1000))
            extras.append(("plot_boundary_200_s", plot))
            let startup = try benchStartup(repeats: max(5, options.repeats))
            print(String(format: "start-up, nnb -e 'echo ok': %.1f ms", startup * 1000))
            extras.append(("startup_s", startup))
        } catch {
            FileHandle.standardError.write(Data("nnb-bench: \(error)\n".utf8))
            return 1
        }
    }
    if let path = options.jsonPath {
        let extraFields = extras.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
        let text = "{\"meta\": {\"threads\": \(options.threads), \"kernels\": \"\(KernelFamily.active.rawValue)\"}, "
            + "\"peak_gflops\": \(jsonNumber(peak)), "
            + "\"nnb\": {\(extraFields)}, \"results\": [\n"
            + (records.map(\.json) + shellRecords).joined(separator: ",\n") + "\n]}\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("nnb-bench: cannot write \(path): \(error.localizedDescription)\n".utf8))
            return 1
        }
    }
    return 0
}

nnb_check_processor()
exit(runBench())
