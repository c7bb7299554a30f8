import Foundation
import NNCore

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
    /// The notebooks being run, outermost first, as resolved paths (a `run` of one is a cycle).
    var running: [String] = []
    /// The folder a notebook from elsewhere is confined to (`nnb FILE.nnb` without `--trust`),
    /// as a resolved path; nil when paths are not confined.
    var confinement: String?
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

    /// `path` resolved against `baseDirectory` unless absolute; `~` and `~/` start at `$HOME`.
    ///
    /// - Throws: when the context is confined and the path, after resolving symbolic links and
    ///   `..`, lies outside ``confinement``.
    func resolve(_ path: String) throws(Diagnostic) -> String {
        let resolved: String
        if path.hasPrefix("/") {
            resolved = path
        } else if path == "~" || path.hasPrefix("~/") {
            resolved = PathResolution.home() + path.dropFirst()
        } else {
            resolved = URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).path
        }
        if let confinement, !PathResolution.isInside(PathResolution.real(resolved), folder: confinement) {
            throw Diagnostic("'\(TextSafety.shown(path))' is outside the notebook's folder \(TextSafety.shown(confinement)): a notebook reads and writes only inside its own folder; replay it with --trust to allow this")
        }
        return resolved
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
