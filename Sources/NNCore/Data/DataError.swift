import Foundation

/// A problem with a data set, its CSV text, a split or a feature list.
///
/// The message is one line that names what is wrong and how to fix it, ready to show to a user.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The one-line message: the problem, then the fix.
    public let message: String

    /// An error carrying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The message, for `localizedDescription`.
    public var errorDescription: String? { message }
}
