import NNCore

/// One benchmark workload, as the peer benchmarks define it: data, network, batch, epochs and
/// a learning rate per optimizer. The first 80 % of the generated rows train, the rest validate.
struct Workload: Sendable {
    let name: String
    let sizes: [Int]
    let output: Activation
    let batch: Int
    let epochs: Int
    let learningRates: [OptimizerKind: Double]
    let makeData: @Sendable () throws -> LabeledData

    static let all: [Workload] = [
        Workload(name: "W1", sizes: [2, 16, 16, 1], output: .sigmoid, batch: 32, epochs: 200,
                 learningRates: [.sgd: 0.1, .adam: 0.01]) { try DataGenerator.moons(count: 1000, noise: 0.2, seed: 0) },
        Workload(name: "W2", sizes: [2, 64, 64, 1], output: .sigmoid, batch: 64, epochs: 20,
                 learningRates: [.sgd: 0.1, .adam: 0.003]) { try DataGenerator.moons(count: 20000, noise: 0.2, seed: 0) },
        Workload(name: "W3", sizes: [784, 128, 10], output: .softmax, batch: 64, epochs: 3,
                 learningRates: [.sgd: 0.05, .adam: 0.001]) {
            try DataGenerator.synthetic(count: 10000, features: 784, classes: 10, centerScale: 0.15, noise: 1, seed: 0)
        },
        Workload(name: "W4", sizes: [784, 256, 128, 10], output: .softmax, batch: 128, epochs: 2,
                 learningRates: [.sgd: 0.05, .adam: 0.001]) {
            try DataGenerator.synthetic(count: 60000, features: 784, classes: 10, centerScale: 0.15, noise: 1, seed: 0)
        },
    ]

    /// The workload names, in order.
    static var names: [String] { all.map(\.name) }

    /// Training and validation sets in Float: the first `DataSplit.trainCount` rows train, the
    /// rest validate, as `DataSplit` cuts a generated set. Converted straight from the generated
    /// Doubles (the identity features, no normalisation), so the only copies alive at once are the
    /// data in Double and in Float.
    func sets() throws -> (train: TrainingSet, validation: TrainingSet) {
        let data = try makeData()
        let count = DataSplit.trainCount(rows: data.rows, valFraction: 0.2)
        func set(_ rows: Range<Int>) -> TrainingSet {
            let values = data.inputs[(rows.lowerBound * data.width)..<(rows.upperBound * data.width)].map { Float($0) }
            return TrainingSet(inputs: Matrix(rows: rows.count, columns: data.width, values: values),
                               labels: Array(data.labels[rows]))
        }
        return (set(0..<count), set(count..<data.rows))
    }

    /// The starting network: Glorot-uniform weights from the init stream (seed 1), zero biases.
    func network() throws -> Network<Float> {
        var random = SeededRandom(seed: 1)
        return try Network(sizes: sizes, hidden: .relu, output: output, loss: .natural(for: output),
                           initializer: .xavier, random: &random)
    }

    /// FLOPs per training sample: 2·(forward + weight gradients + input gradients past layer 1).
    var flopsPerSample: Double {
        let products = zip(sizes, sizes.dropFirst()).map { Double($0 * $1) }
        return 2 * products.reduce(0, +) * 2 + 2 * products.dropFirst().reduce(0, +)
    }
}
