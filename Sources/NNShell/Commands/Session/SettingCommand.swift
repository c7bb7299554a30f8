/// The commands that change one setting (`seed 3`, `loss ce`, `init xavier`, `normalize on`,
/// `optimizer adam lr 0.01`): each is its `set` key under its own name, so it checks, applies and
/// confirms exactly as `set KEY VALUE` does. Options that name other settings are applied first.
enum SettingCommand {
    /// The table entry for the key called `name`.
    /// `synopsis` names the value in the usage line (default: the key's placeholder).
    static func command(_ name: String, synopsis: String? = nil, summary: String, help: String, examples: [String],
                        options: [OptionSpec] = [], changesPicture: Bool = false) -> Command {
        let key = SettingKey.declared(name)
        return Command(
            name, synopsis: synopsis ?? key.placeholder, summary: summary, help: help, examples: examples,
            arguments: 1...1, options: options,
            completion: { _, _ in CompletionSet(words: key.values) },
            changesPicture: changesPicture,
            run: { session, invocation, context in
                try session.applySettingOptions(invocation)
                context.console.line(try key.apply(invocation.arguments[0], to: &session, invocation))
            }
        )
    }

    static let seed = command(
        "seed", synopsis: "S",
        summary: "the seed for data, split, initialisation and shuffling",
        help: """
        Sets the seed used from now on for data, the split of loaded files, weight \
        initialisation and shuffling (default \(SettingKey.declared("seed").defaultText)). The same \
        script with the same seed prints the same numbers. 'dataset' draws from a fresh stream \
        seeded with S, so 'seed 3; dataset moons 400' gives the reference generator's points for seed 3.
        """,
        examples: ["seed 3"]
    )

    static let loss = command(
        "loss",
        summary: "choose the loss",
        help: """
        mse: mean squared error; bce: binary cross-entropy (needs a sigmoid output); ce: \
        categorical cross-entropy (needs a softmax output). Default: follows the output \
        (bce for sigmoid, ce for softmax); 'loss auto' goes back to that. The weights are kept.
        """,
        examples: ["loss mse", "loss ce"]
    )

    static let initializer = command(
        "init",
        summary: "choose how weights are drawn",
        help: """
        he: N(0, 2/fan_in); xavier: uniform ±√(6/(fan_in + fan_out)); normal: N(0, 0.1²). \
        Default: he for relu and leaky_relu hidden layers, xavier otherwise ('init auto' goes \
        back to that). Takes effect at the next 'net' or 'reset'.
        """,
        examples: ["init xavier", "reset"]
    )

    static let normalize = command(
        "normalize",
        summary: "standardise features with the training split's statistics",
        help: """
        With 'on', every feature is standardised with the mean and standard deviation of the \
        training split before the first layer; the statistics are saved with the model. \
        Default: \(SettingKey.declared("normalize").defaultText).
        """,
        examples: ["normalize on"],
        changesPicture: true
    )

    static let optimizer = command(
        "optimizer",
        summary: "choose the update rule and its settings",
        help: """
        The update rule and its settings, with PyTorch's update formulas (momentum and nesterov \
        as torch.optim.SGD, rmsprop without centring, adam without amsgrad); rho defaults to \
        \(SettingKey.declared("rho").defaultText) where PyTorch's alpha defaults to 0.99. The weights are kept; changing the rule \
        clears its state (velocities, moment averages).
        """,
        examples: ["optimizer adam lr 0.01", "optimizer momentum momentum 0.95"],
        options: [
            SettingKey.declared("lr").option(),
            SettingKey.declared("momentum").option("M"),
            SettingKey.declared("rho").option("R"),
            SettingKey.declared("beta1").option("B"),
            SettingKey.declared("beta2").option("B"),
            SettingKey.declared("eps").option("E"),
        ]
    )
}
