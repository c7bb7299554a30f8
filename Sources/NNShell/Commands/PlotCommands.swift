extension CommandTable {
    static let plotCommands: [Command] = [
        Command(
            "plot",
            usage: "plot boundary|loss|accuracy|history|data|network [FILE]\n       plot neurons [LAYER] [FILE]",
            summary: "draw in the terminal or write a picture file",
            help: """
            Draws in the terminal, or writes FILE when given. boundary: the network's prediction \
            over a grid covering the data (features and normalisation applied as to the data), \
            training points filled, validation points outlined, and the epoch, loss and accuracy \
            as title. data: the points alone. loss, accuracy: the curves per epoch, training \
            solid and validation dashed; history: both side by side. neurons: every unit of a \
            hidden layer (default 1) over the input plane. network: the network as TensorFlow \
            Playground draws it, one column per layer, every unit a tile of what it computes over \
            the input plane (plain nodes for data that is not two inputs), every weight a line \
            coloured by its sign (blue positive, orange negative) and as wide or bright as it is \
            large, at most 12 units per column ('+N more'), and the largest weights listed. The \
            extension picks the format: .png \
            or .svg; for boundary, .gif writes the animation of the boundary recorded during the \
            last 'train' (a looping GIF of at most 200 frames). Files are 640×480 pixels unless \
            'set size W H'. In the terminal: colour half blocks when colour is on, plain letters \
            and ASCII curves when it is off ('set color off', NO_COLOR, or output to a pipe). \
            'set live on' redraws the boundary and the curves in place while 'train' runs.
            """,
            examples: ["plot boundary", "plot history", "plot loss loss.png", "plot neurons 2 units.svg", "plot network net.png",
                       "set size 800 600; plot boundary boundary.png", "train 300; plot boundary training.gif"],
            arguments: 1...3,
            completion: { position, previous in
                guard position > 0 else { return CompletionSet(words: PlotRequest.kinds) }
                let kind = previous.first ?? ""
                let extensions = kind == "boundary" ? PlotRequest.extensions : PlotRequest.extensions.filter { $0 != ".gif" }
                return CompletionSet(words: extensions.map { kind + $0 }, paths: true, extensions: extensions)
            },
            run: PlotCommand.run
        ),
    ]
}
