import NNCore

/// `step`: one mini-batch step told as a story, for learners.
enum StepCommand {

    static let command = Command(
        "step",
        summary: "one mini-batch step, narrated",
        help: """
        Takes one mini-batch (the next B shuffled training samples) through the network and \
        narrates it: the shape of every matrix, the forward values for the first sample, the \
        loss, the gradient norm of every layer, and the size of the update. The weights change \
        as in one step of 'train'; the history does not.
        """,
        examples: ["set batch 4", "step"],
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let sets = try session.trainingSets(for: "step")
        guard var model = session.model else { return }
        let out = context.console
        let train = sets.train
        let count = min(session.settings.batch, train.count)
        var order = Array(0..<train.count)
        model.trainer.shuffler.shuffle(&order)
        var network = model.network
        let workspace = Workspace(for: network, batch: count)
        workspace.input.gatherRows(of: train.inputs, order[0..<count])
        workspace.targets.gatherRows(of: train.targets(outputs: network.outputWidth), order[0..<count])
        network.forward(workspace)
        let loss = Double(network.dataLoss(workspace))

        out.line("step: one mini-batch of \(count) of \(train.count) training samples, \(session.settings.optimizerDescription)")
        out.line("forward (rows are samples):")
        out.line("  X  \(count) × \(network.inputWidth)  the batch's features")
        for (index, layer) in network.layers.enumerated() {
            let l = index + 1
            let input = index == 0 ? "X" : "A\(index)"
            out.line("  layer \(l): Z\(l) = \(input)·W\(l) + b\(l)  (\(count) × \(layer.inputs))·(\(layer.inputs) × \(layer.outputs)) + \(layer.outputs) → \(count) × \(layer.outputs);  A\(l) = \(layer.activation.rawValue)(Z\(l))")
        }
        let first = order[0]
        let label = train.values.map { "target \(NumberFormat.fixed4(Double($0[first])))" }
            ?? "label \(session.classNames[safe: train.labels[first]] ?? String(train.labels[first]))"
        out.line("first sample (training row \(first + 1)), \(label):")
        out.line("  x  = \(vector(workspace.input.nested[0]))")
        for index in network.layers.indices {
            out.line("  z\(index + 1) = \(vector(workspace.z[index].nested[0]))")
            out.line("  a\(index + 1) = \(vector(workspace.a[index].nested[0]))")
        }
        out.line("loss (\(network.loss.rawValue), mean over the batch): \(NumberFormat.fixed4(loss))")

        var gradients = Gradients(zeroFor: network)
        network.backward(workspace, regularization: session.settings.regularization, into: &gradients)
        out.line("backward: gradient norms")
        for index in network.layers.indices {
            out.line("  layer \(index + 1): ‖dL/dW\(index + 1)‖ \(NumberFormat.fixed4(norm(gradients.weights[index].values)))  ‖dL/db\(index + 1)‖ \(NumberFormat.fixed4(norm(gradients.biases[index])))")
        }
        let before = network
        model.trainer.optimizer.update(&network, with: gradients)
        out.line("update (\(session.settings.optimizer.rawValue), lr \(NumberFormat.short(session.settings.learningRate))): size of the change")
        for index in network.layers.indices {
            let dW = zip(network.layers[index].weights.values, before.layers[index].weights.values).map { $0 - $1 }
            let db = zip(network.layers[index].biases, before.layers[index].biases).map { $0 - $1 }
            out.line("  layer \(index + 1): ‖ΔW\(index + 1)‖ \(NumberFormat.fixed(norm(dW), digits: 6))  ‖Δb\(index + 1)‖ \(NumberFormat.fixed(norm(db), digits: 6))")
        }
        network.forward(workspace)
        out.line("loss on this batch after the step: \(NumberFormat.fixed4(Double(network.dataLoss(workspace)))) (was \(NumberFormat.fixed4(loss)))")
        model.network = network
        session.model = model
    }

    /// `[0.1234, -0.5678, …]` with at most eight values shown.
    static func vector(_ values: [Float]) -> String {
        let shown = values.prefix(8).map { NumberFormat.fixed4(Double($0)) }
        let more = values.count > 8 ? ", … (\(values.count) values)" : ""
        return "[" + shown.joined(separator: ", ") + more + "]"
    }

    /// The Euclidean norm √Σv².
    static func norm(_ values: [Float]) -> Double {
        values.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot()
    }
}
