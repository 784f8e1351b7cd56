import IFEvalEngine

/// Why a run's prompts passed or failed: per instruction the verdict and the verifier's
/// reason (and in loose mode the variant of the response that passed), with the response.
public enum RunExplanation {
    /// How much of a response to show when it is long: its start and its end, since
    /// instructions check both (titles and first words; postscripts and end phrases).
    public struct Truncation: Sendable {
        public var head: Int
        public var tail: Int
        /// How the caller's user sees the whole text, added to the note on a cut (the CLI
        /// names its option); nil for none.
        public var howToShowAll: String?
        public static let standard = Truncation(head: 800, tail: 300)
        public static let full = Truncation(head: .max, tail: 0)

        public init(head: Int, tail: Int, howToShowAll: String? = nil) {
            self.head = head
            self.tail = tail
            self.howToShowAll = howToShowAll
        }
    }

    public static func findPrompt(_ key: String, in run: RunDirectory) -> RunDirectory.PromptVerdicts? {
        run.prompts.first { $0.key.description == key }
    }

    /// Every result line of a key: its samples in a multi-sample run.
    public static func findSamples(_ key: String, in run: RunDirectory) -> [RunDirectory.PromptVerdicts] {
        run.prompts.filter { $0.key.description == key }
    }

    /// One prompt of a multi-sample run: how many samples followed, then each sample with
    /// its verdicts, reasons and response.
    public static func explainSamples(_ samples: [RunDirectory.PromptVerdicts], run: RunDirectory, mode: OfficialReport.Mode, truncation: Truncation) -> String {
        guard let first = samples.first else { return "" }
        let followed = samples.filter { mode == .strict ? $0.followsAllStrict : $0.followsAllLoose }.count
        var out = "key \(first.key) in \(run.model) (\(mode.rawValue))\n"
        out += "\(followed) of \(samples.count) samples followed every instruction\n"
        if !first.prompt.isEmpty {
            out += "\nprompt:\n" + shorten(first.prompt, truncation).text + "\n"
        }
        for sample in samples {
            let verdicts = mode == .strict ? sample.strict : sample.loose
            let count = verdicts.filter { $0 }.count
            out += "\n=== sample \(sample.sample.map(String.init) ?? "?"): \(count) of \(verdicts.count) instructions followed: \(count == verdicts.count ? "followed" : "NOT followed")\n"
            for line in instructionLines(sample, mode: mode, onlyFailed: false) { out += "  " + line + "\n" }
            let shown = shorten(sample.response, truncation)
            out += "response (\(sample.response.count) characters\(shown.cut > 0 ? "; start and end shown" : "")):\n"
            out += String(repeating: "-", count: 40) + "\n" + (sample.response.isEmpty ? "(empty)" : shown.text) + "\n" + String(repeating: "-", count: 40) + "\n"
            if let raw = sample.rawResponse {
                out += "(the model's raw output, before its thinking trace was removed, has \(raw.count) characters)\n"
            }
        }
        return TerminalText.visible(out)
    }

    static func variantDescription(_ name: String) -> String {
        LooseVariant.allCases.first { LooseVariantName.name($0) == name }?.description ?? name
    }

    /// Lines for the instructions of one prompt: verdict, id, reason.
    static func instructionLines(_ prompt: RunDirectory.PromptVerdicts, mode: OfficialReport.Mode, onlyFailed: Bool) -> [String] {
        let verdicts = mode == .strict ? prompt.strict : prompt.loose
        let reasons = mode == .strict ? prompt.strictReasons : prompt.looseReasons
        var lines: [String] = []
        for (index, id) in prompt.instructionIDs.enumerated() where !(onlyFailed && verdicts[index]) {
            var line = (verdicts[index] ? "followed      " : "NOT followed  ") + id
            if index < reasons.count, !reasons[index].isEmpty { line += ": " + reasons[index] }
            if mode == .loose, verdicts[index], index < prompt.looseVariants.count, let variant = prompt.looseVariants[index],
               variant != LooseVariantName.name(.response) {
                line += " (passed on \(variantDescription(variant)))"
            }
            lines.append(line)
        }
        return lines
    }

    public static func shorten(_ text: String, _ truncation: Truncation) -> (text: String, cut: Int) {
        let count = text.count
        guard truncation.head != .max, count > truncation.head + truncation.tail + 100 else { return (text, 0) }
        let cut = count - truncation.head - truncation.tail
        let note = "\(cut) characters not shown" + (truncation.howToShowAll.map { "; " + $0 } ?? "")
        return (String(text.prefix(truncation.head)) + "\n[… \(note) …]\n" + String(text.suffix(truncation.tail)), cut)
    }

    public static func explain(_ prompt: RunDirectory.PromptVerdicts, run: RunDirectory, mode: OfficialReport.Mode, truncation: Truncation) -> String {
        let verdicts = mode == .strict ? prompt.strict : prompt.loose
        let followed = verdicts.filter { $0 }.count
        var out = "key \(prompt.key) in \(run.model) (\(mode.rawValue))\n"
        out += "\(followed) of \(verdicts.count) instructions followed: the prompt is \(followed == verdicts.count ? "followed" : "NOT followed")\n\n"
        for line in instructionLines(prompt, mode: mode, onlyFailed: false) { out += "  " + line + "\n" }
        if !prompt.prompt.isEmpty {
            out += "\nprompt:\n" + shorten(prompt.prompt, truncation).text + "\n"
        }
        let shown = shorten(prompt.response, truncation)
        out += "\nresponse (\(prompt.response.count) characters\(shown.cut > 0 ? "; start and end shown" : "")):\n"
        out += String(repeating: "-", count: 40) + "\n" + (prompt.response.isEmpty ? "(empty)" : shown.text) + "\n" + String(repeating: "-", count: 40) + "\n"
        if let raw = prompt.rawResponse {
            out += "(the model's raw output, before its thinking trace was removed, has \(raw.count) characters)\n"
        }
        return TerminalText.visible(out)
    }

    /// Every prompt not followed in `mode`, with the instructions it failed and why;
    /// `footer` (how the caller's user sees one prompt in full) ends a non-empty list.
    public static func failures(_ run: RunDirectory, mode: OfficialReport.Mode, footer: String? = nil) -> String {
        let failed = run.prompts.filter { mode == .strict ? !$0.followsAllStrict : !$0.followsAllLoose }
        // A run read with `Detail.failures` keeps only failed lines: the totals come from the reader.
        let lines = run.resultsRead ? run.resultLineCount : run.prompts.count
        let prompts = run.resultsRead ? run.resultPromptCount : run.clusters.count
        var out = run.isMultiSample
            ? "\(failed.count) of \(lines) samples (of \(prompts) prompts) not followed in \(run.model) (\(mode.rawValue))\n"
            : "\(failed.count) of \(lines) prompts not followed in \(run.model) (\(mode.rawValue))\n"
        for prompt in failed {
            out += "\nkey \(prompt.key)\(prompt.sample.map { " sample \($0)" } ?? "")\n"
            for line in instructionLines(prompt, mode: mode, onlyFailed: true) { out += "  " + line + "\n" }
        }
        if !failed.isEmpty, let footer { out += "\n" + footer + "\n" }
        return TerminalText.visible(out)
    }
}
