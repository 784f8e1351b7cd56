/// One language and its probability, as in langdetect's `detect_langs` result.
public struct LanguageProbability: Sendable, Hashable {
    public let language: String
    public let probability: Double
}

/// A bit-exact port of langdetect 1.0.9's `detect` / `detect_langs` with
/// `DetectorFactory.seed` set: every call seeds a fresh CPython-compatible generator,
/// so calls are independent and the detector holds no mutable state.
public struct LangDetectDetector: LanguageDetecting {
    /// `Detector.ALPHA_DEFAULT`, `ALPHA_WIDTH`, `n_trial`, `ITERATION_LIMIT`,
    /// `PROB_THRESHOLD`, `CONV_THRESHOLD` and `BASE_FREQ`.
    static let alphaDefault = 0.5
    static let alphaWidth = 0.05
    static let trialCount = 7
    static let iterationLimit = 1000
    static let probabilityThreshold = 0.1
    static let convergenceThreshold = 0.99999
    static let baseFrequency = 10_000.0

    /// The value of `DetectorFactory.seed` the reference runs used.
    public let seed: Int
    /// The generator right after `seed(seed)`, copied by each detection (seeding
    /// again every call would give the same state).
    private let seededRandom: CPythonRandom

    public init(seed: Int = 0) {
        self.seed = seed
        self.seededRandom = CPythonRandom(seed: seed)
    }

    /// `langdetect.detect(text)`: the most probable language, `"unknown"` when no
    /// language passes the 0.1 threshold, or nil where langdetect raises
    /// `LangDetectException` (no known n-gram in the text). Stops sampling as soon as
    /// the winner is decided (see `winnerIsDecided`): same answer, fewer trials.
    public func detectLanguage(of text: String) -> String? {
        guard let (ngrams, tables) = extractNGrams(of: text) else { return nil }
        let probabilities = averageProbabilities(of: ngrams, tables: tables, stoppingWhen: Self.winnerIsDecided)
        return Self.sorted(probabilities, languages: tables.languages).first?.language ?? "unknown"
    }

    /// `langdetect.detect_langs(text)`: languages above probability 0.1, most probable
    /// first (ties in profile load order), or nil where langdetect raises.
    public func detectProbabilities(of text: String) -> [LanguageProbability]? {
        guard let (ngrams, tables) = extractNGrams(of: text) else { return nil }
        let probabilities = averageProbabilities(of: ngrams, tables: tables)
        return Self.sorted(probabilities, languages: tables.languages)
    }

