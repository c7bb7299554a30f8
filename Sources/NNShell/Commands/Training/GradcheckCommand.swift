import Foundation
import NNCore

/// `gradcheck`: analytic gradients against central differences, per layer.
enum GradcheckCommand {

    static let command = Command(
        "gradcheck",
        summary: "backpropagation against finite differences",
        help: """
        Compares the analytic gradients with central finite differences in 64-bit arithmetic \
        on a batch of training samples (at most 'batch' of them) and prints the largest \
        relative error per layer, then a verdict (errors below 1e-6 are right).
        """,
        examples: ["gradcheck"],
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let sets = try session.trainingSets(for: "gradcheck")
        guard let model = session.model else { return }
        let count = min(sets.train.count, max(1, min(session.settings.batch, 64)))
        let inputs = sets.train.inputs.rows(0..<count).converted(to: Double.self)
        let batch = sets.train.rows(0..<count)
        let targets = batch.targets(outputs: model.network.outputWidth).converted(to: Double.self)
        _ = InterruptSignal.take()
        let checked = GradientCheck.run(model.network.converted(to: Double.self), inputs: inputs, targets: targets,
                                        regularization: session.settings.regularization,
                                        sampling: SeededRandom(seed: session.settings.streamSeed).derived(0x6772_6164),
                                        shouldStop: { InterruptSignal.isPending })
        guard let errors = checked else {
            _ = InterruptSignal.take()
            throw Diagnostic("gradcheck interrupted: nothing was changed")
        }
        context.console.line("gradient check on \(NumberFormat.count(count, "training sample")) (64-bit, central differences)")
        for layer in errors where layer.isSampled {
            context.console.line("layer \(layer.layer): \(layer.weightsChecked) of \(layer.weightCount) weights checked (a seeded sample; the layer is large)")
        }
        let rows = errors.map { [String($0.layer), scientific($0.weights), scientific($0.biases)] }
        TextTable(header: ["layer", "weights", "biases"], rows: rows, rightAligned: [0, 1, 2])
            .lines.forEach(context.console.line)
        let worst = errors.max { $0.worst < $1.worst }
        if let worst, worst.worst >= GradientCheck.tolerance {
            context.console.line("verdict: MISMATCH: layer \(worst.layer) has relative error \(scientific(worst.worst)), above \(NumberFormat.short(GradientCheck.tolerance))")
        } else {
            context.console.line("verdict: OK: every relative error is below \(NumberFormat.short(GradientCheck.tolerance))")
        }
    }

    /// `2.1e-09`
    static func scientific(_ value: Double) -> String {
        String(format: "%.1e", value)
    }
}
