/// `defaults`: every setting `show` lists back to its default. Data and network are kept: the
/// network keeps the loss, initialisation and normalisation it was built with until the next
/// `net`, and `val` takes effect at the next `dataset`.
enum DefaultsCommand {
    static let command = Command(
        "defaults",
        synopsis: "",
        summary: "every setting back to its default; data and network are kept",
        help: """
        Puts every setting that 'show' lists back to its default (seed 0, lr 0.1, batch 32, \
        optimizer sgd, no penalties, ...). The data and the network stay: the network keeps its \
        loss, initialisation and normalisation until the next 'net', and 'val' takes effect at the \
        next 'dataset'.
        """,
        examples: ["train 300 lr 0.03 batch 16", "defaults", "show"],
        run: { session, _, context in
            let changed = SettingKey.all.filter { key in key.text(Session()) != key.text(session) }.map(\.name)
            session.settings = Settings()
            context.console.line(changed.isEmpty ? "every setting is already at its default"
                                 : "defaults restored: \(changed.joined(separator: " "))")
        }
    )
}
