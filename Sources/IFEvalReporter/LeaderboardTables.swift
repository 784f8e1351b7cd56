import IFEvalEngine

/// The leaderboard as Markdown, CSV and JSON. CSV and JSON use summary.json's metric
/// names (`prompt_level_strict_acc`, ... with `_ci_low` / `_ci_high`), so pipelines
/// can join them with `ifeval score` output.
extension Leaderboard {
    public enum Format: String, CaseIterable, Sendable { case markdown, csv, json, html }

    public func render(_ format: Format, categories: Bool) -> String {
        if suiteGroups != nil { return renderSuites(format) }
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

    /// A row's category cell: avg@k in a multi-sample run.
    static func categoryCell(_ row: Row, _ category: String) -> String {
        guard let shares = row.categoryShares else { return categoryCell(row.perCategory[category]) }
        guard let share = shares[category] else { return "–" }
        return "\(TableText.percent(share.strict, digits: 1)) / \(TableText.percent(share.loose, digits: 1))"
    }

    static func categoryAccuracy(_ row: Row, _ category: String, strict: Bool) -> Double? {
        if let shares = row.categoryShares { return shares[category].map { strict ? $0.strict : $0.loose } }
        return row.perCategory[category].map { strict ? $0.strict.accuracy : $0.loose.accuracy }
    }

    /// Markdown and HTML sample columns: samples per prompt, then pass@k and pass^k of
    /// the sort metric for every k.
    var sampleHeadings: [String] {
        ["Samples"] + sampleKs.flatMap { ["pass@\($0)", "pass^\($0)"] }
    }

    func sampleCells(_ row: Row) -> [String] {
        guard let samples = row.samples else { return ["1"] + sampleKs.flatMap { _ in ["–", "–"] } }
        return [samples.perPromptText] + sampleKs.flatMap { k in
            [samples.passAt(k, sortMetric).map { TableText.percent($0) } ?? "–", samples.passHat(k, sortMetric).map { TableText.percent($0) } ?? "–"]
        }
    }

    /// What the multi-sample columns mean, for the method note.
    var samplesNote: String {
        "Runs with several samples per prompt (Samples above 1): the four accuracies are avg@k (each prompt's share of followed samples, averaged over prompts; instruction level over instruction cells), pass@k (unbiased estimator) and pass^k (all k samples followed) are of `\(sortMetric.rawValue)`, and the intervals resample prompts with all their samples together (clustered bootstrap, the same 1000 resamples and seed)."
    }

    /// A suite's headline metric named in the note, for runs of another suite than IFEval
    /// (an IFEval table stays as it was).
    var headlineNote: String {
        guard suites.count == 1, let suite = suites.first, suite != "ifeval" else { return "" }
        let headline = Self.headlineMetric(of: suite)
        return " The headline metric of \(suite) is `\(headline.rawValue)`\(headline == sortMetric ? "" : "; this table is ranked by --sort")."
    }

    public var methodNote: String {
        var text = "Accuracies in %, ranked by `\(sortMetric.rawValue)` (descending; equal values share a rank)."
        text += headlineNote
        if hasIntervals { text += " In parentheses: \(IntervalMethod.description)." }
        if hasSamples { text += " " + samplesNote }
        if rows.contains(where: { $0.note != nil }) {
            text += " Runs marked † have no intervals: only their summary.json was given, and the bootstrap needs the per-prompt results."
        }
        return text
    }

    func markdown(categories showCategories: Bool) -> String {
        var header = ["Rank", "Model"] + Metric.allCases.map(\.heading) + ["Prompts"]
        if hasSamples { header += sampleHeadings }
        if showCategories { header += categories }
        let rows = rows.map { row in
            var cells = [String(row.rank), row.model + (row.note == nil ? "" : " †")]
            cells += Metric.allCases.map { Self.cell(row.scores[$0]!) }
            cells.append(String(row.prompts))
            if hasSamples { cells += sampleCells(row) }
            if showCategories { cells += categories.map { Self.categoryCell(row, $0) } }
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
        if hasSamples { header += sampleColumns() }
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
                    fields += [Self.categoryAccuracy(row, category, strict: true).map(PythonFloat.repr) ?? "",
                               Self.categoryAccuracy(row, category, strict: false).map(PythonFloat.repr) ?? ""]
                }
            }
            if hasSamples { fields += sampleFields(row) }
            fields.append(row.note ?? "")
            out += TableText.csvLine(fields)
        }
        return out
    }

    func json(categories showCategories: Bool) -> String {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        let rowValues: [JSONValue] = rows.map { row in
            var members: [(String, JSONValue)] = [("rank", .number(JSONNumber(row.rank))), ("model", .string(row.model))]
            members += Self.scoreMembers(row)
            if showCategories {
                for category in categories {
                    members.append((category + "_strict_acc", Self.categoryAccuracy(row, category, strict: true).map(number) ?? .null))
                    members.append((category + "_loose_acc", Self.categoryAccuracy(row, category, strict: false).map(number) ?? .null))
                }
            }
            if hasSamples { members.append(("samples", Self.samplesJSON(row.samples))) }
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
            ] + (hasSamples ? [("unit", .string(IntervalMethod.clusteredUnit))] : []))),
        ] + (suites.count == 1 && suites[0] != "ifeval" ? [("suite", .string(suites[0])), ("headline_metric", .string(Self.headlineMetric(of: suites[0]).rawValue))] : []) + [
            ("rows", .array(rowValues)),
        ])
        return JSONWriter.string(object) + "\n"
    }
}

