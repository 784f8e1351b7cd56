import IFEvalEngine

/// The gate's outputs: the one-line verdict, the details for a terminal, and Markdown.
public enum GateReport {
    /// `PASS ...` or `FAIL ...`, one line naming every failed check.
    public static func verdictLine(_ result: GateResult) -> String {
        let failures = result.failures
        if !failures.isEmpty {
            return "FAIL " + failures.map(\.message).joined(separator: " | ") + basisSuffix(result)
        }
        let metrics = result.metrics.filter { result.rules.metrics.contains($0.metric) }.map { comparison in
            "\(comparison.metric.name) \(GateFormat.fraction(comparison.baselineAccuracy)) -> \(GateFormat.fraction(comparison.candidateAccuracy)) (\(GateFormat.signed(-comparison.drop)))"
        }
        let checks = result.checks.count == 1 ? "1 check" : "\(result.checks.count) checks"
        return "PASS \(checks): " + metrics.joined(separator: ", ") + basisSuffix(result)
    }

    static func basisSuffix(_ result: GateResult) -> String {
        switch result.basis {
        case let .sharedPrompts(shared, 0, 0): return " [\(shared) prompts]"
        case let .sharedPrompts(shared, _, _): return " [on \(shared) shared prompts only]"
        case .summaries: return " [from summary.json]"
        }
    }

    /// How the runs were compared, in a sentence.
    public static func basisSentence(_ result: GateResult) -> String {
        switch result.basis {
        case let .sharedPrompts(shared, onlyBaseline, onlyCandidate):
            var text = "Compared on the \(shared) prompts both runs share (matched by key)"
            if onlyBaseline + onlyCandidate > 0 {
                text += "; \(onlyBaseline) prompts only in the baseline and \(onlyCandidate) only in the candidate are left out of every rule"
            }
            text += "."
            if result.baseline.isMultiSample || result.candidate.isMultiSample {
                text += " Several samples per prompt: the metrics are avg@k on those prompts (each prompt's share of followed samples), and the paired test resamples prompts with all their samples together (clustered paired bootstrap, \(IntervalMethod.resamples) resamples, fixed seed \(IntervalMethod.seed)) instead of McNemar's."
            }
            return text
        case .summaries:
            return "Compared on the whole-run accuracies of summary.json (per-prompt results missing): prompt sets cannot be matched, and the paired test and per-id rules cannot run."
        }
    }

    public static func rulesSentence(_ rules: GateRules) -> String {
        let words = rules.vocabulary
        var parts: [String] = []
        if let minScore = rules.minScore { parts.append("\(words.minScore) \(GateFormat.threshold(minScore))") }
        if rules.checksDrop { parts.append("\(words.maxDrop) \(GateFormat.threshold(rules.effectiveMaxDrop))") }
        if let alpha = rules.alpha { parts.append("\(words.alpha) \(GateFormat.threshold(alpha)) (exact McNemar, paired)") }
        if let limit = rules.maxInstructionDrop {
            parts.append("\(words.maxInstructionDrop) \(GateFormat.threshold(limit)) (ids with at least \(rules.minInstructionCount) shared instructions)")
        }
        return "Rules: " + parts.joined(separator: ", ") + " on " + rules.metrics.map(\.name).joined(separator: ", ") + "."
    }

    /// The verdict of each metric row: FAIL when a check on it failed, pass when all
    /// passed, `not gated` for metrics shown for information.
    static func verdict(of metric: Metric, in result: GateResult) -> String {
        let checks = result.checks.filter { $0.metric == metric }
        if checks.isEmpty { return "not gated" }
        return checks.allSatisfy(\.passed) ? "pass" : "FAIL"
    }

