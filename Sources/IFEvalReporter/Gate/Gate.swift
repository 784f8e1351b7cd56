import Foundation
import IFEvalEngine

/// Compares a candidate run with a baseline run under `GateRules`.
///
/// When both runs have per-prompt results, every rule is computed on the prompts they
/// share (matched by key), so that a change of prompt set cannot pass for a change of
/// quality. With `summary.json` alone, the floor and drop rules use the whole-run
/// accuracies, and the rules that need pairs cannot run.
public struct GateResult: Sendable {
    public enum Basis: Sendable, Equatable {
        case sharedPrompts(shared: Int, onlyInBaseline: Int, onlyInCandidate: Int)
        /// At least one run has only `summary.json`.
        case summaries
    }

    public var rules: GateRules
    public var baseline: RunDirectory
    public var candidate: RunDirectory
    public var basis: Basis
    /// All four metrics, gated ones first.
    public var metrics: [MetricComparison]
    /// Strict accuracy per instruction id on shared prompts (empty on summaries).
    public var instructions: [InstructionComparison]
    public var checks: [GateCheck]

    public var passed: Bool { checks.allSatisfy(\.passed) }
    public var failures: [GateCheck] { checks.filter { !$0.passed } }

    /// Instruction ids whose strict accuracy dropped, largest drop first.
    public var instructionRegressions: [InstructionComparison] { instructions.filter { $0.drop > 0 } }

    public static func evaluate(baseline: RunDirectory, candidate: RunDirectory, rules: GateRules) throws(GateInputError) -> GateResult {
        let basis: Basis
        var metrics: [MetricComparison]
        var instructions: [InstructionComparison] = []
        let ordered = rules.metrics + Metric.allCases.filter { !rules.metrics.contains($0) }
        if baseline.hasPromptResults && candidate.hasPromptResults {
            let paired = try PairedRuns.pair(baseline: baseline, candidate: candidate)
            guard !paired.pairs.isEmpty else {
                throw GateInputError(.noSharedPrompts(baseline: baseline.prompts.count, candidate: candidate.prompts.count))
            }
            basis = .sharedPrompts(shared: paired.pairs.count, onlyInBaseline: paired.onlyInBaseline.count, onlyInCandidate: paired.onlyInCandidate.count)
            metrics = ordered.map(paired.comparison)
            instructions = paired.instructionComparisons()
        } else {
            if rules.needsPromptResults {
                let summaryOnly = [baseline, candidate].filter { !$0.hasPromptResults }.map(\.path)
                let needs = [rules.alpha != nil ? GateCheck.Rule.significantDrop : nil, rules.maxInstructionDrop != nil ? .maxInstructionDrop : nil]
                throw GateInputError(.needsPromptResults(rules: needs.compactMap { $0 }, summaryOnly: summaryOnly))
            }
            basis = .summaries
            metrics = ordered.map { metric in
                var comparison = MetricComparison(metric: metric, baseline: metric.count(in: baseline.summary), candidate: metric.count(in: candidate.summary), paired: nil)
                if baseline.isMultiSample || candidate.isMultiSample {
                    comparison.averages = (baseline.accuracy(metric), candidate.accuracy(metric))
                }
                return comparison
            }
        }
        let checks = Self.checks(metrics: metrics.filter { rules.metrics.contains($0.metric) }, instructions: instructions, rules: rules)
        return GateResult(rules: rules, baseline: baseline, candidate: candidate, basis: basis, metrics: metrics, instructions: instructions, checks: checks)
    }

    /// A tolerance for comparing accuracies with thresholds typed in decimal.
    static let epsilon = 1e-9

