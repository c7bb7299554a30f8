/// The optional `"optimizer"` entry of a model file: the rule, its settings and its state, so
/// training can resume where it stopped.
enum OptimizerRecord {
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
        func setting(_ key: String, _ fallback: Double) -> Double { value[key]?.number(Double.self) ?? fallback }
        let defaults = OptimizerSettings()
        var optimizer = Optimizer<Float>(OptimizerSettings(
            kind: kind, learningRate: setting("lr", defaults.learningRate), momentum: setting("momentum", defaults.momentum),
            rho: setting("rho", defaults.rho), beta1: setting("beta1", defaults.beta1), beta2: setting("beta2", defaults.beta2),
            epsilon: setting("eps", defaults.epsilon)))
        let step = value["step"]?.number(Int.self) ?? 0
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
        guard first.count == second.count, step >= 0 else {
            throw ModelFileError("optimizer state is incomplete: save it again")
        }
        optimizer.restore(step: step, first: first, second: second)
        return optimizer
    }
}
