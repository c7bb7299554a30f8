import NNCore
import NNPlot

/// `train`: the settings, the trainer's run with one ``TrainingObserver`` watching it, and the
/// outcome.
enum TrainCommand {
    static let command = Command(
        "train",
        synopsis: "[EPOCHS|forever]",
        summary: "mini-batch training from the current weights",
        help: """
        Trains for EPOCHS epochs (default \(SettingKey.declared("epochs").defaultText), up to 1e9), \
        continuing from the current weights. Each epoch shuffles the training split and walks it \
        in mini-batches of B. On a terminal one progress line is rewritten in place; in scripts a \
        metrics line is printed every K epochs. With patience P it stops when the validation loss \
        has not improved for P epochs and restores the best weights. Options given here become \
        the settings for later commands. Ctrl-C stops after the current mini-batch and keeps the weights. \
        With 'set live on' at the shell, the boundary and the curves are redrawn as it trains, paced \
        by 'set pace' so it can be watched: Space pauses and resumes, n trains one more epoch while \
        paused, + and - double and halve the speed, q (or Esc, or Ctrl-C) stops keeping the weights. \
        'train forever' (the shell only) trains until stopped.
        """,
        examples: ["train", "train 300 lr 0.05 batch 16 every 50", "train 1000 patience 20", "train forever"],
        arguments: 0...1,
        options: [
            SettingKey.declared("lr").option(),
            SettingKey.declared("batch").option("B"),
            SettingKey.declared("every").option(),
            SettingKey.declared("patience").option("P"),
        ],
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let forever = invocation.arguments.first.map { $0.text == "forever" && !$0.quoted } ?? false
        if forever {
            guard context.interactive, context.console.isTerminal else {
                throw invocation.error("'train forever' trains until you stop it, so it needs the interactive shell; in a script give a number of epochs, e.g. 'train 1000'", at: 0)
            }
        } else if !invocation.arguments.isEmpty {
            session.settings.epochs = Int(try invocation.number(at: 0, named: "EPOCHS", in: .epochs))
        }
        try session.applySettingOptions(invocation)
        session.applyOptimizerSettings()
        let settings = session.settings
        let sets = try session.trainingSets(for: "train")
        guard var model = session.model else { return }
        let epochs = forever ? Self.foreverEpochs : settings.epochs
        let options = TrainingOptions(epochs: epochs, batchSize: settings.batch,
                                      patience: settings.patience > 0 ? settings.patience : nil,
                                      regularization: settings.regularization)
        let observer = TrainingObserver(session: session, model: model, sets: sets, epochs: epochs, forever: forever,
                                        context: context)
        defer { observer.close() }
        _ = InterruptSignal.take()
        let report = model.trainer.train(sets.train, validation: sets.validation, options: options,
                                         shouldStop: { observer.shouldStop }, afterEpoch: observer.afterEpoch)
        _ = InterruptSignal.take()
        if case .diverged(let epoch, let batch) = report.outcome {
            observer.clear()
            throw Diagnostic("training diverged at epoch \(epoch), batch \(batch): the loss became NaN or infinite; nothing was changed. Try a smaller learning rate, e.g. 'train lr \(NumberFormat.short(settings.learningRate / 10))'")
        }
        let current = observer.finish(report, history: model.trainer.history, network: model.network)
        session.recording = observer.animation
        session.model = model
        session.lastEvaluation = current
    }

    /// The epochs `train forever` asks for: the most any `train` may run, far more than anyone waits for.
    static let foreverEpochs = Int(NumberRange.epochs.upper)
}
