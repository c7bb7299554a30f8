import Foundation

/// Seeded toy classification sets, point for point those of the reference generators
/// (`datasets.py`, portable stream) for the same seed and settings.
///
/// Each generator creates `SeededRandom(seed:)`, lays out its points, then runs the shared tail:
/// one `permutation(n)` of the rows (for the generators that shuffle), then N(0, σ²) noise added
/// to every input in row-major order, drawn only when σ ≠ 0. Columns are `x1 … xD` and classes
/// `"0" … "K−1"`. Shapes below are rows × columns.
public enum DataGenerator {
    /// Two interleaving half circles (the `make_moons` formula), n × 2, classes 0 and 1.
    ///
    /// Rows 0..<⌊n/2⌋ are (cos t, sin t) with t = linspace(0, π, ⌊n/2⌋), label 0; the other
    /// ⌈n/2⌉ rows are (1 − cos t, 1 − sin t − 0.5) with t = linspace(0, π, ⌈n/2⌉), label 1.
    /// Stream: permutation(n), then 2n normals N(0, noise²) when noise ≠ 0.
    public static func moons(count: Int, noise: Double, seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(noise, named: "noise")
        let outer = count / 2
        var points: [Double] = []
        points.reserveCapacity(2 * count)
        for t in linspace(0, .pi, count: outer) {
            points.append(cos(t))
            points.append(sin(t))
        }
        for t in linspace(0, .pi, count: count - outer) {
            points.append(1 - cos(t))
            points.append(1 - sin(t) - 0.5)
        }
        let labels = Array(repeating: 0, count: outer) + Array(repeating: 1, count: count - outer)
        var random = SeededRandom(seed: seed)
        return finish(points, labels: labels, width: 2, classes: 2, noise: noise, shuffle: true,
                      random: &random)
    }

    /// Two concentric circles (the `make_circles` formula), n × 2, classes 0 and 1.
    ///
    /// Rows 0..<⌊n/2⌋ are (cos t, sin t) with t = linspace(0, 2π, ⌊n/2⌋, endpoint: false),
    /// label 0; the other ⌈n/2⌉ rows are factor·(cos t, sin t) on ⌈n/2⌉ such angles, label 1.
    /// Stream: permutation(n), then 2n normals N(0, noise²) when noise ≠ 0.
    public static func circles(count: Int, noise: Double, factor: Double = 0.5,
                               seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(noise, named: "noise")
        guard factor.isFinite else {
            throw DataError("circle factor \(factor) is not a finite number; use the inner radius, e.g. 0.5")
        }
        let outer = count / 2
        var points: [Double] = []
        points.reserveCapacity(2 * count)
        for t in linspace(0, 2 * .pi, count: outer, endpoint: false) {
            points.append(cos(t))
            points.append(sin(t))
        }
        for t in linspace(0, 2 * .pi, count: count - outer, endpoint: false) {
            points.append(factor * cos(t))
            points.append(factor * sin(t))
        }
        let labels = Array(repeating: 0, count: outer) + Array(repeating: 1, count: count - outer)
        var random = SeededRandom(seed: seed)
        return finish(points, labels: labels, width: 2, classes: 2, noise: noise, shuffle: true,
                      random: &random)
    }

    /// Uniform points in [−1, 1]², n × 2: label 1 when x1·x2 < 0 (opposite quadrants), else 0,
    /// decided before the noise. Already in random order, so never shuffled.
    ///
    /// Stream: 2n uniforms −1 + 2u (row-major), then 2n normals N(0, noise²) when noise ≠ 0.
    public static func xor(count: Int, noise: Double, seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(noise, named: "noise")
        var random = SeededRandom(seed: seed)
        let points = random.uniforms(2 * count, low: -1, high: 1)
        let labels = (0..<count).map { points[2 * $0] * points[2 * $0 + 1] < 0 ? 1 : 0 }
        return finish(points, labels: labels, width: 2, classes: 2, noise: noise, shuffle: false,
                      random: &random)
    }

