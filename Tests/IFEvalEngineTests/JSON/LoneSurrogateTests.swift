import Testing
@testable import IFEvalEngine

/// Python's json.loads keeps an escaped surrogate that is not half of a pair as a lone
/// code point (CPython 3.11: `json.loads('"\\ud800"') == '\ud800'`,
/// `'"\\udc00\\ud800x"'` gives `'\udc00\ud800x'`, `'"\\ud800\\u0041"'` gives `'\ud800A'`,
/// `'"\\ud83d\\ude00"'` gives `'😀'`). A Swift string cannot hold one, so reading input
/// refuses it instead of changing the text.
@Suite struct LoneSurrogateTests {
    static let lone = [#""\ud800""#, #""\uDBFF""#, #""\udc00""#, #""a\ud800\u0041""#, #""\udc00\ud800x""#,
                       #""\ud800\ud800""#, #"{"\ud800": 1}"#, #"["ok", "\udfff"]"#]

    @Test(arguments: lone)
    func parsingRefusesALoneSurrogate(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.message.hasPrefix("Lone surrogate \\u"))
            #expect(error.hint?.contains("half of a pair") == true)
        }
        // A skipped member is checked the same way (a first pass finds what a second would).
        var copy = "{\"response\": " + text + "}"
        let skipped = copy.withUTF8 { buffer in Result { () throws(JSONParser.Failure) in try JSONParser.parse(buffer, skippingValuesOf: "response") } }
        if case .success = skipped { Issue.record("a skipped member with a lone surrogate was accepted") }
        // Python accepts the text: so does validate (json_format's check).
        #expect(JSONParser.isValid(text))
        #expect((try? JSONParser.parse(text, loneSurrogates: .replace)) != nil)
    }

    @Test func theFailureNamesTheEscapeAsWrittenAndItsByte() {
        do {
            _ = try JSONParser.parse(#"{"prompt": "ab\uD800c"}"#)
            Issue.record("accepted")
        } catch {
            #expect(error.message.hasPrefix(#"Lone surrogate \uD800 in a string"#))
            #expect(error.offset == 14)
        }
    }

    @Test func aPairIsOneCodePoint() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("\u{1F600}"))
        #expect(try JSONParser.parse(#""x\uD83D\uDE00y""#) == .string("x\u{1F600}y"))
        #expect(try JSONParser.parse(#""\ud800\udc00""#) == .string("\u{10000}"))
        #expect(try JSONParser.parse(#""\udbff\udfff""#) == .string("\u{10FFFF}"))
    }

    @Test func aResponseFileLineWithALoneSurrogateIsAnInputErrorWithAHint() throws {
        let line = Array(#"{"key": 1, "response": "x\ud800"}"#.utf8)
        guard case let .failure(error) = JSONLinesReader.parse(line, line: 7, file: "r.jsonl") else {
            Issue.record("accepted")
            return
        }
        #expect(error.description.hasPrefix(#"r.jsonl:7: invalid JSON: Lone surrogate \ud800 in a string"#))
        #expect(error.hint?.contains("half of a pair") == true)
    }

    /// detectable_format:json_format runs Python's json.loads on the response: a response
    /// holding `{"a": "\ud800"}` is JSON there (the official checker says followed).
    @Test func jsonFormatKeepsPythonsVerdict() throws {
        let verifier = try Suite.ifeval.makeVerifier(id: "detectable_format:json_format", kwargs: [], prompt: "p")
        let context = VerificationContext(analyzers: .standard)
        // The official checker's verdicts on these four (CPython 3.11): True, True, True, False.
        for response in [#"{"a": "\ud800"}"#, #""\udfff""#, "```json\n" + #"["\udc00\ud800x"]"# + "\n```"] {
            #expect(verifier.check(response, context: context).followed, "\(response)")
        }
        #expect(!verifier.check(#"{"a": "\ud800}"#, context: context).followed)
    }
}