    /// For stderr.
    public static func details(_ result: GateResult) -> String {
        var lines: [String] = []
        lines.append("baseline:  \(result.baseline.model) (\(result.baseline.path))")
        lines.append("candidate: \(result.candidate.model) (\(result.candidate.path))")
        lines.append(basisSentence(result))
        if case let .sharedPrompts(_, onlyBaseline, onlyCandidate) = result.basis, onlyBaseline + onlyCandidate > 0 {
            // For reference only: the rules above never use these.
            let whole = result.rules.metrics.map { metric in
                "\(metric.name) \(GateFormat.fraction(result.baseline.accuracy(metric))) -> \(GateFormat.fraction(result.candidate.accuracy(metric)))"
            }
            lines.append("Whole runs (\(result.baseline.summary.promptLevel.strict.total) and \(result.candidate.summary.promptLevel.strict.total) prompts, not gated): " + whole.joined(separator: ", "))
        }
        lines.append(rulesSentence(result.rules))
        lines.append("")
        let nameWidth = Metric.allCases.map(\.name.count).max()!
        lines.append(pad("metric", nameWidth) + "  baseline  candidate    delta  verdict")
        for comparison in result.metrics {
            lines.append(pad(comparison.metric.name, nameWidth)
                + "  " + leftPad(GateFormat.fraction(comparison.baselineAccuracy), 8)
                + "  " + leftPad(GateFormat.fraction(comparison.candidateAccuracy), 9)
                + "  " + leftPad(GateFormat.signed(-comparison.drop), 7)
                + "  " + verdict(of: comparison.metric, in: result))
        }
        lines.append("")
        for check in result.checks {
            lines.append("\(check.passed ? "pass" : "FAIL") [\(check.name)] \(check.message)")
        }
        let regressions = result.instructionRegressions
        if !regressions.isEmpty {
            lines.append("")
            lines.append("instruction ids whose strict accuracy dropped (shared prompts; regressed/improved = instructions):")
            for c in regressions {
                let note = c.total < result.rules.minInstructionCount ? " (too few to gate)" : ""
                lines.append("  " + GateFormat.instructionDrop(c) + note)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown section: verdict, how the runs were compared, a table of metrics, the
    /// checks and the per-id regressions.
    public static func markdown(_ result: GateResult) -> String {
        var lines: [String] = []
        lines.append("## IFEval gate: \(result.passed ? "PASS" : "FAIL")")
        lines.append("")
        lines.append("Baseline **\(escape(result.baseline.model))** (`\(code(result.baseline.path))`), candidate **\(escape(result.candidate.model))** (`\(code(result.candidate.path))`). \(escape(basisSentence(result))) \(escape(rulesSentence(result.rules)))")
        lines.append("")
        lines.append("| metric | baseline | candidate | delta | verdict |")
        lines.append("| --- | ---: | ---: | ---: | --- |")
        for comparison in result.metrics {
            let verdict = verdict(of: comparison.metric, in: result)
            let shown = verdict == "FAIL" ? "**FAIL**" : verdict
            lines.append("| `\(comparison.metric.name)` | \(GateFormat.fraction(comparison.baselineAccuracy)) | \(GateFormat.fraction(comparison.candidateAccuracy)) | \(GateFormat.signed(-comparison.drop)) | \(shown) |")
        }
        lines.append("")
        lines.append("### Checks")
        lines.append("")
        for check in result.checks {
            lines.append("- \(check.passed ? "pass" : "**FAIL**") `\(check.name)`: \(escape(check.message))")
        }
        let regressions = result.instructionRegressions
        if !regressions.isEmpty {
            lines.append("")
            lines.append("### Instruction ids whose strict accuracy dropped (shared prompts)")
            lines.append("")
            lines.append("| instruction id | baseline | candidate | delta | regressed | improved | instructions |")
            lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            for c in regressions {
                let note = c.total < result.rules.minInstructionCount ? " (too few to gate)" : ""
                lines.append("| `\(c.id)` | \(GateFormat.fraction(c.baselineAccuracy)) | \(GateFormat.fraction(c.candidateAccuracy)) | \(GateFormat.signed(-c.drop)) | \(c.regressed) | \(c.improved) | \(c.total)\(note) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Keeps table cells and emphasis intact: `|` would end a cell, `*`/`_`/backticks
    /// would start formatting, `<` an HTML tag.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|", "*", "_", "`", "<", "[", "]", "\\": out += "\\" + String(ch)
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// Inside a code span nothing is escaped, so backticks and pipes are replaced.
    static func code(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : $0 == "|" ? "/" : $0 == "\n" ? " " : $0 })
    }

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    static func leftPad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
