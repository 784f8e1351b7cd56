import Testing
import IFEvalEngine

/// The parser accepts exactly what CPython 3.11's `json.loads` accepts and decodes the
/// same strings (`Scripts/oracle/json_vectors.py`).
@Suite struct JSONParserTests {
    static func strings(_ value: JSONValue, into out: inout [String]) {
        switch value {
        case let .string(s): out.append(s)
        case let .array(elements): for element in elements { strings(element, into: &out) }
        case let .object(members):
            for (name, member) in members {
                out.append(name)
                strings(member, into: &out)
            }
        default: break
        }
    }

    /// A skipped member is checked like any value (a text with it fails exactly when the
    /// full parse fails) and stands as the empty value of its type; the other members are
    /// built as usual.
    @Test func skippedMembersAreCheckedButNotBuilt() throws {
        let vectors = try #require(try Vectors.load("json_vectors").arrayValue)
        func empty(of value: JSONValue) -> JSONValue {
            switch value {
            case .string: return .string("")
            case .array: return .array([])
            case .object: return .object([])
            default: return value
            }
        }
        var checked = 0
        for vector in vectors {
            let text = "{\"a\": [1, \"x\"], \"response\": " + vector["text"]!.stringValue! + ", \"b\": {\"response\": \"kept\"}}"
            // (Lone surrogates are rejected in skipped members too: both parses fail.)
            let full = try? JSONParser.parse(text)
            var copy = text
            let skipped = copy.withUTF8 { try? JSONParser.parse($0, skippingValuesOf: "response") }
            #expect((full == nil) == (skipped == nil), "\(text.debugDescription.prefix(80))")
            guard let full, let skipped, case let .object(members) = full else { continue }
            checked += 1
            let expected = JSONValue.object(members.map { $0.0 == "response" ? ($0.0, empty(of: $0.1)) : $0 })
            #expect(skipped == expected, "\(text.debugDescription.prefix(80))")
        }
        #expect(checked > 40)
    }

    @Test func agreesWithPythonJSONLoads() throws {
        let vectors = try #require(try Vectors.load("json_vectors").arrayValue)
        #expect(vectors.count > 300)
        var disagreements: [String] = []
        for vector in vectors {
            let text = vector["text"]!.stringValue!
            let valid = vector["valid"] == .bool(true)
            // Python's acceptance; lone surrogates (which parse rejects by default, see
            // LoneSurrogateTests) stand as U+FFFD on both sides here.
            let parsed = try? JSONParser.parse(text, loneSurrogates: .replace)
            if (parsed != nil) != valid {
                disagreements.append("\(valid ? "rejected" : "accepted") \(text.debugDescription.prefix(80))")
                continue
            }
            if let parsed {
                var got: [String] = []
                Self.strings(parsed, into: &got)
                let want = (vector["strings"]?.arrayValue ?? []).compactMap(\.stringValue)
                if got != want { disagreements.append("strings differ for \(text.debugDescription.prefix(80))") }
            }
            #expect(JSONParser.isValid(text) == valid, "isValid for \(text.debugDescription.prefix(80))")
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.prefix(10))")
    }
}
