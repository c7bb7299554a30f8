import NNCore

/// `save`: the model file, written atomically.
enum SaveCommand {
    static let command = Command(
        "save",
        synopsis: "FILE.json",
        summary: "write the model file",
        help: "Writes the network, its features, normalisation, classes and optimizer state to FILE.json (the nnb-model format), atomically.",
        examples: ["save model.json"],
        arguments: 1...1,
        completion: { _, _ in .files },
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
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
}
