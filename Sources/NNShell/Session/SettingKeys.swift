import NNCore

extension SettingKey {
    private static let weightsKept: @Sendable (inout Session) -> String = { session in
        session.applyOptimizerSettings()
        return session.model == nil ? "" : " (weights kept)"
    }

    /// Every key of `set` and `show`, in the order `show` lists them.
    static let all: [SettingKey] = [
        integer("seed", "seed for data, split, initialisation and shuffling (default 0)", CommandTable.seedRange, \.seed),
        number("lr", "learning rate (default 0.1)", CommandTable.learningRateRange, \.learningRate, after: weightsKept),
        integer("batch", "mini-batch size (default 32)", CommandTable.batchRange, \.batch),
        integer("epochs", "epochs 'train' runs when not told (default 100)", CommandTable.epochRange, \.epochs),
        choice("optimizer", "update rule (default sgd)", OptimizerKind.allCases.map(\.rawValue),
               text: { $0.settings.optimizer.rawValue }) { session, word in
            let changed = session.model.map { $0.trainer.optimizer.settings.kind.rawValue != word } ?? false
            session.settings.optimizer = OptimizerKind(rawValue: word) ?? .sgd
            session.applyOptimizerSettings()
            return "optimizer \(word)" + (session.model == nil ? "" : changed ? " (optimizer state cleared, weights kept)" : " (weights kept)")
        },
        choice("loss", "loss (default auto: bce for sigmoid, ce for softmax)", Loss.allCases.map(\.rawValue) + ["auto"],
               text: { $0.settings.loss?.rawValue ?? "auto" }) { session, word in
            try session.setLoss(Loss(rawValue: word))
            return "loss \(word)"
        },
        choice("init", "weight initialisation (default auto: he for relu, xavier otherwise)",
               Initializer.allCases.map(\.rawValue) + ["auto"],
               text: { $0.settings.initializer?.rawValue ?? "auto" }) { session, word in
            session.settings.initializer = Initializer(rawValue: word)
            return "init \(word): takes effect at the next 'net' or 'reset'"
        },
        number("l1", "L1 penalty on the weights (default 0)", CommandTable.penaltyRange, \.l1),
        number("l2", "L2 penalty on the weights (default 0)", CommandTable.penaltyRange, \.l2),
        number("momentum", "μ for momentum and nesterov (default 0.9)", CommandTable.decayRange, \.momentum, after: weightsKept),
        number("rho", "ρ for rmsprop (default 0.9)", CommandTable.decayRange, \.rho, after: weightsKept),
        number("beta1", "β₁ for adam (default 0.9)", CommandTable.decayRange, \.beta1, after: weightsKept),
        number("beta2", "β₂ for adam (default 0.999)", CommandTable.decayRange, \.beta2, after: weightsKept),
        number("eps", "ε for rmsprop and adam (default 1e-8)", NumberRange(0, 1, lowerOpen: true), \.epsilon, after: weightsKept),
        SettingKey("every", "K", "metrics line every K epochs; 0 = about ten per run (default 0)",
                   text: { $0.settings.every == 0 ? "auto" : String($0.settings.every) }) { session, words, invocation in
            if words[0].text == "auto" { session.settings.every = 0 } else {
                session.settings.every = Int(try Invocation.number(words[0], named: "every", in: .integers(0, 1_000_000_000),
                                                                   hint: invocation.command.usageHint))
            }
            return "every \(session.settings.every == 0 ? "auto" : String(session.settings.every))"
        },
        integer("patience", "early-stopping patience in epochs; 0 = never (default 0)", .integers(0, 1_000_000_000), \.patience),
        number("val", "fraction held out for validation (default 0.2)", CommandTable.validationRange, \.validationFraction) { session in
            session.resplit()
        },
        choice("color", "colour in the output (default auto)", ColorMode.allCases.map(\.rawValue),
               text: { $0.settings.color.rawValue }) { session, word in
            session.settings.color = ColorMode(rawValue: word) ?? .auto
            return "color \(word)"
        },
        SettingKey("size", "W H", "image size of plot files in pixels (default 640 480)", arity: 2,
                   text: { "\($0.settings.imageWidth) \($0.settings.imageHeight)" }) { session, words, invocation in
            let range = NumberRange.integers(16, 8192)
            session.settings.imageWidth = Int(try Invocation.number(words[0], named: "width", in: range, hint: invocation.command.usageHint))
            session.settings.imageHeight = Int(try Invocation.number(words[1], named: "height", in: range, hint: invocation.command.usageHint))
            return "size \(session.settings.imageWidth) \(session.settings.imageHeight)"
        },
        choice("live", "redraw the boundary and curves in place while 'train' runs on a terminal (default off)",
               ["on", "off"], text: { $0.settings.live ? "on" : "off" }) { session, word in
            session.settings.live = word == "on"
            return "live \(word)"
        },
        choice("normalize", "standardise features (default off)", ["on", "off"],
               text: { $0.settings.normalize ? "on" : "off" }) { session, word in
            session.settings.normalize = word == "on"
            try session.refreshNormalizer()
            return "normalize \(word)"
        },
    ]

    /// The key called `name`.
    static func named(_ name: String) -> SettingKey? {
        all.first { $0.name == name }
    }
}

extension Session {
    /// Sets the loss (nil: follow the output) and applies it to the network, keeping the weights.
    mutating func setLoss(_ loss: Loss?) throws {
        if var model {
            let chosen = loss ?? Loss.natural(for: model.network.outputActivation)
            do {
                model.network = try Network(layers: model.network.layers, loss: chosen)
            } catch {
                throw Diagnostic(error.description)
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
