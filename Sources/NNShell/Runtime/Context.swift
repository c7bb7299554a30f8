import Foundation

/// What a command may use beyond the session: the console, where relative paths start, and how
/// the shell is being driven.
package final class Context: @unchecked Sendable {
    let console: Console
    /// Whether a person is typing at a prompt (errors show a caret; progress is live).
    let interactive: Bool
    /// The folder relative paths resolve against: the notebook's own, or the current one.
    var baseDirectory: String
    /// Whether `run` prints cell titles and the `nnb> command` echo.
    var echo: Bool
    /// How deep `run` has nested.
    var depth = 0
    /// Set by `quit`.
    var quitRequested = false
    /// The executed-notebook report being written (`nnb FILE.nnb --report DIR`), if any.
    var report: ReportRecorder?

    /// A context writing to `console`.
    package init(console: Console, interactive: Bool = false,
                baseDirectory: String = FileManager.default.currentDirectoryPath, echo: Bool = true) {
        self.console = console
        self.interactive = interactive
        self.baseDirectory = baseDirectory
        self.echo = echo
    }

    /// `path` resolved against `baseDirectory` unless absolute; `~/` is the home folder.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") {
            return NSString(string: path).expandingTildeInPath
        }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).path
    }

    /// A picture drawn as terminal text: shown on the screen, left out of a report (which gets
    /// the picture as an image).
    func display(_ text: String) {
        console.screenLine(text)
    }

    /// Whether output should be coloured under `mode`.
    func color(_ mode: ColorMode) -> Bool {
        switch mode {
        case .on: true
        case .off: false
        case .auto: console.colorAllowed
        }
    }
}
