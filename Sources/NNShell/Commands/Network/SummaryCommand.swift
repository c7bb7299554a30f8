import NNCore

/// `summary`: the layers as a table, the parameter count, the loss and the optimizer.
enum SummaryCommand {
    static let command = Command(
        "summary",
        summary: "the layers, their shapes and parameter counts",
        help: "A table of the layers (input side first): shape inputs × units, activation, parameter count; then the total and the loss.",
        examples: ["summary"],
        run: { session, _, context in try run(session, context) }
    )

    static func run(_ session: Session, _ context: Context) throws {
        let model = try session.requireModel(for: "summary")
        let rows = model.network.layers.enumerated().map { index, layer in
            [String(index + 1), "\(layer.inputs) × \(layer.outputs)", layer.activation.rawValue, String(layer.parameterCount)]
        }
        let table = TextTable(header: ["layer", "shape", "activation", "parameters"], rows: rows,
                              rightAligned: [0, 3])
        table.lines.forEach(context.console.line)
        context.console.line("total parameters: \(model.network.parameterCount)")
        let normalize = session.normalizer == nil ? "off" : "on"
        context.console.line("loss \(model.network.loss.rawValue), optimizer \(session.settings.optimizerDescription), features \(session.featureNames.joined(separator: " ")), normalize \(normalize)")
    }
}
