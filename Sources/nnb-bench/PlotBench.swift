import Foundation
import NNCore
import NNPlot

/// `plot boundary` of a 2-64-64-1 network on moons: the 200 × 200 probability grid evaluated in
/// one batch, the 640 × 480 picture drawn and PNG-encoded; the fastest of `repeats`.
func benchBoundaryPlot(repeats: Int) throws -> Double {
    let data = try DataGenerator.moons(count: 1000, noise: 0.2, seed: 0)
    let split = try DataSplit(data, valFraction: 0.2)
    var random = SeededRandom(seed: 1)
    let network = try Network<Float>(sizes: [2, 64, 64, 1], hidden: .relu, output: .sigmoid, loss: .bce,
                                     initializer: .xavier, random: &random)
    let points = (0..<data.rows).map { row in
        LabeledPoint(x1: data.inputs[2 * row], x2: data.inputs[2 * row + 1], label: data.labels[row],
                     isValidation: row >= split.train.rows)
    }
    let predict: BatchPredictor = { grid in
        let inputs = Matrix<Float>(rows: grid.count / 2, columns: 2, values: grid.map { Float($0) })
        return network.floatOutputs(inputs).values.map { Double($0) }
    }
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<max(1, repeats) {
        let seconds = try timed {
            let plot = try Plot.boundary(points: points, classCount: 2, summary: TrainingSummary(epoch: 0),
                                         title: "moons", resolution: 200, predict: predict)
            bytes = try Plot.fileBytes(for: plot, path: "boundary.png", width: 640, height: 480).count
        }
        best = min(best, seconds)
    }
    guard bytes > 0 else { throw BenchUsageError("the boundary picture came out empty") }
    return best
}
