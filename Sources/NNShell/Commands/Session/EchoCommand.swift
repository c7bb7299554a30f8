/// `echo TEXT`: prints its words, for notebooks that narrate.
enum EchoCommand {
    static let command = Command(
        "echo",
        synopsis: "TEXT",
        summary: "print text",
        help: "Prints TEXT, its words separated by one space (quote it to keep blanks).",
        examples: ["echo \"--- training ---\""],
        arguments: 0...10_000,
        run: { _, invocation, context in
            context.console.line(invocation.arguments.map(\.text).joined(separator: " "))
        }
    )
}
