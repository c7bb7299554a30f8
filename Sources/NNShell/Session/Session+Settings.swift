import NNCore

extension Session {
    /// Hands the optimizer settings to the trainer: the same rule keeps its state, a new rule
    /// starts fresh. The weights are never touched.
    mutating func applyOptimizerSettings() {
        guard var model else { return }
        let settings = self.settings.optimizerSettings
        if model.trainer.optimizer.settings.kind == settings.kind {
            model.trainer.optimizer.settings = settings
        } else {
            model.trainer.optimizer = Optimizer(settings)
        }
        self.model = model
    }

    /// Applies every option of `invocation` that names a setting, through that setting's key,
    /// so `train lr 0.05` changes the learning rate exactly as `set lr 0.05` does.
    mutating func applySettingOptions(_ invocation: Invocation) throws {
        for spec in invocation.command.options {
            guard let name = spec.setting, let value = invocation.options[spec.name]?.value else { continue }
            _ = try SettingKey.declared(name).apply(value, to: &self, invocation)
        }
    }

    /// Sets the loss (nil: follow the output) and applies it to the network, keeping the weights.
    mutating func setLoss(_ loss: Loss?) throws {
        if var model {
            let chosen = loss ?? Loss.natural(for: model.network.outputActivation)
            do {
                model.network = try Network(layers: model.network.layers, loss: chosen)
            } catch {
                throw Diagnostic(error.advice)
            }
            self.model = model
        }
        settings.loss = loss
    }

    /// Splits the data again with the current validation fraction; returns a note for `set val`.
    mutating func resplit() -> String {
        guard let data else { return "" }
        do {
            self.data = try DataState(name: data.name, all: data.all, fraction: settings.validationFraction,
                                      shuffleSeed: data.shuffleSeed)
            try refreshNormalizerForData()
        } catch {
            return ""
        }
        return self.data.map { ": train \($0.train.rows) / val \($0.validation.rows)" } ?? ""
    }
}

extension Settings {
    /// The optimizer settings in words: `adam lr 0.01 beta1 0.9 beta2 0.999 eps 1e-08`.
    var optimizerDescription: String {
        var parts = [optimizer.rawValue, "lr \(NumberFormat.short(learningRate))"]
        switch optimizer {
        case .sgd: break
        case .momentum, .nesterov: parts.append("momentum \(NumberFormat.short(momentum))")
        case .rmsprop:
            parts += ["rho \(NumberFormat.short(rho))", "eps \(NumberFormat.short(epsilon))"]
        case .adam:
            parts += ["beta1 \(NumberFormat.short(beta1))", "beta2 \(NumberFormat.short(beta2))",
                      "eps \(NumberFormat.short(epsilon))"]
        }
        return parts.joined(separator: " ")
    }
}
