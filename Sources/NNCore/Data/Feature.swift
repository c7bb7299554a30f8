import Foundation

/// An input feature computed from the first two raw input columns x1 and x2 of a row.
///
/// The raw value is the name used in commands and column headers.
public enum Feature: String, CaseIterable, Sendable {
    /// x1, the first input column.
    case x1 = "x1"
    /// x2, the second input column.
    case x2 = "x2"
    /// x1².
    case x1Squared = "x1^2"
    /// x2².
    case x2Squared = "x2^2"
    /// x1·x2.
    case x1TimesX2 = "x1*x2"
    /// sin(x1).
    case sinX1 = "sin(x1)"
    /// sin(x2).
    case sinX2 = "sin(x2)"

    /// The feature named `name` (surrounding spaces ignored, case-insensitive).
    ///
    /// - Throws: `DataError` naming the unknown feature, the nearest known name if any, and the list.
    public init(parsing name: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let names = Self.allCases.map(\.rawValue)
        guard let feature = Self.allCases.first(where: {
            $0.rawValue.caseInsensitiveCompare(trimmed) == .orderedSame
        }) else {
            let hint = suggestionClause(for: trimmed, in: names)
            throw DataError("unknown feature '\(trimmed)'.\(hint) Features are \(names.joined(separator: ", "))")
        }
        self = feature
    }

    /// The feature's value at the point (x1, x2).
    public func value(x1: Double, x2: Double) -> Double {
        switch self {
        case .x1: x1
        case .x2: x2
        case .x1Squared: x1 * x1
        case .x2Squared: x2 * x2
        case .x1TimesX2: x1 * x2
        case .sinX1: sin(x1)
        case .sinX2: sin(x2)
        }
    }
}
