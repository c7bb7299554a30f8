/// Seeded regression sets, as TensorFlow Playground defines them: a number to predict over
/// the square [−6, 6]², n × 2, columns `x1 x2`.
///
/// Point i draws four uniforms in [−6, 6) from `SeededRandom(seed:)`, in this order: x1, x2,
/// then the two shifts sx, sy; the target is read at the shifted position (x1 + nx, x2 + ny)
/// with nx = noise·sx, ny = noise·sy, while the point itself stays at (x1, x2). The four draws
/// are taken even when noise is 0, so a seed gives the same positions at every noise level.
/// Points come out in drawing order (already random), never shuffled.
extension DataGenerator {
    /// Half the side of the square the points are drawn from.
    static let regressionRadius = 6.0

    /// Playground's "plane": target = ((x1 + nx) + (x2 + ny)) / 10, summed in that order, a
    /// linear function of the inputs (in −1.2 … 1.2 without noise).
    public static func plane(count: Int, noise: Double, seed: UInt64) throws -> LabeledData {
        try regression(count: count, noise: noise, seed: seed) { x, y in (x + y) / 10 }
    }

    /// The six centres of `multigauss`: (x1, x2, sign).
    static let gaussianCentres: [(x: Double, y: Double, sign: Double)] = [
        (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
    ]

    /// Playground's "multi gaussian": each centre c scores s_c·max(0, 1 − d_c/2), d_c the distance
    /// from the shifted point to c; the target is the score largest in size (the first one on a
    /// tie, 0 far from every centre). Targets lie in −1 … 1.
    public static func multigauss(count: Int, noise: Double, seed: UInt64) throws -> LabeledData {
        try regression(count: count, noise: noise, seed: seed) { x, y in
            var target = 0.0
            for centre in gaussianCentres {
                let distance = ((x - centre.x) * (x - centre.x) + (y - centre.y) * (y - centre.y)).squareRoot()
                let score = centre.sign * max(0, 1 - distance / 2)
                if abs(score) > abs(target) { target = score }
            }
            return target
        }
    }

    /// The shared drawing loop: four uniforms per point, `target` read at the shifted position.
    private static func regression(count: Int, noise: Double, seed: UInt64,
                                   target: (Double, Double) -> Double) throws -> LabeledData {
        guard count >= 1 else {
            throw DataError("a data set needs at least 1 point, got \(count); use a count such as 200")
        }
        guard noise.isFinite, noise >= 0 else {
            throw DataError("noise \(noise) must be a finite number ≥ 0; use e.g. 0.1")
        }
        var random = SeededRandom(seed: seed)
        var inputs: [Double] = []
        var targets: [Double] = []
        inputs.reserveCapacity(2 * count)
        targets.reserveCapacity(count)
        for _ in 0..<count {
            let x = random.uniform(-regressionRadius, regressionRadius)
            let y = random.uniform(-regressionRadius, regressionRadius)
            let shiftX = random.uniform(-regressionRadius, regressionRadius) * noise
            let shiftY = random.uniform(-regressionRadius, regressionRadius) * noise
            inputs += [x, y]
            targets.append(target(x + shiftX, y + shiftY))
        }
        return LabeledData(columns: ["x1", "x2"], inputs: inputs, targets: targets)
    }
}