    static func checks(metrics: [MetricComparison], instructions: [InstructionComparison], rules: GateRules) -> [GateCheck] {
        let words = rules.vocabulary
        var checks: [GateCheck] = []
        for comparison in metrics {
            let name = comparison.metric.name
            let from = GateFormat.fraction(comparison.baselineAccuracy)
            let to = GateFormat.fraction(comparison.candidateAccuracy)
            if let floor = rules.minScore {
                let score = comparison.candidateAccuracy
                let passed = score >= floor - epsilon
                let message = passed
                    ? "\(name): \(GateFormat.fraction(score)) is at least \(words.minScore) \(GateFormat.fraction(floor))"
                    : "\(name): \(GateFormat.fraction(score)) is below \(words.minScore) \(GateFormat.fraction(floor)) (by \(GateFormat.fraction(floor - score)))"
                checks.append(GateCheck(rule: .minScore, metric: comparison.metric, passed: passed, message: message))
            }
            if rules.checksDrop {
                let drop = comparison.drop
                let limit = rules.effectiveMaxDrop
                let tooLarge = drop > limit + epsilon
                var message = drop > 0
                    ? "\(name): dropped \(GateFormat.fraction(drop)) (\(from) -> \(to))"
                    : "\(name): \(drop == 0 ? "unchanged" : "rose \(GateFormat.fraction(-drop))") (\(from) -> \(to))"
                if drop > 0 {
                    message += (tooLarge ? ", more than " : ", within ") + "\(words.maxDrop) \(GateFormat.fraction(limit))"
                }
                if let alpha = rules.alpha, let paired = comparison.paired {
                    let p = paired.pValue
                    let significant = p < alpha
                    if paired.isClustered {
                        // Several samples per prompt: prompts are the unit, resampled with all their samples.
                        let counts = "(\(paired.regressed) prompts' share of followed samples fell, \(paired.improved) rose, of \(paired.units) shared)"
                        message += "; paired bootstrap p = \(GateFormat.pValue(p)) \(significant ? "<" : ">=") alpha \(GateFormat.threshold(alpha)) (prompts resampled with all their samples, \(IntervalMethod.resamples) resamples, seed \(IntervalMethod.seed)) \(counts)"
                    } else {
                        let counts = "(\(paired.regressed) \(comparison.metric.unitName) regressed, \(paired.improved) improved, of \(paired.units) shared)"
                        message += "; McNemar p = \(GateFormat.pValue(p)) \(significant ? "<" : ">=") alpha \(GateFormat.threshold(alpha)) \(counts)"
                    }
                    if tooLarge && !significant { message += ": not significant" }
                    checks.append(GateCheck(rule: .significantDrop, metric: comparison.metric, passed: !(tooLarge && significant), message: message))
                } else {
                    checks.append(GateCheck(rule: .maxDrop, metric: comparison.metric, passed: !tooLarge, message: message))
                }
            }
        }
        if let limit = rules.maxInstructionDrop {
            let gated = instructions.filter { $0.total >= rules.minInstructionCount }
            let failing = gated.filter { $0.drop > limit + epsilon }
            let skipped = instructions.count - gated.count
            let skippedNote = skipped > 0 ? " (\(skipped) ids with fewer than \(words.minInstructionCount) \(rules.minInstructionCount) shared instructions not gated)" : ""
            let message: String
            if failing.isEmpty {
                message = "instruction ids: no strict accuracy dropped more than \(words.maxInstructionDrop) \(GateFormat.fraction(limit)) across \(gated.count) ids\(skippedNote)"
            } else {
                // The largest few keep the verdict one readable line; the reports list all.
                var listed = failing.prefix(3).map(GateFormat.instructionDrop).joined(separator: ", ")
                if failing.count > 3 { listed += ", and \(failing.count - 3) more" }
                let ids = failing.count == 1 ? "1 id" : "\(failing.count) ids"
                message = "instruction ids: \(ids) dropped more than \(words.maxInstructionDrop) \(GateFormat.fraction(limit)): \(listed)\(skippedNote)"
            }
            checks.append(GateCheck(rule: .maxInstructionDrop, metric: nil, passed: failing.isEmpty, message: message))
        }
        return checks
    }
}

/// Number formats shared by the gate's outputs.
public enum GateFormat {
    /// Accuracies and drops: four decimals.
    public static func fraction(_ value: Double) -> String { String(format: "%.4f", value) }

    /// Thresholds as given: at most four decimals, no trailing zeros (`0.05`, `0`).
    public static func threshold(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    public static func pValue(_ p: Double) -> String {
        p >= 0.0001 ? String(format: "%.4f", p) : String(format: "%.2e", p)
    }

    /// Zero prints as `+0.0000`, never `-0.0000`.
    public static func signed(_ value: Double) -> String { String(format: "%+.4f", value == 0 ? 0 : value) }

    /// `detectable_format:title 0.9000 -> 0.6000 (-0.3000; 10 regressed, 1 improved, of 30)`.
    public static func instructionDrop(_ c: InstructionComparison) -> String {
        "\(c.id) \(fraction(c.baselineAccuracy)) -> \(fraction(c.candidateAccuracy)) (\(signed(-c.drop)); \(c.regressed) regressed, \(c.improved) improved, of \(c.total))"
    }
}
