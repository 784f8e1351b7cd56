import Testing
@testable import IFEvalEngine

/// The prompt set validator on hand-made prompts, good and bad.
@Suite struct PromptSetValidatorTests {
    func record(_ prompt: String, _ ids: [String], _ kwargs: [String] = [], key: Int = 1) throws -> PromptRecord {
        let objects = try (kwargs.isEmpty ? ids.map { _ in "{}" } : kwargs).map { try JSONParser.parse($0).objectMembers ?? [] }
        return PromptRecord(key: .int(key), prompt: prompt, instructionIDs: ids, kwargs: objects)
    }

    func problems(_ prompt: String, _ ids: [String], _ kwargs: [String] = []) throws -> [String] {
        PromptSetValidator.problems(in: try record(prompt, ids, kwargs))
    }

    /// Pairs from lm-eval's INSTRUCTION_CONFLICTS (made symmetric), both ways round.
    @Test func officialConflicts() {
        let conflicting = [
            ("language:response_language", "keywords:existence"),
            ("language:response_language", "startend:end_checker"),
            ("language:response_language", "change_case:english_lowercase"),
            ("detectable_format:multiple_sections", "language:response_language"),
            ("length_constraints:number_paragraphs", "length_constraints:number_sentences"),
            ("length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs"),
            ("detectable_format:multiple_sections", "detectable_format:number_highlighted_sections"),
            ("change_case:english_capital", "change_case:english_lowercase"),
            ("change_case:capital_word_frequency", "change_case:english_capital"),
            ("startend:quotation", "detectable_format:title"),
            ("detectable_format:constrained_response", "punctuation:no_comma"),
            ("detectable_format:json_format", "punctuation:no_comma"),
            ("detectable_format:json_format", "detectable_format:title"),
            ("combination:two_responses", "combination:repeat_prompt"),
            ("combination:two_responses", "startend:quotation"),
            ("combination:repeat_prompt", "keywords:forbidden_words"),
            ("punctuation:no_comma", "punctuation:no_comma"),
        ]
        for (a, b) in conflicting {
            #expect(Suite.ifeval.conflict(a, b), "\(a) with \(b)")
            #expect(Suite.ifeval.conflict(b, a), "\(b) with \(a)")
        }
        let allowed = [
            ("detectable_format:json_format", "keywords:existence"),
            ("detectable_format:json_format", "keywords:forbidden_words"),
            ("combination:two_responses", "language:response_language"),
            ("combination:two_responses", "detectable_format:title"),
            ("combination:repeat_prompt", "punctuation:no_comma"),
            ("language:response_language", "punctuation:no_comma"),
            ("language:response_language", "keywords:letter_frequency"),
            ("length_constraints:number_words", "length_constraints:number_sentences"),
            ("startend:quotation", "startend:end_checker"),
            ("change_case:english_lowercase", "detectable_format:title"),
        ]
        for (a, b) in allowed {
            #expect(!Suite.ifeval.conflict(a, b), "\(a) with \(b)")
            #expect(!Suite.ifeval.conflict(b, a), "\(b) with \(a)")
        }
    }

