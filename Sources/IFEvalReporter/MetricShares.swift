import IFEvalEngine

/// The clustered unit of the four metrics: one item per prompt with all its samples.
extension Metric {
    /// One item per prompt (its samples together, in a multi-sample run): what the
    /// leaderboard's bootstrap resamples. See `Statistics.clusteredBootstrapInterval`.
    public func shareItems(_ prompts: [RunDirectory.PromptVerdicts]) -> [Statistics.ShareItem] {
        RunDirectory.clusters(of: prompts).map { shareItem(prompts[$0]) }
    }

    /// `(c / n, 1)` at prompt level, `(Σ followed instructions / n, instructions)` at
    /// instruction level, over the n samples of one prompt.
    public func shareItem(_ samples: ArraySlice<RunDirectory.PromptVerdicts>) -> Statistics.ShareItem {
        guard let first = samples.first else { return (0, 0) }
        let n = Double(samples.count)
        var followed = 0
        for sample in samples { followed += item(for: sample).followed }
        return (Double(followed) / n, Double(item(for: first).total))
    }
}
