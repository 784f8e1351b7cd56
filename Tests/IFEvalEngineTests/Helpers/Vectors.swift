import Foundation
import IFEvalEngine

/// Loads a committed test-vector file from the test bundle.
enum Vectors {
    static func load(_ name: String) throws -> JSONValue {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw VectorError(message: "missing vector file \(name).json")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        // json_vectors.json holds Python strings with lone surrogates; they load as U+FFFD.
        return try JSONParser.parse(text, loneSurrogates: .replace)
    }

    struct VectorError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension Vectors {
    /// Membership of every code point in a list of `[first, last]` ranges stored under
    /// `name` in a vector file.
    static func rangeMembership(_ file: String, _ name: String) throws -> [Bool] {
        let vectors = try load(file)
        var member = [Bool](repeating: false, count: 0x110000)
        for range in vectors[name]?.arrayValue ?? [] {
            let bounds = (range.arrayValue ?? []).compactMap { value -> Int? in
                if case let .number(n) = value { return n.intValue } else { return nil }
            }
            for cp in bounds[0]...bounds[1] { member[cp] = true }
        }
        return member
    }
}
