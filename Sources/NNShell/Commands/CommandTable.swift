/// The one table of commands: dispatch, usage lines, `help` and completion all read it. Each
/// command's entry sits in its own file beside its handler (`TrainCommand.command`).
enum CommandTable {
    /// Groups for `help`: a heading and the commands under it, in the order `help` lists them.
    static let groups: [(heading: String, commands: [Command])] = [
        ("Data", [DatasetCommand.command, FeaturesCommand.command, SettingCommand.normalize]),
        ("Network", [NetCommand.command, SettingCommand.loss, SettingCommand.optimizer, SettingCommand.initializer,
                     ResetCommand.command, SummaryCommand.command, WeightsCommand.command]),
        ("Training", [TrainCommand.command, StepCommand.command, EvalCommand.command, PredictCommand.command,
                      GradcheckCommand.command]),
        ("Plots", [PlotCommand.command]),
        ("Session", [SetCommand.command, ShowCommand.command, SettingCommand.seed, SaveCommand.command,
                     LoadCommand.command, RunCommand.command, DefaultsCommand.command, EchoCommand.command, ExpectCommand.command,
                     HistoryCommand.command, HelpCommand.command, QuitCommand.command]),
    ]

    /// Every command, in the order `help` lists them.
    static let all: [Command] = groups.flatMap(\.commands)

    /// Every name and alias.
    static let names: [String] = all.flatMap { [$0.name] + $0.aliases }

    /// The command called `name` (or with that alias).
    static func command(named name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }
}
