import Foundation
import IFEvalEngine

/// `ifeval compare` output as text, Markdown or JSON.
public enum ComparisonReport {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    public static func render(_ c: RunComparison, format: Format, top: Int = 10) -> String {
        switch format {
        case .text: return TerminalText.visible(text(c, top: top))
        case .markdown: return markdown(c, top: top)
        case .json: return json(c)
        }
    }

    static func pValue(_ p: Double) -> String {
        p >= 0.001 ? String(format: "%.3f", p) : String(format: "%.1e", p)
    }

    static func coverage(_ c: RunComparison) -> String {
        var text = "\(c.shared) prompts in both runs; \(c.onlyInA) only in A, \(c.onlyInB) only in B"
        if !c.mismatched.isEmpty {
            text += "; \(c.mismatched.count) shared keys left out because their instruction lists differ (keys \(c.mismatched.prefix(10).map(\.description).joined(separator: ", ")))"
        }
        return text + "."
    }

    static func changeLine(_ change: RunComparison.InstructionChange) -> [String] {
        [change.id, "+\(change.improved) / -\(change.regressed)", "(net \(change.net > 0 ? "+" : "")\(change.net) of \(change.total))"]
    }

    /// The legend of a comparison where either run has several samples per prompt.
    static let clusteredLegend = "Several samples per prompt: A and B are avg@k on the shared prompts (each prompt's share of followed samples, averaged; instruction level over instruction cells). Δ = B − A in percentage points, \(IntervalMethod.clusteredPairedDescription); p: two-sided paired bootstrap p-value (twice the smaller share of resampled differences on either side of 0, counts and resamples plus one, so never 0). A-only / B-only count the prompts whose share of followed samples is higher in that run; instruction ids count instruction cells whose share rose (+) or fell (-)."

    static func legendText(_ c: RunComparison) -> String { c.clustered ? clusteredLegend : legend }

    static let legend = "Δ = B − A in percentage points, \(IntervalMethod.pairedDescription). McNemar: exact two-sided test on the discordant prompts (prompt level) or instructions (instruction level); A-only / B-only count the units only that run followed."

    static func text(_ c: RunComparison, top: Int) -> String {
        var out = "A: \(c.modelA)\nB: \(c.modelB)\n\(coverage(c))\n\n"
        var rows = [["metric", "A %", "B %", "Δ (B−A)", "95% CI", "A-only", "B-only", c.clustered ? "bootstrap p" : "McNemar p"]]
        for d in c.differences {
            rows.append([d.metric.rawValue, TableText.percent(d.valueA), TableText.percent(d.valueB), TableText.signedPoints(d.difference),
                         "[\(TableText.signedPoints(d.interval.lower)), \(TableText.signedPoints(d.interval.upper))]",
                         String(d.onlyA), String(d.onlyB), pValue(d.pValue)])
        }
        out += TableText.columns(rows, alignRight: [1, 2, 3, 5, 6, 7])
        out += "\n" + legendText(c) + "\n"
        for strict in [true, false] {
            let (improved, regressed) = c.movers(strict: strict, limit: top)
            let mode = strict ? "strict" : "loose"
            out += "\nInstruction ids that improved most (\(mode)):\n"
            out += improved.isEmpty ? "  none\n" : TableText.columns(improved.map { ["  " + $0.id] + changeLine($0).dropFirst() })
            out += "Instruction ids that regressed most (\(mode)):\n"
            out += regressed.isEmpty ? "  none\n" : TableText.columns(regressed.map { ["  " + $0.id] + changeLine($0).dropFirst() })
        }
        return out
    }

    static func markdown(_ c: RunComparison, top: Int) -> String {
        var out = "# IFEval comparison\n\n- A: \(TableText.markdownCell(c.modelA))\n- B: \(TableText.markdownCell(c.modelB))\n- \(coverage(c))\n\n"
        out += TableText.markdownTable(
            header: ["Metric", "A (%)", "B (%)", "Δ B−A (pp)", "95% CI", "A-only", "B-only", c.clustered ? "Bootstrap p" : "McNemar p"], alignRight: Set(1...7),
            rows: c.differences.map { d in
                ["`\(d.metric.rawValue)`", TableText.percent(d.valueA), TableText.percent(d.valueB), TableText.signedPoints(d.difference),
                 "\(TableText.signedPoints(d.interval.lower)) to \(TableText.signedPoints(d.interval.upper))", String(d.onlyA), String(d.onlyB), pValue(d.pValue)]
            })
        out += "\n" + legendText(c) + "\n"
        for strict in [true, false] {
            let (improved, regressed) = c.movers(strict: strict, limit: top)
            out += "\n## Instruction ids that moved most (\(strict ? "strict" : "loose"))\n\n"
            let rows = (improved + regressed).map { ch in ["`\(ch.id)`", "+\(ch.improved)", "-\(ch.regressed)", (ch.net > 0 ? "+" : "") + String(ch.net), String(ch.total)] }
            out += rows.isEmpty ? "No instruction id changed on balance.\n"
                : TableText.markdownTable(header: ["Instruction id", "Improved", "Regressed", "Net", "Instructions"], alignRight: [1, 2, 3, 4], rows: rows)
        }
        return out
    }

    static func json(_ c: RunComparison) -> String {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        func changes(_ list: [RunComparison.InstructionChange]) -> JSONValue {
            .array(list.map { ch in
                .object([("instruction_id", .string(ch.id)), ("improved", int(ch.improved)), ("regressed", int(ch.regressed)),
                         ("net", int(ch.net)), ("total", int(ch.total))])
            })
        }
        let object: JSONValue = .object([
            ("format", .string("ifeval-swift comparison v1")),
            ("a", .string(c.modelA)),
            ("b", .string(c.modelB)),
            ("shared_prompts", int(c.shared)),
            ("only_in_a", int(c.onlyInA)),
            ("only_in_b", int(c.onlyInB)),
            ("mismatched_keys", .array(c.mismatched.map(\.jsonValue))),
            ("interval", .object([
                ("method", .string(c.clustered ? "clustered paired percentile bootstrap over shared prompts (all samples of a prompt resampled together)" : "paired percentile bootstrap over shared prompts")),
                ("level", number(IntervalMethod.level)),
                ("resamples", int(IntervalMethod.resamples)),
                ("seed", int(Int(IntervalMethod.seed))),
            ])),
            ("metrics", .object(c.differences.map { d in
                (d.metric.rawValue, .object([
                    ("a", number(d.valueA)), ("b", number(d.valueB)),
                    ("difference", number(d.difference)),
                    ("ci_low", number(d.interval.lower)), ("ci_high", number(d.interval.upper)),
                    ("unit", .string(c.clustered || d.metric.isPromptLevel ? "prompt" : "instruction")),
                    ("only_a", int(d.onlyA)), ("only_b", int(d.onlyB)),
                    (c.clustered ? "bootstrap_p" : "mcnemar_p", number(d.pValue)),
                ]))
            })),
            ("instructions_strict", changes(c.strictChanges)),
            ("instructions_loose", changes(c.looseChanges)),
        ])
        return JSONWriter.string(object) + "\n"
    }
}
