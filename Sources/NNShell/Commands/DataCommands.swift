import NNCore

extension CommandTable {
    /// The generators `dataset` knows, with the options each takes.
    static let generators: [(name: String, options: [String])] = [
        ("moons", ["noise", "seed", "val"]), ("circles", ["noise", "factor", "seed", "val"]),
        ("xor", ["noise", "seed", "val"]), ("spiral", ["noise", "classes", "seed", "val"]),
        ("blobs", ["classes", "std", "seed", "val"]), ("gauss", ["noise", "seed", "val"]),
        ("plane", ["noise", "seed", "val"]), ("multigauss", ["noise", "seed", "val"]),
    ]

    /// Every word `dataset` takes first.
    static let datasetKinds = generators.map(\.name) + ["load", "save"]

    static let dataCommands: [Command] = [
        Command(
            "dataset",
            usage: "dataset moons|circles|xor|spiral|blobs|gauss|plane|multigauss [N] [noise X] [factor R] [classes K] [std X] [seed S] [val F]\n"
                + "       dataset load FILE.csv [label COLUMN] [val F] [task classify|regress]\n       dataset save FILE.csv",
            summary: "make a toy data set, load one from CSV, or save the current one",
            help: """
            Generates N points (default 500) of a toy set, or loads a CSV file with a header row \
            (numeric inputs; the label column defaults to the last one), then holds out a fraction \
            F (default 0.2) for validation. Defaults: noise 0.2 (moons), 0.1 (circles, spiral), \
            0 (xor, gauss, plane, multigauss); factor 0.5 (circles); classes 2 (spiral), 3 (blobs); \
            std 1.0 (blobs); seed: the session seed. plane and multigauss are regression sets (a \
            number to predict over [-6, 6]², as in TensorFlow Playground); 'task regress' reads a \
            CSV's label column as such a number. A loaded file is shuffled with the seed before \
            splitting. 'dataset save' writes every point as raw inputs, then 'label'.
            """,
            examples: ["dataset moons 1000 noise 0.1", "dataset spiral 600 classes 3 seed 4", "dataset multigauss 1000",
                       "dataset load iris.csv label species val 0.3", "dataset save points.csv"],
            arguments: 1...2,
            options: [
                OptionSpec("noise", "X", .number(NumberRange(0, 10)), "noise added to every input"),
                OptionSpec("factor", "R", .number(NumberRange(0, 1)), "circles: inner radius ratio (default 0.5)"),
                OptionSpec("classes", "K", .number(.integers(1, 100)), "spiral arms (default 2) or blobs (default 3)"),
                OptionSpec("std", "X", .number(NumberRange(0, 100)), "blobs: cluster standard deviation (default 1.0)"),
                OptionSpec("seed", "S", .number(seedRange), "seed for this set (default: the session seed)"),
                OptionSpec("val", "F", .number(validationRange), "fraction held out for validation (default 0.2)"),
                OptionSpec("label", "COLUMN", .word, "load: the label column (default: the last)"),
                OptionSpec("task", "classify|regress", .choice(["classify", "regress"]),
                           "load: classes (default) or a number to predict"),
            ],
            completion: { position, previous in
                position == 0 ? CompletionSet(words: datasetKinds)
                    : (["load", "save"].contains(previous.first ?? "") ? .files : .none)
            },
            run: DatasetCommand.run
        ),
        Command(
            "features",
            usage: "features NAME...",
            summary: "choose the features computed from two-input data",
            help: """
            For two-input data, computes the network's inputs from x1 (the first input) and x2 \
            (the second): any of x1 x2 x1^2 x2^2 x1*x2 sin(x1) sin(x2), in the order given. \
            Default: x1 x2. The first size of 'net' must equal the number of features.
            """,
            examples: ["features x1 x2 x1^2 x2^2 x1*x2", "features x1 x2"],
            arguments: 1...Feature.allCases.count,
            completion: { _, _ in CompletionSet(words: Feature.allCases.map(\.rawValue)) },
            run: { session, invocation, context in
                let features = try invocation.arguments.indices.map { index in
                    Feature(rawValue: try invocation.choice(at: index, from: Feature.allCases.map(\.rawValue),
                                                            what: "feature")) ?? .x1
                }
                _ = try FeatureSet(features)
                if let data = session.data, data.all.width != 2 {
                    throw invocation.error("features need two-input data; '\(data.name)' has \(data.all.width) input columns")
                }
                session.features = features == [.x1, .x2] ? nil : features
                try session.refreshNormalizer()
                context.console.line("features: \(session.featureNames.joined(separator: " ")) (\(features.count) inputs)")
                DatasetCommand.noteFit(session, context)
            }
        ),
        Command(
            "normalize",
            usage: "normalize on|off",
            summary: "standardise features with the training split's statistics",
            help: """
            With 'on', every feature is standardised with the mean and standard deviation of the \
            training split before the first layer; the statistics are saved with the model. \
            Default: off.
            """,
            examples: ["normalize on"],
            arguments: 1...1,
            completion: { _, _ in CompletionSet(words: ["on", "off"]) },
            run: { session, invocation, context in
                session.settings.normalize = try invocation.choice(at: 0, from: ["on", "off"], what: "value") == "on"
                try session.refreshNormalizer()
                context.console.line(session.settings.normalize
                    ? "normalize on: features are standardised with the training split's mean and std"
                    : "normalize off: features go to the network as they are")
            }
        ),
    ]

    /// Seeds: any integer a Double holds exactly.
    static let seedRange = NumberRange(-9_007_199_254_740_992, 9_007_199_254_740_992, integer: true)
    /// Validation fractions: 0 ≤ F < 1.
    static let validationRange = NumberRange(0, 1, upperOpen: true)
}
