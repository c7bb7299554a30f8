import NNCore
import NNPlot

/// `train`: runs the trainer with progress output, live pictures, boundary frames for the GIF
/// and Ctrl-C polling.
enum TrainCommand {
    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        var settings = session.settings
        if !invocation.arguments.isEmpty {
            settings.epochs = Int(try invocation.number(at: 0, named: "EPOCHS", in: CommandTable.epochRange))
        }
        let epochs = settings.epochs
        settings.learningRate = invocation.number("lr") ?? settings.learningRate
        settings.batch = invocation.integer("batch") ?? settings.batch
        settings.every = invocation.integer("every") ?? settings.every
        settings.patience = invocation.integer("patience") ?? settings.patience
        session.settings = settings
        session.applyOptimizerSettings()
        let sets = try session.trainingSets(for: "train")
        guard var model = session.model else { return }
        let options = TrainingOptions(epochs: epochs, batchSize: settings.batch,
                                      patience: settings.patience > 0 ? settings.patience : nil,
                                      regularization: settings.regularization)
        let terminal = context.console.isTerminal
        let lattice = BoundaryLattice(session, model)
        let start = model.trainer.history.count
        let recording = lattice.map { lattice in
            BoundaryRecording(lattice: lattice, epochs: epochs, start: start, network: model.network,
                              summary: model.trainer.history.last.map(TrainingSummary.init)
                                  ?? Self.summary(of: model, epoch: start, sets.train, sets.validation))
        }
        let view = settings.live && terminal ? lattice.flatMap {
            LiveTrainingView(lattice: $0, history: model.trainer.history,
                             mode: PlotTerminal.mode(color: context.color(settings.color)),
                             columns: TerminalSize.columns, screenRows: TerminalSize.rows)
        } : nil
        let progress = TrainingProgress(console: context.console, live: terminal,
                                        epochs: epochs, interval: settings.interval(for: epochs),
                                        explicitInterval: settings.every > 0, start: start, view: view)
        _ = InterruptSignal.take()
        let report = model.trainer.train(sets.train, validation: sets.validation, options: options,
                                         shouldStop: { InterruptSignal.isPending },
                                         observeNetwork: { metrics, network in
                                             recording?.observe(metrics, network)
                                             progress.epoch(metrics, network: network)
                                         })
        _ = InterruptSignal.take()
        let history = model.trainer.history
        if case .diverged(let epoch, let batch) = report.outcome {
            progress.clear()
            throw Diagnostic("training diverged at epoch \(epoch), batch \(batch): the loss became NaN or infinite; nothing was changed. Try a smaller learning rate, e.g. 'train lr \(NumberText.short(settings.learningRate / 10))'")
        }
        var current = history.last
        if case .earlyStopped(let best) = report.outcome, best >= 1, best <= history.count {
            current = history.metrics(epoch: best) ?? current
        }
        progress.finish(report: report, total: history.count, current: current, network: model.network)
        if let current { recording?.finish(model.network, summary: TrainingSummary(current)) }
        session.recording = recording?.recorder
        session.model = model
        if let current {
            session.lastEvaluation = Evaluation(loss: current.loss, accuracy: current.accuracy,
                                                valLoss: current.valLoss, valAccuracy: current.valAccuracy)
        }
    }

    /// The metrics of `model`'s current weights, for the title of the animation's first frame.
    private static func summary(of model: ModelState, epoch: Int, _ train: TrainingSet, _ validation: TrainingSet?) -> TrainingSummary {
        let trainScore = model.trainer.evaluate(train)
        let validationScore = validation.map { model.trainer.evaluate($0) }
        return TrainingSummary(epoch: epoch, loss: trainScore.loss, validationLoss: validationScore?.loss,
                               accuracy: trainScore.accuracy, validationAccuracy: validationScore?.accuracy)
    }

    /// `loss L  acc A  val_loss VL  val_acc VA` (validation fields only when there is a split).
    static func metricsText(loss: Double, accuracy: Double, valLoss: Double?, valAccuracy: Double?) -> String {
        var parts = ["loss \(NumberText.fixed4(loss))", "acc \(NumberText.fixed4(accuracy))"]
        if let valLoss { parts.append("val_loss \(NumberText.fixed4(valLoss))") }
        if let valAccuracy { parts.append("val_acc \(NumberText.fixed4(valAccuracy))") }
        return parts.joined(separator: "  ")
    }

    /// The metrics of one epoch as in a metrics line (without the epoch).
    static func metricsText(_ metrics: EpochMetrics) -> String {
        metricsText(loss: metrics.loss, accuracy: metrics.accuracy, valLoss: metrics.valLoss,
                    valAccuracy: metrics.valAccuracy)
    }
}
