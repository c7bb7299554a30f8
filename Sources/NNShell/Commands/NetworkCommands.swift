import NNCore

extension CommandTable {
    static let optimizerOptions: [OptionSpec] = [
        OptionSpec("lr", "X", .number(learningRateRange), "learning rate (default 0.1)"),
        OptionSpec("momentum", "M", .number(decayRange), "momentum and nesterov: μ (default 0.9)"),
        OptionSpec("rho", "R", .number(decayRange), "rmsprop: decay ρ (default 0.9)"),
        OptionSpec("beta1", "B", .number(decayRange), "adam: β₁ (default 0.9)"),
        OptionSpec("beta2", "B", .number(decayRange), "adam: β₂ (default 0.999)"),
        OptionSpec("eps", "E", .number(NumberRange(0, 1, lowerOpen: true)), "rmsprop and adam: ε (default 1e-8)"),
    ]

    static let learningRateRange = NumberRange(0, 10, lowerOpen: true)
    static let decayRange = NumberRange(0, 1, upperOpen: true)

    static let networkCommands: [Command] = [
        Command(
            "net",
            usage: "net SIZE... [ACTIVATION] [out ACTIVATION]",
            summary: "define the network: layer sizes and activations",
            help: """
            Dense layers of the given sizes. The first size is the input width and must equal the \
            feature count; the last is 1 for two classes (or 2 with 'out softmax') or K for K \
            classes. ACTIVATION (default relu; also leaky_relu sigmoid tanh linear) applies to the \
            hidden layers; the output defaults to sigmoid for 1 unit and softmax for more. The loss \
            follows the output unless set with 'loss'; weights are drawn with 'init' (default he \
            for relu and leaky_relu, xavier otherwise) from the session seed.
            """,
            examples: ["net 2 16 16 1", "net 2 8 8 3 tanh", "net 2 4 2 relu out softmax"],
            arguments: 1...64,
            options: [OptionSpec("out", "ACTIVATION", .choice(Activation.allCases.map(\.rawValue)),
                                 "output activation (default sigmoid for 1 unit, softmax for more)")],
            completion: { _, previous in
                previous.isEmpty ? .none : CompletionSet(words: Activation.hiddenCases.map(\.rawValue))
            },
            run: NetCommand.run
        ),
        Command(
            "loss",
            usage: "loss mse|bce|ce",
            summary: "choose the loss",
            help: """
            mse: mean squared error; bce: binary cross-entropy (needs a sigmoid output); ce: \
            categorical cross-entropy (needs a softmax output). Default: follows the output \
            (bce for sigmoid, ce for softmax); 'loss auto' goes back to that. The weights are kept.
            """,
            examples: ["loss mse", "loss ce"],
            arguments: 1...1,
            completion: { _, _ in CompletionSet(words: Loss.allCases.map(\.rawValue) + ["auto"]) },
            run: { session, invocation, context in
                let word = try invocation.choice(at: 0, from: Loss.allCases.map(\.rawValue) + ["auto"], what: "loss")
                do {
                    try session.setLoss(Loss(rawValue: word))
                } catch let diagnostic as Diagnostic {
                    throw invocation.error(diagnostic.message, at: 0)
                }
                let current = session.model.map { " (\($0.network.loss.rawValue) now; weights kept)" } ?? ""
                context.console.line("loss \(word)\(current)")
            }
        ),
        Command(
            "optimizer",
            usage: "optimizer sgd|momentum|nesterov|rmsprop|adam [lr X] [momentum M] [rho R] [beta1 B] [beta2 B] [eps E]",
            summary: "choose the update rule and its settings",
            help: """
            The update rule and its settings (PyTorch's conventions). Defaults: sgd, lr 0.1, \
            momentum 0.9, rho 0.9, beta1 0.9, beta2 0.999, eps 1e-8. The weights are kept; \
            changing the rule clears its state (velocities, moment averages).
            """,
            examples: ["optimizer adam lr 0.01", "optimizer momentum momentum 0.95"],
            arguments: 1...1,
            options: optimizerOptions,
            completion: { _, _ in CompletionSet(words: OptimizerKind.allCases.map(\.rawValue)) },
            run: { session, invocation, context in
                let word = try invocation.choice(at: 0, from: OptimizerKind.allCases.map(\.rawValue), what: "optimizer")
                var settings = session.settings
                settings.optimizer = OptimizerKind(rawValue: word) ?? .sgd
                settings.learningRate = invocation.number("lr") ?? settings.learningRate
                settings.momentum = invocation.number("momentum") ?? settings.momentum
                settings.rho = invocation.number("rho") ?? settings.rho
                settings.beta1 = invocation.number("beta1") ?? settings.beta1
                settings.beta2 = invocation.number("beta2") ?? settings.beta2
                settings.epsilon = invocation.number("eps") ?? settings.epsilon
                let cleared = session.model?.trainer.optimizer.settings.kind != settings.optimizer
                session.settings = settings
                session.applyOptimizerSettings()
                let state = session.model == nil ? "" : (cleared ? " (optimizer state cleared, weights kept)" : " (weights kept)")
                context.console.line("optimizer \(NetCommand.describe(settings))\(state)")
            }
        ),
        Command(
            "init",
            usage: "init he|xavier|normal",
            summary: "choose how weights are drawn",
            help: """
            he: N(0, 2/fan_in); xavier: uniform ±√(6/(fan_in + fan_out)); normal: N(0, 0.1²). \
            Default: he for relu and leaky_relu hidden layers, xavier otherwise ('init auto' goes \
            back to that). Takes effect at the next 'net' or 'reset'.
            """,
            examples: ["init xavier", "reset"],
            arguments: 1...1,
            completion: { _, _ in CompletionSet(words: Initializer.allCases.map(\.rawValue) + ["auto"]) },
            run: { session, invocation, context in
                let word = try invocation.choice(at: 0, from: Initializer.allCases.map(\.rawValue) + ["auto"], what: "init")
                session.settings.initializer = Initializer(rawValue: word)
                context.console.line("init \(word): takes effect at the next 'net' or 'reset'")
            }
        ),
        Command(
            "reset",
            usage: "reset",
            summary: "re-draw the weights, clear optimizer state and history",
            help: """
            Draws new weights for the same architecture (with the current 'init' and seed), clears \
            the optimizer's state and the training history.
            """,
            examples: ["reset"],
            run: { session, _, context in
                let model = try session.requireModel(for: "reset")
                let network = model.network
                try session.refreshNormalizer()
                session.model = try NetCommand.make(sizes: network.sizes, hidden: model.hidden,
                                                    output: network.outputActivation, session: session)
                session.lastEvaluation = nil
                let made = session.model.map { "\($0.shape) (\($0.initializer.rawValue) init)" } ?? ""
                context.console.line("reset: new weights for \(made); optimizer state and history cleared")
            }
        ),
        Command(
            "summary",
            usage: "summary",
            summary: "the layers, their shapes and parameter counts",
            help: "A table of the layers (input side first): shape inputs × units, activation, parameter count; then the total and the loss.",
            examples: ["summary"],
            run: { session, _, context in
                try NetCommand.summary(session, context)
            }
        ),
        Command(
            "weights",
            usage: "weights [LAYER]",
            summary: "print weight matrices and biases",
            help: "The weight matrix (inputs × units) and biases of layer LAYER (from 1), or of every layer.",
            examples: ["weights", "weights 1"],
            arguments: 0...1,
            run: { session, invocation, context in
                try NetCommand.weights(session, invocation, context)
            }
        ),
    ]
}