    @Test func numbersMayBeDigitsOrWords() throws {
        let words = ["length_constraints:number_words"]
        #expect(try problems("Answer in fewer than 120 words.", words, [#"{"num_words": 120, "relation": "less than"}"#]).isEmpty)
        #expect(try problems("Use at least one hundred and twenty words.", words, [#"{"num_words": 120, "relation": "at least"}"#]).isEmpty)
        #expect(try problems("Write twenty-five words or more.", words, [#"{"num_words": 25, "relation": "at least"}"#]).isEmpty)
        #expect(try problems("Write Three sentences at least.", ["length_constraints:number_sentences"],
                             [#"{"num_sentences": 3, "relation": "at least"}"#]).isEmpty)
        // 12 is not stated by 120 or by "twelve" inside another word.
        let missing = try problems("Answer in fewer than 120 words.", words, [#"{"num_words": 12, "relation": "less than"}"#])
        #expect(missing == ["length_constraints:number_words: the prompt does not state num_words 12 (as digits or in words)"])
        // An ordinal names the paragraph.
        let nth = [#"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "meanwhile"}"#]
        #expect(try problems("Write 3 paragraphs; the second one starts with 'Meanwhile'.", ["length_constraints:nth_paragraph_first_word"], nth).isEmpty)
        #expect(try problems("Write 3 paragraphs; the third one starts with 'Meanwhile'.", ["length_constraints:nth_paragraph_first_word"], nth)
                == ["length_constraints:nth_paragraph_first_word: the prompt does not state nth_paragraph 2 (as digits or in words)"])
    }

    @Test func wordsAndMarkersMustBeInTheText() throws {
        #expect(try problems("Include the keywords 'Lantern' and 'harbor'.", ["keywords:existence"], [#"{"keywords": ["lantern", "harbor"]}"#]).isEmpty)
        #expect(try problems("Include the keyword 'lantern'.", ["keywords:existence"], [#"{"keywords": ["lantern", "harbor"]}"#])
                == [#"keywords:existence: the prompt does not mention the keyword "harbor""#])
        #expect(try problems("Do not say 'very'.", ["keywords:forbidden_words"], [#"{"forbidden_words": ["very", "really"]}"#])
                == [#"keywords:forbidden_words: the prompt does not mention the forbidden word "really""#])
        #expect(try problems("End with 'Is there anything else?'", ["startend:end_checker"], [#"{"end_phrase": "Any questions?"}"#]).count == 1)
        #expect(try problems("Add a postscript starting with P.P.S", ["detectable_content:postscript"], [#"{"postscript_marker": "P.S."}"#]).count == 1)
        #expect(try problems("Mark each part with SECTION X; write 2 parts.", ["detectable_format:multiple_sections"],
                             [#"{"section_spliter": "Section", "num_sections": 2}"#]).isEmpty)
        #expect(try problems("Use the letter 'z' at least 4 times.", ["keywords:letter_frequency"],
                             [#"{"letter": "q", "let_frequency": 4, "let_relation": "at least"}"#])
                == [#"keywords:letter_frequency: the prompt does not mention the letter "q""#])
        #expect(try problems("Answer only in Swahili.", ["language:response_language"], [#"{"language": "sw"}"#]).isEmpty)
        #expect(try problems("Answer only in Swahili.", ["language:response_language"], [#"{"language": "fi"}"#])
                == ["language:response_language: the prompt does not name the language (Finnish)"])
        #expect(try problems("Answer only in Klingon.", ["language:response_language"], [#"{"language": "tlh"}"#]).first?.contains("not a language code langdetect can return") == true)
        let request = "Describe a harbor at night."
        #expect(try problems(request + " First repeat the request above word for word.", ["combination:repeat_prompt"],
                             [#"{"prompt_to_repeat": "\#(request)"}"#]).isEmpty)
        #expect(try problems("Describe a port at night. First repeat the request.", ["combination:repeat_prompt"],
                             [#"{"prompt_to_repeat": "\#(request)"}"#])
                == ["combination:repeat_prompt: the prompt does not contain prompt_to_repeat word for word"])
    }

    @Test func badKwargsRepeatedIdsAndConflictsAreReported() throws {
        let bad = try problems("Write fewer than 5 sentences.", ["length_constraints:number_sentences"], [#"{"num_sentences": 5, "relation": "below"}"#])
        #expect(bad == [#"length_constraints:number_sentences: argument 'relation' must be "less than" or "at least", not "below""#])
        let comma = "Describe a harbor, at night. Use no commas."
        #expect(try problems(comma + " First repeat the request above word for word.", ["combination:repeat_prompt", "punctuation:no_comma"],
                             [#"{"prompt_to_repeat": "\#(comma)"}"#, "{}"])
                == ["prompt_to_repeat holds a comma, so no response can both repeat it and follow punctuation:no_comma"])
        let twice = try problems("No commas. No commas!", ["punctuation:no_comma", "punctuation:no_comma"])
        #expect(twice == ["punctuation:no_comma appears twice"])
        let clash = try problems("Lowercase, in capitals.", ["change_case:english_lowercase", "change_case:english_capital"])
        #expect(clash == ["change_case:english_lowercase conflicts with change_case:english_capital"])
    }

    @Test func duplicateKeysAndTextsNameTheirLines() throws {
        let a = try record("Say hi without commas.", ["punctuation:no_comma"], key: 1)
        let b = try record("Say hi without commas. ", ["punctuation:no_comma"], key: 2)
        let c = try record("Say bye without commas.", ["punctuation:no_comma"], key: 1)
        let problems = PromptSetValidator.validate([(1, a), (2, b), (5, c)], file: "set.jsonl").map(\.description)
        #expect(problems == [
            "set.jsonl:2: prompt 2: the same prompt text as line 1",
            "set.jsonl:5: prompt 1: duplicate key (first on line 1)\n  hint: keys must be unique within a prompt set",
        ])
    }
}
