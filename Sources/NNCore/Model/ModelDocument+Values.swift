/// Text and list helpers for the model file.
extension ModelDocument {
    static func strings(_ value: JSONValue?, _ key: String) throws(ModelFileError) -> [String] {
        guard let items = value?.array else { throw ModelFileError("\"\(key)\" must be a list of names") }
        var names: [String] = []
        for item in items {
            guard let name = item.string else { throw ModelFileError("\"\(key)\" must hold only strings") }
            names.append(name)
        }
        return names
    }

    static func floats(_ value: JSONValue?, _ key: String) throws(ModelFileError) -> [Float] {
        guard let items = value?.array else { throw ModelFileError("\(key) must be a list of numbers") }
        var numbers: [Float] = []
        numbers.reserveCapacity(items.count)
        for item in items {
            guard let x = item.number(Float.self), x.isFinite else {
                throw ModelFileError("\(key) must hold only finite numbers")
            }
            numbers.append(x)
        }
        return numbers
    }

    static func doubles(_ value: JSONValue?, _ key: String) throws(ModelFileError) -> [Double] {
        guard let items = value?.array else { throw ModelFileError("\(key) must be a list of numbers") }
        var numbers: [Double] = []
        for item in items {
            guard let x = item.number(Double.self), x.isFinite else {
                throw ModelFileError("\(key) must hold only finite numbers")
            }
            numbers.append(x)
        }
        return numbers
    }
}

/// A JSON string literal.
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case let s where s.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count) + String(s.value, radix: 16)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// A JSON list of numbers in shortest round-trip form.
func numbers<T: NNScalar>(_ values: [T]) -> String {
    "[" + values.map { $0.description }.joined(separator: ", ") + "]"
}
