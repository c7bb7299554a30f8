import NNCore
import NNPlot

/// The session's data, network and history as NNPlot figures. The network sees grid points
/// exactly as it sees the data: raw inputs, then the feature expansion, then the normalisation.
extension Session {
    /// The data as plot points: training rows filled, validation rows outlined.
    /// - Throws: without data, or when the data does not have exactly two raw inputs.
    func plotPoints(for action: String) throws -> [LabeledPoint] {
        let data = try requireData(for: action)
        guard data.width == 2 else {
            throw Diagnostic("\(action) draws the input plane, so it needs two-input data; '\(data.name)' has \(data.width) inputs (\(data.columns.joined(separator: ", "))). 'plot loss' and 'plot history' work for any data")
        }
        let scale = valueScale
        func points(_ set: LabeledData, validation: Bool) -> [LabeledPoint] {
            (0..<set.rows).map { row in
                // A regression target is drawn as its sign's class and coloured by its value.
                let target = set.targets?[row]
                return LabeledPoint(x1: set.inputs[2 * row], x2: set.inputs[2 * row + 1],
                                    label: target.map { $0 < 0 ? 0 : 1 } ?? set.labels[row],
                                    isValidation: validation, value: target.map { $0 / scale })
            }
        }
        return points(data.train, validation: false) + points(data.validation, validation: true)
    }

    /// The largest target size of regression data (1 when every target is 0, or for
    /// classification): a value map spans −scale … +scale.
    var valueScale: Double {
        let largest = data?.targets.map(abs).max() ?? 0
        return largest > 0 && largest.isFinite ? largest : 1
    }

    /// Legend names: `class 0`, `class 1` for numbered classes, the data's own names otherwise;
    /// for regression the two ends of the value map.
    var legendNames: [String] {
        if isRegression {
            let scale = NumberFormat.fixed(valueScale, digits: 2)
            return ["target -\(scale)", "target +\(scale)"]
        }
        return classNames.map { Int($0) != nil ? "class \($0)" : $0 }
    }

    /// `network`'s outputs for raw plane points (`n×2` in, `n×K` probabilities out; one
    /// number per point for a single sigmoid unit). A regression network's value v comes out
    /// as the value map's p = ½ + v/(2·valueScale) (see ``BoundaryPlot``).
    func predictor(for network: Network<Float>) -> BatchPredictor {
        let inputs = self
        let scale: Double? = isRegression ? valueScale : nil
        return { raw in
            let outputs = try network.floatOutputs(inputs.networkInputs(raw: raw, width: 2, clamped: true)).values.map { Double($0) }
            return scale.map { scale in outputs.map { Self.valueMapProbability($0, scale: scale) } } ?? outputs
        }
    }

    /// The value map's p(positive) for a predicted value: ½ + v/(2·scale).
    static func valueMapProbability(_ value: Double, scale: Double) -> Double {
        0.5 + value / (2 * scale)
    }

    /// Metrics of the current weights for a picture's title: epochs trained, losses, accuracies.
    func currentSummary(_ model: ModelState) throws -> TrainingSummary {
        TrainingSummary(model.measure(try trainingSets(for: "plot boundary")))
    }

    /// `plot boundary`: the prediction over a grid covering the data with a margin, the points, and
    /// the current metrics as title.
    func boundaryFigure() throws -> BoundaryPlot {
        let points = try plotPoints(for: "plot boundary")
        let model = try requireModel(for: "plot boundary")
        let summary = try currentSummary(model)
        var plot = try Plot.boundary(points: points, classCount: isRegression ? 2 : model.network.classCount, summary: summary,
                                     title: data?.name ?? "", predict: predictor(for: model.network))
        plot.classNames = legendNames
        return plot
    }

    /// `plot data`: the points alone.
    func dataFigure() throws -> BoundaryPlot {
        let points = try plotPoints(for: "plot data")
        let data = try requireData(for: "plot data")
        var plot = Plot.data(points: points, classCount: data.isRegression ? 2 : data.classes.count,
                             title: "\(data.name): \(data.train.rows) train, \(data.validation.rows) validation")
        plot.classNames = legendNames
        return plot
    }

    /// The history of a trained network, or what to do first.
    func trainedHistory(for action: String) throws -> History {
        let model = try requireModel(for: action)
        guard model.trainer.history.count > 0 else {
            throw Diagnostic("nothing to draw yet: \(action) shows the training history, so train first, e.g. 'train 100'")
        }
        return model.trainer.history
    }

    /// `plot loss`, `plot accuracy` or `plot history` (`kind`) from the per-epoch metrics.
    func curveFigure(_ kind: PlotRequest.Kind) throws -> any Figure {
        let epochs = try trainedHistory(for: "plot \(kind.rawValue)").epochs
        let validation = epochs.allSatisfy { $0.validationLoss != nil }
        if epochs.last?.isRegression == true {
            if kind == .accuracy {
                throw Diagnostic("regression has no accuracy: 'plot loss' (or 'plot history') shows how the fit goes, and 'eval' prints r2")
            }
            return Plot.loss(train: epochs.map(\.loss), validation: validation ? epochs.compactMap(\.validationLoss) : nil)
        }
        let loss = epochs.map(\.loss), accuracy = epochs.map(\.accuracy)
        let validationLoss = validation ? epochs.compactMap(\.validationLoss) : nil
        let validationAccuracy = validation ? epochs.compactMap(\.validationAccuracy) : nil
        switch kind {
        case .loss: return Plot.loss(train: loss, validation: validationLoss)
        case .accuracy: return Plot.accuracy(train: accuracy, validation: validationAccuracy)
        default: return Plot.history(loss: loss, validationLoss: validationLoss, accuracy: accuracy, validationAccuracy: validationAccuracy)
        }
    }

    /// `plot neurons LAYER`: every unit of hidden layer `layer` (from 1) over the input plane.
    func neuronsFigure(layer: Int, at invocation: Invocation, argument: Int?) throws -> NeuronGrid {
        let points = try plotPoints(for: "plot neurons")
        let model = try requireModel(for: "plot neurons")
        if let data { try checkFit(model, data) }
        let hidden = model.network.layers.count - 1
        guard hidden > 0 else {
            throw invocation.error("the network \(model.shape) has no hidden layer to draw: define one, e.g. 'net \(model.network.inputWidth) 8 \(model.network.outputWidth)'")
        }
        guard layer >= 1, layer <= hidden else {
            let range = hidden == 1 ? "1" : "from 1 to \(hidden)"
            throw invocation.error("layer \(layer) is not a hidden layer of \(model.shape): LAYER must be \(range)", at: argument)
        }
        let prefix = try Network<Float>(layers: Array(model.network.layers.prefix(layer)), loss: .mse)
        let units = model.network.layers[layer - 1].outputs
        let activation = model.network.layers[layer - 1].activation.rawValue
        return try Plot.neurons(title: "layer \(layer): \(units) units, \(activation)", points: points, unitCount: units,
                                activations: predictor(for: prefix))
    }
}
