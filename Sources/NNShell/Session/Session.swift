import NNCore
import NNPlot

/// A data set in raw form with its train / validation split.
///
/// Only the split is held; the whole set in its own order is rebuilt from it when asked for.
struct DataState: Sendable {
    /// What the set is called in messages: the generator's name or the file's.
    var name: String
    /// The training rows.
    var train: LabeledData
    /// The validation rows.
    var validation: LabeledData
    /// The seed a loaded file is shuffled with before splitting; nil for generated sets.
    var shuffleSeed: UInt64?

    /// Splits `all` with validation fraction `fraction`, taking over its storage.
    init(name: String, all: consuming LabeledData, fraction: Double, shuffleSeed: UInt64?) throws {
        let split = try DataSplit(taking: consume all, valFraction: fraction, shuffleSeed: shuffleSeed)
        self.name = name
        self.train = split.train
        self.validation = split.validation
        self.shuffleSeed = shuffleSeed
    }

    /// Every point, in the order generated or loaded (rebuilt from the split on each use).
    var all: LabeledData {
        DataSplit.joined(train: train, validation: validation, shuffleSeed: shuffleSeed)
    }

    /// The number of points.
    var rows: Int { train.rows + validation.rows }

    /// The input column names.
    var columns: [String] { train.columns }

    /// The number of input columns.
    var width: Int { train.width }

    /// Class names in index order (empty for regression).
    var classes: [String] { train.classes }

    /// Whether the points carry numbers to predict rather than classes.
    var isRegression: Bool { train.isRegression }

    /// The numbers to predict of every point, training points first (empty for classification).
    var targets: [Double] { (train.targets ?? []) + (validation.targets ?? []) }

    /// Relabels the points against a model's class list when they differ and every class of the
    /// data is in it (a CSV holding only some of the classes a model knows); the split stays.
    mutating func adopt(classes names: [String]) {
        guard train.classes != names, let relabeledTrain = train.relabeled(to: names),
              let relabeledValidation = validation.relabeled(to: names)
        else { return }
        train = relabeledTrain
        validation = relabeledValidation
    }
}

/// The network being trained, with what it needs to read raw points.
struct ModelState: Sendable {
    /// The network, its optimizer and its history.
    var trainer: Trainer
    /// The hidden layers' activation.
    var hidden: Activation
    /// How its weights were drawn.
    var initializer: Initializer
    /// Raw input column names, for `predict` without data.
    var columns: [String]
    /// Class names in index order (empty for a regression model).
    var classes: [String]
    /// Whether the network predicts a number (regression) rather than classes.
    var isRegression = false

    var network: Network<Float> {
        get { trainer.network }
        set { trainer.network = newValue }
    }

    /// The layer widths joined with dashes: `2-16-16-1`.
    var shape: String { network.sizes.map(String.init).joined(separator: "-") }
}

/// Everything the shell knows: settings, data, features, the model and the last metrics.
///
/// A command works on a copy and the copy replaces the session only when the command succeeds,
/// so a failing command changes nothing.
public struct Session: Sendable {
    /// Hyperparameters and preferences.
    var settings = Settings()
    /// The data set, once made or loaded.
    var data: DataState?
    /// Engineered features, or nil for the raw columns as they are.
    var features: [Feature]?
    /// The standardisation in use, when `normalize` is on (or a loaded model brought one).
    var normalizer: Standardizer?
    /// The network, once defined or loaded.
    var model: ModelState?
    /// Metrics as of the last `train` or `eval`.
    var lastEvaluation: EpochMetrics?
    /// The boundary frames recorded during the last `train`, for `plot boundary FILE.gif`.
    var recording: BoundaryAnimation?

    /// A fresh session with default settings.
    public init() {}
}
