import Foundation

/// Writes a multi-sample run folder by hand in the format `ifeval score --samples all`
/// writes (README, "Several samples per prompt"): result lines with `sample` right after
/// `key`, one per (prompt, sample); summary.json with avg@k, `samples`, `pass_at_k`,
/// `pass_hat_k`, `samples_below_k`, `reward_profile`; and prompt_solve_rates.jsonl. Every
/// number is computed here from the verdicts, independently of the tool. No manifest.json
/// (readers accept folders without one).
struct MultiSampleRun {
    struct Prompt {
        var key: Int
        var ids: [String]
        /// Per sample, per instruction.
        var strict: [[Bool]]
        var loose: [[Bool]]

        init(key: Int, ids: [String], strict: [[Bool]], loose: [[Bool]]? = nil) {
            self.key = key
            self.ids = ids
            self.strict = strict
            self.loose = loose ?? strict
        }
    }

    /// JSON text of one value (strings, numbers, bools, arrays).
    static func json(_ value: Any) -> String {
        if let d = value as? Double { return "\(d)" }
        return String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]), as: UTF8.self)
    }

    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// C(n, k) as a Double (small n only).
    static func choose(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for i in 0..<k { result = result * Double(n - i) / Double(i + 1) }
        return result
    }

    /// pass@k and pass^k of one prompt (or cell) with c of n samples followed.
    static func passAt(_ n: Int, _ c: Int, _ k: Int) -> Double { n < k ? (c > 0 ? 1 : 0) : 1 - choose(n - c, k) / choose(n, k) }
    static func passHat(_ n: Int, _ c: Int, _ k: Int) -> Double { n < k ? (c == n ? 1 : 0) : choose(c, k) / choose(n, k) }

    static func write(_ prompts: [Prompt], model: String, ks: [Int], suite: String? = nil, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var strictLines = "", looseLines = "", rates = ""
        for p in prompts {
            for sample in p.strict.indices {
                for (mode, verdicts) in [("strict", p.strict[sample]), ("loose", p.loose[sample])] {
                    var members: [(String, String)] = [
                        ("key", json(p.key)), ("sample", json(sample)), ("prompt", json("prompt \(p.key)")),
                        ("response", json("response \(p.key)/\(sample)")), ("instruction_id_list", json(p.ids)),
                        ("follow_instruction_list", json(verdicts)), ("follow_all_instructions", json(!verdicts.contains(false))),
                        ("reasons", json(p.ids.map { "reason for \($0) in sample \(sample)" })),
                    ]
                    if mode == "loose" { members.append(("loose_variants", json(verdicts.map { $0 ? "response" as Any : NSNull() }))) }
                    if mode == "strict" { strictLines += object(members) + "\n" } else { looseLines += object(members) + "\n" }
                }
            }
            rates += object([("key", json(p.key)), ("samples", json(p.strict.count)),
                             ("strict_followed", json(p.strict.filter { !$0.contains(false) }.count)),
                             ("loose_followed", json(p.loose.filter { !$0.contains(false) }.count))]) + "\n"
        }
        // Per prompt and per cell: n and c, strict and loose.
        func promptCounts(_ strict: Bool) -> [(n: Int, c: Int)] {
            prompts.map { p in let v = strict ? p.strict : p.loose; return (v.count, v.filter { !$0.contains(false) }.count) }
        }
        func cellCounts(_ strict: Bool) -> [(id: String, n: Int, c: Int)] {
            prompts.flatMap { p in
                p.ids.indices.map { i in let v = strict ? p.strict : p.loose; return (p.ids[i], v.count, v.filter { $0[i] }.count) }
            }
        }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        func metricValues(_ f: (Int, Int) -> Double) -> [(String, String)] {
            [
                ("prompt_level_strict_acc", json(mean(promptCounts(true).map { f($0.n, $0.c) }))),
                ("inst_level_strict_acc", json(mean(cellCounts(true).map { f($0.n, $0.c) }))),
                ("prompt_level_loose_acc", json(mean(promptCounts(false).map { f($0.n, $0.c) }))),
                ("inst_level_loose_acc", json(mean(cellCounts(false).map { f($0.n, $0.c) }))),
            ]
        }
        func metrics(_ f: (Int, Int) -> Double) -> String { object(metricValues(f)) }
        func group(_ name: (String) -> String) -> String {
            let strictCells = cellCounts(true), looseCells = cellCounts(false)
            let names = Array(Set(strictCells.map { name($0.id) })).sorted()
            return object(names.map { g in
                let s = strictCells.filter { name($0.id) == g }, l = looseCells.filter { name($0.id) == g }
                return (g, object([
                    ("total", json(s.map(\.n).reduce(0, +))), ("strict_followed", json(s.map(\.c).reduce(0, +))),
                    ("loose_followed", json(l.map(\.c).reduce(0, +))),
                    ("strict_acc", json(mean(s.map { Double($0.c) / Double($0.n) }))), ("loose_acc", json(mean(l.map { Double($0.c) / Double($0.n) }))),
                ]))
            })
        }
        let sampleCounts = prompts.map(\.strict.count)
        let total = sampleCounts.reduce(0, +)
        let avg = { (n: Int, c: Int) in Double(c) / Double(n) }
        var summary: [(String, String)] = [("format", json("ifeval-swift summary v1")), ("model", json(model))]
        if let suite { summary.append(("suite", json(suite))) }
        summary += metricValues(avg)
        let instructions = prompts.map(\.ids.count).reduce(0, +)
        summary.append(("counts", object([
            ("prompts", json(prompts.count)),
            ("prompts_strict_followed", json(promptCounts(true).filter { $0.c == $0.n }.count)),
            ("prompts_loose_followed", json(promptCounts(false).filter { $0.c == $0.n }.count)),
            ("instructions", json(instructions)),
            ("instructions_strict_followed", json(cellCounts(true).filter { $0.c == $0.n }.count)),
            ("instructions_loose_followed", json(cellCounts(false).filter { $0.c == $0.n }.count)),
            ("samples", json(total)),
        ])))
        summary.append(("samples", object([("mode", json("all")), ("total", json(total)),
                                           ("per_prompt_min", json(sampleCounts.min() ?? 0)), ("per_prompt_max", json(sampleCounts.max() ?? 0))])))
        summary.append(("pass_at_k", object(ks.map { k in (String(k), metrics { passAt($0, $1, k) }) })))
        summary.append(("pass_hat_k", object(ks.map { k in (String(k), metrics { passHat($0, $1, k) }) })))
        let below = ks.compactMap { k -> (String, String)? in
            let count = sampleCounts.filter { $0 < k }.count
            return count > 0 ? (String(k), json(count)) : nil
        }
        if !below.isEmpty { summary.append(("samples_below_k", object(below))) }
        func profile(_ strict: Bool) -> String {
            let counts = promptCounts(strict)
            return object([("none", json(counts.filter { $0.c == 0 }.count)), ("some", json(counts.filter { $0.c > 0 && $0.c < $0.n }.count)),
                           ("all", json(counts.filter { $0.c == $0.n }.count))])
        }
        summary.append(("reward_profile", object([("strict", profile(true)), ("loose", profile(false))])))
        summary.append(("per_category", group { String($0.split(separator: ":")[0]) }))
        summary.append(("per_instruction", group { $0 }))
        try Data((object(summary) + "\n").utf8).write(to: URL(fileURLWithPath: directory + "/summary.json"))
        try Data(strictLines.utf8).write(to: URL(fileURLWithPath: directory + "/eval_results_strict.jsonl"))
        try Data(looseLines.utf8).write(to: URL(fileURLWithPath: directory + "/eval_results_loose.jsonl"))
        try Data(rates.utf8).write(to: URL(fileURLWithPath: directory + "/prompt_solve_rates.jsonl"))
    }
}
