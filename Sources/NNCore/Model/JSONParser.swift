/// Why a JSON text could not be read.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line of the problem.
    public var line: Int
    /// What was wrong.
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

/// A recursive-descent reader of RFC 8259 JSON.
public struct JSONParser {
    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Parses one JSON value filling the whole text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the end of the value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func error(_ message: String) -> JSONSyntaxError {
        let line = bytes[..<min(position, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        return JSONSyntaxError(line: line, message: message)
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { position += 1 }
    }

    private mutating func expect(_ literal: String, _ result: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        for byte in literal.utf8 {
            guard current == byte else { throw error("expected '\(literal)'") }
            position += 1
        }
        return result
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard let c = current else { throw error("the text ends where a value should be (truncated file?)") }
        switch c {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character '\(Character(Unicode.Scalar(c)))'")
        }
    }

    private mutating func nested<R>(_ body: (inout JSONParser) throws(JSONSyntaxError) -> R) throws(JSONSyntaxError) -> R {
        depth += 1
        guard depth <= 256 else { throw error("values nested too deeply") }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try nested { (p: inout JSONParser) throws(JSONSyntaxError) -> JSONValue in
            p.position += 1
            var members: [String: JSONValue] = [:]
            p.skipSpace()
            if p.current == UInt8(ascii: "}") {
                p.position += 1
                return .object(members)
            }
            while true {
                p.skipSpace()
                guard p.current == UInt8(ascii: "\"") else { throw p.error("expected a member name in quotes") }
                let key = try p.string()
                p.skipSpace()
                guard p.current == UInt8(ascii: ":") else { throw p.error("expected ':' after \"\(key)\"") }
                p.position += 1
                p.skipSpace()
                members[key] = try p.value()
                p.skipSpace()
                switch p.current {
                case UInt8(ascii: ","): p.position += 1
                case UInt8(ascii: "}"):
                    p.position += 1
                    return .object(members)
                default: throw p.error("expected ',' or '}' in an object")
                }
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try nested { (p: inout JSONParser) throws(JSONSyntaxError) -> JSONValue in
            p.position += 1
            var elements: [JSONValue] = []
            p.skipSpace()
            if p.current == UInt8(ascii: "]") {
                p.position += 1
                return .array(elements)
            }
            while true {
                p.skipSpace()
                elements.append(try p.value())
                p.skipSpace()
                switch p.current {
                case UInt8(ascii: ","): p.position += 1
                case UInt8(ascii: "]"):
                    p.position += 1
                    return .array(elements)
                default: throw p.error("expected ',' or ']' in an array")
                }
            }
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        func digits(_ p: inout JSONParser) -> Int {
            let from = p.position
            while let c = p.current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { p.position += 1 }
            return p.position - from
        }
        if current == UInt8(ascii: "-") { position += 1 }
        guard digits(&self) > 0 else { throw error("a number needs digits") }
        if current == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw error("a number needs digits after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw error("a number needs digits in its exponent") }
        }
        return .number(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll(keepingCapacity: true)
        }
        while let c = current {
            position += 1
            switch c {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                guard let e = current else { break }
                position += 1
                switch e {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.count,
                          let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
                    else { throw error("bad \\u escape in a string") }
                    position += 4
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: scalars.append(Unicode.Scalar(e))
                }
            case 0..<0x20:
                throw error("control character inside a string")
            default:
                raw.append(c)
            }
        }
        throw error("a string is not closed (truncated file?)")
    }
}
