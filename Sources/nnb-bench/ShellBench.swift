import Foundation
import NNShell

/// W1 as a person runs it: through the shell's `train`, with train and validation metrics
/// recorded and a metrics line printed every epoch (into a sink, not a terminal).
func benchShellTraining(_ kind: String, learningRate: Double, repeats: Int) throws -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        let console = Console(isTerminal: false, allowsEscapes: false) { _, _ in }
        let context = Context(console: console)
        var session = Session()
        try run("seed 0; dataset moons 1000 noise 0.2; init xavier; net 2 16 16 1 relu; optimizer \(kind) lr \(learningRate)",
                &session, context)
        let seconds = try timed { try run("train 200 batch 32 every 1", &session, context) }
        best = min(best, seconds)
    }
    return best
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
