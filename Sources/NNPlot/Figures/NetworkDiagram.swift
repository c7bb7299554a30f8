/// One column of a ``NetworkDiagram``: the input features, or the units of one layer.
public struct DiagramColumn: Sendable {
    /// The heading above the column, e.g. `inputs` or `layer 1 relu`.
    public var title: String
    /// One name per unit (`x1`, `x1^2` for inputs; `1`, `2`, … for units), used in the list of
    /// largest weights; input names are also written beside their tiles.
    public var unitNames: [String]
    /// What each unit computes over the input plane, or nil to draw plain nodes (data that is
    /// not two raw inputs).
    public var maps: NeuronGrid?

    /// A column from its parts; `maps`, when given, must have one unit per name.
    public init(title: String, unitNames: [String], maps: NeuronGrid? = nil) {
        self.title = title
        self.unitNames = unitNames
        self.maps = maps.flatMap { $0.unitCount == unitNames.count ? $0 : nil }
    }

    /// Units in the column.
    public var count: Int { unitNames.count }
}

/// One weight of a ``NetworkDiagram`` with where it sits: `layer` counts from 1.
public struct DiagramWeight: Sendable, Equatable {
    /// The layer (1 = features to the first units).
    public var layer: Int
    /// The unit it leaves, index into the layer's input column.
    public var from: Int
    /// The unit it enters, index into the layer's output column.
    public var to: Int
    /// The weight.
    public var value: Float
}

/// `plot network`: the network drawn as TensorFlow Playground draws it.
///
/// One column per layer, inputs on the left. Every unit is a small tile of what it computes
/// over the input plane (``NeuronGrid`` tiles, `v = a / max|a|` on the diverging colours) or a
/// plain node; every weight is a line between two tiles whose colour gives the sign — the
/// class-1 colour (blue) for w > 0, the class-0 colour (orange) for w < 0, as the tiles colour
/// positive and negative values — and whose width and strength grow with `|w| / max|w|` over
/// the whole network. Strong lines are drawn last, on top. A column of more than
/// ``maximumShown`` units shows the first ones and says how many are hidden (`+20 more`); the
/// legend lists the ``strongestCount`` largest weights by size.
public struct NetworkDiagram: Figure {
    /// Title line, e.g. `network 2-16-16-1: relu hidden, sigmoid output`.
    public var title: String
    /// Inputs first, then one column per layer.
    public var columns: [DiagramColumn]
    /// `weights[l]` joins column `l` to column `l + 1`: row-major `columns[l].count ×
    /// columns[l + 1].count`, entry `i·n + j` from unit `i` to unit `j`.
    public var weights: [[Float]]
    /// Colours of the tiles and of the two signs.
    public var colors: ColorMap = .standard
    /// How many weights the legend lists.
    public var strongestCount = 5

    /// The most units drawn in one column.
    public static let maximumShown = 12

    /// A diagram; layers whose weight count does not match their columns are drawn without
    /// lines.
    public init(title: String, columns: [DiagramColumn], weights: [[Float]]) {
        self.title = title
        self.columns = columns
        self.weights = weights
    }

    /// Units drawn in column `c`: the first `min(count, maximumShown)`.
    public func shownCount(_ c: Int) -> Int { min(columns[c].count, Self.maximumShown) }

    /// Units of column `c` left out of the drawing.
    public func hiddenCount(_ c: Int) -> Int { columns[c].count - shownCount(c) }

    /// The largest `|w|` over all layers (1 when every weight is 0).
    public var largestMagnitude: Float {
        let largest = weights.lazy.flatMap { $0 }.map(abs).filter(\.isFinite).max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// Weights of layer `l` (from 1) that fit its columns, or nil.
    private func layerWeights(_ l: Int) -> [Float]? {
        guard l >= 1, l < columns.count, l - 1 < weights.count,
              weights[l - 1].count == columns[l - 1].count * columns[l].count else { return nil }
        return weights[l - 1]
    }

    /// The `count` weights largest in size, over every layer (hidden units included), largest
    /// first; ties keep layer, then row-major order.
    public func strongestWeights(_ count: Int) -> [DiagramWeight] {
        var all: [DiagramWeight] = []
        for l in 1..<max(1, columns.count) {
            guard let values = layerWeights(l) else { continue }
            let outputs = columns[l].count
            for (index, value) in values.enumerated() where value.isFinite {
                all.append(DiagramWeight(layer: l, from: index / outputs, to: index % outputs, value: value))
            }
        }
        let order = all.indices.sorted { abs(all[$0].value) > abs(all[$1].value) || (abs(all[$0].value) == abs(all[$1].value) && $0 < $1) }
        return order.prefix(max(0, count)).map { all[$0] }
    }

    /// `L2 3->5 +1.93`: layer, units by name, signed value.
    public func describe(_ weight: DiagramWeight) -> String {
        let from = columns[weight.layer - 1].unitNames[weight.from]
        let to = columns[weight.layer].unitNames[weight.to]
        return "L\(weight.layer) \(from)->\(to) \(Self.signed(weight.value))"
    }

    /// The legend's list, two spaces between entries: `largest |w|:  L1 x1->3 +2.31  …`.
    public var strongestText: String {
        (["largest |w|:"] + strongestWeights(strongestCount).map(describe)).joined(separator: "  ")
    }

    /// Every drawn line: shown units only, weakest first so that strong lines end on top.
    func drawnEdges() -> [DiagramWeight] {
        var edges: [DiagramWeight] = []
        for l in 1..<max(1, columns.count) {
            guard let values = layerWeights(l) else { continue }
            let outputs = columns[l].count
            for i in 0..<shownCount(l - 1) {
                for j in 0..<shownCount(l) where values[i * outputs + j].isFinite {
                    edges.append(DiagramWeight(layer: l, from: i, to: j, value: values[i * outputs + j]))
                }
            }
        }
        return edges.sorted { abs($0.value) < abs($1.value) }
    }

    /// The line colour of a weight: the sign's hue mixed from white by `0.15 + 0.85·|w|/max`.
    func edgeColor(_ value: Float) -> RGB {
        let strength = 0.15 + 0.85 * Double(min(abs(value) / largestMagnitude, 1))
        return RGB.white.mixed(with: colors.classColor(value < 0 ? 0 : 1), amount: strength)
    }

    /// Two decimals with a sign, or the compact form for small values.
    static func signed(_ value: Float) -> String {
        let v = Double(value)
        let text = abs(v) >= 0.01 || v == 0 ? NiceScale.label(abs(v), step: 0.01) : NiceScale.compact(abs(v))
        return (v < 0 ? "-" : "+") + text
    }
}
