import Testing
@testable import IFEvalEngine

/// A prompt with thousands of instructions: each repeated id and each conflicting pair of
/// ids is one message (not one per pair of places), and a prompt's messages are capped.
/// Before, 10,000 instructions over four ids gave 12,497,500 "appears twice" and
/// 6,250,000 "conflicts with" messages for the one prompt.
@Suite struct ManyInstructionsTests {
    static let four = ["punctuation:no_comma", "change_case:english_lowercase", "change_case:english_capital", "detectable_format:title"]

    func record(_ ids: [String], kwargs: [[(String, JSONValue)]]? = nil, prompt: String = "Write a title in double angular brackets, all in lowercase, no commas.") -> PromptRecord {
        PromptRecord(key: .int(1), prompt: prompt, instructionIDs: ids, kwargs: kwargs ?? ids.map { _ in [] })
    }

    @Test func repeatedIdsAndConflictsAreGroupedById() {
        let ids = (0..<10_000).map { Self.four[$0 % 4] }
        #expect(PromptSetValidator.problems(in: record(ids)) == [
            "punctuation:no_comma appears 2500 times",
            "change_case:english_lowercase conflicts with change_case:english_capital",
            "change_case:english_lowercase appears 2500 times",
            "change_case:english_capital appears 2500 times",
            "detectable_format:title appears 2500 times",
        ])
    }

    /// The grouped messages come in the order the pairwise ones came in when no id repeats.
    @Test func withoutRepeatsTheMessagesAreThePairwiseOnes() {
        let suite = Suite.ifeval
        let ids = ["detectable_format:json_format", "change_case:english_lowercase", "punctuation:no_comma",
                   "change_case:english_capital", "detectable_format:title", "startend:quotation"]
        var pairwise: [String] = []
        for i in ids.indices {
            for j in ids.indices where j > i && suite.conflict(ids[i], ids[j]) { pairwise.append("\(ids[i]) conflicts with \(ids[j])") }
        }
        #expect(pairwise.count >= 4)
        #expect(PromptSetValidator.repetitionsAndConflicts(ids, suite: suite) == pairwise)
    }

    /// Every pair of distinct ids of both standard suites: the linear lookup finds exactly
    /// the pairs `conflict` names (declared conflicts and combine-only-with lists).
    @Test func conflictingPairsAgreeWithThePairwiseRule() {
        for suite in [Suite.ifeval, Suite.ifbench] {
            let ids = suite.ids + ["not:an_id"]
            var expected: [String] = []
            for i in ids.indices {
                for j in ids.indices where j > i && suite.conflict(ids[i], ids[j]) { expected.append("\(i) \(j)") }
            }
            #expect(suite.conflictingPairs(amongDistinct: ids).map { "\($0.0) \($0.1)" } == expected, "\(suite.name)")
        }
    }

    @Test func messagesBeyondTheCapAreCounted() {
        let ids = (0..<10_000).map { _ in "keywords:existence" }
        let kwargs = (0..<10_000).map { [("keywords", JSONValue.array([.string("word\($0 % 30)")]))] }
        let problems = PromptSetValidator.problems(in: record(ids, kwargs: kwargs, prompt: "Write about anything."))
        #expect(problems.count == PromptSetValidator.problemsShownPerPrompt + 1)
        #expect(problems[0] == "keywords:existence appears 10000 times")
        // Each of the 30 keywords is named by 333 or 334 instructions: one message each, counted.
        #expect(problems[1] == "keywords:existence: the prompt does not mention the keyword \"word0\" (334 times)")
        // Shown: the repeat and word0...word18; left out: word19...word29, 333 times each.
        #expect(problems[19] == "keywords:existence: the prompt does not mention the keyword \"word18\" (333 times)")
        #expect(problems.last == "3663 more problems with this prompt left out (11 different)")
    }
}

/// Arguments the official code would read differently or not at all, refused with a
/// message that says what is wrong.
@Suite struct ArgumentInputTests {
    func error(_ suite: Suite, _ id: String, _ kwargs: String) throws -> String? {
        let members = try JSONParser.parse(kwargs).objectMembers ?? []
        do {
            _ = try suite.makeVerifier(id: id, kwargs: members, prompt: "Repeat this request.")
            return nil
        } catch {
            return error.description
        }
    }

    /// Before: "argument 'nth_paragraph' must be an integer, not an integer".
    @Test func anIntegerBeyondTheRangeSaysSo() throws {
        let range = "out of range: it must be an integer from 0 to 9223372036854775807"
        #expect(try error(.ifeval, "length_constraints:nth_paragraph_first_word", #"{"num_paragraphs": 3, "nth_paragraph": 9223372036854775808, "first_word": "a"}"#)
                == "length_constraints:nth_paragraph_first_word: argument 'nth_paragraph' is 9223372036854775808, \(range)")
        #expect(try error(.ifeval, "length_constraints:nth_paragraph_first_word", #"{"num_paragraphs": 3, "nth_paragraph": 1e30, "first_word": "a"}"#)
                == "length_constraints:nth_paragraph_first_word: argument 'nth_paragraph' is 1e30, \(range)")
        // The largest that fits is read; a string is still "not an integer" in words.
        #expect(try error(.ifeval, "length_constraints:nth_paragraph_first_word", #"{"num_paragraphs": 9223372036854775807, "nth_paragraph": 9223372036854775807, "first_word": "a"}"#) == nil)
        #expect(try error(.ifeval, "length_constraints:nth_paragraph_first_word", #"{"num_paragraphs": 3, "nth_paragraph": "2", "first_word": "a"}"#)
                == "length_constraints:nth_paragraph_first_word: argument 'nth_paragraph' must be an integer, not a string")
        // A signed index (IFBench's repeat_span) gives the signed range.
        #expect(try error(.ifbench, "repeat:repeat_span", #"{"prompt_to_repeat": "Repeat this request.", "n_start": -9223372036854775809, "n_end": 3}"#)
                == "repeat:repeat_span: argument 'n_start' is -9223372036854775809, out of range: it must be an integer from -9223372036854775808 to 9223372036854775807")
    }

    /// The official build_description raises KeyError for a code outside its table.
    @Test func anUnknownLanguageCodeIsRefused() throws {
        for code in ["zh-CN", "EN", "tlh", " fr"] {
            let message = try #require(try error(.ifeval, "language:response_language", #"{"language": "\#(code)"}"#))
            #expect(message.hasPrefix("language:response_language: argument 'language' is \"\(code)\", not a language code langdetect can return; the codes are af, ar, bg"))
            #expect(message.contains("zh-cn, zh-tw (the official code raises KeyError here)"))
        }
        for code in ["fr", "zh-cn", "sv"] {
            #expect(try error(.ifeval, "language:response_language", #"{"language": "\#(code)"}"#) == nil)
        }
    }
}
