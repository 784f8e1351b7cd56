import Testing
@testable import IFEvalReporter

@Suite struct StatisticsTests {
    /// Values worked by hand: b + c = 10, min 1: 2 · (1 + 10) / 1024.
    @Test func mcNemarExactSmallCounts() {
        #expect(abs(Statistics.mcNemarExactPValue(b: 1, c: 9) - 22.0 / 1024.0) < 1e-12)
        #expect(Statistics.mcNemarExactPValue(b: 5, c: 5) == 1)
        #expect(Statistics.mcNemarExactPValue(b: 0, c: 0) == 1)
        // b = 0, c = 6: 2 / 64.
        #expect(abs(Statistics.mcNemarExactPValue(b: 0, c: 6) - 2.0 / 64.0) < 1e-12)
    }

    /// scipy.stats.binomtest(30, 100, 0.5).pvalue = 7.85013964559367e-05
    @Test func mcNemarExactMatchesScipy() {
        #expect(abs(Statistics.mcNemarExactPValue(b: 30, c: 70) - 7.85013964559367e-05) < 1e-15)
    }

    @Test func bootstrapIsDeterministicAndCoversTheEstimate() {
        let items = (0..<500).map { (followed: $0 % 4 == 0 ? 0 : 1, total: 1) }
        let a = Statistics.bootstrapInterval(items)
        let b = Statistics.bootstrapInterval(items)
        #expect(a == b)
        #expect(a.lower < 0.75 && 0.75 < a.upper)
        #expect(a.upper - a.lower > 0.05 && a.upper - a.lower < 0.10)
    }
}
