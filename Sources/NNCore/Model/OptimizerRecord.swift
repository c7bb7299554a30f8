/// The optional `"optimizer"` entry of a model file: the rule, its settings and its state, so
/// training can resume where it stopped.
enum OptimizerRecord {
    /// The largest update count a file may claim (2⁵³: far beyond any run, and exact in a Double).
    static let maximumStep = 1 << 53

    static func json(_ optimizer: Optimizer<Float>) -> String {
        let s = optimizer.settings
        var out = "{ \"kind\": \(quoted(s.kind.rawValue)), \"lr\": \(s.learningRate), \"momentum\": \(s.momentum), "
        out += "\"rho\": \(s.rho), \"beta1\": \(s.beta1), \"beta2\": \(s.beta2), \"eps\": \(s.epsilon), "
        out += "\"step\": \(optimizer.step),\n    \"first\": [\(optimizer.first.map(numbers).joined(separator: ", "))],\n"
        out += "    \"second\": [\(optimizer.second.map(numbers).joined(separator: ", "))] }"
        return out
    }

    static func read(_ value: JSONValue, for network: Network<Float>) throws(ModelFileError) -> Optimizer<Float> {
        guard let kindName = value["kind"]?.string, let kind = OptimizerKind(rawValue: kindName) else {
            throw ModelFileError("optimizer.kind must be one of \(OptimizerKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        /// A setting within the range `set` allows: `lr` in (0, 10], the decays in [0, 1), `eps` in (0, 1].
        func setting(_ key: String, _ fallback: Double, _ allowed: (Double) -> Bool, _ range: String) throws(ModelFileError) -> Double {
            guard let entry = value[key] else { return fallback }
            guard let number = entry.number(Double.self), number.isFinite, allowed(number) else {
                throw ModelFileError("optimizer.\(key) must be a number in \(range)")
            }
            return number
        }
        let defaults = OptimizerSettings()
        let decay: (Double) -> Bool = { $0 >= 0 && $0 < 1 }
        var optimizer = Optimizer<Float>(OptimizerSettings(
            kind: kind, learningRate: try setting("lr", defaults.learningRate, { $0 > 0 && $0 <= 10 }, "(0, 10]"),
            momentum: try setting("momentum", defaults.momentum, decay, "[0, 1)"),
            rho: try setting("rho", defaults.rho, decay, "[0, 1)"), beta1: try setting("beta1", defaults.beta1, decay, "[0, 1)"),
            beta2: try setting("beta2", defaults.beta2, decay, "[0, 1)"),
            epsilon: try setting("eps", defaults.epsilon, { $0 > 0 && $0 <= 1 }, "(0, 1]")))
        let step: Int
        if let entry = value["step"] {
            guard let number = entry.number(Int.self), number >= 0, number <= Self.maximumStep else {
                throw ModelFileError("optimizer.step must be a whole number from 0 to \(Self.maximumStep)")
            }
            step = number
        } else {
            step = 0
        }
        let sizes = network.layers.flatMap { [$0.weights.values.count, $0.biases.count] }
        func slots(_ key: String) throws(ModelFileError) -> [[Float]] {
            guard let lists = value[key]?.array, !lists.isEmpty else { return [] }
            guard lists.count == sizes.count else {
                throw ModelFileError("optimizer.\(key) has \(lists.count) tensors, expected \(sizes.count)")
            }
            var result: [[Float]] = []
            for (index, list) in lists.enumerated() {
                let values = try ModelDocument.floats(list, "optimizer.\(key)")
                guard values.count == sizes[index] else {
                    throw ModelFileError("optimizer.\(key) tensor \(index + 1) has \(values.count) numbers, expected \(sizes[index])")
                }
                result.append(values)
            }
            return result
        }
        let first = try slots("first")
        let second = try slots("second")
        guard first.count == second.count else {
            throw ModelFileError("optimizer state is incomplete: save it again")
        }
        optimizer.restore(step: step, first: first, second: second)
        return optimizer
    }
}
