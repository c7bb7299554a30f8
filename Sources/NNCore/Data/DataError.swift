import Foundation

/// A problem with a data set, its CSV text, a split or a feature list.
///
/// The message is one line that names what is wrong and how to fix it, ready to show to a user.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The one-line message: the problem, then the fix (`line N: …` when it names a line).
    public let message: String
    /// The line of the text the problem is on, when it is about one line.
    public let line: Int?
    /// The message without its `line N: ` prefix.
    public let detail: String

    /// An error carrying `message`.
    public init(_ message: String) {
        self.message = message
        line = nil
        detail = message
    }

    /// An error about line `line` of a text: `line N: detail`.
    public init(line: Int, _ detail: String) {
        message = "line \(line): \(detail)"
        self.line = line
        self.detail = detail
    }

    /// The message for a file: `FILE:LINE: detail`, or `FILE: message` without a line.
    public func located(in file: String) -> String {
        line.map { "\(file):\($0): \(detail)" } ?? "\(file): \(message)"
    }

    /// The message.
    public var description: String { message }

    /// The message, for `localizedDescription`.
    public var errorDescription: String? { message }
}
