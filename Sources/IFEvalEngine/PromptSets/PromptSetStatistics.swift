/// Counts that describe a prompt set's coverage.
public struct PromptSetStatistics: Sendable, Equatable {
    public var prompts = 0
    public var instructions = 0
    /// Prompts using each instruction id; every known id is listed, 0 when unused.
    public var perInstruction: [String: Int] = [:]
    /// Prompts with 1, 2, 3, ... instructions.
    public var perInstructionCount: [Int: Int] = [:]
    /// Instructions per category (for IFEval, the part of the id before ":", as in the
    /// official report).
    public var perCategory: [String: Int] = [:]
    /// Prompts per `language:response_language` language code.
    public var perLanguage: [String: Int] = [:]

    public init(_ records: [PromptRecord], suite: Suite = .ifeval) {
        for id in suite.ids { perInstruction[id] = 0 }
        for record in records {
            prompts += 1
            instructions += record.instructionIDs.count
            perInstructionCount[record.instructionIDs.count, default: 0] += 1
            for (index, id) in record.instructionIDs.enumerated() {
                perInstruction[id, default: 0] += 1
                perCategory[suite.category(of: id), default: 0] += 1
                if id == "language:response_language", index < record.kwargs.count,
                   let code = record.kwargs[index].first(where: { $0.0 == "language" })?.1.stringValue {
                    perLanguage[code, default: 0] += 1
                }
            }
        }
    }

    public var jsonValue: JSONValue {
        func object(_ counts: [String: Int]) -> JSONValue {
            .object(counts.keys.sorted().map { ($0, .number(JSONNumber(counts[$0]!))) })
        }
        return .object([
            ("prompts", .number(JSONNumber(prompts))),
            ("instructions", .number(JSONNumber(instructions))),
            ("per_instruction", object(perInstruction)),
            ("per_instruction_count", object(Dictionary(uniqueKeysWithValues: perInstructionCount.map { (String($0.key), $0.value) }))),
            ("per_category", object(perCategory)),
            ("per_language", object(perLanguage)),
        ])
    }
}