    /// `append`, `cleaning_text` and `_extract_ngrams`: the `EntryRange`s of the text's
    /// known n-grams, or nil where langdetect raises.
    private func extractNGrams(of text: String) -> ([UInt32], LangDetectTables)? {
        let scalars = ScalarText.codePoints(of: text)
        // Without an ASCII letter or any non-ASCII code point, every character
        // normalises to a space: no n-gram, so langdetect raises. Checked before the
        // tables are needed, which keeps such calls free of the start-up decoding.
        guard scalars.contains(where: { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return nil }
        let tables = LangDetectTables.shared
        let prepared = LangDetectTextCleaner.prepare(scalars)
        let ngrams = LangDetectNGrams.extract(prepared, tables: tables)
        return ngrams.isEmpty ? nil : (ngrams, tables)
    }

    /// `_detect_block` after extraction: 7 trials of random n-gram sampling, averaged.
    /// `ngrams` holds the `EntryRange` of each extracted n-gram. `isDecided`, given the
    /// running sums and the number of trials done, may end the sampling early; the sums
    /// are then partial.
    func averageProbabilities(
        of ngrams: [UInt32], tables: LangDetectTables,
        stoppingWhen isDecided: ((_ sums: [Double], _ trialsDone: Int) -> Bool)? = nil
    ) -> [Double] {
        let languageCount = tables.languages.count
        var average = [Double](repeating: 0.0, count: languageCount)
        var random = seededRandom
        // Each update writes the other buffer, then they swap.
        var probabilities = UnsafeMutableBufferPointer<Double>.allocate(capacity: languageCount)
        var updated = UnsafeMutableBufferPointer<Double>.allocate(capacity: languageCount)
        defer {
            probabilities.deallocate()
            updated.deallocate()
        }
        tables.entryProbabilities.withUnsafeBufferPointer { entryProbabilities in
            tables.entryLanguages.withUnsafeBufferPointer { entryLanguages in
                tables.denseRows.withUnsafeBufferPointer { denseRows in
                    ngrams.withUnsafeBufferPointer { ngrams in
                        for trial in 1...Self.trialCount {
                            probabilities.initialize(repeating: 1.0 / Double(languageCount))
                            let alpha = Self.alphaDefault + random.gauss(mu: 0.0, sigma: 1.0) * Self.alphaWidth
                            let weight = alpha / Self.baseFrequency
                            var iteration = 0
                            while true {
                                let range = ngrams[random.randomBelow(ngrams.count)]
                                Self.update(probabilities, into: updated, range: range, weight: weight, entryProbabilities: entryProbabilities,
                                            entryLanguages: entryLanguages, denseRows: denseRows)
                                swap(&probabilities, &updated)
                                if iteration % 5 == 0 {
                                    if Self.normalize(probabilities) > Self.convergenceThreshold || iteration >= Self.iterationLimit {
                                        break
                                    }
                                }
                                iteration += 1
                            }
                            for j in 0..<languageCount {
                                average[j] += probabilities[j] / Double(Self.trialCount)
                            }
                            if trial < Self.trialCount, let isDecided, isDecided(average, trial) { break }
                        }
                    }
                }
            }
        }
        return average
    }

    /// Whether the first language of `sorted` is already known after `trialsDone`
    /// trials. Each later trial adds `p / 7` to every sum, where `p` is a normalised
    /// probability: `x / total` with `0 <= x <= total` (the total adds `x` and other
    /// non-negative terms), so `0 <= p <= 1`. Hence the leader's sum can only grow, and
    /// any other sum can grow by at most `(7 - trialsDone) / 7`, plus rounding errors
    /// far below the 1e-9 margin. A leader above 0.1 and above every other sum by more
    /// than that stays above the threshold and strictly first: the result is decided.
    static func winnerIsDecided(_ sums: [Double], trialsDone: Int) -> Bool {
        var leader = 0.0
        var runnerUp = 0.0
        for sum in sums {
            if sum > leader {
                runnerUp = leader
                leader = sum
            } else if sum > runnerUp {
                runnerUp = sum
            }
        }
        let largestGrowth = Double(trialCount - trialsDone) / Double(trialCount) + 1e-9
        return leader > probabilityThreshold && leader > runnerUp + largestGrowth
    }

    /// `_update_lang_prob`: `prob[i] *= weight + p[i]`, where `p[i]` is 0.0 for the
    /// languages whose profile lacks the n-gram (so their factor is `weight` itself),
    /// written into `updated`. From a dense row, that is one vectorisable loop, as in
    /// langdetect. From entries, every language is first multiplied by `weight` in one
    /// vectorisable loop, then the n-gram's languages get `probabilities[i] * (weight
    /// + p)` from the untouched source. Either way, the same single product per
    /// language as langdetect's.
    @inline(__always)
    static func update(
        _ probabilities: UnsafeMutableBufferPointer<Double>, into updated: UnsafeMutableBufferPointer<Double>,
        range: UInt32, weight: Double, entryProbabilities: UnsafeBufferPointer<Double>,
        entryLanguages: UnsafeBufferPointer<UInt8>, denseRows: UnsafeBufferPointer<Double>
    ) {
        let start = Int(range >> 6)
        if range & 63 == EntryRange.denseCount {
            let row = UnsafeBufferPointer(rebasing: denseRows[start..<(start + probabilities.count)])
            for i in 0..<probabilities.count { updated[i] = probabilities[i] * (weight + row[i]) }
            return
        }
        for i in 0..<probabilities.count { updated[i] = probabilities[i] * weight }
        for entry in start..<(start + Int(range & 63)) {
            let language = Int(entryLanguages[entry])
            updated[language] = probabilities[language] * (weight + entryProbabilities[entry])
        }
    }

    /// `_normalize_prob`: divides by the left-to-right sum (CPython 3.11's `sum`
    /// adds floats in order, without compensation) and returns the maximum.
    static func normalize(_ probabilities: UnsafeMutableBufferPointer<Double>) -> Double {
        var sum = 0.0
        var largest = 0.0
        for p in probabilities {
            sum += p
            if largest < p { largest = p }
        }
        // Separate loop so the divisions vectorise (each quotient is still the one
        // correctly rounded IEEE division).
        for i in 0..<probabilities.count { probabilities[i] = probabilities[i] / sum }
        // Rounded division by a positive number keeps the order (a <= b gives
        // a / s <= b / s), so the largest quotient is the largest value's quotient.
        return largest / sum
    }

    /// `_sort_probability`: keeps p > 0.1, sorted by decreasing probability; Python's
    /// sort is stable, so equal probabilities stay in load order.
    static func sorted(_ probabilities: [Double], languages: [String]) -> [LanguageProbability] {
        probabilities.indices
            .filter { probabilities[$0] > probabilityThreshold }
            .sorted { probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1 }
            .map { LanguageProbability(language: languages[$0], probability: probabilities[$0]) }
    }
}
