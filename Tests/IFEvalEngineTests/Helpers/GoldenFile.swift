import IFEvalEngine

/// One line of a golden file: the official verdicts for one prompt, with the cells
/// whose official result changed between runs.
struct GoldenRecord {
    var key: PromptKey
    var instructionIDs: [String]
    var strict: [Bool]
    var loose: [Bool]
    var unstableStrict: Set<Int>
    var unstableLoose: Set<Int>

    static func read(path: String) -> [PromptKey: GoldenRecord] {
        var records: [PromptKey: GoldenRecord] = [:]
        for case let .success(line) in JSONLinesReader(path: path) {
            let value = line.value
            // IFEval's golden files have integer keys, IFBench's string keys ("0").
            guard let keyValue = value["key"], let key = PromptKey(keyValue) else { continue }
            func bools(_ name: String) -> [Bool] {
                (value[name]?.arrayValue ?? []).map { if case let .bool(b) = $0 { return b } else { return false } }
            }
            func indexes(_ name: String) -> Set<Int> {
                Set((value[name]?.arrayValue ?? []).compactMap { if case let .number(n) = $0 { return n.intValue } else { return nil } })
            }
            records[key] = GoldenRecord(
                key: key,
                instructionIDs: (value["instruction_id_list"]?.arrayValue ?? []).compactMap(\.stringValue),
                strict: bools("strict"),
                loose: bools("loose"),
                unstableStrict: indexes("unstable_strict"),
                unstableLoose: indexes("unstable_loose")
            )
        }
        return records
    }
}
