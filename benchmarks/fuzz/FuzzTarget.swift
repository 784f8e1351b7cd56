// libFuzzer entry point over the JSONL reader, the JSON parser and every verifier.
// Built by run_fuzz.sh together with the engine sources (not part of the package).

/// A prompt set line exercising every instruction id, so that each fuzz input is checked
/// by all 25 verifiers.
let everyInstruction: [PreparedPrompt] = {
    let kwargs: [String: String] = [
        "keywords:existence": #"{"keywords": ["alpha", "beta"]}"#,
        "keywords:frequency": #"{"keyword": "the", "frequency": 2, "relation": "at least"}"#,
        "keywords:forbidden_words": #"{"forbidden_words": ["dog", "cat"]}"#,
        "keywords:letter_frequency": #"{"letter": "e", "let_frequency": 3, "let_relation": "less than"}"#,
        "language:response_language": #"{"language": "fr"}"#,
        "length_constraints:number_sentences": #"{"num_sentences": 3, "relation": "less than"}"#,
        "length_constraints:number_paragraphs": #"{"num_paragraphs": 2}"#,
        "length_constraints:number_words": #"{"num_words": 10, "relation": "at least"}"#,
        "length_constraints:nth_paragraph_first_word": #"{"num_paragraphs": 2, "nth_paragraph": 2, "first_word": "then"}"#,
        "detectable_content:number_placeholders": #"{"num_placeholders": 2}"#,
        "detectable_content:postscript": #"{"postscript_marker": "P.P.S"}"#,
        "detectable_format:number_bullet_lists": #"{"num_bullets": 2}"#,
        "detectable_format:multiple_sections": #"{"section_spliter": "Section", "num_sections": 2}"#,
        "detectable_format:number_highlighted_sections": #"{"num_highlights": 2}"#,
        "combination:repeat_prompt": #"{"prompt_to_repeat": "Repeat me"}"#,
        "startend:end_checker": #"{"end_phrase": "Bye."}"#,
        "change_case:capital_word_frequency": #"{"capital_frequency": 2, "capital_relation": "at least"}"#,
    ]
    let prompts = Suite.ifeval.ids.compactMap { id in
        let members = (try? JSONParser.parse(kwargs[id] ?? "{}"))?.objectMembers ?? []
        let record = PromptRecord(key: .string(id), prompt: "Repeat me", instructionIDs: [id], kwargs: [members])
        return try? PreparedPrompt(record)
    }
    precondition(prompts.count == 25, "every instruction id must build")
    return prompts + [
        // A regex-valued keyword and postscript marker exercise the regex engine too.
        try? PreparedPrompt(PromptRecord(key: .int(0), prompt: "p", instructionIDs: ["keywords:existence", "detectable_content:postscript", "detectable_format:multiple_sections"],
                                         kwargs: [[("keywords", .array([.string("(a|b)*c"), .string(#"\bx\w+"#)]))], [("postscript_marker", .string("note:"))], [("section_spliter", .string("Part|Step"))]])),
    ].compactMap { $0 }
}()

let evaluator = Evaluator(analyzers: .standard)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // 1. The JSON parser on raw bytes (any bytes: invalid UTF-8 included).
    _ = try? JSONParser.parse(bytes)
    // 2. The decoders of the input lines.
    if let value = try? JSONParser.parse(bytes) {
        _ = try? PromptSetReader.record(from: value, file: "fuzz", line: 1)
        _ = try? ResponseRecord.decode(value, file: "fuzz", line: 1)
        _ = try? SampleRecord.decode(value, file: "fuzz", line: 1)
        if let record = try? PromptSetReader.record(from: value, file: "fuzz", line: 1) {
            _ = try? PreparedPrompt(record)
        }
    }
    // 3. Every verifier, strict and loose, on the bytes as text.
    let text = String(decoding: bytes, as: UTF8.self)
    for prompt in everyInstruction {
        _ = evaluator.evaluate(prompt, response: text)
    }
    _ = ThinkingTraceStripper().strip(text)
    return 0
}
