import IFEvalEngine

/// The leaderboard as Markdown, CSV and JSON. CSV and JSON use summary.json's metric
/// names (`prompt_level_strict_acc`, ... with `_ci_low` / `_ci_high`), so pipelines
/// can join them with `ifeval score` output.
extension Leaderboard {
    public enum Format: String, CaseIterable, Sendable { case markdown, csv, json, html }

    public func render(_ format: Format, categories: Bool) -> String {
        switch format {
        case .markdown: return markdown(categories: categories)
        case .csv: return csv(categories: categories)
        case .json: return json(categories: categories)
        case .html: return LeaderboardHTML.render(self, categories: categories)
        }
    }

    /// "79.07 (75.56–82.41)", or the value alone without an interval.
    static func cell(_ score: Score) -> String {
        guard let interval = score.interval else { return TableText.percent(score.value) }
        return "\(TableText.percent(score.value)) (\(TableText.percent(interval.lower, digits: 1))–\(TableText.percent(interval.upper, digits: 1)))"
    }

    static func categoryCell(_ counts: StrictLooseCounts?) -> String {
        guard let counts else { return "–" }
        return "\(TableText.percent(counts.strict.accuracy, digits: 1)) / \(TableText.percent(counts.loose.accuracy, digits: 1))"
    }

    public var methodNote: String {
        var text = "Accuracies in %, ranked by `\(sortMetric.rawValue)` (descending; equal values share a rank)."
        if hasIntervals { text += " In parentheses: \(IntervalMethod.description)." }
        if rows.contains(where: { $0.note != nil }) {
            text += " Runs marked † have no intervals: only their summary.json was given, and the bootstrap needs the per-prompt results."
        }
        return text
    }

    func markdown(categories showCategories: Bool) -> String {
        var header = ["Rank", "Model"] + Metric.allCases.map(\.heading) + ["Prompts"]
        if showCategories { header += categories }
        let rows = rows.map { row in
            var cells = [String(row.rank), row.model + (row.note == nil ? "" : " †")]
            cells += Metric.allCases.map { Self.cell(row.scores[$0]!) }
            cells.append(String(row.prompts))
            if showCategories { cells += categories.map { Self.categoryCell(row.perCategory[$0]) } }
            return cells
        }
        var out = TableText.markdownTable(header: header, alignRight: Set([0] + Array(2..<header.count)), rows: rows)
        out += "\n" + methodNote + "\n"
        if showCategories {
            out += "Category columns: instruction-level accuracy in %, strict / loose.\n"
        }
        return out
    }

    static let metricColumns: [String] = Metric.allCases.flatMap { [$0.rawValue, $0.rawValue + "_ci_low", $0.rawValue + "_ci_high"] }

    func categoryColumns() -> [String] {
        categories.flatMap { [$0 + "_strict_acc", $0 + "_loose_acc"] }
    }

    func csv(categories showCategories: Bool) -> String {
        var header = ["rank", "model"] + Self.metricColumns + ["prompts", "instructions"]
        if showCategories { header += categoryColumns() }
        header.append("note")
        var out = TableText.csvLine(header)
        for row in rows {
            var fields = [String(row.rank), row.model]
            for metric in Metric.allCases {
                let score = row.scores[metric]!
                fields += [PythonFloat.repr(score.value), score.interval.map { PythonFloat.repr($0.lower) } ?? "",
                           score.interval.map { PythonFloat.repr($0.upper) } ?? ""]
            }
            fields += [String(row.prompts), String(row.instructions)]
            if showCategories {
                for category in categories {
                    let c = row.perCategory[category]
                    fields += [c.map { PythonFloat.repr($0.strict.accuracy) } ?? "", c.map { PythonFloat.repr($0.loose.accuracy) } ?? ""]
                }
            }
            fields.append(row.note ?? "")
            out += TableText.csvLine(fields)
        }
        return out
    }

    func json(categories showCategories: Bool) -> String {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        let rowValues: [JSONValue] = rows.map { row in
            var members: [(String, JSONValue)] = [("rank", .number(JSONNumber(row.rank))), ("model", .string(row.model))]
            for metric in Metric.allCases {
                let score = row.scores[metric]!
                members.append((metric.rawValue, number(score.value)))
                members.append((metric.rawValue + "_ci_low", score.interval.map { number($0.lower) } ?? .null))
                members.append((metric.rawValue + "_ci_high", score.interval.map { number($0.upper) } ?? .null))
            }
            members.append(("prompts", .number(JSONNumber(row.prompts))))
            members.append(("instructions", .number(JSONNumber(row.instructions))))
            if showCategories {
                for category in categories {
                    let c = row.perCategory[category]
                    members.append((category + "_strict_acc", c.map { number($0.strict.accuracy) } ?? .null))
                    members.append((category + "_loose_acc", c.map { number($0.loose.accuracy) } ?? .null))
                }
            }
            members.append(("run", .string(row.path)))
            members.append(("note", row.note.map { .string($0) } ?? .null))
            return .object(members)
        }
        let object: JSONValue = .object([
            ("format", .string("ifeval-swift leaderboard v1")),
            ("sort", .string(sortMetric.rawValue)),
            ("interval", .object([
                ("method", .string("percentile bootstrap over prompts")),
                ("level", number(IntervalMethod.level)),
                ("resamples", .number(JSONNumber(IntervalMethod.resamples))),
                ("seed", .number(JSONNumber(Int(IntervalMethod.seed)))),
            ])),
            ("rows", .array(rowValues)),
        ])
        return JSONWriter.string(object) + "\n"
    }
}
