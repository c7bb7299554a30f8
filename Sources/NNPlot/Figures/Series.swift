/// One curve of a ``CurvePlot``: a value per epoch.
public struct Series: Sendable, Equatable {
    /// Legend name, e.g. `loss` or `val_loss`.
    public var name: String
    /// Values for consecutive epochs; non-finite values leave gaps.
    public var values: [Double]
    /// The epoch of `values[0]`.
    public var firstEpoch: Int
    /// Stroke colour.
    public var color: RGB
    /// Dashed stroke (validation curves), so the curves differ without colour too.
    public var dashed: Bool

    /// A series from its parts.
    public init(name: String, values: [Double], color: RGB, dashed: Bool = false, firstEpoch: Int = 1) {
        self.name = name
        self.values = values
        self.color = color
        self.dashed = dashed
        self.firstEpoch = firstEpoch
    }

    /// Colour of training curves (blue).
    public static let trainingColor = RGB(hex: 0x0877BD)
    /// Colour of validation curves (orange).
    public static let validationColor = RGB(hex: 0xE8710A)

    /// The epoch of `values[i]`.
    func epoch(_ i: Int) -> Double {
        Double(firstEpoch + i)
    }

    /// The value at a fractional `epoch`, linearly interpolated between its two neighbours;
    /// nil outside the series or next to a non-finite value.
    func value(at epoch: Double) -> Double? {
        let position = epoch - Double(firstEpoch)
        guard position >= 0, position <= Double(values.count - 1) else { return nil }
        let i = min(Int(position), values.count - 1), j = min(i + 1, values.count - 1)
        let a = values[i], b = values[j], t = position - Double(i)
        guard a.isFinite, b.isFinite || t == 0 else { return nil }
        return t == 0 ? a : a + (b - a) * t
    }

    /// Runs of consecutive finite values as (epoch, value) pairs.
    var finiteRuns: [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for (i, value) in values.enumerated() {
            if value.isFinite {
                runs[runs.count - 1].append((epoch(i), value))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }
}
