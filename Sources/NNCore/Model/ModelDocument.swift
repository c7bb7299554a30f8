/// A trained network with what it needs to read raw inputs: the `nnb-model` JSON file of
/// formats.md, version 1.
///
/// Weights are written in the shortest text that reads back to the same Float, so save → load
/// gives bit-identical predictions. Reading checks the format, the version and every shape
/// before anything is built; a file that fails any check is refused whole.
public struct ModelDocument: Equatable, Sendable {
    /// The raw input columns, in order.
    public var columns: [String]
    /// The first layer's inputs, in terms of x1, x2, … (the raw columns).
    public var features: [String]
    /// Per-feature mean and standard deviation applied after the features, or nil.
    public var normalization: Standardizer?
    /// Label names in class-index order; empty for a regression model.
    public var classes: [String]
    /// Whether the network predicts a number (`"task": "regress"`, `"classes": null`) rather
    /// than classes.
    public var isRegression: Bool
    /// The network.
    public var network: Network<Float>
    /// The optimizer with its state, when saved.
    public var optimizer: Optimizer<Float>?

    /// The format name in the file.
    public static let format = "nnb-model"
    /// The version this build writes and reads.
    public static let version = 1

    /// A document for `network` and its input description.
    public init(columns: [String], features: [String], normalization: Standardizer?, classes: [String],
                isRegression: Bool = false, network: Network<Float>, optimizer: Optimizer<Float>? = nil) {
        self.columns = columns
        self.features = features
        self.normalization = normalization
        self.classes = isRegression ? [] : classes
        self.isRegression = isRegression
        self.network = network
        self.optimizer = optimizer
    }

    /// The file's text.
    public func json() throws(ModelFileError) -> String {
        for layer in network.layers where !(layer.weights.values.allSatisfy(\.isFinite) && layer.biases.allSatisfy(\.isFinite)) {
            throw ModelFileError("the weights are not finite numbers: train again (lower lr) or reset before saving")
        }
        if let n = normalization, !(n.mean + n.std).allSatisfy(\.isFinite) {
            throw ModelFileError("the normalisation is not finite (the data is too large to standardise): scale the data down, or 'normalize off' and 'net' again, before saving")
        }
        var out = "{\n"
        out += "  \"format\": \(quoted(Self.format)),\n"
        out += "  \"version\": \(Self.version),\n"
        out += "  \"columns\": [\(columns.map(quoted).joined(separator: ", "))],\n"
        out += "  \"features\": [\(features.map(quoted).joined(separator: ", "))],\n"
        if let n = normalization {
            out += "  \"normalization\": { \"mean\": \(numbers(n.mean)), \"std\": \(numbers(n.std)) },\n"
        } else {
            out += "  \"normalization\": null,\n"
        }
        if isRegression {
            out += "  \"task\": \"regress\",\n"
            out += "  \"classes\": null,\n"
        } else {
            out += "  \"classes\": [\(classes.map(quoted).joined(separator: ", "))],\n"
        }
        out += "  \"loss\": \(quoted(network.loss.rawValue)),\n"
        out += "  \"layers\": [\n"
        out += network.layers.map { layer in
            var text = "    { \"inputs\": \(layer.inputs), \"outputs\": \(layer.outputs), "
            text += "\"activation\": \(quoted(layer.activation.rawValue)),\n"
            text += "      \"weights\": [\n"
            text += layer.weights.nested.map { "        " + numbers($0) }.joined(separator: ",\n")
            text += "\n      ],\n      \"biases\": \(numbers(layer.biases)) }"
            return text
        }.joined(separator: ",\n")
        out += "\n  ]"
        if let optimizer {
            out += ",\n  \"optimizer\": " + OptimizerRecord.json(optimizer)
        }
        out += "\n}\n"
        return out
    }

