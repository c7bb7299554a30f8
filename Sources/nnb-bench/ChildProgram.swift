import Foundation

/// `nnb` run as a child of nnb-bench, from the folder nnb-bench is in, with its output to
/// /dev/null. posix_spawn and wait4 directly: Foundation's Process adds tens of milliseconds of
/// its own, and wait4 gives the child's resource use.
final class ChildProgram {
    private let path: String
    private var actions = posix_spawn_file_actions_t()
    private let argv: [UnsafeMutablePointer<CChar>?]

    /// Ready to run `nnb ARGUMENTS…`.
    /// - Throws: `BenchUsageError` when nnb is not built beside nnb-bench.
    init(arguments: [String]) throws {
        let program = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nnb")
        guard FileManager.default.isExecutableFile(atPath: program.path) else {
            throw BenchUsageError("build nnb beside nnb-bench first: swift build -c release")
        }
        path = program.path
        argv = ([path] + arguments).map { strdup($0) } + [nil]
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }

    deinit {
        posix_spawn_file_actions_destroy(&actions)
        argv.forEach { free($0) }
    }

    /// Runs the child to its end; its resource use (`ru_maxrss` in KiB is its peak memory).
    /// - Throws: `BenchUsageError` when it cannot start or exits with a status other than 0.
    func run() throws -> rusage {
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
            throw BenchUsageError("cannot start \(path)")
        }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid, status == 0 else {
            let words = argv.dropFirst().compactMap { $0.map { String(cString: $0) } }
            throw BenchUsageError("nnb \(words.joined(separator: " ")) failed with status \(status)")
        }
        return usage
    }
}
