import Foundation
import IFEvalEngine

/// Loads a committed test-vector file from the test bundle.
enum Vectors {
    static func load(_ name: String) throws -> JSONValue {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw VectorError(message: "missing vector file \(name).json")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try JSONParser.parse(text)
    }

    struct VectorError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
