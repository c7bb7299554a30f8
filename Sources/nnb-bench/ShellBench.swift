import Foundation
import NNCore
import NNShell

/// W1 as a person runs it: through the shell's `train`, with train and validation metrics
/// recorded and a metrics line printed every epoch (into a sink, not a terminal), timed in
/// turns with W1's bare training loop (`bareRun`) so that both see the machine in the same
/// moments: the fastest of `repeats` of each.
func benchShellTraining(_ kind: OptimizerKind, repeats: Int) throws -> (shell: Double, bare: Double) {
    guard let workload = Workload.all.first(where: { $0.name == "W1" }) else {
        throw BenchUsageError("W1 is not among the workloads")
    }
    let (train, _) = try workload.sets()
    let start = try workload.network()
    let learningRate = workload.learningRates[kind] ?? 0.1
    let settings = OptimizerSettings(kind: kind, learningRate: learningRate)
    let setup = "seed 0; dataset moons 1000 noise 0.2; init xavier; "
        + "net \(workload.sizes.map(String.init).joined(separator: " ")) relu; optimizer \(kind.rawValue) lr \(learningRate)"
    var bestShell = Double.infinity
    var bestBare = Double.infinity
    for _ in 0..<max(1, repeats) {
        bestBare = min(bestBare, bareRun(workload, train, from: start, settings).seconds)
        let context = Context(console: Console(isTerminal: false, allowsEscapes: false) { _, _ in })
        var session = Session()
        try run(setup, &session, context)
        let seconds = try timed { try run("train \(workload.epochs) batch \(workload.batch) every 1", &session, context) }
        bestShell = min(bestShell, seconds)
    }
    return (bestShell, bestBare)
}

/// Seconds for `nnb -e 'echo ok'`, the fastest of `repeats` starts.
func benchStartup(repeats: Int) throws -> Double {
    let child = try ChildProgram(arguments: ["-e", "echo ok"])
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        var failure: Error?
        let seconds = timed {
            do { _ = try child.run() } catch { failure = error }
        }
        if let failure { throw failure }
        best = min(best, seconds)
    }
    return best
}

private func run(_ line: String, _ session: inout Session, _ context: Context) throws {
    do {
        try Interpreter.execute(line: line, session: &session, context: context)
    } catch {
        throw BenchUsageError("shell command failed: \(line): \(error)")
    }
}
