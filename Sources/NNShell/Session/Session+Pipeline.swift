import NNCore

extension Session {
    /// The features the network sees for data of `width` raw columns.
    func featureSet(width: Int) throws -> FeatureSet {
        if let features { return try FeatureSet(features) }
        return .identity(width)
    }

    /// How many features the current data (or feature list) gives, if known.
    var featureCount: Int? {
        if let features { return features.count }
        return data?.width ?? model?.columns.count
    }

    /// The feature names in use, for messages.
    var featureNames: [String] {
        if let features { return features.map(\.rawValue) }
        let width = data?.width ?? model?.columns.count ?? 0
        return (0..<width).map { "x\($0 + 1)" }
    }

    /// Raw input column names: the data's, or the loaded model's.
    var inputColumns: [String] {
        data?.columns ?? model?.columns ?? []
    }

    /// Class names: the data's, or the model's.
    var classNames: [String] {
        data?.classes ?? model?.classes ?? []
    }

    /// Whether the data (or, without data, the model) is regression: a number to predict.
    var isRegression: Bool {
        data?.isRegression ?? model?.isRegression ?? false
    }

    /// Class names for `model`'s outputs: the data's when they fit, else the model's own.
    func classNames(for model: ModelState) -> [String] {
        let count = model.network.classCount
        if let classes = data?.classes, classes.count == count { return classes }
        if model.classes.count == count { return model.classes }
        return (0..<count).map(String.init)
    }

    /// Refits the standardiser when there is no network yet: the statistics belong to the model
    /// once one exists, and new data or a new split does not change them.
    mutating func refreshNormalizerForData() throws {
        guard model == nil else { return }
        try refreshNormalizer()
    }

    /// Refits the standardiser on the training split when `normalize` is on and there is data;
    /// clears it when `normalize` is off. Called by `net`, `reset`, `normalize` and `features`.
    mutating func refreshNormalizer() throws {
        guard settings.normalize else {
            normalizer = nil
            return
        }
        guard let data else { return }
        let set = try featureSet(width: data.width)
        let values = try set.expand(data.train)
        normalizer = Standardizer(fitting: values, rows: data.train.rows, width: set.count)
    }

    /// The data, or what to do first.
    func requireData(for action: String) throws(Diagnostic) -> DataState {
        guard let data else {
            throw Diagnostic("no data yet: \(action) needs a data set first, e.g. 'dataset moons'")
        }
        return data
    }

    /// The model, or what to do first.
    func requireModel(for action: String) throws(Diagnostic) -> ModelState {
        guard let model else {
            let inputs = featureCount ?? 2
            let outputs = data.map { $0.classes.count > 2 ? $0.classes.count : 1 } ?? 1
            if isRegression {
                throw Diagnostic("no network yet: \(action) needs one first, e.g. 'net \(inputs) 8 1' (a linear output for regression)")
            }
            throw Diagnostic("no network yet: \(action) needs one first, e.g. 'net \(inputs) 8 \(outputs)'")
        }
        return model
    }

    /// The output sizes that fit `classes` classes, in words: `1 (or 2 with out softmax)`.
    static func expectedOutputs(classes: Int) -> String {
        classes == 2 ? "1 (or 2 with out softmax)" : String(max(classes, 1))
    }

    /// Whether `outputs` units fit `classes` classes.
    static func outputsFit(_ outputs: Int, classes: Int) -> Bool {
        classes == 2 ? (outputs == 1 || outputs == 2) : outputs == max(classes, 1)
    }

    /// Checks that the network fits the data: input width = feature count, outputs fit classes.
    func checkFit(_ model: ModelState, _ data: DataState) throws(Diagnostic) {
        let network = model.network
        let count = (try? featureSet(width: data.width).count) ?? data.width
        guard network.inputWidth == count else {
            throw Diagnostic("the network takes \(network.inputWidth) inputs but the data has \(count) features (\(featureNames.joined(separator: " "))): define a new one, e.g. 'net \(count) 8 \(network.outputWidth)'")
        }
        if data.isRegression != model.isRegression {
            let what = data.isRegression ? "a number to predict (regression)" : "classes"
            let kind = model.isRegression ? "regression network" : "classifier"
            let outputs = data.classes.count > 2 ? data.classes.count : 1
            throw Diagnostic("the network is a \(kind) but the data has \(what): define a new one, e.g. 'net \(count) 8 \(outputs)'")
        }
        if data.isRegression { return }
        let classes = data.classes.count
        guard Self.outputsFit(network.outputWidth, classes: classes) else {
            throw Diagnostic("the network has \(network.outputWidth) outputs but the data has \(classes) classes: the last size must be \(Self.expectedOutputs(classes: classes))")
        }
    }

    /// The training and validation sets for the network, after features and normalisation.
    func trainingSets(for action: String) throws -> (train: TrainingSet, validation: TrainingSet?) {
        let data = try requireData(for: action)
        let model = try requireModel(for: action)
        try checkFit(model, data)
        let set = try featureSet(width: data.width)
        let train = try TrainingSet(data.train, features: set, standardizer: normalizer)
        guard train.count > 0 else {
            throw Diagnostic("the training split is empty: hold out less for validation, e.g. 'set val 0.2'")
        }
        let validation = data.validation.rows > 0
            ? try TrainingSet(data.validation, features: set, standardizer: normalizer) : nil
        return (train, validation)
    }

    /// The network's inputs for raw points (rows × raw width), after features and normalisation.
    /// With `clamped` (pictures), values beyond Float's range are clamped instead of refused.
    func networkInputs(raw: [Double], width: Int, clamped: Bool = false) throws -> Matrix<Float> {
        let set = try featureSet(width: width)
        let values = try TrainingSet.networkValues(try set.expand(inputs: raw, width: width), features: set,
                                                   standardizer: normalizer, clamped: clamped)
        return Matrix(rows: values.count / max(set.count, 1), columns: set.count, values: values)
    }
}
