import Foundation
import NNPlot

/// Small deterministic data sets with analytic "model" probabilities, standing in for a trained
/// network in tests and sample images.
enum SampleData {
    /// A tiny linear congruential generator so tests never depend on the system RNG.
    struct Generator {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func normal() -> Double {
            let u = max(uniform(), 1e-12), v = uniform()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// Every fifth point is marked validation.
    private static func split(_ points: [LabeledPoint]) -> [LabeledPoint] {
        points.enumerated().map { index, point in
            LabeledPoint(x1: point.x1, x2: point.x2, label: point.label, isValidation: index % 5 == 4)
        }
    }

    /// Two interleaving half circles (class 0 on top).
    static func moons(count: Int = 200, noise: Double = 0.1) -> [LabeledPoint] {
        var random = Generator(state: 7)
        return split((0..<count).map { i in
            let t = Double.pi * random.uniform()
            let label = i % 2
            let x = label == 0 ? cos(t) : 1 - cos(t)
            let y = label == 0 ? sin(t) : 0.5 - sin(t)
            return LabeledPoint(x1: x + noise * random.normal(), x2: y + noise * random.normal(), label: label)
        })
    }

    /// p(class 1) from the distances to the two moon arcs: `σ(6·(d₀ − d₁))`.
    static func moonsModel(_ x: Double, _ y: Double) -> Double {
        func arcDistance(cx: Double, cy: Double, upper: Bool) -> Double {
            let dx = x - cx, dy = y - cy
            if (upper && dy >= 0) || (!upper && dy <= 0) {
                return abs((dx * dx + dy * dy).squareRoot() - 1)
            }
            return min(((dx - 1) * (dx - 1) + dy * dy).squareRoot(), ((dx + 1) * (dx + 1) + dy * dy).squareRoot())
        }
        return sigmoid(6 * (arcDistance(cx: 0, cy: 0, upper: true) - arcDistance(cx: 1, cy: 0.5, upper: false)))
    }

    /// An outer ring (class 0) around an inner disc (class 1).
    static func circles(count: Int = 200) -> [LabeledPoint] {
        var random = Generator(state: 11)
        return split((0..<count).map { i in
            let label = i % 2
            let radius = (label == 0 ? 1.0 : 0.45) + 0.08 * random.normal()
            let angle = 2 * Double.pi * random.uniform()
            return LabeledPoint(x1: radius * cos(angle), x2: radius * sin(angle), label: label)
        })
    }

    static func circlesModel(_ x: Double, _ y: Double) -> Double {
        sigmoid(14 * (0.72 - (x * x + y * y).squareRoot()))
    }

    /// Class 1 in the quadrants where x1 and x2 have opposite signs.
    static func xor(count: Int = 200) -> [LabeledPoint] {
        var random = Generator(state: 13)
        return split((0..<count).map { _ in
            let x = 2 * random.uniform() - 1, y = 2 * random.uniform() - 1
            return LabeledPoint(x1: x, x2: y, label: (x * y < 0) ? 1 : 0)
        })
    }

    static func xorModel(_ x: Double, _ y: Double) -> Double {
        let a = sigmoid(9 * x), b = sigmoid(9 * y)
        return a * (1 - b) + (1 - a) * b
    }

    /// Three spiral arms, one class each.
    static func spiral(count: Int = 240) -> [LabeledPoint] {
        var random = Generator(state: 17)
        return split((0..<count).map { i in
            let label = i % 3
            let r = 0.1 + 0.9 * random.uniform()
            let angle = 3.2 * r + 2 * Double.pi * Double(label) / 3 + 0.12 * random.normal()
            return LabeledPoint(x1: r * cos(angle), x2: r * sin(angle), label: label)
        })
    }

    /// Softmax over `4·cos(θ − arm angle)` per arm.
    static func spiralModel(_ x: Double, _ y: Double) -> [Double] {
        let r = (x * x + y * y).squareRoot(), theta = atan2(y, x)
        let scores = (0..<3).map { k in 4 * cos(theta - 3.2 * r - 2 * Double.pi * Double(k) / 3) }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// A batch closure over a two-class model returning `n×2` probabilities.
    static func batch(_ model: @escaping @Sendable (Double, Double) -> Double) -> BatchPredictor {
        { points in
            stride(from: 0, to: points.count, by: 2).flatMap { i -> [Double] in
                let p = model(points[i], points[i + 1])
                return [1 - p, p]
            }
        }
    }

    /// A batch closure over a K-class model.
    static func batch(classes model: @escaping @Sendable (Double, Double) -> [Double]) -> BatchPredictor {
        { points in
            stride(from: 0, to: points.count, by: 2).flatMap { model(points[$0], points[$0 + 1]) }
        }
    }

    /// A plausible training history: decaying loss, rising accuracy, validation slightly worse.
    static func history(epochs: Int = 120) -> (loss: [Double], validationLoss: [Double], acc: [Double], valAcc: [Double]) {
        var random = Generator(state: 23)
        var result: (loss: [Double], validationLoss: [Double], acc: [Double], valAcc: [Double]) = ([], [], [], [])
        for epoch in 0..<epochs {
            let t = Double(epoch)
            let loss = 0.08 + 0.62 * exp(-t / 22) + 0.01 * random.normal()
            result.loss.append(loss)
            result.validationLoss.append(loss + 0.03 + 0.0006 * t + 0.015 * random.normal())
            result.acc.append(min(1, 0.97 - 0.45 * exp(-t / 18) + 0.006 * random.normal()))
            result.valAcc.append(min(1, 0.94 - 0.44 * exp(-t / 20) + 0.012 * random.normal()))
        }
        return result
    }
}

extension SampleData {
    /// Eight tanh "units" with different orientations, as a batch closure.
    static func hiddenUnits(count: Int = 8) -> BatchPredictor {
        { points in
            stride(from: 0, to: points.count, by: 2).flatMap { i -> [Double] in
                let x = points[i], y = points[i + 1]
                return (0..<count).map { unit in
                    let angle = Double(unit) * Double.pi / Double(count)
                    let value = tanh(2.5 * (cos(angle) * x + sin(angle) * y) + 0.3 * Double(unit % 3) - 0.3)
                    return unit % 4 == 3 ? max(0, value) : value
                }
            }
        }
    }
}
