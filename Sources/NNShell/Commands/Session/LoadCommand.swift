import NNCore

/// `load`: a model file back into the session, refused whole when anything in it is wrong.
enum LoadCommand {
    static let command = Command(
        "load",
        synopsis: "FILE.json",
        summary: "read a model file",
        help: "Restores the network, features and normalisation from FILE.json (and the optimizer state when the file has it). 'predict' works right after, with no data.",
        examples: ["load model.json", "predict 0.5 0.5"],
        arguments: 1...1,
        completion: { _, _ in .files },
        changesPicture: true,
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let name = invocation.arguments[0].text
        let text = try FileAccess.read(context.resolve(name), shown: name)
        let document: ModelDocument
        do {
            document = try ModelDocument.read(text)
        } catch {
            throw Diagnostic("\(name): \(error.message)", at: invocation.arguments[0],
                             hint: "nothing was loaded; load a file written by 'save FILE.json', or save this one again from nnb")
        }
        let identity = document.columns.indices.map { "x\($0 + 1)" }
        if document.features == identity {
            session.features = nil
        } else {
            session.features = try document.features.map { feature in
                guard let parsed = Feature(rawValue: feature) else {
                    throw invocation.error("\(name): unknown feature '\(feature)' in the model file", at: 0)
                }
                return parsed
            }
        }
        let network = document.network
        var trainer = Trainer(network: network, optimizer: document.optimizer?.settings ?? session.settings.optimizerSettings,
                              shuffleSeed: SeededRandom(seed: session.settings.streamSeed).derived(NetCommand.shuffleStream).seed)
        if let optimizer = document.optimizer {
            trainer.optimizer = optimizer
            let settings = optimizer.settings
            session.settings.optimizer = settings.kind
            session.settings.learningRate = settings.learningRate
            session.settings.momentum = settings.momentum
            session.settings.rho = settings.rho
            session.settings.beta1 = settings.beta1
            session.settings.beta2 = settings.beta2
            session.settings.epsilon = settings.epsilon
        }
        let hidden = network.layers.count > 1 ? network.layers[0].activation : .relu
        session.settings.loss = network.loss == Loss.natural(for: network.outputActivation) ? nil : network.loss
        session.settings.normalize = document.normalization != nil
        session.normalizer = document.normalization
        session.model = ModelState(trainer: trainer, hidden: hidden, initializer: session.settings.initializer ?? .natural(for: hidden),
                                   columns: document.columns, classes: document.classes,
                                   isRegression: document.isRegression)
        session.data?.adopt(classes: document.classes)
        session.lastEvaluation = nil
        let normalize = document.normalization == nil ? "off" : "on"
        context.console.line("loaded \(session.model?.shape ?? "") from \(name): inputs \(document.columns.joined(separator: " ")), features \(document.features.joined(separator: " ")), normalize \(normalize), \(document.isRegression ? "regression (1 target)" : "classes " + document.classes.joined(separator: " "))")
        DatasetCommand.noteFit(session, context)
    }
}
