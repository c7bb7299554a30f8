import NNCore

/// `net`: a new network of the given sizes and activations, with fresh weights.
enum NetCommand {
    static let command = Command(
        "net",
        synopsis: "SIZE... [ACTIVATION]",
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
        changesPicture: true,
        run: run
    )

    /// Seed purposes: independent streams for initialisation and shuffling.
    static let initStream: UInt64 = 1
    static let shuffleStream: UInt64 = 2
    /// The most weights and biases a network may have (about 80 MB of Float parameters and state).
    static let maximumParameters = 20_000_000

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        var sizes: [Int] = []
        var hidden = Activation.relu
        for (index, token) in invocation.arguments.enumerated() {
            if NumberParser.number(token.text) != nil {
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
        if session.isRegression, sizes[sizes.count - 1] != 1 {
            throw invocation.error("the last size must be 1 for regression (one number to predict), got \(sizes[sizes.count - 1])", at: sizes.count - 1)
        }
        if let data = session.data, !data.isRegression, !Session.outputsFit(sizes[sizes.count - 1], classes: data.classes.count) {
            let classes = data.classes.count
            throw invocation.error("the last size must be \(Session.expectedOutputs(classes: classes)) for \(classes) classes, got \(sizes[sizes.count - 1])", at: sizes.count - 1)
        }
        let natural: Activation = session.isRegression ? .linear : (sizes[sizes.count - 1] == 1 ? .sigmoid : .softmax)
        let output = invocation.word("out").flatMap(Activation.init(rawValue:)) ?? natural
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
            throw Diagnostic(error.advice)
        }
        let trainer = Trainer(network: network, optimizer: settings.optimizerSettings,
                              shuffleSeed: root.derived(shuffleStream).seed)
        let classes = network.classCount
        let columns = session.inputColumns.count == sizes[0] || session.features != nil
            ? session.inputColumns : (1...sizes[0]).map { "x\($0)" }
        let names = session.classNames.count == classes ? session.classNames : (0..<classes).map(String.init)
        let regression = session.isRegression
        return ModelState(trainer: trainer, hidden: hidden, initializer: initializer,
                          columns: columns, classes: regression ? [] : names, isRegression: regression)
    }
}
