import NNCore
import NNPlot

/// `plot network`: the session's network as a ``NetworkDiagram``.
extension Session {
    /// Every layer as a column, inputs first. With two-input data each feature and unit is a
    /// tile of what it computes over the plane around the data (features and normalisation
    /// applied, as for the boundary); the output tile shows 2p − 1 for sigmoid and softmax
    /// units (so p = ½ is white) and the value itself for other outputs. Other data gets
    /// plain nodes. `weights` draws other weights of the same shape (the network as it trains).
    func networkFigure(weights: Network<Float>? = nil) throws -> NetworkDiagram {
        let model = try requireModel(for: "plot network")
        if let data { try checkFit(model, data) }
        let network = weights ?? model.network
        let points = data.flatMap { $0.width == 2 ? try? plotPoints(for: "plot network") : nil }
        let inputNames = featureNames.count == network.inputWidth ? featureNames : (1...network.inputWidth).map { "x\($0)" }
        var columns = [DiagramColumn(title: "inputs", unitNames: inputNames,
                                     maps: try points.map { try inputMaps($0, width: network.inputWidth) })]
        for (index, layer) in network.layers.enumerated() {
            let isOutput = index == network.layers.count - 1
            let names = isOutput ? (layer.outputs == 1 ? ["out"] : (1...layer.outputs).map { "out\($0)" })
                : (1...layer.outputs).map(String.init)
            let title = isOutput ? "output \(layer.activation.rawValue)" : "layer \(index + 1) \(layer.activation.rawValue)"
            let maps = try points.map { points in
                try unitMaps(points, network: try Network<Float>(layers: Array(network.layers.prefix(index + 1)), loss: .mse),
                             units: layer.outputs, probability: isOutput && [.sigmoid, .softmax].contains(layer.activation))
            }
            columns.append(DiagramColumn(title: title, unitNames: names, maps: maps))
        }
        let hidden = network.layers.count > 1 ? "\(model.hidden.rawValue) hidden, " : ""
        let epoch = model.trainer.history.count > 0 && weights == nil ? "  epoch \(model.trainer.history.count)" : ""
        return NetworkDiagram(title: "\(model.shape): \(hidden)\(network.outputActivation.rawValue) output\(epoch)",
                              columns: columns, weights: network.layers.map(\.weights.values))
    }

    /// Lattice side of the tiles.
    private static let tileResolution = 32

    /// The features the network reads, over the plane.
    private func inputMaps(_ points: [LabeledPoint], width: Int) throws -> NeuronGrid {
        try NeuronGrid(title: "", points: points, unitCount: width, resolution: Self.tileResolution) { raw in
            try self.networkInputs(raw: raw, width: 2).values.map { Double($0) }
        }
    }

    /// The units of the last layer of `network` over the plane; `probability` maps p to 2p − 1.
    private func unitMaps(_ points: [LabeledPoint], network: Network<Float>, units: Int, probability: Bool) throws -> NeuronGrid {
        try NeuronGrid(title: "", points: points, unitCount: units, resolution: Self.tileResolution) { raw in
            let values = try network.floatOutputs(self.networkInputs(raw: raw, width: 2)).values.map { Double($0) }
            return probability ? values.map { 2 * $0 - 1 } : values
        }
    }
}
