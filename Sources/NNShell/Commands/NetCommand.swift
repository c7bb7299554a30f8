import NNCore

/// `net`, and the network helpers other commands share.
enum NetCommand {
    /// Seed purposes: independent streams for initialisation and shuffling.
    static let initStream: UInt64 = 1
    static let shuffleStream: UInt64 = 2
    /// The most weights and biases a network may have (about 80 MB of Float parameters and state).
    static let maximumParameters = 20_000_000

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        var sizes: [Int] = []
        var hidden = Activation.relu
        for (index, token) in invocation.arguments.enumerated() {
            if NumberSyntax.number(token.text) != nil {
                sizes.append(Int(try invocation.number(at: index, named: "a layer size", in: .integers(1, 100_000))))
                continue
            }
            guard index == invocation.arguments.count - 1 else {
                guard Activation(rawValue: token.text) != nil else {
                    _ = try invocation.number(at: index, named: "a layer size", in: .integers(1, 100_000))
                    continue
                }
                throw invocation.error("the activation comes last, after the sizes", at: index, usage: true)
            }
            let word = try invocation.choice(at: index, from: Activation.allCases.map(\.rawValue), what: "activation")
            hidden = Activation(rawValue: word) ?? .relu
            if hidden == .softmax {
                throw invocation.error("softmax is for the output only: use 'out softmax', and relu, tanh or sigmoid for hidden layers", at: index)
            }
        }
        guard sizes.count >= 2 else {
            throw invocation.error("a network needs at least two sizes, inputs and outputs (e.g. net 2 8 1)", usage: true)
        }
        let parameters = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
        guard parameters <= maximumParameters else {
            throw invocation.error("this network would have \(parameters) parameters; the limit is \(maximumParameters): use fewer or smaller layers", at: 0)
        }
        if session.data != nil, let count = session.featureCount, sizes[0] != count {
            throw invocation.error("the first size must be the feature count, \(count) (features \(session.featureNames.joined(separator: " "))), got \(sizes[0])", at: 0)
        }
        if let data = session.data, !Session.outputsFit(sizes[sizes.count - 1], classes: data.all.classes.count) {
            let classes = data.all.classes.count
            throw invocation.error("the last size must be \(Session.expectedOutputs(classes: classes)) for \(classes) classes, got \(sizes[sizes.count - 1])", at: sizes.count - 1)
        }
        let output = invocation.word("out").flatMap(Activation.init(rawValue:)) ?? (sizes[sizes.count - 1] == 1 ? .sigmoid : .softmax)
        if output == .softmax, sizes[sizes.count - 1] < 2 {
            throw invocation.error("a softmax output needs at least 2 units: use 'net ... 2 out softmax', or sigmoid for 1 unit", at: sizes.count - 1)
        }
        let previous = session.model?.shape
        try session.refreshNormalizer()
        session.model = try make(sizes: sizes, hidden: hidden, output: output, session: session)
        session.lastEvaluation = nil
        guard let model = session.model else { return }
        let network = model.network
        let hiddenText = network.layers.count > 1 ? "\(hidden.rawValue) hidden" : "no hidden layer"
        context.console.line("network \(model.shape): \(hiddenText), \(output.rawValue) output, \(network.loss.rawValue) loss, \(model.initializer.rawValue) init, \(network.parameterCount) parameters")
        if let previous {
            context.console.line(previous == model.shape
                ? "weights re-initialised"
                : "architecture changed from \(previous): weights re-initialised")
        }
    }

    /// A fresh model: weights drawn from the session seed's initialisation stream.
    static func make(sizes: [Int], hidden: Activation, output: Activation, session: Session) throws -> ModelState {
        let settings = session.settings
        let loss = settings.loss ?? Loss.natural(for: output)
        let initializer = settings.initializer ?? Initializer.natural(for: hidden)
        let root = SeededRandom(seed: settings.streamSeed)
        var random = root.derived(initStream)
        let network: Network<Float>
        do {
            network = try Network(sizes: sizes, hidden: hidden, output: output, loss: loss,
                                  initializer: initializer, random: &random)
        } catch {
            throw Diagnostic(error.description)
        }
        let trainer = Trainer(network: network, optimizer: settings.optimizerSettings,
                              shuffleSeed: root.derived(shuffleStream).seed)
        let classes = network.classCount
        let columns = session.inputColumns.count == sizes[0] || session.features != nil
            ? session.inputColumns : (1...sizes[0]).map { "x\($0)" }
        let names = session.classNames.count == classes ? session.classNames : (0..<classes).map(String.init)
        return ModelState(trainer: trainer, hidden: hidden, initializer: initializer,
                          columns: columns, classes: names)
    }

    /// The optimizer settings in words: `adam lr 0.01 beta1 0.9 beta2 0.999 eps 1e-08`.
    static func describe(_ settings: Settings) -> String {
        var parts = [settings.optimizer.rawValue, "lr \(NumberText.short(settings.learningRate))"]
        switch settings.optimizer {
        case .sgd: break
        case .momentum, .nesterov: parts.append("momentum \(NumberText.short(settings.momentum))")
        case .rmsprop:
            parts += ["rho \(NumberText.short(settings.rho))", "eps \(NumberText.short(settings.epsilon))"]
        case .adam:
            parts += ["beta1 \(NumberText.short(settings.beta1))", "beta2 \(NumberText.short(settings.beta2))",
                      "eps \(NumberText.short(settings.epsilon))"]
        }
        return parts.joined(separator: " ")
    }

    static func summary(_ session: Session, _ context: Context) throws {
        let model = try session.requireModel(for: "summary")
        let rows = model.network.layers.enumerated().map { index, layer in
            [String(index + 1), "\(layer.inputs) × \(layer.outputs)", layer.activation.rawValue, String(layer.parameterCount)]
        }
        let table = TextTable(header: ["layer", "shape", "activation", "parameters"], rows: rows,
                              rightAligned: [0, 3])
        table.lines.forEach(context.console.line)
        context.console.line("total parameters: \(model.network.parameterCount)")
        let normalize = session.normalizer == nil ? "off" : "on"
        context.console.line("loss \(model.network.loss.rawValue), optimizer \(describe(session.settings)), features \(session.featureNames.joined(separator: " ")), normalize \(normalize)")
    }

    static func weights(_ session: Session, _ invocation: Invocation, _ context: Context) throws {
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
                context.console.line("  " + row.map { NumberText.padded(Double($0), digits: 4, width: 8) }.joined(separator: " "))
            }
            context.console.line("b =")
            context.console.line("  " + layer.biases.map { NumberText.padded(Double($0), digits: 4, width: 8) }.joined(separator: " "))
        }
    }
}

extension Session {
    /// Hands the optimizer settings to the trainer: the same rule keeps its state, a new rule
    /// starts fresh. The weights are never touched.
    mutating func applyOptimizerSettings() {
        guard var model else { return }
        let settings = self.settings.optimizerSettings
        if model.trainer.optimizer.settings.kind == settings.kind {
            model.trainer.optimizer.settings = settings
        } else {
            model.trainer.optimizer = Optimizer(settings)
        }
        self.model = model
    }
}
