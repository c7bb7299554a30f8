/// The interactive shell: a prompt, line editing, history, completion and Ctrl-C handling.
struct Shell {
    let console: Console

    /// Runs until `quit` or Ctrl-D; returns the exit status.
    func run() -> Int32 {
        InterruptSignal.install()
        let reader = LineReader(historyPath: LineReader.defaultHistoryPath())
        let context = Context(console: console, interactive: true)
        var session = Session()
        console.line("nnb \(Program.version): type 'help' for the commands, Ctrl-D or 'quit' to leave")
        while !context.quitRequested {
            guard let line = reader.readLine(prompt: Replay.prompt) else {
                console.line()
                break
            }
            _ = InterruptSignal.take()
            do {
                try Interpreter.execute(line: line, session: &session, context: context)
            } catch {
                console.error(DiagnosticRenderer.interactive(error, promptWidth: Replay.prompt.count,
                                                             color: context.color(session.settings.color)))
            }
        }
        return Program.Status.success
    }
}
