import NNCore

/// `history`: the per-epoch metrics, as a table or a CSV file. Regression runs show R² where
/// classification shows accuracy: `epoch, loss, val_loss, r2, val_r2`.
enum HistoryCommand {
    static let command = Command(
        "history",
        forms: [UsageForm("[N]"), UsageForm("save FILE.csv")],
        summary: "the per-epoch metrics table",
        help: "The per-epoch metrics (epoch loss acc val_loss val_acc; epoch loss val_loss r2 val_r2 for regression), the last N epochs when N is given; 'history save' writes all of it as CSV.",
        examples: ["history 10", "history save history.csv"],
        arguments: 0...2,
        completion: { position, previous in
            position == 0 ? CompletionSet(words: ["save"]) : (previous.first == "save" ? .files : .none)
        },
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let epochs = session.model?.trainer.history.epochs ?? []
        let regression = epochs.last?.isRegression == true
        let header = regression ? ["epoch", "loss", "val_loss", "r2", "val_r2"] : ["epoch", "loss", "acc", "val_loss", "val_acc"]
        func cells(_ metrics: EpochMetrics, _ text: (Double) -> String, missing: String) -> [String] {
            let scores = regression ? [metrics.validationLoss, metrics.r2, metrics.validationR2]
                : [metrics.accuracy, metrics.validationLoss, metrics.validationAccuracy]
            return [String(metrics.epoch), text(metrics.loss)] + scores.map { $0.map(text) ?? missing }
        }
        if let first = invocation.arguments.first, first.keyword == "save" {
            guard invocation.arguments.count == 2 else {
                throw invocation.error("missing FILE.csv", usage: true)
            }
            let name = invocation.arguments[1].text
            let rows = epochs.map { cells($0, { "\($0)" }, missing: "") }
            try FileAccess.write(CSVTable(header: header, rows: rows).formatted(), to: context.resolve(name), shown: name)
            context.console.line("wrote \(rows.count) epochs to \(name)")
            return
        }
        guard invocation.arguments.count <= 1 else {
            throw invocation.error("unexpected argument '\(invocation.arguments[1].text)'", at: 1, usage: true)
        }
        var shown = epochs[...]
        if !invocation.arguments.isEmpty {
            shown = epochs.suffix(Int(try invocation.number(at: 0, named: "N", in: .epochs)))
        }
        guard !shown.isEmpty else {
            context.console.line("no epochs trained yet")
            return
        }
        let rows = shown.map { cells($0, NumberFormat.fixed4, missing: "-") }
        TextTable(header: header, rows: rows, rightAligned: [0, 1, 2, 3, 4]).lines.forEach(context.console.line)
    }
}
