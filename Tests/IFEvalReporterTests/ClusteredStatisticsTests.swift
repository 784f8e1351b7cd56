import IFEvalEngine
import Testing
@testable import IFEvalReporter

/// The clustered bootstrap (prompts resampled with all their samples) of multi-sample runs.
@Suite struct ClusteredStatisticsTests {
    /// Random whole-number items: prompt-level (0/1 of 1) and instruction-level (k of m).
    static func items(count: Int, seed: UInt64, instructions: Bool) -> [(followed: Int, total: Int)] {
        var generator = Statistics.SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let total = instructions ? Int(generator.next() % 4) + 1 : 1
            return (Int(generator.next() % UInt64(total + 1)), total)
        }
    }

    /// With one sample per prompt every item is a whole number: the clustered bootstrap
    /// draws the same prompts and gives the old interval to the bit.
    @Test func equalsTheOldBootstrapWhenEveryPromptHasOneSample() {
        for seed: UInt64 in [0, 1, 7] {
            for instructions in [false, true] {
                let whole = Self.items(count: 300, seed: seed + 100, instructions: instructions)
                let shares = whole.map { (followed: Double($0.followed), total: Double($0.total)) }
                #expect(Statistics.clusteredBootstrapInterval(shares, seed: seed) == Statistics.bootstrapInterval(whole, seed: seed))
                let other = Self.items(count: 300, seed: seed + 200, instructions: instructions)
                let pairs = zip(whole, other).map { (a: $0, b: $1) }
                let sharePairs = pairs.map { (a: (followed: Double($0.a.followed), total: Double($0.a.total)), b: (followed: Double($0.b.followed), total: Double($0.b.total))) }
                #expect(Statistics.clusteredPairedInterval(sharePairs, seed: seed) == Statistics.pairedBootstrapInterval(pairs, seed: seed))
            }
        }
    }

    @Test func reproducibleWithItsSeed() {
        let shares = (0..<200).map { (followed: Double($0 % 5) / 4, total: 1.0) }
        let first = Statistics.clusteredBootstrapInterval(shares, seed: 0)
        #expect(first == Statistics.clusteredBootstrapInterval(shares, seed: 0))
        #expect(first != Statistics.clusteredBootstrapInterval(shares, seed: 1))
        let pairs = shares.map { (a: $0, b: (followed: min(1, $0.followed + 0.25), total: 1.0)) }
        #expect(Statistics.clusteredPairedPValue(pairs, seed: 0) == Statistics.clusteredPairedPValue(pairs, seed: 0))
    }

    /// Two prompts, one solved by all its samples, one by none: a resample of two prompts
    /// is 0, 1/2 or 1 with probabilities 1/4, 1/2, 1/4, so the 2.5% and 97.5% points of
    /// 1000 draws are 0 and 1, however many samples each prompt has. The same 8 verdicts
    /// as 8 independent prompts give a narrower interval.
    @Test func twoClustersSpanEverything() {
        #expect(Statistics.clusteredBootstrapInterval([(1, 1), (0, 1)]) == Statistics.Interval(lower: 0, upper: 1))
        let flat = Statistics.bootstrapInterval(Array(repeating: (followed: 1, total: 1), count: 4) + Array(repeating: (followed: 0, total: 1), count: 4))
        #expect(flat.lower > 0 && flat.upper < 1)
    }

    /// Every resampled difference is 0 when the runs agree (p = 1); every one is positive
    /// when B's share is higher on every prompt (p = 2/1001, the smallest value with the
    /// add-one correction).
    @Test func pairedPValueAtTheExtremes() {
        let same = [(a: (followed: 0.5, total: 1.0), b: (followed: 0.5, total: 1.0)), (a: (followed: 0.25, total: 1.0), b: (followed: 0.25, total: 1.0))]
        #expect(Statistics.clusteredPairedPValue(same) == 1)
        let better = [(a: (followed: 0.5, total: 1.0), b: (followed: 0.75, total: 1.0)), (a: (followed: 0.0, total: 1.0), b: (followed: 0.25, total: 1.0))]
        #expect(Statistics.clusteredPairedPValue(better) == 2.0 / 1001)
        #expect(Statistics.clusteredPairedInterval(better) == Statistics.Interval(lower: 0.25, upper: 0.25))
    }

    /// A prompt with 3 samples of 2 instructions: [T,T], [T,F], [F,F]. Prompt level: 1 of 3
    /// samples followed both, (1/3, 1); instruction level: (2 + 1 + 0) / 3 = 1 of 2 cells.
    @Test func shareItemOfOnePromptByHand() {
        let lines = [[true, true], [true, false], [false, false]].enumerated().map { index, verdicts in
            RunDirectory.PromptVerdicts(key: .int(1), instructionIDs: ["a:x", "b:y"], strict: verdicts, loose: verdicts,
                                        strictReasons: [], looseReasons: [], looseVariants: [], response: "", rawResponse: nil, sample: index)
        }
        let prompt = Metric.promptLevelStrict.shareItem(lines[...])
        #expect(prompt.followed == 1.0 / 3 && prompt.total == 1)
        let instruction = Metric.instructionLevelLoose.shareItem(lines[...])
        #expect(instruction.followed == 1 && instruction.total == 2)
        // Consecutive lines of one key with a sample index are one prompt; without, each line is.
        #expect(RunDirectory.clusters(of: lines) == [0..<3])
        #expect(RunDirectory.clusters(of: lines.map { var line = $0; line.sample = nil; return line }) == [0..<1, 1..<2, 2..<3])
    }

    /// Bins of the solve-rate histogram: exactly 0, (0, 10%], ..., (90%, 100%), exactly 1.
    @Test func solveRateBins() {
        #expect(SolveRateHistogram.bin(0, of: 8) == 0)
        #expect(SolveRateHistogram.bin(8, of: 8) == 11)
        #expect(SolveRateHistogram.bin(1, of: 10) == 1)
        #expect(SolveRateHistogram.bin(2, of: 4) == 5)
        #expect(SolveRateHistogram.bin(3, of: 10) == 3)
        #expect(SolveRateHistogram.bin(19, of: 20) == 10)
        #expect(SolveRateHistogram.labels[5] == "40–50")
    }
}
