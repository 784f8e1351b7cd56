import Foundation
import IFEvalEngine

/// What `score --report text` adds after the official report in a run with several
/// samples per prompt: avg@k (the accuracies above are these means), pass@k, pass^k and
/// the reward profile. Nothing with one sample per prompt.
enum SampleReportText {
    static func render(_ summary: ScoreSummary) -> String {
        guard let sampling = summary.sampling, sampling.maxPerPrompt > 1 else { return "" }
        func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
        func row(_ name: String, _ m: SampleMetrics.FourMetrics) -> String {
            "\(name) prompt-level strict \(percent(m.promptLevelStrict)), loose \(percent(m.promptLevelLoose)); "
                + "instruction-level strict \(percent(m.instructionLevelStrict)), loose \(percent(m.instructionLevelLoose))"
        }
        let samplesText = sampling.minPerPrompt == sampling.maxPerPrompt
            ? "\(sampling.maxPerPrompt) per prompt" : "\(sampling.minPerPrompt) to \(sampling.maxPerPrompt) per prompt"
        var lines = [String(repeating: "=", count: 64), "Samples: \(sampling.samples) (\(samplesText), \(sampling.prompts) prompts)"]
        let avg = SampleMetrics.FourMetrics(promptLevelStrict: summary.promptLevelStrictAccuracy, instructionLevelStrict: summary.instructionLevelStrictAccuracy,
                                            promptLevelLoose: summary.promptLevelLooseAccuracy, instructionLevelLoose: summary.instructionLevelLooseAccuracy)
        lines.append(row("avg@\(sampling.maxPerPrompt):", avg))
        for (k, metrics) in sampling.passAtK { lines.append(row("pass@\(k):", metrics)) }
        for (k, metrics) in sampling.passHatK { lines.append(row("pass^\(k):", metrics)) }
        for (k, prompts) in sampling.samplesBelowK {
            lines.append("k = \(k): \(prompts) prompts have fewer samples (scored on the samples they have)")
        }
        let profile = sampling.rewardProfile
        lines.append("reward profile (prompts followed by no / some / every sample): strict \(profile.strict.none) / \(profile.strict.some) / \(profile.strict.all), loose \(profile.loose.none) / \(profile.loose.some) / \(profile.loose.all)")
        return lines.joined(separator: "\n") + "\n"
    }
}
