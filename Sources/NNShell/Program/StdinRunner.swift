import Foundation

/// Commands read from stdin when it is not a terminal: no prompt, each line run as it arrives,
/// errors as `<stdin>:LINE: error: ...`; `%% md` cells are skipped as in a notebook.
struct StdinRunner {
    let console: Console
    let keepGoing: Bool

    /// Runs every line; returns whether any command failed.
    func run(session: inout Session) -> Bool {
        let context = Context(console: console, echo: false)
        var number = 0
        var failed = false
        var inText = false
        while let raw = readLine(strippingNewline: true) {
            number += 1
            var line = raw
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.hasPrefix("%%") {
                let title = String(line.dropFirst(2)).trimmingSpaces
                inText = title == "md" || title.hasPrefix("md ")
                continue
            }
            if inText { continue }
            let failures = Replay.runLine(line, number: number, file: "<stdin>", session: &session, context: context,
                                          keepGoing: keepGoing, echo: nil) { diagnostic in
                console.error(DiagnosticRenderer.script(diagnostic, file: "<stdin>", line: number))
            }
            failed = failed || failures > 0
            if (failures > 0 && !keepGoing) || context.quitRequested { break }
        }
        return failed
    }
}
