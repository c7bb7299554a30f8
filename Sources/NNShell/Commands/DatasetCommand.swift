import NNCore

/// `dataset`: generate, load or save the data.
enum DatasetCommand {
    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let kind = try invocation.choice(at: 0, from: CommandTable.datasetKinds, what: "data set")
        switch kind {
        case "save":
            try save(session, invocation, context)
            return
        case "load":
            try checkOptions(invocation, allowed: ["label", "val"], kind: kind)
            try load(&session, invocation, context)
        default:
            let allowed = CommandTable.generators.first { $0.name == kind }?.options ?? []
            try checkOptions(invocation, allowed: allowed, kind: kind)
            try generate(kind, &session, invocation)
        }
        if let data = session.data, data.all.width != 2 {
            session.features = nil
        }
        try session.refreshNormalizerForData()
        if let data = session.data {
            let features = session.featureCount ?? data.all.width
            context.console.line("\(data.name): \(NumberText.count(data.all.rows, "point")), \(NumberText.count(features, "feature")), \(NumberText.count(data.all.classes.count, "class")), train \(data.train.rows) / val \(data.validation.rows)")
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
        default: data = try DataGenerator.gauss(count: count, noise: noise ?? 0, seed: seed)
        }
        let fraction = invocation.number("val") ?? session.settings.validationFraction
        session.data = try DataState(name: kind, all: data, fraction: fraction, shuffleSeed: nil)
    }

    private static func load(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        guard invocation.arguments.count == 2 else {
            throw invocation.error("missing FILE.csv", usage: true)
        }
        let name = invocation.arguments[1].text
        let text = try FileAccess.read(context.resolve(name), shown: name)
        let data: LabeledData
        do {
            data = try LabeledData.fromCSV(try CSVTable.parse(text), labelColumn: invocation.word("label"))
        } catch let error as DataError {
            throw Diagnostic(error.located(in: TextSafety.shown(name)))
        }
        let fraction = invocation.number("val") ?? session.settings.validationFraction
        let title = name.split(separator: "/").last.map(String.init) ?? name
        session.data = try DataState(name: title, all: data, fraction: fraction,
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
        context.console.line("wrote \(data.all.rows) points to \(name)")
    }
}
