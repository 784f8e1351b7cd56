/// A parsed JSON value. Numbers keep their source text so that integers of any size and
/// floats round-trip exactly.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// Members in source order; duplicate names are kept (readers decide, as Python's
    /// `dict` does, that the last one wins).
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The member named `name`, the last one when the name repeats (Python's `json.loads`).
    public subscript(name: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.last(where: { $0.0 == name })?.1
    }

    public var stringValue: String? {
        if case let .string(s) = self { return s }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case let .array(a) = self { return a }
        return nil
    }

    public var objectMembers: [(String, JSONValue)]? {
        if case let .object(m) = self { return m }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Python truthiness (`if v:`): `None`, `False`, zero, `""`, `[]` and `{}` are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case let .bool(b): return b
        case let .number(n): return !n.isZero
        case let .string(s): return !s.isEmpty
        case let .array(a): return !a.isEmpty
        case let .object(m): return !m.isEmpty
        }
    }

    /// A short description of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let n): return n.isInteger ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON number as written.
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    /// The literal (`12`, `-0.5e3`, `NaN`, `Infinity`).
    public let text: String

    public init(text: String) { self.text = text }
    public init(_ value: Int) { self.text = String(value) }

    /// True when the literal has no fraction or exponent.
    public var isInteger: Bool {
        !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
            && text != "NaN" && !text.hasSuffix("Infinity")
    }

    /// The value as an `Int` if it is an integer literal that fits, or a float literal
    /// with an integral value (Python compares `3.0 == 3`).
    public var intValue: Int? {
        if isInteger { return Int(text) }
        guard let d = Double(text), d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    public var doubleValue: Double? {
        switch text {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: return Double(text)
        }
    }

    var isZero: Bool { doubleValue == 0 }

    public var description: String { text }
}
