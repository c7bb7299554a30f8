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
    let program = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nnb")
    guard FileManager.default.isExecutableFile(atPath: program.path) else {
        throw BenchUsageError("build nnb beside nnb-bench first: swift build -c release")
    }
    // posix_spawn and waitpid directly: Foundation's Process adds tens of milliseconds of its own.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let words: [String] = [program.path, "-e", "echo ok"]
    let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        var pid = pid_t()
        var status: Int32 = 0
        let seconds = timed {
            guard posix_spawn(&pid, program.path, &actions, nil, arguments, environ) == 0 else { return }
            waitpid(pid, &status, 0)
        }
        guard status == 0 else { throw BenchUsageError("nnb -e 'echo ok' failed with status \(status)") }
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
