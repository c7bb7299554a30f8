import NNCore

/// `features`: the network's inputs computed from two-input data.
enum FeaturesCommand {
    static let command = Command(
        "features",
        synopsis: "NAME...",
        summary: "choose the features computed from two-input data",
        help: """
        For two-input data, computes the network's inputs from x1 (the first input) and x2 \
        (the second): any of \(Feature.allCases.map(\.rawValue).joined(separator: " ")), in the \
        order given. Default: x1 x2. The first size of 'net' must equal the number of features.
        """,
        examples: ["features x1 x2 x1^2 x2^2 x1*x2", "features x1 x2"],
        arguments: 1...Feature.allCases.count,
        completion: { _, _ in CompletionSet(words: Feature.allCases.map(\.rawValue)) },
        changesPicture: true,
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let features = try invocation.arguments.indices.map { index in
            Feature(rawValue: try invocation.choice(at: index, from: Feature.allCases.map(\.rawValue),
                                                    what: "feature")) ?? .x1
        }
        _ = try FeatureSet(features)
        if let data = session.data, data.width != 2 {
            throw invocation.error("features need two-input data; '\(data.name)' has \(data.width) input columns, which go to the network as they are (features x1 x2 ... apply to two inputs only)")
        }
        session.features = features == [.x1, .x2] ? nil : features
        try session.refreshNormalizer()
        context.console.line("features: \(session.featureNames.joined(separator: " ")) (\(features.count) inputs)")
        DatasetCommand.noteFit(session, context)
    }
}
