import NNCore

extension CommandTable {
    static let penaltyRange = NumberRange(0, 10)

    static let sessionCommands: [Command] = [
        Command(
            "set",
            usage: "set KEY VALUE",
            summary: "change a setting (see 'show' for all of them)",
            help: """
            Changes one setting. Keys: \(SettingKey.all.map(\.name).joined(separator: " ")). \
            'help set' lists them with their defaults. Changing lr or another optimizer setting \
            keeps the weights; 'set val' splits the data again.
            """,
            examples: ["set lr 0.05", "set batch 16", "set size 800 600"],
            arguments: 2...3,
            completion: { position, previous in
                position == 0 ? CompletionSet(words: SettingKey.all.map(\.name))
                    : CompletionSet(words: SettingKey.named(previous.first ?? "")?.values ?? [])
            },
            run: { session, invocation, context in
                let name = try invocation.choice(at: 0, from: SettingKey.all.map(\.name), what: "setting")
                guard let key = SettingKey.named(name) else { return }
                let words = Array(invocation.arguments.dropFirst())
                guard words.count == key.arity else {
                    throw invocation.error(words.count < key.arity ? "missing value: set \(name) \(key.placeholder)"
                                           : "unexpected argument '\(words[key.arity].text)': set \(name) \(key.placeholder)",
                                           at: words.count < key.arity ? nil : key.arity + 1)
                }
                context.console.line(try key.apply(&session, words, invocation))
            }
        ),
        Command(
            "show",
            usage: "show [KEY]",
            summary: "the settings, marking those changed from the defaults",
            help: "Lists every setting (or one) with its value; '*' marks a value that differs from the default, which is shown beside it. Then the data and the network.",
            examples: ["show", "show lr"],
            arguments: 0...1,
            completion: { _, _ in CompletionSet(words: SettingKey.all.map(\.name)) },
            run: { session, invocation, context in
                try ShowCommand.run(session, invocation, context)
            }
        ),
        Command(
            "seed",
            usage: "seed S",
            summary: "the seed for data, split, initialisation and shuffling",
            help: """
            Sets the seed (default 0) used from now on for data, the split of loaded files, \
            weight initialisation and shuffling. The same script with the same seed prints the \
            same numbers. 'dataset' draws from a fresh stream seeded with S, so 'seed 3; dataset \
            moons 400' gives the reference generator's points for seed 3.
            """,
            examples: ["seed 3"],
            arguments: 1...1,
            run: { session, invocation, context in
                session.settings.seed = Int(try invocation.number(at: 0, named: "seed", in: seedRange))
                context.console.line("seed \(session.settings.seed)")
            }
        ),
        Command(
            "save",
            usage: "save FILE.json",
            summary: "write the model file",
            help: "Writes the network, its features, normalisation, classes and optimizer state to FILE.json (the nnb-model format), atomically.",
            examples: ["save model.json"],
            arguments: 1...1,
            completion: { _, _ in .files },
            run: ModelFileCommand.save
        ),
        Command(
            "load",
            usage: "load FILE.json",
            summary: "read a model file",
            help: "Restores the network, features and normalisation from FILE.json (and the optimizer state when the file has it). 'predict' works right after, with no data.",
            examples: ["load model.json", "predict 0.5 0.5"],
            arguments: 1...1,
            completion: { _, _ in .files },
            run: ModelFileCommand.load
        ),
        Command(
            "run",
            usage: "run FILE.nnb",
            summary: "replay a notebook script in this session",
            help: """
            Replays FILE.nnb from a fresh session (default settings, no data, no network), as \
            'nnb FILE.nnb' would, printing what 'nnb -q FILE.nnb' prints, and leaves the session \
            where the notebook ends, to explore from there. Relative paths in it resolve against \
            its own folder. It stops at the first failing command and then changes nothing.
            """,
            examples: ["run notebooks/features.nnb"],
            arguments: 1...1,
            completion: { _, _ in .files },
            run: RunCommand.run
        ),
        DefaultsCommand.command,
        Command(
            "echo",
            usage: "echo TEXT",
            summary: "print text",
            help: "Prints TEXT, its words separated by one space (quote it to keep blanks).",
            examples: ["echo \"--- training ---\""],
            arguments: 0...10_000,
            run: { _, invocation, context in
                context.console.line(invocation.arguments.map(\.text).joined(separator: " "))
            }
        ),
        Command(
            "expect",
            usage: "expect METRIC OP VALUE\n       expect error COMMAND ...",
            summary: "fail unless a metric compares true (notebooks check themselves)",
            help: """
            Fails as an error unless METRIC of the current weights, as of the last 'train' or \
            'eval' (loss acc val_loss val_acc; or epochs trained so far), compares true with \
            VALUE. OP is one of < <= > >=. 'expect error COMMAND ...' runs COMMAND and fails \
            unless it fails: it prints the error COMMAND gave and, like any failing command, \
            COMMAND changes nothing; a notebook can show a mistake (a diverging learning rate, \
            a wrong size) and carry on.
            """,
            examples: ["expect val_acc >= 0.9", "expect loss < 0.3", "expect epochs >= 100",
                       "expect error net 3 8 1"],
            arguments: 2...Int.max,
            completion: { position, _ in
                position == 0 ? CompletionSet(words: ExpectCommand.metrics + ["error"])
                    : position == 1 ? CompletionSet(words: ExpectCommand.operators) : .none
            },
            run: ExpectCommand.run
        ),
        Command(
            "history",
            usage: "history [N]\n       history save FILE.csv",
            summary: "the per-epoch metrics table",
            help: "The per-epoch metrics (epoch loss acc val_loss val_acc), the last N epochs when N is given; 'history save' writes all of it as CSV.",
            examples: ["history 10", "history save history.csv"],
            arguments: 0...2,
            completion: { position, previous in
                position == 0 ? CompletionSet(words: ["save"]) : (previous.first == "save" ? .files : .none)
            },
            run: HistoryCommand.run
        ),
        Command(
            "help",
            usage: "help [COMMAND]",
            summary: "the command list, or one command's usage, defaults and examples",
            help: "Without a command, lists every command. With one, prints its usage, what it does, its options with their defaults, and examples.",
            examples: ["help", "help train"],
            arguments: 0...1,
            completion: { _, _ in CompletionSet(words: CommandTable.all.map(\.name)) },
            run: { _, invocation, context in
                try HelpCommand.run(invocation, context)
            }
        ),
        Command(
            "quit",
            aliases: ["exit"],
            usage: "quit",
            summary: "leave nnb (also 'exit' and Ctrl-D)",
            help: "Leaves the shell; in a script, stops it. History is kept in $NNB_HISTORY or ~/.nnb_history.",
            examples: ["quit"],
            run: { _, _, context in
                context.quitRequested = true
            }
        ),
    ]
}
