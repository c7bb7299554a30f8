import NNCore

/// `eval`: metrics of the current weights and the validation confusion matrix.
enum EvalCommand {

    static let command = Command(
        "eval",
        summary: "metrics of the current weights and the confusion matrix",
        help: """
        Prints 'loss L  acc A  val_loss VL  val_acc VA' for the current weights (for \
        regression 'loss L  val_loss VL  r2 R  val_r2 VR', and nothing more), then the \
        confusion matrix of the validation split (rows: true class, columns: predicted).
        """,
        examples: ["eval"],
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let sets = try session.trainingSets(for: "eval")
        guard let model = session.model else { return }
        let evaluation = model.measure(sets)
        context.console.line(MetricsText.fields(evaluation))
        if evaluation.isRegression {
            session.lastEvaluation = evaluation
            return
        }
        let (set, split) = sets.validation.map { ($0, "validation") } ?? (sets.train, "training")
        let predicted = Metrics.predictedClasses(model.network.floatOutputs(set.inputs))
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
