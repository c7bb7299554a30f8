import NNCore

/// `dataset`: generate, load or save the data.
enum DatasetCommand {
    /// The generators `dataset` knows, with the options each takes.
    static let generators: [(name: String, options: [String])] = [
        ("moons", ["noise", "seed", "val"]), ("circles", ["noise", "factor", "seed", "val"]),
        ("xor", ["noise", "seed", "val"]), ("spiral", ["noise", "classes", "seed", "val"]),
        ("blobs", ["classes", "std", "seed", "val"]), ("gauss", ["noise", "seed", "val"]),
        ("plane", ["noise", "seed", "val"]), ("multigauss", ["noise", "seed", "val"]),
    ]

    /// Every word `dataset` takes first.
    static let kinds = generators.map(\.name) + ["load", "save"]

    static let command = Command(
        "dataset",
        forms: [
            UsageForm(generators.map(\.name).joined(separator: "|") + " [N]",
                      options: ["noise", "factor", "classes", "std", "seed", "val"]),
            UsageForm("load FILE.csv", options: ["label", "val", "task"]),
            UsageForm("save FILE.csv", options: []),
        ],
        summary: "make a toy data set, load one from CSV, or save the current one",
        help: """
        Generates N points (default 500) of a toy set, or loads a CSV file with a header row \
        (numeric inputs; the label column defaults to the last one), then holds out a fraction \
        F for validation. Defaults: noise 0.2 (moons), 0.1 (circles, spiral), \
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
            OptionSpec("seed", "S", .number(.seed), "seed for this set (default: the session seed)"),
            OptionSpec("val", "F", .number(.validation),
                       "fraction held out for validation (default: the session's 'val', \(SettingKey.declared("val").defaultText) unless set)"),
            OptionSpec("label", "COLUMN", .word, "load: the label column (default: the last)"),
            OptionSpec("task", "classify|regress", .choice(["classify", "regress"]),
                       "load: classes (default) or a number to predict"),
        ],
        completion: { position, previous in
            position == 0 ? CompletionSet(words: kinds)
                : (["load", "save"].contains(previous.first ?? "") ? .files : .none)
        },
        changesPicture: true,
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let kind = try invocation.choice(at: 0, from: kinds, what: "data set")
        switch kind {
        case "save":
            try save(session, invocation, context)
            return
        case "load":
            try checkOptions(invocation, allowed: ["label", "val", "task"], kind: kind)
            try load(&session, invocation, context)
        default:
            let allowed = generators.first { $0.name == kind }?.options ?? []
            try checkOptions(invocation, allowed: allowed, kind: kind)
            try generate(kind, &session, invocation)
        }
        if let data = session.data, data.width != 2 {
            session.features = nil
        }
        try session.refreshNormalizerForData()
        if let data = session.data {
            let features = session.featureCount ?? data.width
            let outputs = data.isRegression ? "1 target" : NumberFormat.count(data.classes.count, "class")
            context.console.line("\(data.name): \(NumberFormat.count(data.rows, "point")), \(NumberFormat.count(features, "feature")), \(outputs), train \(data.train.rows) / val \(data.validation.rows)")
        }
    }

    /// A note when the current network no longer fits the data.
    static func noteFit(_ session: Session, _ context: Context) {
        guard let model = session.model, let data = session.data else { return }
        do {
            try session.checkFit(model, data)
        } catch {
            context.console.line("note: \(error.message)")
        }
    }

    private static func checkOptions(_ invocation: Invocation, allowed: [String], kind: String) throws(Diagnostic) {
        for (name, option) in invocation.options where !allowed.contains(name) {
            let list = allowed.isEmpty ? "no options" : "options " + allowed.joined(separator: ", ")
            throw Diagnostic("'dataset \(kind)' has no option '\(name)' (it takes \(list))", at: option.key,
                             hint: invocation.command.usageHint)
        }
    }

    private static func generate(_ kind: String, _ session: inout Session, _ invocation: Invocation) throws {
        let count = invocation.arguments.count > 1
            ? Int(try invocation.number(at: 1, named: "N", in: .integers(1, 1_000_000))) : 500
        let seedValue = invocation.integer("seed") ?? session.settings.seed
        let seed = UInt64(bitPattern: Int64(seedValue))
        let noise = invocation.number("noise")
        let data: LabeledData
        switch kind {
        case "moons": data = try DataGenerator.moons(count: count, noise: noise ?? 0.2, seed: seed)
        case "circles":
            data = try DataGenerator.circles(count: count, noise: noise ?? 0.1,
                                             factor: invocation.number("factor") ?? 0.5, seed: seed)
        case "xor": data = try DataGenerator.xor(count: count, noise: noise ?? 0, seed: seed)
        case "spiral":
            data = try DataGenerator.spiral(count: count, noise: noise ?? 0.1,
                                            arms: invocation.integer("classes") ?? 2, seed: seed)
        case "blobs":
            data = try DataGenerator.blobs(count: count, centers: invocation.integer("classes") ?? 3,
                                           std: invocation.number("std") ?? 1, seed: seed)
        case "plane": data = try DataGenerator.plane(count: count, noise: noise ?? 0, seed: seed)
        case "multigauss": data = try DataGenerator.multigauss(count: count, noise: noise ?? 0, seed: seed)
        default: data = try DataGenerator.gauss(count: count, noise: noise ?? 0, seed: seed)
        }
        let fraction = invocation.number("val") ?? session.settings.validationFraction
        session.data = try DataState(name: kind, all: consume data, fraction: fraction, shuffleSeed: nil)
    }

    private static func load(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        guard invocation.arguments.count == 2 else {
            throw invocation.error("missing FILE.csv", usage: true)
        }
        let name = invocation.arguments[1].text
        let path = try context.resolve(name)
        let data = try CSVFileLoad.load(path, shown: name, labelColumn: invocation.word("label"),
                                        regression: invocation.word("task") == "regress")
        let fraction = invocation.number("val") ?? session.settings.validationFraction
        let title = name.split(separator: "/").last.map(String.init) ?? name
        session.data = try DataState(name: title, all: consume data, fraction: fraction,
                                     shuffleSeed: session.settings.streamSeed)
        if let model = session.model { session.data?.adopt(classes: model.classes) }
    }

    private static func save(_ session: Session, _ invocation: Invocation, _ context: Context) throws {
        try checkOptions(invocation, allowed: [], kind: "save")
        guard invocation.arguments.count == 2 else {
            throw invocation.error("missing FILE.csv", usage: true)
        }
        let data = try session.requireData(for: "dataset save")
        let name = invocation.arguments[1].text
        try FileAccess.write(data.all.csvText(), to: context.resolve(name), shown: name)
        context.console.line("wrote \(data.rows) points to \(name)")
    }
}