/// The multi-sample columns and fields.
extension Leaderboard {
    func sampleColumns() -> [String] {
        ["samples", "samples_per_prompt_min", "samples_per_prompt_max"] + sampleKs.flatMap { k in
            Metric.allCases.map { "pass_at_\(k)_\($0.rawValue)" } + Metric.allCases.map { "pass_hat_\(k)_\($0.rawValue)" }
        }
    }

    func sampleFields(_ row: Row) -> [String] {
        guard let samples = row.samples else {
            return ["", "", ""] + sampleKs.flatMap { _ in Array(repeating: "", count: 2 * Metric.allCases.count) }
        }
        return [String(samples.total), String(samples.perPromptMin), String(samples.perPromptMax)] + sampleKs.flatMap { k in
            Metric.allCases.map { samples.passAt(k, $0).map(PythonFloat.repr) ?? "" } + Metric.allCases.map { samples.passHat(k, $0).map(PythonFloat.repr) ?? "" }
        }
    }

    static func samplesJSON(_ samples: SampleSummary?) -> JSONValue {
        guard let samples else { return .null }
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        func byK(_ list: [(k: Int, values: [Metric: Double])]) -> JSONValue {
            .object(list.map { entry in (String(entry.k), .object(Metric.allCases.map { ($0.rawValue, entry.values[$0].map(number) ?? .null) })) })
        }
        var members: [(String, JSONValue)] = [
            ("total", .number(JSONNumber(samples.total))),
            ("per_prompt_min", .number(JSONNumber(samples.perPromptMin))),
            ("per_prompt_max", .number(JSONNumber(samples.perPromptMax))),
            ("pass_at_k", byK(samples.passAtK)),
            ("pass_hat_k", byK(samples.passHatK)),
        ]
        if let profile = samples.rewardProfile {
            func one(_ p: SampleSummary.RewardProfile) -> JSONValue {
                .object([("none", .number(JSONNumber(p.none))), ("some", .number(JSONNumber(p.some))), ("all", .number(JSONNumber(p.all)))])
            }
            members.append(("reward_profile", .object([("strict", one(profile.strict)), ("loose", one(profile.loose))])))
        }
        return .object(members)
    }
}

/// Runs of several suites: one row per model, a column group per suite.
extension Leaderboard {
    func renderSuites(_ format: Format) -> String {
        switch format {
        case .markdown: return suitesMarkdown()
        case .csv: return suitesCSV()
        case .json: return suitesJSON()
        case .html: return LeaderboardHTML.renderSuites(self)
        }
    }

    /// How the table of several suites is made, in a paragraph.
    public var suitesNote: String {
        let headlines = suites.map { "\($0): `\(Self.headlineMetric(of: $0).rawValue)`" }.joined(separator: ", ")
        var text = "Runs of \(suites.count) suites: one row per model (summary.json's model name), one column group per suite; accuracies in %, ranked by \(sortSuite)'s `\(sortMetric.rawValue)` (descending; equal values share a rank; models without a \(sortSuite) run last). ★ marks each suite's headline metric (\(headlines))."
        if hasIntervals { text += " In parentheses: \(IntervalMethod.description)." }
        if hasSamples { text += " Runs with several samples per prompt show avg@k, with intervals that resample prompts with all their samples together." }
        if rows.contains(where: { $0.note != nil }) {
            text += " Cells marked † have no intervals: only their summary.json was given."
        }
        return text
    }

