import Foundation
import Testing

/// Writes a run directory by hand (result files and summary.json, counts computed here
/// from the verdicts), so that reporting commands can be tested on known verdicts.
struct HandMadeRun {
    struct Prompt {
        var key: Int
        var ids: [String]
        var strict: [Bool]
        var loose: [Bool]
        var reasons: [String]? = nil
        var looseVariants: [String?]? = nil
        var response = "a response"

        init(key: Int, ids: [String], strict: [Bool], loose: [Bool]? = nil, reasons: [String]? = nil,
             looseVariants: [String?]? = nil, response: String = "a response") {
            self.key = key
            self.ids = ids
            self.strict = strict
            self.loose = loose ?? strict
            self.reasons = reasons
            self.looseVariants = looseVariants
            self.response = response
        }
    }

    static func json(_ object: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func write(_ prompts: [Prompt], model: String, suite: String? = nil, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var strictLines = "", looseLines = ""
        for p in prompts {
            let reasons = p.reasons ?? p.ids.map { "reason for \($0)" }
            strictLines += json(["key": p.key, "prompt": "prompt \(p.key)", "response": p.response, "instruction_id_list": p.ids,
                                 "follow_instruction_list": p.strict, "follow_all_instructions": !p.strict.contains(false),
                                 "reasons": reasons]) + "\n"
            let variants: [Any] = (p.looseVariants ?? p.loose.map { $0 ? "response" : nil }).map { $0.map { $0 as Any } ?? NSNull() }
            looseLines += json(["key": p.key, "prompt": "prompt \(p.key)", "response": p.response, "instruction_id_list": p.ids,
                                "follow_instruction_list": p.loose, "follow_all_instructions": !p.loose.contains(false),
                                "reasons": reasons, "loose_variants": variants]) + "\n"
        }
        let instructions = prompts.map(\.ids.count).reduce(0, +)
        let counts: [String: Int] = [
            "prompts": prompts.count,
            "prompts_strict_followed": prompts.filter { !$0.strict.contains(false) }.count,
            "prompts_loose_followed": prompts.filter { !$0.loose.contains(false) }.count,
            "instructions": instructions,
            "instructions_strict_followed": prompts.map { $0.strict.filter { $0 }.count }.reduce(0, +),
            "instructions_loose_followed": prompts.map { $0.loose.filter { $0 }.count }.reduce(0, +),
        ]
        // Per category and per instruction id: (total, strict followed, loose followed).
        var perCategory: [String: [String: Int]] = [:], perInstruction: [String: [String: Int]] = [:]
        for p in prompts {
            for (i, id) in p.ids.enumerated() {
                let category = String(id.split(separator: ":")[0])
                perCategory[category, default: ["total": 0, "strict_followed": 0, "loose_followed": 0]].merge(
                    ["total": 1, "strict_followed": p.strict[i] ? 1 : 0, "loose_followed": p.loose[i] ? 1 : 0], uniquingKeysWith: +)
                perInstruction[id, default: ["total": 0, "strict_followed": 0, "loose_followed": 0]].merge(
                    ["total": 1, "strict_followed": p.strict[i] ? 1 : 0, "loose_followed": p.loose[i] ? 1 : 0], uniquingKeysWith: +)
            }
        }
        var summary: [String: Any] = ["format": "ifeval-swift summary v1", "model": model, "counts": counts,
                                      "per_category": perCategory, "per_instruction": perInstruction]
        if let suite { summary["suite"] = suite }
        try Data((json(summary) + "\n").utf8).write(to: URL(fileURLWithPath: directory + "/summary.json"))
        try Data(strictLines.utf8).write(to: URL(fileURLWithPath: directory + "/eval_results_strict.jsonl"))
        try Data(looseLines.utf8).write(to: URL(fileURLWithPath: directory + "/eval_results_loose.jsonl"))
    }
}

/// Parses command output as a JSON object.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