    /// Reads and checks a model file's text.
    public static func read(_ text: String) throws(ModelFileError) -> ModelDocument {
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw ModelFileError("not valid JSON (\(error.description))")
        }
        guard case .object = root else { throw ModelFileError("expected a JSON object with \"format\": \"nnb-model\"") }
        guard let format = root["format"]?.string else {
            throw ModelFileError("no \"format\" key: this is not an nnb model file")
        }
        guard format == Self.format else {
            throw ModelFileError("unknown format '\(format)': expected '\(Self.format)'")
        }
        guard let version = root["version"]?.number(Int.self) else { throw ModelFileError("no \"version\" number") }
        guard version == Self.version else {
            throw ModelFileError("unknown version \(version): this nnb reads version \(Self.version)")
        }
        let columns = try strings(root["columns"], "columns")
        let features = try strings(root["features"], "features")
        let isRegression = try task(root["task"])
        let classes = isRegression ? [] : try strings(root["classes"], "classes")
        if isRegression, let listed = root["classes"], listed != .null {
            throw ModelFileError("a regression model (\"task\": \"regress\") has \"classes\": null, not a list")
        }
        if let bad = (columns + classes).first(where: TextSafety.hasControl) {
            throw ModelFileError("the name '\(TextSafety.shown(bad))' has a control character; names must be plain text")
        }
        guard let lossName = root["loss"]?.string, let loss = Loss(rawValue: lossName) else {
            throw ModelFileError("\"loss\" must be one of \(Loss.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let layerValues = root["layers"]?.array, !layerValues.isEmpty else {
            throw ModelFileError("\"layers\" must be a non-empty list")
        }
        var layers: [Dense<Float>] = []
        var parameters = 0
        for (index, value) in layerValues.enumerated() {
            layers.append(try layer(value, number: index + 1, parametersBefore: &parameters))
        }
        let network: Network<Float>
        do {
            network = try Network(layers: layers, loss: loss)
        } catch {
            throw ModelFileError(error.description)
        }
        guard features.count == network.inputWidth else {
            throw ModelFileError("\(features.count) features listed but layer 1 takes \(network.inputWidth) inputs")
        }
        guard !columns.isEmpty else { throw ModelFileError("\"columns\" must name at least one input column") }
        if isRegression, network.outputWidth != 1 {
            throw ModelFileError("a regression model has 1 output, but the output layer has \(network.outputWidth)")
        }
        guard isRegression || classes.count == network.classCount else {
            throw ModelFileError("\(classes.count) classes listed but the output layer stands for \(network.classCount)")
        }
        var normalization: Standardizer?
        if let n = root["normalization"], n != .null {
            let mean = try doubles(n["mean"], "normalization.mean")
            let std = try doubles(n["std"], "normalization.std")
            guard mean.count == features.count, std.count == features.count else {
                throw ModelFileError("normalization needs \(features.count) means and standard deviations, one per feature")
            }
            guard std.allSatisfy({ $0 > 0 }) else { throw ModelFileError("normalization.std values must be positive") }
            normalization = Standardizer(mean: mean, std: std)
        }
        var optimizer: Optimizer<Float>?
        if let record = root["optimizer"] {
            optimizer = try OptimizerRecord.read(record, for: network)
        }
        return ModelDocument(columns: columns, features: features, normalization: normalization, classes: classes,
                             isRegression: isRegression, network: network, optimizer: optimizer)
    }

    /// `"task"`: absent or `"classify"` for a classifier, `"regress"` for a regression model.
    private static func task(_ value: JSONValue?) throws(ModelFileError) -> Bool {
        guard let value else { return false }
        switch value.string {
        case "classify": return false
        case "regress": return true
        default: throw ModelFileError("\"task\" must be \"classify\" or \"regress\"")
        }
    }

    /// The most parameters a model file may hold (as `net` allows).
    public static let maximumParameters = 20_000_000

    /// Layer `number`, its claimed shape checked against the parameter limit (running total in
    /// `parameters`) and against the arrays present before anything is allocated.
    private static func layer(_ value: JSONValue, number: Int, parametersBefore parameters: inout Int) throws(ModelFileError) -> Dense<Float> {
        let name = "layer \(number)"
        guard let inputs = value["inputs"]?.number(Int.self), inputs > 0,
              let outputs = value["outputs"]?.number(Int.self), outputs > 0 else {
            throw ModelFileError("\(name) needs positive \"inputs\" and \"outputs\"")
        }
        let (weightCount, overflow) = inputs.multipliedReportingOverflow(by: outputs)
        guard !overflow, weightCount <= maximumParameters - parameters, outputs <= maximumParameters - parameters - weightCount else {
            throw ModelFileError("\(name) claims \(inputs)×\(outputs) weights, more than the limit of \(maximumParameters) parameters in all")
        }
        parameters += weightCount + outputs
        guard let claimedRows = value["weights"]?.array, claimedRows.count == inputs else {
            throw ModelFileError("\(name): \"weights\" must have \(inputs) rows (one per input)")
        }
        guard let firstRow = claimedRows.first?.array, firstRow.count == outputs else {
            throw ModelFileError("\(name): weights row 1 has \(claimedRows.first?.array?.count ?? 0) numbers, expected \(outputs)")
        }
        guard let activationName = value["activation"]?.string, let activation = Activation(rawValue: activationName) else {
            throw ModelFileError("\(name) has no known \"activation\" (\(Activation.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let rows = value["weights"]?.array, rows.count == inputs else {
            throw ModelFileError("\(name): \"weights\" must have \(inputs) rows (one per input)")
        }
        var weights: [Float] = []
        weights.reserveCapacity(inputs * outputs)
        for (r, row) in rows.enumerated() {
            let values = try floats(row, "\(name) weights row \(r + 1)")
            guard values.count == outputs else {
                throw ModelFileError("\(name): weights row \(r + 1) has \(values.count) numbers, expected \(outputs)")
            }
            weights += values
        }
        let biases = try floats(value["biases"], "\(name) biases")
        guard biases.count == outputs else {
            throw ModelFileError("\(name): \"biases\" has \(biases.count) numbers, expected \(outputs)")
        }
        return Dense(weights: Matrix(rows: inputs, columns: outputs, values: weights), biases: biases, activation: activation)
    }
}

/// A model file that cannot be written or read, with what to do about it.
public struct ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One line naming the problem.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
