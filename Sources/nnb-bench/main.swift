import CProcessorCheck
import Foundation
import NNCore

/// nnb-bench: the peer workloads W1–W3 on nnb's engine, timed as the peers time them.
///
///     nnb-bench [--workloads W1,W2,W3] [--opts sgd,adam] [--repeats N] [--threads N] [--json FILE] [--csv]
///
/// `--csv` times `dataset load` of a large CSV file against pandas instead (see `runCSVBench`).
struct BenchOptions {
    var workloads = ["W1", "W2", "W3"]
    var opts: [OptimizerKind] = [.sgd, .adam]
    var repeats = 3
    var threads = 1
    var jsonPath: String?
    var csv = false

    static let usage = "usage: nnb-bench [--workloads W1,W2,W3] [--opts sgd,adam] [--repeats N] [--threads N] [--json FILE] [--csv]"

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
                for name in workloads where !Workload.all.contains(where: { $0.name == name }) {
                    throw BenchUsageError("unknown workload '\(name)': choose from W1, W2, W3")
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
    BLASThreads.set(options.threads)
    print("# nnb-bench threads=\(options.threads) repeats=\(options.repeats)")
    print("| workload | opt | seconds | samples·epochs/s | GFLOP/s | val acc |")
    print("|---|---|---:|---:|---:|---:|")
    var records: [BenchRecord] = []
    for name in options.workloads {
        guard let workload = Workload.all.first(where: { $0.name == name }) else { continue }
        for kind in options.opts {
            do {
                let record = try benchTraining(workload, kind, repeats: options.repeats)
                records.append(record)
                print(String(format: "| %@ | %@ | %.4f | %.0f | %.2f | %.4f |", record.workload, record.opt,
                             record.seconds, record.samplesEpochsPerSecond, record.gflops, record.validationAccuracy))
            } catch {
                FileHandle.standardError.write(Data("nnb-bench: \(name) \(kind.rawValue): \(error)\n".utf8))
                return 1
            }
        }
    }
    var extras: [(String, Double)] = []
    if options.workloads.contains("W1") {
        do {
            for kind in options.opts {
                let rate = kind == .adam ? 0.01 : 0.1
                let shell = try benchShellTraining(kind.rawValue, learningRate: rate, repeats: options.repeats)
                let bare = records.first { $0.workload == "W1" && $0.opt == kind.rawValue }?.seconds ?? .nan
                print(String(format: "W1 %@ through the shell (metrics every epoch): %.4f s, %.2f× the bare loop",
                             kind.rawValue, shell, shell / bare))
                extras.append(("w1_shell_\(kind.rawValue)_s", shell))
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
        let text = "{\"meta\": {\"threads\": \(options.threads)}, \"nnb\": {\(extraFields)}, \"results\": [\n"
            + records.map(\.json).joined(separator: ",\n") + "\n]}\n"
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
