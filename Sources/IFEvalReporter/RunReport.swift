import IFEvalEngine

/// One scored run as a table: the four accuracies, then instruction-level accuracy per
/// category and per instruction id, strict and loose, in four formats. A run of another
/// suite than IFEval also names the suite's headline metric; a multi-sample run reports
/// avg@k with pass@k, pass^k and its reward profile.
public enum RunReport {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json, csv }

    public static func render(_ run: RunDirectory, format: Format) -> String {
        switch format {
        case .text: return text(run)
        case .markdown: return markdown(run)
        case .json: return json(run)
        case .csv: return csv(run)
        }
    }

    /// The suite's headline metric when the run is not an IFEval run (whose reports stay
    /// as they were).
    static func headline(_ run: RunDirectory) -> Metric? {
        run.suite == "ifeval" ? nil : Leaderboard.headlineMetric(of: run.suite)
    }

    static func text(_ run: RunDirectory) -> String {
        var out = run.samples == nil ? OfficialReport.render(run.summary) : OfficialReport.render(run)
        if let samples = run.samples { out += samplesText(samples, prompts: run.summary.promptLevel.strict.total) }
        if let headline = headline(run) {
            out += "headline metric of \(run.suite): \(headline.rawValue) = \(PythonFloat.repr(run.accuracy(headline)))\n"
        }
        return out
    }

    static func metricsLine(_ values: [Metric: Double]) -> String {
        Metric.allCases.map { "\($0.rawValue) \(values[$0].map(PythonFloat.repr) ?? "–")" }.joined(separator: ", ")
    }

    static func samplesText(_ s: SampleSummary, prompts: Int) -> String {
        var lines = [String(repeating: "=", count: 64)]
        lines.append("samples: \(s.total) over \(prompts) prompts (\(s.perPromptText) per prompt); the accuracies above are avg@k")
        for (k, values) in s.passAtK { lines.append("pass@\(k): " + metricsLine(values)) }
        for (k, values) in s.passHatK { lines.append("pass^\(k): " + metricsLine(values)) }
        for k in s.belowK.keys.sorted() { lines.append("prompts with fewer than \(k) samples: \(s.belowK[k]!)") }
        if let profile = s.rewardProfile {
            lines.append("prompts followed in no / some / every sample: strict \(profile.strict.none) / \(profile.strict.some) / \(profile.strict.all), loose \(profile.loose.none) / \(profile.loose.some) / \(profile.loose.all)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func sortedNames(_ dictionary: [String: StrictLooseCounts]) -> [String] {
        dictionary.keys.sorted(by: codePointOrder)
    }

    static func markdown(_ run: RunDirectory) -> String {
        let s = run.summary
        var out = "# IFEval results: \(TableText.markdownCell(run.model))\n\n"
        if let headline = headline(run) {
            out += "Suite `\(run.suite)`; its headline metric is `\(headline.rawValue)` (★).\n\n"
        }
        if let samples = run.samples {
            out += "\(samples.total) samples over \(s.promptLevel.strict.total) prompts (\(samples.perPromptText) per prompt): accuracies are avg@k, each prompt's (instruction cell's) share of followed samples averaged over prompts (cells).\n\n"
            let ks = samples.ks
            out += TableText.markdownTable(
                header: ["Metric", "avg@k (%)"] + ks.flatMap { ["pass@\($0) (%)", "pass^\($0) (%)"] }, alignRight: Set(1...(1 + 2 * ks.count)),
                rows: Metric.allCases.map { metric in
                    ["`\(metric.rawValue)`" + (metric == headline(run) ? " ★" : ""), TableText.percent(run.accuracy(metric))]
                        + ks.flatMap { k in [samples.passAt(k, metric).map { TableText.percent($0) } ?? "–", samples.passHat(k, metric).map { TableText.percent($0) } ?? "–"] }
                })
            if let profile = samples.rewardProfile {
                out += "\nPrompts by how many of their samples followed every instruction:\n\n"
                out += TableText.markdownTable(header: ["Mode", "None", "Some", "All"], alignRight: [1, 2, 3], rows: [
                    ["strict", String(profile.strict.none), String(profile.strict.some), String(profile.strict.all)],
                    ["loose", String(profile.loose.none), String(profile.loose.some), String(profile.loose.all)],
                ])
            }
            for k in samples.belowK.keys.sorted() { out += "\n\(samples.belowK[k]!) prompts have fewer than \(k) samples (pass@\(k) and pass^\(k) use the samples they have).\n" }
        } else {
            out += TableText.markdownTable(
                header: ["Metric", "Accuracy (%)", "Followed", "Total"], alignRight: [1, 2, 3],
                rows: Metric.allCases.map { metric in
                    let c = metric.count(in: s)
                    return ["`\(metric.rawValue)`" + (metric == headline(run) ? " ★" : ""), TableText.percent(c.accuracy), String(c.followed), String(c.total)]
                })
        }
        func section(_ title: String, _ dictionary: [String: StrictLooseCounts], category: Bool) -> String {
            var text = "\n## \(title)\n\nInstruction-level accuracy\(run.samples == nil ? "" : " (avg@k; instructions counted over all samples)").\n\n"
            text += TableText.markdownTable(
                header: [category ? "Category" : "Instruction id", "Strict (%)", "Loose (%)", "Instructions"],
                alignRight: [1, 2, 3],
                rows: sortedNames(dictionary).map { name in
                    let c = dictionary[name]!
                    let strict = (category ? run.accuracy(category: name, strict: true) : run.accuracy(instruction: name, strict: true)) ?? c.strict.accuracy
                    let loose = (category ? run.accuracy(category: name, strict: false) : run.accuracy(instruction: name, strict: false)) ?? c.loose.accuracy
                    return ["`\(name)`", TableText.percent(strict), TableText.percent(loose), String(c.strict.total)]
                })
            return text
        }
        out += section("Per category", s.perCategory, category: true)
        out += section("Per instruction id", s.perInstruction, category: false)
        return out
    }

    static func counts(_ c: StrictLooseCounts, shares: (strict: Double, loose: Double)? = nil) -> JSONValue {
        .object([
            ("total", .number(JSONNumber(c.strict.total))),
            ("strict_followed", .number(JSONNumber(c.strict.followed))),
            ("loose_followed", .number(JSONNumber(c.loose.followed))),
            ("strict_acc", number(shares?.strict ?? c.strict.accuracy)),
            ("loose_acc", number(shares?.loose ?? c.loose.accuracy)),
        ])
    }

    static func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }

    /// The accuracies under summary.json's names, with their counts.
    static func json(_ run: RunDirectory) -> String {
        let s = run.summary
        var members: [(String, JSONValue)] = [("model", .string(run.model))]
        if let headline = headline(run) {
            members += [("suite", .string(run.suite)), ("headline_metric", .string(headline.rawValue))]
        }
        for metric in Metric.allCases { members.append((metric.rawValue, number(run.accuracy(metric)))) }
        let level: (Metric, Metric) -> (strict: Double, loose: Double)? = { strict, loose in
            run.samples.map { ($0.average[strict] ?? 0, $0.average[loose] ?? 0) }
        }
        members.append(("prompt_level", counts(s.promptLevel, shares: level(.promptLevelStrict, .promptLevelLoose))))
        members.append(("inst_level", counts(s.instructionLevel, shares: level(.instructionLevelStrict, .instructionLevelLoose))))
        members.append(("per_category", .object(sortedNames(s.perCategory).map { ($0, counts(s.perCategory[$0]!, shares: run.samples?.perCategory[$0])) })))
        members.append(("per_instruction", .object(sortedNames(s.perInstruction).map { ($0, counts(s.perInstruction[$0]!, shares: run.samples?.perInstruction[$0])) })))
        if let samples = run.samples { members.append(("samples", Leaderboard.samplesJSON(samples))) }
        return JSONWriter.string(.object(members)) + "\n"
    }

    /// One tidy table: `level` is prompt, instruction, category or instruction_id (and,
    /// for a multi-sample run, prompt_pass_at_k, instruction_pass_at_k, prompt_pass_hat_k
    /// and instruction_pass_hat_k with k as the name; for another suite than IFEval,
    /// `headline` names its headline metric).
    static func csv(_ run: RunDirectory) -> String {
        let s = run.summary
        var out = TableText.csvLine(["model", "level", "name", "total", "strict_followed", "loose_followed", "strict_acc", "loose_acc"])
        func row(_ level: String, _ name: String, _ c: StrictLooseCounts, _ shares: (strict: Double, loose: Double)? = nil) {
            out += TableText.csvLine([run.model, level, name, String(c.strict.total), String(c.strict.followed), String(c.loose.followed),
                                      PythonFloat.repr(shares?.strict ?? c.strict.accuracy), PythonFloat.repr(shares?.loose ?? c.loose.accuracy)])
        }
        let samples = run.samples
        row("prompt", "all", s.promptLevel, samples.map { ($0.average[.promptLevelStrict] ?? 0, $0.average[.promptLevelLoose] ?? 0) })
        row("instruction", "all", s.instructionLevel, samples.map { ($0.average[.instructionLevelStrict] ?? 0, $0.average[.instructionLevelLoose] ?? 0) })
        for name in sortedNames(s.perCategory) { row("category", name, s.perCategory[name]!, samples?.perCategory[name]) }
        for name in sortedNames(s.perInstruction) { row("instruction_id", name, s.perInstruction[name]!, samples?.perInstruction[name]) }
        if let samples {
            for (label, list) in [("pass_at_k", samples.passAtK), ("pass_hat_k", samples.passHatK)] {
                for (k, values) in list {
                    out += TableText.csvLine([run.model, "prompt_" + label, String(k), String(s.promptLevel.strict.total), "", "",
                                              PythonFloat.repr(values[.promptLevelStrict] ?? 0), PythonFloat.repr(values[.promptLevelLoose] ?? 0)])
                    out += TableText.csvLine([run.model, "instruction_" + label, String(k), String(s.instructionLevel.strict.total), "", "",
                                              PythonFloat.repr(values[.instructionLevelStrict] ?? 0), PythonFloat.repr(values[.instructionLevelLoose] ?? 0)])
                }
            }
        }
        if let headline = headline(run) {
            let c = headline.isPromptLevel ? s.promptLevel : s.instructionLevel
            out += TableText.csvLine([run.model, "headline", headline.rawValue, String(c.strict.total), String(c.strict.followed), String(c.loose.followed),
                                      PythonFloat.repr(run.accuracy(headline.isPromptLevel ? .promptLevelStrict : .instructionLevelStrict)),
                                      PythonFloat.repr(run.accuracy(headline.isPromptLevel ? .promptLevelLoose : .instructionLevelLoose))])
        }
        return out
    }
}
