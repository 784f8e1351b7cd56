import IFEvalEngine

/// The text report of the official `evaluation_main.py`: prompt-level and
/// instruction-level accuracy, then instruction-level accuracy per category and per
/// instruction id, sorted by name.
public enum OfficialReport {
    public static func render(_ summary: ScoreSummary) -> String {
        render(summary, mode: .strict) + render(summary, mode: .loose)
    }

    public enum Mode: String, Sendable { case strict, loose }

    /// A multi-sample run: the same layout with avg@k (each prompt's, cell's share of
    /// followed samples, averaged) in place of the accuracies.
    public static func render(_ run: RunDirectory) -> String {
        [Mode.strict, .loose].map { mode in
            let strict = mode == .strict
            var lines: [String] = []
            lines.append(String(repeating: "=", count: 64))
            lines.append("eval_results_\(mode.rawValue).jsonl Accuracy Scores (avg@k):")
            lines.append("prompt-level: \(PythonFloat.repr(run.accuracy(strict ? .promptLevelStrict : .promptLevelLoose)))")
            lines.append("instruction-level: \(PythonFloat.repr(run.accuracy(strict ? .instructionLevelStrict : .instructionLevelLoose)))")
            lines.append("")
            for category in run.summary.perCategory.keys.sorted(by: codePointOrder) {
                lines.append("\(category) \(PythonFloat.repr(run.accuracy(category: category, strict: strict) ?? 0))")
            }
            lines.append("")
            for id in run.summary.perInstruction.keys.sorted(by: codePointOrder) {
                lines.append("\(id) \(PythonFloat.repr(run.accuracy(instruction: id, strict: strict) ?? 0))")
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    public static func render(_ summary: ScoreSummary, mode: Mode) -> String {
        func pick(_ counts: StrictLooseCounts) -> AccuracyCount { mode == .strict ? counts.strict : counts.loose }
        var lines: [String] = []
        lines.append(String(repeating: "=", count: 64))
        lines.append("eval_results_\(mode.rawValue).jsonl Accuracy Scores:")
        lines.append("prompt-level: \(PythonFloat.repr(pick(summary.promptLevel).accuracy))")
        lines.append("instruction-level: \(PythonFloat.repr(pick(summary.instructionLevel).accuracy))")
        lines.append("")
        for category in summary.perCategory.keys.sorted(by: codePointOrder) {
            lines.append("\(category) \(PythonFloat.repr(pick(summary.perCategory[category]!).accuracy))")
        }
        lines.append("")
        for id in summary.perInstruction.keys.sorted(by: codePointOrder) {
            lines.append("\(id) \(PythonFloat.repr(pick(summary.perInstruction[id]!).accuracy))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Python's `sorted()` order for strings.
func codePointOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}
