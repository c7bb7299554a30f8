import NNCore

/// `eval`: metrics of the current weights and the validation confusion matrix.
enum EvalCommand {
    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let sets = try session.trainingSets(for: "eval")
        guard let model = session.model else { return }
        let train = model.trainer.evaluate(sets.train)
        let validation = sets.validation.map { model.trainer.evaluate($0) }
        let evaluation = Evaluation(loss: train.loss, accuracy: train.accuracy,
                                    valLoss: validation?.loss, valAccuracy: validation?.accuracy,
                                    r2: train.r2, valR2: validation?.r2)
        context.console.line(TrainCommand.metricsText(loss: evaluation.loss, accuracy: evaluation.accuracy,
                                                      valLoss: evaluation.valLoss, valAccuracy: evaluation.valAccuracy,
                                                      r2: evaluation.r2, valR2: evaluation.valR2))
        if sets.train.values != nil {
            session.lastEvaluation = evaluation
            return
        }
        let (set, split) = sets.validation.map { ($0, "validation") } ?? (sets.train, "training")
        let predicted = Metrics.predictedClasses(model.network.outputs(set.inputs))
        let classes = session.classNames
        let matrix = ConfusionMatrix(actual: set.labels, predicted: predicted, classes: classes.count)
        context.console.line("confusion matrix (\(split), \(set.count) points; rows: true class, columns: predicted)")
        let rows = matrix.counts.enumerated().map { index, counts in [classes[index]] + counts.map(String.init) }
        let table = TextTable(header: ["true\\pred"] + classes, rows: rows,
                              rightAligned: Set(1...max(1, classes.count)))
        table.lines.forEach(context.console.line)
        session.lastEvaluation = evaluation
    }
}
