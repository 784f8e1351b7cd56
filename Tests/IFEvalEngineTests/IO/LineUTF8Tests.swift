import Testing
@testable import IFEvalEngine

/// A bad UTF-8 sequence anywhere in a line (in a string that is built, in one a first
/// pass skips, outside any string) gives the UTF-8 message for its line, whether the line
/// is parsed in full or with its response skipped; bad JSON gives the JSON message.
@Suite struct LineUTF8Tests {
    static let badBytes: [[UInt8]] = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]

    static func line(_ parts: [UInt8]...) -> [UInt8] { parts.flatMap { $0 } }

    @Test func badBytesAnywhereGiveTheUTF8Message() {
        for bad in Self.badBytes {
            let lines: [[UInt8]] = [
                Self.line(Array(#"{"prompt": "p", "response": "a"#.utf8), bad, Array(#"b"}"#.utf8)),  // in the response
                Self.line(Array(#"{"prompt": "p"#.utf8), bad, Array(#"", "response": "ab"}"#.utf8)),  // in a built string
                Self.line(Array(#"{"prompt": "p", "response": "a\n"#.utf8), bad, Array(#""}"#.utf8)),  // after an escape
                Self.line(Array(#"{"prompt": "p", "response": ["x", {"y": ""#.utf8), bad, Array(#""}]}"#.utf8)),  // nested
                Self.line(Array(#"{"prompt": "p", "response": "ab"}"#.utf8), bad),  // outside any string
            ]
            for bytes in lines {
                for skipped in [nil, "response"] {
                    guard case let .failure(error) = JSONLinesReader.parse(bytes, line: 3, file: "r.jsonl", skipping: skipped) else {
                        Issue.record("accepted \(bytes) (skipping \(skipped ?? "nothing"))")
                        continue
                    }
                    #expect(error.line == 3)
                    #expect(error.message == "the line is not valid UTF-8", "\(bytes) (skipping \(skipped ?? "nothing"))")
                }
            }
        }
    }

    @Test func validLinesAndBadJSONAreToldApart() {
        let good = Array(#"{"prompt": "caf\u00e9 \ud83d\ude00", "response": "é 😀 \"q\""}"#.utf8)
        for skipped in [nil, "response"] {
            guard case let .success(line) = JSONLinesReader.parse(good, line: 1, file: "r.jsonl", skipping: skipped) else {
                Issue.record("rejected a valid line")
                continue
            }
            #expect(line.value["prompt"]?.stringValue == "caf\u{E9} \u{1F600}")
            #expect(line.value["response"]?.stringValue == (skipped == nil ? "é 😀 \"q\"" : ""))
        }
        let badJSON = Array(#"{"prompt": "é", "response": }"#.utf8)
        guard case let .failure(error) = JSONLinesReader.parse(badJSON, line: 2, file: "r.jsonl") else {
            Issue.record("accepted bad JSON")
            return
        }
        #expect(error.message.hasPrefix("invalid JSON: Expecting value"))
    }
}
