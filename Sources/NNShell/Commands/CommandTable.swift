/// The one table of commands: dispatch, usage lines, `help` and completion all read it.
public enum CommandTable {
    /// Every command, in the order `help` lists them.
    public static let all: [Command] = dataCommands + networkCommands + trainingCommands
        + plotCommands + sessionCommands

    /// Every name and alias.
    public static let names: [String] = all.flatMap { [$0.name] + $0.aliases }

    /// The command called `name` (or with that alias).
    public static func command(named name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Groups for `help`: a heading and the commands under it.
    static var groups: [(String, [Command])] {
        [("Data", dataCommands), ("Network", networkCommands), ("Training", trainingCommands),
         ("Plots", plotCommands), ("Session", sessionCommands)]
    }
}
