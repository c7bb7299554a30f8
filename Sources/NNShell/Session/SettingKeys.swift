import NNCore

extension NumberRange {
    /// Seeds: any integer a Double holds exactly.
    static let seed = NumberRange(-9_007_199_254_740_992, 9_007_199_254_740_992, integer: true)
    /// Learning rates: 0 < η ≤ 10.
    static let learningRate = NumberRange(0, 10, lowerOpen: true)
    /// Mini-batch sizes.
    static let batch = NumberRange.integers(1, 1_000_000)
    /// Epoch counts: 1 to 1e9.
    static let epochs = NumberRange.integers(1, 1_000_000_000)
    /// L1 and L2 strengths.
    static let penalty = NumberRange(0, 10)
    /// Decay rates μ, ρ, β: 0 ≤ x < 1.
    static let decay = NumberRange(0, 1, upperOpen: true)
    /// ε: 0 < ε ≤ 1.
    static let epsilon = NumberRange(0, 1, lowerOpen: true)
    /// Validation fractions: 0 ≤ F < 1.
    static let validation = NumberRange(0, 1, upperOpen: true)
    /// Plot file sides in pixels.
    static let imageSide = NumberRange.integers(16, 8192)
}

extension SettingKey {
    /// Every key of `set` and `show`, in the order `show` lists them.
    static let all: [SettingKey] = [
        integer("seed", "seed for data, split, initialisation and shuffling", .seed, \.seed),
        number("lr", "learning rate", .learningRate, \.learningRate, after: weightsKept),
        integer("batch", "mini-batch size", .batch, \.batch),
        integer("epochs", "epochs 'train' runs when not told", .epochs, \.epochs),
        choice("optimizer", "update rule", OptimizerKind.allCases.map(\.rawValue), what: "optimizer",
               text: { $0.settings.optimizer.rawValue }) { session, word in
            let before = session.model?.trainer.optimizer.settings.kind
            session.settings.optimizer = OptimizerKind(rawValue: word) ?? .sgd
            session.applyOptimizerSettings()
            let state = before.map { $0 == session.settings.optimizer ? " (weights kept)" : " (optimizer state cleared, weights kept)" }
            return "optimizer \(session.settings.optimizerDescription)\(state ?? "")"
        },
        choice("loss", "loss; auto follows the output: bce for sigmoid, ce for softmax", Loss.allCases.map(\.rawValue) + ["auto"],
               what: "loss", text: { $0.settings.loss?.rawValue ?? "auto" }) { session, word in
            try session.setLoss(Loss(rawValue: word))
            guard let model = session.model else { return "loss \(word)" }
            return word == "auto" ? "loss auto (\(model.network.loss.rawValue) now; weights kept)" : "loss \(word) (weights kept)"
        },
        choice("init", "weight initialisation; auto: he for relu and leaky_relu, xavier otherwise",
               Initializer.allCases.map(\.rawValue) + ["auto"], what: "init",
               text: { $0.settings.initializer?.rawValue ?? "auto" }) { session, word in
            session.settings.initializer = Initializer(rawValue: word)
            return "init \(word): takes effect at the next 'net' or 'reset'"
        },
        number("l1", "L1 penalty on the weights", .penalty, \.l1),
        number("l2", "L2 penalty on the weights", .penalty, \.l2),
        number("momentum", "μ for momentum and nesterov", .decay, \.momentum, after: weightsKept),
        number("rho", "ρ for rmsprop", .decay, \.rho, after: weightsKept),
        number("beta1", "β₁ for adam", .decay, \.beta1, after: weightsKept),
        number("beta2", "β₂ for adam", .decay, \.beta2, after: weightsKept),
        number("eps", "ε for rmsprop and adam", .epsilon, \.epsilon, after: weightsKept),
        SettingKey("every", "K", "a metrics line every K epochs; auto: about ten per run", kind: .number(.epochs),
                   text: { $0.settings.every == 0 ? "auto" : String($0.settings.every) }) { session, words, invocation in
            if words[0].text == "auto" { session.settings.every = 0 } else {
                session.settings.every = Int(try Invocation.number(words[0], named: "every", in: .integers(0, 1_000_000_000),
                                                                   hint: invocation.command.usageHint))
            }
            return "every \(session.settings.every == 0 ? "auto" : String(session.settings.every))"
        },
        integer("patience", "early-stopping patience in epochs; 0: never stop early", .integers(0, 1_000_000_000), \.patience),
        number("val", "fraction held out for validation", .validation, \.validationFraction) { session in
            session.resplit()
        },
        choice("color", "colour in the output", ColorMode.allCases.map(\.rawValue),
               text: { $0.settings.color.rawValue }) { session, word in
            session.settings.color = ColorMode(rawValue: word) ?? .auto
            return "color \(word)"
        },
        SettingKey("size", "W H", "image size of plot files in pixels", arity: 2,
                   text: { "\($0.settings.imageWidth) \($0.settings.imageHeight)" }) { session, words, invocation in
            let hint = invocation.command.usageHint
            session.settings.imageWidth = Int(try Invocation.number(words[0], named: "width", in: .imageSide, hint: hint))
            session.settings.imageHeight = Int(try Invocation.number(words[1], named: "height", in: .imageSide, hint: hint))
            return "size \(session.settings.imageWidth) \(session.settings.imageHeight)"
        },
        choice("live", "redraw the boundary (or, with 'network', the network diagram) and the curves in place while 'train' runs at the shell",
               ["on", "off", "network"], text: { $0.settings.live.rawValue }) { session, word in
            session.settings.live = LiveMode(rawValue: word) ?? .off
            return "live \(word)"
        },
        SettingKey("pace", "auto|off|N", "live training's speed: auto spreads a run over about four seconds, N trains at most N epochs a second, off as fast as it can",
                   kind: .choice(["auto", "off"]), text: { $0.settings.pace.description }) { session, words, invocation in
            guard let pace = TrainingPace.Mode(word: words[0].text) else {
                throw Diagnostic("pace must be auto, off or a number of epochs per second above 0, not '\(words[0].text)'",
                                 at: words[0], hint: invocation.command.usageHint)
            }
            session.settings.pace = pace
            return "pace \(pace)"
        },
        choice("normalize", "standardise features with the training split's mean and std", ["on", "off"], what: "value",
               text: { $0.settings.normalize ? "on" : "off" }) { session, word in
            session.settings.normalize = word == "on"
            try session.refreshNormalizer()
            return session.settings.normalize
                ? "normalize on: features are standardised with the training split's mean and std"
                : "normalize off: features go to the network as they are"
        },
        choice("blas", "send products too large for nnb's own kernels to BLAS (default on; off: the same numbers on every machine)",
               ["on", "off"], text: { $0.settings.blas ? "on" : "off" }) { session, word in
            session.settings.blas = word == "on"
            MatrixProduct.allowsBLAS = session.settings.blas
            return "blas \(word)"
        },
    ]

    /// The key called `name`.
    static func named(_ name: String) -> SettingKey? {
        all.first { $0.name == name }
    }

    /// The key called `name`, which the table declares (a missing one is a programming error
    /// that the command-table tests catch).
    static func declared(_ name: String) -> SettingKey {
        guard let key = named(name) else { preconditionFailure("no setting key '\(name)'") }
        return key
    }

    private static let weightsKept: @Sendable (inout Session) -> String = { session in
        session.applyOptimizerSettings()
        return session.model == nil ? "" : " (weights kept)"
    }
}
