/// A parsed JSON value. Numbers keep their source text, so a Float written in shortest
/// round-trip form reads back to the same bits without passing through Double.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The elements of an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text of a string.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A number read as `T` from its source text.
    public func number<T: LosslessStringConvertible>(_: T.Type = T.self) -> T? {
        if case .number(let text) = self { return T(text) }
        return nil
    }
}
