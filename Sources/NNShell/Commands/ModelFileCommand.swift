import NNCore

/// `save` and `load`: the model file.
enum ModelFileCommand {
    static func save(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let model = try session.requireModel(for: "save")
        let name = invocation.arguments[0].text
        let network = model.network
        let classes = session.classNames.count == network.classCount ? session.classNames : model.classes
        let columns = session.inputColumns
        let document = ModelDocument(columns: columns, features: session.featureNames, normalization: session.normalizer,
                                     classes: classes, isRegression: model.isRegression, network: network,
                                     optimizer: model.trainer.optimizer)
        let text: String
        do {
            text = try document.json()
        } catch {
            throw invocation.error(error.message, at: 0)
        }
        try FileAccess.write(text, to: context.resolve(name), shown: name)
        context.console.line("saved \(model.shape) to \(name)")
    }

    static func load(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
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
