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
        if epochs.last?.isRegression == true {
            return try regression(epochs, invocation, context)
        }
        if let first = invocation.arguments.first, first.keyword == "save" {
            guard invocation.arguments.count == 2 else {
                throw invocation.error("missing FILE.csv", usage: true)
            }
            let name = invocation.arguments[1].text
            let rows = epochs.map { metrics in
                [String(metrics.epoch), "\(metrics.loss)", "\(metrics.accuracy)",
                 metrics.validationLoss.map { "\($0)" } ?? "", metrics.validationAccuracy.map { "\($0)" } ?? ""]
            }
            let table = CSVTable(header: ["epoch", "loss", "acc", "val_loss", "val_acc"], rows: rows)
            try FileAccess.write(table.formatted(), to: context.resolve(name), shown: name)
            context.console.line("wrote \(rows.count) epochs to \(name)")
            return
        }
        guard invocation.arguments.count <= 1 else {
            throw invocation.error("unexpected argument '\(invocation.arguments[1].text)'", at: 1, usage: true)
        }
        var shown = epochs[...]
        if !invocation.arguments.isEmpty {
            let count = Int(try invocation.number(at: 0, named: "N", in: .epochs))
            shown = epochs.suffix(count)
        }
        guard !shown.isEmpty else {
            context.console.line("no epochs trained yet")
            return
        }
        let rows = shown.map { metrics in
            [String(metrics.epoch), NumberFormat.fixed4(metrics.loss), NumberFormat.fixed4(metrics.accuracy),
             metrics.validationLoss.map(NumberFormat.fixed4) ?? "-", metrics.validationAccuracy.map(NumberFormat.fixed4) ?? "-"]
        }
        TextTable(header: ["epoch", "loss", "acc", "val_loss", "val_acc"], rows: rows, rightAligned: [0, 1, 2, 3, 4])
            .lines.forEach(context.console.line)
    }

    /// The table or CSV of a regression history.
    private static func regression(_ epochs: [EpochMetrics], _ invocation: Invocation, _ context: Context) throws {
        let header = ["epoch", "loss", "val_loss", "r2", "val_r2"]
        func cells(_ metrics: EpochMetrics, _ text: (Double) -> String, missing: String) -> [String] {
            [String(metrics.epoch), text(metrics.loss), metrics.validationLoss.map(text) ?? missing,
             metrics.r2.map(text) ?? missing, metrics.validationR2.map(text) ?? missing]
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
        let rows = shown.map { cells($0, { NumberFormat.fixed4($0) }, missing: "-") }
        TextTable(header: header, rows: rows, rightAligned: [0, 1, 2, 3, 4]).lines.forEach(context.console.line)
    }
}