    func suiteHeading(_ suite: String, _ metric: Metric) -> String {
        "\(suite) \(metric.heading)" + (metric == Self.headlineMetric(of: suite) ? " ★" : "")
    }

    func suitesMarkdown() -> String {
        var header = ["Rank", "Model"]
        for suite in suites { header += Metric.allCases.map { suiteHeading(suite, $0) } + ["\(suite) prompts"] }
        let rows = (suiteGroups ?? []).map { group in
            var cells = [String(group.rank), group.model]
            for suite in suites {
                guard let row = group.bySuite[suite] else {
                    cells += Array(repeating: "–", count: Metric.allCases.count + 1)
                    continue
                }
                cells += Metric.allCases.map { Self.cell(row.scores[$0]!) + (row.note == nil ? "" : " †") }
                cells.append(String(row.prompts))
            }
            return cells
        }
        var out = TableText.markdownTable(header: header, alignRight: Set([0] + Array(2..<header.count)), rows: rows)
        out += "\n" + suitesNote + "\n"
        return out
    }

    func suitesCSV() -> String {
        var header = ["rank", "model"]
        for suite in suites { header += Self.metricColumns.map { "\(suite).\($0)" } + ["\(suite).prompts", "\(suite).run"] }
        header.append("note")
        var out = TableText.csvLine(header)
        for group in suiteGroups ?? [] {
            var fields = [String(group.rank), group.model]
            var notes: [String] = []
            for suite in suites {
                guard let row = group.bySuite[suite] else {
                    fields += Array(repeating: "", count: Self.metricColumns.count + 2)
                    continue
                }
                for metric in Metric.allCases {
                    let score = row.scores[metric]!
                    fields += [PythonFloat.repr(score.value), score.interval.map { PythonFloat.repr($0.lower) } ?? "",
                               score.interval.map { PythonFloat.repr($0.upper) } ?? ""]
                }
                fields += [String(row.prompts), row.path]
                if let note = row.note { notes.append("\(suite): \(note)") }
            }
            fields.append(notes.joined(separator: "; "))
            out += TableText.csvLine(fields)
        }
        return out
    }

    /// A row's metrics with their interval bounds, then its prompt and instruction counts,
    /// as the JSON leaderboards write them.
    static func scoreMembers(_ row: Row) -> [(String, JSONValue)] {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        var members: [(String, JSONValue)] = []
        for metric in Metric.allCases {
            let score = row.scores[metric]!
            members.append((metric.rawValue, number(score.value)))
            members.append((metric.rawValue + "_ci_low", score.interval.map { number($0.lower) } ?? .null))
            members.append((metric.rawValue + "_ci_high", score.interval.map { number($0.upper) } ?? .null))
        }
        members.append(("prompts", .number(JSONNumber(row.prompts))))
        members.append(("instructions", .number(JSONNumber(row.instructions))))
        return members
    }

    func suitesJSON() -> String {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        let rowValues: [JSONValue] = (suiteGroups ?? []).map { group in
            .object([
                ("rank", .number(JSONNumber(group.rank))),
                ("model", .string(group.model)),
                ("suites", .object(suites.compactMap { suite in
                    guard let row = group.bySuite[suite] else { return nil }
                    var members = Self.scoreMembers(row)
                    if hasSamples { members.append(("samples", Self.samplesJSON(row.samples))) }
                    members.append(("run", .string(row.path)))
                    members.append(("note", row.note.map { .string($0) } ?? .null))
                    return (suite, .object(members))
                })),
            ])
        }
        let object: JSONValue = .object([
            ("format", .string("ifeval-swift leaderboard v1")),
            ("sort", .string(sortMetric.rawValue)),
            ("sort_suite", .string(sortSuite)),
            ("suites", .array(suites.map { .object([("name", .string($0)), ("headline_metric", .string(Self.headlineMetric(of: $0).rawValue))]) })),
            ("interval", .object([
                ("method", .string("percentile bootstrap over prompts")),
                ("level", number(IntervalMethod.level)),
                ("resamples", .number(JSONNumber(IntervalMethod.resamples))),
                ("seed", .number(JSONNumber(Int(IntervalMethod.seed)))),
            ] + (hasSamples ? [("unit", .string(IntervalMethod.clusteredUnit))] : []))),
            ("rows", .array(rowValues)),
        ])
        return JSONWriter.string(object) + "\n"
    }
}
