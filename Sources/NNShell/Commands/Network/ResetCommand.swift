import NNCore

/// `reset`: new weights for the same architecture; optimizer state and history cleared.
enum ResetCommand {
    static let command = Command(
        "reset",
        summary: "re-draw the weights, clear optimizer state and history",
        help: """
        Draws new weights for the same architecture (with the current 'init' and seed), clears \
        the optimizer's state and the training history.
        """,
        examples: ["reset"],
        changesPicture: true,
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let model = try session.requireModel(for: "reset")
        let network = model.network
        try session.refreshNormalizer()
        session.model = try NetCommand.make(sizes: network.sizes, hidden: model.hidden,
                                            output: network.outputActivation, session: session)
        session.lastEvaluation = nil
        let made = session.model.map { "\($0.shape) (\($0.initializer.rawValue) init)" } ?? ""
        context.console.line("reset: new weights for \(made); optimizer state and history cleared")
    }
}