    /// `arms` interleaved Archimedean spirals of 1.5 turns, n × 2, classes 0..<arms.
    ///
    /// Arm a gets ⌊n/arms⌋ points, the first n mod arms arms one more; point i of its m points has
    /// r = (i + 0.5)/m, θ = 2π·1.5·r + 2πa/arms and is (r cos θ, r sin θ), label a.
    /// Stream: permutation(n), then 2n normals N(0, noise²) when noise ≠ 0.
    public static func spiral(count: Int, noise: Double, arms: Int = 2,
                              seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(noise, named: "noise")
        guard arms >= 1 else {
            throw DataError("spiral needs at least 1 arm, got \(arms); use arms 2 or more")
        }
        let turns = 1.5
        var points: [Double] = []
        var labels: [Int] = []
        points.reserveCapacity(2 * count)
        labels.reserveCapacity(count)
        for arm in 0..<arms {
            let m = count / arms + (arm < count % arms ? 1 : 0)
            let offset = 2 * Double.pi * Double(arm) / Double(arms)
            for i in 0..<m {
                let r = (Double(i) + 0.5) / Double(m)
                let theta = 2 * Double.pi * turns * r + offset
                points.append(r * cos(theta))
                points.append(r * sin(theta))
                labels.append(arm)
            }
        }
        var random = SeededRandom(seed: seed)
        return finish(points, labels: labels, width: 2, classes: arms, noise: noise, shuffle: true,
                      random: &random)
    }

    /// Gaussian clusters around random centres (like `make_blobs`), n × 2, classes 0..<centers.
    ///
    /// Centres are uniform in the box [−10, 10)² (2·centers uniforms, row-major); cluster c gets
    /// ⌊n/centers⌋ rows, the first n mod centers clusters one more, all at its centre.
    /// Stream: the centres, permutation(n), then 2n normals N(0, std²) when std ≠ 0.
    public static func blobs(count: Int, centers: Int = 3, std: Double = 1,
                             seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(std, named: "std")
        guard centers >= 1 else {
            throw DataError("blobs needs at least 1 centre, got \(centers); use centers 2 or more")
        }
        var random = SeededRandom(seed: seed)
        let centres = random.uniforms(2 * centers, low: -10, high: 10)
        var labels: [Int] = []
        labels.reserveCapacity(count)
        for c in 0..<centers {
            labels += Array(repeating: c, count: count / centers + (c < count % centers ? 1 : 0))
        }
        let points = rowsAtCentres(labels, centres: centres, width: 2)
        return finish(points, labels: labels, width: 2, classes: centers, noise: std,
                      shuffle: true, random: &random)
    }

    /// An MNIST-shaped stand-in for benchmarks, n × features, classes 0..<classes.
    ///
    /// Class centres ~ N(0, centerScale²) (classes·features normals, row-major); row i has label
    /// i mod classes and sits at its class centre. Stream: the centres, permutation(n), then
    /// n·features normals N(0, noise²) when noise ≠ 0.
    public static func synthetic(count: Int, features: Int = 784, classes: Int = 10,
                                 centerScale: Double = 0.15, noise: Double = 1,
                                 seed: UInt64) throws -> LabeledData {
        var plan = try SyntheticPlan(count: count, features: features, classes: classes,
                                     centerScale: centerScale, noise: noise, seed: seed)
        return finish(rowsAtCentres(plan.labels, centres: plan.centres, width: features), labels: plan.labels,
                      width: features, classes: classes, noise: noise, shuffle: false, random: &plan.random)
    }

    /// `synthetic(count:features:classes:centerScale:noise:seed:)` handed over a block of rows
    /// at a time, so a caller can keep the points in another form (Float, say) without ever
    /// holding them all in Double: `body(rows, values)` gets rows `rows` of that set's inputs,
    /// row-major, the same bits, in order; the labels of every row are returned.
    ///
    /// Blocks hold about `rowsPerBlock` rows (an even number of values, so the noise's normal
    /// pairs fall as in one pass over the whole set).
    public static func synthetic(count: Int, features: Int = 784, classes: Int = 10,
                                 centerScale: Double = 0.15, noise: Double = 1, seed: UInt64,
                                 rowsPerBlock: Int,
                                 _ body: (_ rows: Range<Int>, _ values: UnsafeBufferPointer<Double>) throws -> Void) throws -> [Int] {
        var plan = try SyntheticPlan(count: count, features: features, classes: classes,
                                     centerScale: centerScale, noise: noise, seed: seed)
        let step = max(2, rowsPerBlock + rowsPerBlock % 2)
        var block: [Double] = []
        block.reserveCapacity(min(step, count) * features)
        var start = 0
        while start < count {
            let rows = start..<min(start + step, count)
            block.removeAll(keepingCapacity: true)
            appendRowsAtCentres(plan.labels[rows], centres: plan.centres, width: features, to: &block)
            if noise != 0 {
                plan.random.addNormals(to: &block, scale: noise)
            }
            try block.withUnsafeBufferPointer { try body(rows, $0) }
            start = rows.upperBound
        }
        return plan.labels
    }

    /// The checked arguments of a synthetic set, its class centres and labels drawn, with the
    /// stream left where the noise begins.
    private struct SyntheticPlan {
        let centres: [Double]
        let labels: [Int]
        var random: SeededRandom

