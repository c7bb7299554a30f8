extension CommandTable {
    /// The picture kinds of `plot`.
    static let plotKinds = ["boundary", "loss", "accuracy", "history", "data", "neurons"]

    static let plotCommands: [Command] = [
        Command(
            "plot",
            usage: "plot boundary|loss|accuracy|history|data [FILE]\n       plot neurons [LAYER] [FILE]",
            summary: "draw in the terminal or write a picture file",
            help: """
            Draws the decision boundary, the loss or accuracy curves, both side by side \
            (history), the data, or every unit of a hidden layer (neurons, default layer 1) in the \
            terminal, or writes FILE when given: .png or .svg; .gif for boundary writes the \
            animation of the last 'train'. Image files are 640×480 unless 'set size W H'.
            """,
            examples: ["plot boundary", "plot loss loss.png", "plot boundary training.gif"],
            arguments: 1...3,
            completion: { position, _ in position == 0 ? CompletionSet(words: plotKinds) : .files },
            run: { _, invocation, _ in
                _ = try invocation.choice(at: 0, from: plotKinds, what: "plot")
                throw invocation.error("plot is not available yet in this build")
            }
        ),
    ]
}
