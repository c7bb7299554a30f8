import Foundation
import NNCore

/// `run`: a notebook replayed from a fresh session (default settings, no data, no network), as
/// `nnb FILE.nnb` would, printing what `nnb -q FILE.nnb` prints (no titles, no command echo); the
/// session is left where the notebook ends. The whole run is undone when a command fails.
///
/// A `run` of a notebook that is already running (a cycle, however deep) is refused, so a
/// notebook that runs itself cannot multiply into an endless replay.
enum RunCommand {
    static let command = Command(
        "run",
        synopsis: "FILE.nnb",
        summary: "replay a notebook script in this session",
        help: """
        Replays FILE.nnb from a fresh session (default settings, no data, no network), as \
        'nnb FILE.nnb' would, printing what 'nnb -q FILE.nnb' prints, and leaves the session \
        where the notebook ends, to explore from there. Relative paths in it resolve against \
        its own folder. It stops at the first failing command and then changes nothing.
        """,
        examples: ["run notebooks/features.nnb"],
        arguments: 1...1,
        completion: { _, _ in .files },
        run: run
    )

    static let maximumDepth = 16

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        guard context.depth < maximumDepth else {
            throw invocation.error("scripts nest more than \(maximumDepth) deep: does a script run itself?", at: 0)
        }
        let name = invocation.arguments[0].text
        let path = try context.resolve(name)
        let identity = PathResolution.real(path)
        if context.running.contains(identity) {
            throw invocation.error("'\(TextSafety.shown(name))' is already running: a notebook cannot run itself, directly or through others: remove this 'run' line", at: 0)
        }
        let notebook = Notebook(parsing: try FileAccess.read(path, shown: name))
        let savedBase = context.baseDirectory
        context.baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        context.depth += 1
        context.running.append(identity)
        defer {
            context.running.removeLast()
            context.baseDirectory = savedBase
            context.depth -= 1
            context.quitRequested = false
        }
        var first: Diagnostic?
        var fresh = Session()
        Replay.run(notebook, file: name, session: &fresh, context: context,
                   options: ReplayOptions(echo: false, keepGoing: false)) { first = first ?? $0 }
        if let first { throw first }
        session = fresh
    }
}
