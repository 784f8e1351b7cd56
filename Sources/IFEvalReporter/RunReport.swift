import IFEvalEngine

/// One scored run as a table: the four accuracies, then instruction-level accuracy per
/// category and per instruction id, strict and loose, in four formats.
public enum RunReport {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json, csv }

    public static func render(_ run: RunDirectory, format: Format) -> String {
        switch format {
        case .text: return OfficialReport.render(run.summary)
        case .markdown: return markdown(run)
        case .json: return json(run)
        case .csv: return csv(run)
        }
    }

    static func sortedNames(_ dictionary: [String: StrictLooseCounts]) -> [String] {
        dictionary.keys.sorted(by: codePointOrder)
    }

    static func markdown(_ run: RunDirectory) -> String {
        let s = run.summary
        var out = "# IFEval results: \(TableText.markdownCell(run.model))\n\n"
        out += TableText.markdownTable(
            header: ["Metric", "Accuracy (%)", "Followed", "Total"], alignRight: [1, 2, 3],
            rows: Metric.allCases.map { metric in
                let c = metric.count(in: s)
                return ["`\(metric.rawValue)`", TableText.percent(c.accuracy), String(c.followed), String(c.total)]
            })
        func section(_ title: String, _ dictionary: [String: StrictLooseCounts]) -> String {
            var text = "\n## \(title)\n\nInstruction-level accuracy.\n\n"
            text += TableText.markdownTable(
                header: [title == "Per category" ? "Category" : "Instruction id", "Strict (%)", "Loose (%)", "Instructions"],
                alignRight: [1, 2, 3],
                rows: sortedNames(dictionary).map { name in
                    let c = dictionary[name]!
                    return ["`\(name)`", TableText.percent(c.strict.accuracy), TableText.percent(c.loose.accuracy), String(c.strict.total)]
                })
            return text
        }
        out += section("Per category", s.perCategory)
        out += section("Per instruction id", s.perInstruction)
        return out
    }

    static func counts(_ c: StrictLooseCounts) -> JSONValue {
        .object([
            ("total", .number(JSONNumber(c.strict.total))),
            ("strict_followed", .number(JSONNumber(c.strict.followed))),
            ("loose_followed", .number(JSONNumber(c.loose.followed))),
            ("strict_acc", number(c.strict.accuracy)),
            ("loose_acc", number(c.loose.accuracy)),
        ])
    }

    static func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }

    /// The accuracies under summary.json's names, with their counts.
    static func json(_ run: RunDirectory) -> String {
        let s = run.summary
        var members: [(String, JSONValue)] = [("model", .string(run.model))]
        for metric in Metric.allCases { members.append((metric.rawValue, number(metric.count(in: s).accuracy))) }
        members.append(("prompt_level", counts(s.promptLevel)))
        members.append(("inst_level", counts(s.instructionLevel)))
        members.append(("per_category", .object(sortedNames(s.perCategory).map { ($0, counts(s.perCategory[$0]!)) })))
        members.append(("per_instruction", .object(sortedNames(s.perInstruction).map { ($0, counts(s.perInstruction[$0]!)) })))
        return JSONWriter.string(.object(members)) + "\n"
    }

    /// One tidy table: `level` is prompt, instruction, category or instruction_id.
    static func csv(_ run: RunDirectory) -> String {
        let s = run.summary
        var out = TableText.csvLine(["model", "level", "name", "total", "strict_followed", "loose_followed", "strict_acc", "loose_acc"])
        func row(_ level: String, _ name: String, _ c: StrictLooseCounts) {
            out += TableText.csvLine([run.model, level, name, String(c.strict.total), String(c.strict.followed), String(c.loose.followed),
                                      PythonFloat.repr(c.strict.accuracy), PythonFloat.repr(c.loose.accuracy)])
        }
        row("prompt", "all", s.promptLevel)
        row("instruction", "all", s.instructionLevel)
        for name in sortedNames(s.perCategory) { row("category", name, s.perCategory[name]!) }
        for name in sortedNames(s.perInstruction) { row("instruction_id", name, s.perInstruction[name]!) }
        return out
    }
}
