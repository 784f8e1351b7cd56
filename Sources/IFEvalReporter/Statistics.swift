import Foundation

/// Uncertainty of accuracies over prompts.
public enum Statistics {
    /// A deterministic generator (SplitMix64), so that intervals are the same every run.
    public struct SeededGenerator: RandomNumberGenerator, Sendable {
        var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    public struct Interval: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
    }

    /// The 95% percentile bootstrap interval of `sum(followed) / sum(total)` over items
    /// (prompts) resampled with replacement: `resamples` draws with a fixed seed.
    /// For prompt-level accuracy each item is (0 or 1, 1); for instruction-level accuracy
    /// it is (instructions followed, instructions) of one prompt.
    public static func bootstrapInterval(_ items: [(followed: Int, total: Int)], resamples: Int = 1000, seed: UInt64 = 0, level: Double = 0.95) -> Interval {
        // Whole counts are exact as Doubles, so the clustered draws are these, to the bit.
        clusteredBootstrapInterval(items.map { (Double($0.followed), Double($0.total)) }, resamples: resamples, seed: seed, level: level)
    }

    /// The 95% percentile bootstrap interval of a paired difference `mean(b) - mean(a)`
    /// over items resampled with replacement (each item a pair of values).
    public static func pairedBootstrapInterval(_ pairs: [(a: (followed: Int, total: Int), b: (followed: Int, total: Int))], resamples: Int = 1000, seed: UInt64 = 0, level: Double = 0.95) -> Interval {
        // Whole counts are exact as Doubles (sums too), so the clustered draws are these, to the bit.
        clusteredPairedInterval(pairs.map { ((Double($0.a.followed), Double($0.a.total)), (Double($0.b.followed), Double($0.b.total))) },
                                resamples: resamples, seed: seed, level: level)
    }

    static func percentileInterval(_ estimates: inout [Double], level: Double) -> Interval {
        estimates.sort()
        let alpha = (1 - level) / 2
        let count = estimates.count
        let low = estimates[max(0, min(count - 1, Int((alpha * Double(count)).rounded(.down))))]
        let high = estimates[max(0, min(count - 1, Int(((1 - alpha) * Double(count)).rounded(.up)) - 1))]
        return Interval(lower: low, upper: high)
    }

    /// The exact two-sided McNemar test on discordant pairs: `b` items only the first run
    /// passed, `c` only the second. Under no difference each discordant item is a fair
    /// coin: p = min(1, 2 · P(X ≤ min(b, c))) with X ~ Binomial(b + c, 1/2).
    public static func mcNemarExactPValue(b: Int, c: Int) -> Double {
        let n = b + c
        guard n > 0 else { return 1 }
        let k = min(b, c)
        // Sum the binomial probabilities in log space to stay accurate for large n.
        let logHalfN = Double(n) * log(0.5)
        var logTerms: [Double] = []
        logTerms.reserveCapacity(k + 1)
        for i in 0...k {
            logTerms.append(logChoose(n, i) + logHalfN)
        }
        let maxLog = logTerms.max()!
        let sum = logTerms.reduce(0) { $0 + exp($1 - maxLog) }
        let tail = exp(maxLog + log(sum))
        return min(1, 2 * tail)
    }

    static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
    }
}
