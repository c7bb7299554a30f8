import NNCore

/// `weights`: the weight matrices and biases, as the numbers a layer computes with.
enum WeightsCommand {
    static let command = Command(
        "weights",
        synopsis: "[LAYER]",
        summary: "print weight matrices and biases",
        help: "The weight matrix (inputs × units) and biases of layer LAYER (from 1), or of every layer.",
        examples: ["weights", "weights 1"],
        arguments: 0...1,
        run: { session, invocation, context in try run(session, invocation, context) }
    )

    static func run(_ session: Session, _ invocation: Invocation, _ context: Context) throws {
        let model = try session.requireModel(for: "weights")
        let layers = model.network.layers
        var chosen = Array(layers.indices)
        if !invocation.arguments.isEmpty {
            let number = try invocation.number(at: 0, named: "LAYER", in: .integers(1, layers.count))
            chosen = [Int(number) - 1]
        }
        for (position, index) in chosen.enumerated() {
            let layer = layers[index]
            if position > 0 { context.console.line() }
            context.console.line("layer \(index + 1): \(layer.inputs) × \(layer.outputs), \(layer.activation.rawValue)")
            context.console.line("W =")
            for row in layer.weights.nested {
                context.console.line("  " + row.map { NumberFormat.padded(Double($0), digits: 4, width: 8) }.joined(separator: " "))
            }
            context.console.line("b =")
            context.console.line("  " + layer.biases.map { NumberFormat.padded(Double($0), digits: 4, width: 8) }.joined(separator: " "))
        }
    }
}
