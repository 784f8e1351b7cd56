import Foundation

/// Uncertainty when a prompt carries several samples: the prompt is the unit that is
/// resampled, with all its samples together (a clustered bootstrap), since samples of one
/// prompt are not independent. An item is one prompt's share of followed samples (prompt
/// level: `(c / n, 1)`) or the sum of its instruction cells' shares (instruction level:
/// `(Σ c_cell / n, cells)`); the statistic is `Σ followed / Σ total`, avg@k. With one
/// sample per prompt the items are whole numbers and the draws are those of
/// `bootstrapInterval`, so the intervals are the same to the bit.
extension Statistics {
    public typealias ShareItem = (followed: Double, total: Double)

    /// The percentile bootstrap interval of avg@k over prompts resampled with replacement.
    public static func clusteredBootstrapInterval(_ items: [ShareItem], resamples: Int = 1000, seed: UInt64 = 0, level: Double = 0.95) -> Interval {
        guard !items.isEmpty else { return Interval(lower: 0, upper: 0) }
        var generator = SeededGenerator(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        let n = items.count
        for _ in 0..<resamples {
            var followed = 0.0
            var total = 0.0
            for _ in 0..<n {
                let item = items[Int(generator.next() % UInt64(n))]
                followed += item.followed
                total += item.total
            }
            estimates.append(total == 0 ? 0 : followed / total)
        }
        return percentileInterval(&estimates, level: level)
    }

    /// The resampled paired differences `avg(b) − avg(a)` over shared prompts (each draw
    /// takes a prompt with all samples of both runs), in draw order.
    static func clusteredPairedDraws(_ pairs: [(a: ShareItem, b: ShareItem)], resamples: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        let n = pairs.count
        for _ in 0..<resamples {
            var af = 0.0, at = 0.0, bf = 0.0, bt = 0.0
            for _ in 0..<n {
                let pair = pairs[Int(generator.next() % UInt64(n))]
                af += pair.a.followed
                at += pair.a.total
                bf += pair.b.followed
                bt += pair.b.total
            }
            estimates.append((bt == 0 ? 0 : bf / bt) - (at == 0 ? 0 : af / at))
        }
        return estimates
    }

    /// The paired percentile bootstrap interval of `avg(b) − avg(a)`, prompts resampled.
    public static func clusteredPairedInterval(_ pairs: [(a: ShareItem, b: ShareItem)], resamples: Int = 1000, seed: UInt64 = 0, level: Double = 0.95) -> Interval {
        guard !pairs.isEmpty else { return Interval(lower: 0, upper: 0) }
        var draws = clusteredPairedDraws(pairs, resamples: resamples, seed: seed)
        return percentileInterval(&draws, level: level)
    }

    /// A two-sided paired bootstrap p-value for "no difference" in avg@k, prompts
    /// resampled with all their samples: twice the smaller count of resampled differences
    /// at or below 0 and at or above 0, each count and the number of resamples plus one
    /// (Davison and Hinkley's correction: a resampling test never claims p = 0; at most 1).
    /// With 1000 resamples the smallest value is 2/1001; an observed difference of 0 gives 1.
    public static func clusteredPairedPValue(_ pairs: [(a: ShareItem, b: ShareItem)], resamples: Int = 1000, seed: UInt64 = 0) -> Double {
        guard !pairs.isEmpty else { return 1 }
        let draws = clusteredPairedDraws(pairs, resamples: resamples, seed: seed)
        let atOrBelow = draws.filter { $0 <= 0 }.count
        let atOrAbove = draws.filter { $0 >= 0 }.count
        return min(1, 2 * Double(min(atOrBelow, atOrAbove) + 1) / Double(draws.count + 1))
    }
}
