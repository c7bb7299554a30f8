/// One timed result, with the fields `bench_peers.py --json` writes for its peers.
struct BenchRecord {
    var peer = "nnb"
    var workload: String
    var opt: String
    var seconds: Double
    var warmupSeconds: Double
    var samplesEpochsPerSecond: Double
    var stepsPerSecond: Double
    var gflops: Double
    /// `gflops` over the machine's ceiling measured in the same run (`benchPeakGFLOPS`).
    var fractionOfPeak = Double.nan
    /// Peak resident memory of the process while the workload ran (data made, trained, scored), MB.
    var peakMegabytes = Double.nan
    var validationAccuracy: Double
    var validationLoss: Double
    var trainAccuracy: Double
    var trainLoss: Double
    var trainCount: Int
    var valCount: Int
    var epochs: Int
    var batch: Int
    var learningRate: Double
    var repeats: Int
    var allSeconds: [Double]

    /// The record as one JSON object.
    var json: String {
        let median = allSeconds.sorted()[allSeconds.count / 2]
        let fields: [(String, String)] = [
            ("peer", "\"\(peer)\""), ("workload", "\"\(workload)\""), ("opt", "\"\(opt)\""),
            ("seconds", "\(seconds)"), ("warmup_s", "\(warmupSeconds)"),
            ("samples_epochs_per_s", "\(samplesEpochsPerSecond)"), ("steps_per_s", "\(stepsPerSecond)"),
            ("gflops", "\(gflops)"), ("fraction_of_peak", jsonNumber(fractionOfPeak)),
            ("peak_mb", jsonNumber(peakMegabytes)), ("val_acc", "\(validationAccuracy)"), ("val_loss", "\(validationLoss)"),
            ("train_acc", "\(trainAccuracy)"), ("train_loss", "\(trainLoss)"), ("n_train", "\(trainCount)"),
            ("n_val", "\(valCount)"), ("epochs", "\(epochs)"), ("batch", "\(batch)"), ("lr", "\(learningRate)"),
            ("repeats", "\(repeats)"), ("all_seconds", "[\(allSeconds.map { "\($0)" }.joined(separator: ", "))]"),
            ("median_s", "\(median)"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// A number as JSON: `null` when it is not finite.
func jsonNumber(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
}
