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
    let data: DataSource

    /// Where a workload's points come from (the peers' generators, seed 0).
    enum DataSource: Sendable {
        /// `moons n noise 0.2`.
        case moons(count: Int)
        /// `DataGenerator.synthetic`: 784 features, 10 classes, centre scale 0.15, noise 1.
        case synthetic(count: Int)
    }

    static let all: [Workload] = [
        Workload(name: "W1", sizes: [2, 16, 16, 1], output: .sigmoid, batch: 32, epochs: 200,
                 learningRates: [.sgd: 0.1, .adam: 0.01], data: .moons(count: 1000)),
        Workload(name: "W2", sizes: [2, 64, 64, 1], output: .sigmoid, batch: 64, epochs: 20,
                 learningRates: [.sgd: 0.1, .adam: 0.003], data: .moons(count: 20000)),
        Workload(name: "W3", sizes: [784, 128, 10], output: .softmax, batch: 64, epochs: 3,
                 learningRates: [.sgd: 0.05, .adam: 0.001], data: .synthetic(count: 10000)),
        Workload(name: "W4", sizes: [784, 256, 128, 10], output: .softmax, batch: 128, epochs: 2,
                 learningRates: [.sgd: 0.05, .adam: 0.001], data: .synthetic(count: 60000)),
    ]

    /// The workload names, in order.
    static var names: [String] { all.map(\.name) }

    /// Training and validation sets in Float: the first `DataSplit.trainCount` rows train, the
    /// rest validate, as `DataSplit` cuts a generated set. Converted straight from the generated
    /// Doubles (the identity features, no normalisation); a synthetic set comes a block of rows at
    /// a time, so its points are never all held in Double.
    func sets() throws -> (train: TrainingSet, validation: TrainingSet) {
        switch data {
        case .moons(let count):
            let data = try DataGenerator.moons(count: count, noise: 0.2, seed: 0)
            let trainCount = DataSplit.trainCount(rows: data.rows, valFraction: 0.2)
            func set(_ rows: Range<Int>) -> TrainingSet {
                let values = data.inputs[(rows.lowerBound * data.width)..<(rows.upperBound * data.width)].map { Float($0) }
                return TrainingSet(inputs: Matrix(rows: rows.count, columns: data.width, values: values),
                                   labels: Array(data.labels[rows]))
            }
            return (set(0..<trainCount), set(trainCount..<data.rows))
        case .synthetic(let count):
            let width = 784
            let trainCount = DataSplit.trainCount(rows: count, valFraction: 0.2)
            var train: [Float] = [], validation: [Float] = []
            train.reserveCapacity(trainCount * width)
            validation.reserveCapacity((count - trainCount) * width)
            let labels = try DataGenerator.synthetic(count: count, features: width, classes: 10, centerScale: 0.15,
                                                     noise: 1, seed: 0, rowsPerBlock: 1024) { rows, values in
                let cut = min(max(trainCount - rows.lowerBound, 0), rows.count) * width
                train.append(contentsOf: values[..<cut].lazy.map { Float($0) })
                validation.append(contentsOf: values[cut...].lazy.map { Float($0) })
            }
            return (TrainingSet(inputs: Matrix(rows: trainCount, columns: width, values: train),
                                labels: Array(labels[..<trainCount])),
                    TrainingSet(inputs: Matrix(rows: count - trainCount, columns: width, values: validation),
                                labels: Array(labels[trainCount...])))
        }
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
