import NNCore

extension CommandTable {
    static let trainingCommands: [Command] = [
        Command(
            "train",
            usage: "train [EPOCHS] [lr X] [batch B] [every K] [patience P]",
            summary: "mini-batch training from the current weights",
            help: """
            Trains for EPOCHS epochs (default 100, up to 1e9), continuing from the current weights. \
            Each epoch shuffles the training split and walks it in mini-batches of B (default 32). \
            On a terminal one progress line is rewritten in place; in scripts a metrics line is \
            printed every K epochs (default: about ten lines per run). With patience P it stops \
            when the validation loss has not improved for P epochs and restores the best weights. \
            Options given here become the settings for later commands. Ctrl-C stops after the \
            current mini-batch and keeps the weights.
            """,
            examples: ["train", "train 300 lr 0.05 batch 16 every 50", "train 1000 patience 20"],
            arguments: 0...1,
            options: [
                OptionSpec("lr", "X", .number(learningRateRange), "learning rate (default 0.1)"),
                OptionSpec("batch", "B", .number(batchRange), "mini-batch size (default 32)"),
                OptionSpec("every", "K", .number(epochRange), "a metrics line every K epochs (default: about ten per run)"),
                OptionSpec("patience", "P", .number(epochRange), "stop after P epochs without a better val_loss (default: never)"),
            ],
            run: TrainCommand.run
        ),
        Command(
            "step",
            usage: "step",
            summary: "one mini-batch step, narrated",
            help: """
            Takes one mini-batch (the next B shuffled training samples) through the network and \
            narrates it: the shape of every matrix, the forward values for the first sample, the \
            loss, the gradient norm of every layer, and the size of the update. The weights change \
            as in one step of 'train'; the history does not.
            """,
            examples: ["set batch 4", "step"],
            run: StepCommand.run
        ),
        Command(
            "eval",
            usage: "eval",
            summary: "metrics of the current weights and the confusion matrix",
            help: """
            Prints 'loss L  acc A  val_loss VL  val_acc VA' for the current weights (for \
            regression 'loss L  val_loss VL  r2 R  val_r2 VR', and nothing more), then the \
            confusion matrix of the validation split (rows: true class, columns: predicted).
            """,
            examples: ["eval"],
            run: EvalCommand.run
        ),
        Command(
            "predict",
            usage: "predict X1 X2 ...\n       predict IN.csv OUT.csv",
            summary: "classify a point, or every row of a CSV file",
            help: """
            For one point given by its raw inputs, prints the class and every class probability. \
            For a CSV file, IN needs the raw input columns by header name (x1,x2 for generated \
            sets); OUT gets IN's columns, then p0 p1 ..., then class. Works right after 'load' \
            with no data.
            """,
            examples: ["predict 0.5 -0.25", "predict grid.csv predictions.csv"],
            arguments: 1...10_000,
            completion: { _, _ in .files },
            run: PredictCommand.run
        ),
        Command(
            "gradcheck",
            usage: "gradcheck",
            summary: "backpropagation against finite differences",
            help: """
            Compares the analytic gradients with central finite differences in 64-bit arithmetic \
            on a batch of training samples (at most 'batch' of them) and prints the largest \
            relative error per layer, then a verdict (errors below 1e-6 are right).
            """,
            examples: ["gradcheck"],
            run: GradcheckCommand.run
        ),
    ]

    static let batchRange = NumberRange.integers(1, 1_000_000)
    static let epochRange = NumberRange.integers(1, 1_000_000_000)
}
