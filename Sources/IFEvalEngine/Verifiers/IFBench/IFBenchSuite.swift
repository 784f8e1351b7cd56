extension Suite {
    /// IFBench (Pyatkin et al. 2025): 58 out-of-distribution instruction types, scored as
    /// IFBench's own code (commit db69a6f, nltk 3.9.2) scores them.
    public static let ifbench = Suite(
        name: "ifbench",
        summary: "IFBench (Pyatkin et al. 2025): 58 out-of-distribution verifiable instruction types",
        types: IFBenchTypes.countRatioSentenceRepeat + IFBenchTypes.wordsCustom + IFBenchTypes.format,
        including: [.ifeval],
        kwargsPolicy: .dropNull,
        headlineMetric: .promptLevelLoose,
        categories: .idPrefix,
        textAnalysis: .nltk3_9
    )
}

/// The suite's types, one line each (in three lists while they are written in parallel).
enum IFBenchTypes {}