        init(count: Int, features: Int, classes: Int, centerScale: Double, noise: Double, seed: UInt64) throws {
            try DataGenerator.check(count: count)
            try DataGenerator.check(noise, named: "noise")
            try DataGenerator.check(centerScale, named: "centre scale")
            guard features >= 1, classes >= 1 else {
                throw DataError("synthetic needs at least 1 feature and 1 class, got \(features) and \(classes); use e.g. 784 and 10")
            }
            random = SeededRandom(seed: seed)
            centres = random.normals(classes * features, scale: centerScale)
            // Rows are copies of their centre, so shuffling the labels before making the rows
            // gives the shuffled rows without a second copy of the data; the noise is added in place.
            labels = random.permutation(count).map { $0 % classes }
        }
    }

    /// Two overlapping Gaussian clouds, n × 2, an nnb set with no reference counterpart.
    ///
    /// Rows 0..<⌊n/2⌋ are centred at (2, 2), label 0; the other ⌈n/2⌉ at (−2, −2), label 1.
    /// Every input gets N(0, (1 + noise)²) spread, so noise 0 already gives unit clouds.
    /// Stream: permutation(n), then 2n normals N(0, (1 + noise)²).
    public static func gauss(count: Int, noise: Double, seed: UInt64) throws -> LabeledData {
        try check(count: count)
        try check(noise, named: "noise")
        let first = count / 2
        let labels = Array(repeating: 0, count: first) + Array(repeating: 1, count: count - first)
        let points = labels.flatMap { $0 == 0 ? [2.0, 2.0] : [-2.0, -2.0] }
        var random = SeededRandom(seed: seed)
        return finish(points, labels: labels, width: 2, classes: 2, noise: 1 + noise,
                      shuffle: true, random: &random)
    }

    /// `numpy.linspace(start, stop, count, endpoint)` to the bit.
    ///
    /// With d = count − 1 (endpoint) or count, step = (stop − start)/d and value i is
    /// i·step + start; with `endpoint` and count > 1 the last value is exactly `stop`. As in numpy,
    /// a zero step (subnormal range) uses (i/d)·(stop − start) + start, and d = 0 gives `start`.
    static func linspace(_ start: Double, _ stop: Double, count: Int,
                         endpoint: Bool = true) -> [Double] {
        guard count > 0 else { return [] }
        let divisions = endpoint ? count - 1 : count
        let delta = stop - start
        var values: [Double]
        if divisions > 0 {
            let step = delta / Double(divisions)
            if step == 0 {
                values = (0..<count).map { Double($0) / Double(divisions) * delta + start }
            } else {
                values = (0..<count).map { Double($0) * step + start }
            }
        } else {
            values = (0..<count).map { Double($0) * delta + start }
        }
        if endpoint, count > 1 {
            values[count - 1] = stop
        }
        return values
    }

    /// The shared tail: names columns and classes, shuffles the rows with one permutation when
    /// `shuffle`, then adds N(0, noise²) to every input in row-major order when noise ≠ 0.
    private static func finish(_ points: consuming [Double], labels: [Int], width: Int, classes: Int,
                               noise: Double, shuffle: Bool,
                               random: inout SeededRandom) -> LabeledData {
        var data = LabeledData(columns: (1...width).map { "x\($0)" }, inputs: points,
                               labels: labels, classes: (0..<classes).map { String($0) })
        if shuffle {
            data = data.subset(random.permutation(data.rows))
        }
        if noise != 0 {
            random.addNormals(to: &data.inputs, scale: noise)
        }
        return data
    }

    /// One row per label, each a copy of its class centre: row i = centres[labels[i]], n × width.
    private static func rowsAtCentres(_ labels: [Int], centres: [Double], width: Int) -> [Double] {
        var points: [Double] = []
        points.reserveCapacity(labels.count * width)
        appendRowsAtCentres(labels, centres: centres, width: width, to: &points)
        return points
    }

    /// Appends one row per label to `points`, each a copy of its class centre.
    private static func appendRowsAtCentres(_ labels: some Sequence<Int>, centres: [Double], width: Int,
                                            to points: inout [Double]) {
        for label in labels {
            points.append(contentsOf: centres[(label * width)..<((label + 1) * width)])
        }
    }

    private static func check(count: Int) throws {
        guard count >= 1 else {
            throw DataError("a data set needs at least 1 point, got \(count); use a count such as 200")
        }
    }

    private static func check(_ value: Double, named name: String) throws {
        guard value.isFinite, value >= 0 else {
            throw DataError("\(name) \(value) must be a finite number ≥ 0; use e.g. 0.1")
        }
    }
}
