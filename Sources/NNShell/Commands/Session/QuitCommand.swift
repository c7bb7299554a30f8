/// `quit` (and `exit`): leaves the shell, or stops a script.
enum QuitCommand {
    static let command = Command(
        "quit",
        aliases: ["exit"],
        summary: "leave nnb (also 'exit' and Ctrl-D)",
        help: "Leaves the shell; in a script, stops it. History is kept in $NNB_HISTORY or ~/.nnb_history.",
        examples: ["quit"],
        run: { _, _, context in
            context.quitRequested = true
        }
    )
}
