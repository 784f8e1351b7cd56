import Foundation
import Testing
@testable import IFEvalEngine

/// ROUGE-L against Google's rouge-score (vectors from Scripts/oracle/rouge_vectors.py)
/// and the all-pairs search against scoring every pair.
@Suite struct PromptSimilarityTests {
    struct Vector {
        let texts: [String]
        let tokens: [[String]]
        /// (target, prediction, precision, recall, fmeasure)
        let pairs: [(Int, Int, Double, Double, Double)]
    }

    static func vectors() throws -> Vector {
        let json = try Vectors.load("rouge_vectors")
        let texts = json["texts"]?.arrayValue ?? []
        let pairs = (json["pairs"]?.arrayValue ?? []).map { pair -> (Int, Int, Double, Double, Double) in
            func number(_ name: String) -> Double { Double(pair[name]?.stringValue ?? "") ?? .nan }
            func index(_ name: String) -> Int {
                if case let .number(n)? = pair[name] { return n.intValue ?? -1 }
                return -1
            }
            return (index("target"), index("prediction"), number("precision"), number("recall"), number("fmeasure"))
        }
        return Vector(texts: texts.map { $0["text"]?.stringValue ?? "" },
                      tokens: texts.map { ($0["tokens"]?.arrayValue ?? []).map { $0.stringValue ?? "" } },
                      pairs: pairs)
    }

    @Test func tokensAreRougeScores() throws {
        let vectors = try Self.vectors()
        #expect(vectors.texts.count >= 200)
        for (text, tokens) in zip(vectors.texts, vectors.tokens) {
            #expect(RougeL.tokens(text) == tokens, "\(text.debugDescription)")
        }
    }

    @Test func scoresAreRougeScoresToTheBit() throws {
        let vectors = try Self.vectors()
        #expect(vectors.pairs.count >= 300)
        for (target, prediction, precision, recall, fmeasure) in vectors.pairs {
            let score = RougeL.score(target: vectors.texts[target], prediction: vectors.texts[prediction])
            let context = "\(vectors.texts[target].debugDescription) / \(vectors.texts[prediction].debugDescription)"
            #expect(abs(score.fmeasure - fmeasure) <= 1e-9, "\(context)")
            #expect(score.fmeasure.bitPattern == fmeasure.bitPattern, "\(context): \(score.fmeasure) != \(fmeasure)")
            #expect(score.precision.bitPattern == precision.bitPattern, "\(context)")
            #expect(score.recall.bitPattern == recall.bitPattern, "\(context)")
        }
    }

    /// The bit-parallel matcher of the all-pairs search gives rouge-score's values too.
    @Test func allPairsScoresAreRougeScores() throws {
        let vectors = try Self.vectors()
        let similarity = PromptSimilarity(vectors.texts)
        for (target, prediction, _, _, fmeasure) in vectors.pairs where target != prediction {
            #expect(similarity.score(target, prediction).bitPattern == fmeasure.bitPattern)
        }
        // Every listed pair at 0.5, and no other, against the oracle's own values.
        let expected = vectors.pairs.filter { $0.0 < $0.1 && $0.4 >= 0.5 }.map { "\($0.0) \($0.1) \($0.4)" }
        let listed = Set(vectors.pairs.filter { $0.0 < $0.1 }.map { "\($0.0) \($0.1)" })
        let found = similarity.pairs(atLeast: 0.5, parallelism: 2).filter { listed.contains("\($0.first) \($0.second)") }
        #expect(found.map { "\($0.first) \($0.second) \($0.fmeasure)" }.sorted() == expected.sorted())
    }

    /// Code points between two ASCII characters: the tokens are the runs of `a-z0-9` in
    /// CPython 3.11's `lower()` of the text (its table in python_str_classes.json), so only
    /// code points whose lower case holds ASCII letters or digits may join or add tokens.
    @Test func everyCodePointAsPythonLowerThenAsciiRuns() throws {
        let vectors = try Vectors.load("python_str_classes")
        var lower: [UInt32: [UInt32]] = [:]
        for entry in vectors["lower"]?.arrayValue ?? [] {
            let parts = entry.arrayValue ?? []
            guard parts.count == 2, case let .number(cp)? = parts.first, let code = cp.intValue else { continue }
            lower[UInt32(code)] = (parts[1].arrayValue ?? []).compactMap { value -> UInt32? in
                if case let .number(n) = value { return n.intValue.map(UInt32.init) } else { return nil }
            }
        }
        #expect(lower.count > 1000)
        func isAlnum(_ cp: UInt32) -> Bool { (0x61...0x7A).contains(cp) || (0x30...0x39).contains(cp) }
        var mismatches: [String] = []
        // Every code point that lower() changes, all of ASCII and Latin-1, and a sample of
        // the rest (which lower() leaves as they are: non-ASCII, so separators).
        let codePoints = Set(lower.keys).union(0...0xFF).union(stride(from: UInt32(0x100), through: 0x10FFFF, by: 37))
        for cp in codePoints.sorted() where !(0xD800...0xDFFF).contains(cp) {
            let mapped = [0x61] + (lower[cp] ?? [cp]) + [0x31]
            var expected: [String] = [], run = ""
            for code in mapped {
                if isAlnum(code) { run.unicodeScalars.append(Unicode.Scalar(code)!) } else if !run.isEmpty { expected.append(run); run = "" }
            }
            if !run.isEmpty { expected.append(run) }
            var text = "A"
            text.unicodeScalars.append(Unicode.Scalar(cp)!)
            text += "1"
            if RougeL.tokens(text) != expected { mismatches.append(String(cp, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Hand-worked: "the cat sat on the mat" against "the cat the mat": LCS 4 (the cat
    /// the mat), precision 4/4, recall 4/6, F = 2 * 1 * (2/3) / (5/3) = 0.8.
    @Test func handWorkedScore() {
        let score = RougeL.score(target: "The cat sat on the mat.", prediction: "the CAT, the mat")
        #expect(score.precision == 1)
        #expect(score.recall == 4.0 / 6.0)
        #expect(abs(score.fmeasure - 0.8) < 1e-15)
        #expect(RougeL.score(target: "", prediction: "the cat").fmeasure == 0)
        #expect(RougeL.score(target: "日本語", prediction: "日本語").fmeasure == 0)  // no ASCII token at all
        #expect(RougeL.tokens("İZMİR Kelvin \u{212A}") == ["i", "zmi", "r", "kelvin", "k"])
    }

    /// Random token sequences of 0 to 300 tokens: the bit-parallel LCS (one and several
    /// 64-bit words) equals the quadratic table.
    @Test func bitParallelLCSMatchesTheTable() {
        var random = SplitMix64(state: 24)
        var matcher = LCSMatcher(vocabularySize: 12)
        for round in 0..<400 {
            let alphabet = Int32(1 + Int(random.next() % 11))
            let lengths = [Int(random.next() % 300), Int(random.next() % 140)]
            let a = (0..<lengths[0]).map { _ in Int32(random.next() % UInt64(alphabet)) }
            let b = (0..<lengths[1]).map { _ in Int32(random.next() % UInt64(alphabet)) }
            matcher.load(a)
            #expect(matcher.lcs(b) == RougeL.longestCommonSubsequence(a, b).count, "round \(round)")
            matcher.load(b)
            #expect(matcher.lcs(a) == RougeL.longestCommonSubsequence(a, b).count, "round \(round)")
            // Two at once (one loop for both when the loaded side fits one word).
            let c = (0..<Int(random.next() % 90)).map { _ in Int32(random.next() % UInt64(alphabet)) }
            let both = a + c
            let pair = both.withUnsafeBufferPointer { matcher.lcs($0, 0..<a.count, a.count..<both.count) }
            #expect(pair.0 == RougeL.longestCommonSubsequence(b, a).count, "round \(round)")
            #expect(pair.1 == RougeL.longestCommonSubsequence(b, c).count, "round \(round)")
            // With required lengths: exact when reached, below them otherwise.
            let required = (Int(random.next() % 40), Int(random.next() % 40))
            let early = both.withUnsafeBufferPointer { matcher.lcs($0, 0..<a.count, a.count..<both.count, required: required) }
            #expect(pair.0 >= required.0 ? early.0 == pair.0 : early.0 < required.0, "round \(round)")
            #expect(pair.1 >= required.1 ? early.1 == pair.1 : early.1 < required.1, "round \(round)")
        }
    }

    /// The pruned searches give what scoring every pair gives, at several thresholds and
    /// with one or two threads.
    @Test func searchesMatchScoringEveryPair() {
        var random = SplitMix64(state: 7)
        let words = "write a short story poem about the sea in fewer than words use no commas answer yes".split(separator: " ")
        var texts: [String] = [""]
        for _ in 0..<180 {
            let length = Int(random.next() % 40) + (random.next() % 5 == 0 ? 60 : 1)
            texts.append((0..<length).map { _ in String(words[Int(random.next() % UInt64(words.count))]) }.joined(separator: " "))
        }
        texts += [texts[5], texts[9] + " again", "Write a short story."]
        let similarity = PromptSimilarity(texts)
        var all: [PromptSimilarity.Pair] = []
        var highest = [Double](repeating: 0, count: texts.count)
        for i in texts.indices {
            for j in texts.indices where j > i {
                let lcs = RougeL.longestCommonSubsequence(RougeL.tokens(texts[i]), RougeL.tokens(texts[j])).count
                let f = RougeL.fmeasure(lcs: lcs, target: RougeL.tokens(texts[i]).count, prediction: RougeL.tokens(texts[j]).count)
                all.append(.init(first: i, second: j, fmeasure: f))
                highest[i] = max(highest[i], f)
                highest[j] = max(highest[j], f)
            }
        }
        all.sort(by: PromptSimilarity.mostSimilarFirst)
        for threshold in [0.3, 0.5, 0.7, 0.71, 0.9, 1.0] {
            for parallelism in [1, 2] {
                #expect(similarity.pairs(atLeast: threshold, parallelism: parallelism) == all.filter { $0.fmeasure >= threshold }, "\(threshold)")
            }
        }
        for (top, threshold) in [(0, 0.5), (1, 0.7), (10, 0.3), (50, 1.0), (3, .infinity)] {
            let survey = similarity.survey(top: top, threshold: threshold, parallelism: 2)
            #expect(survey.top == Array(all.prefix(top)))
            #expect(survey.highest == highest)
            #expect(survey.atThreshold == all.filter { $0.fmeasure >= threshold }.count, "\(threshold)")
        }
        #expect(similarity.commonSubsequence(texts.count - 1, texts.count - 1) == ["write", "a", "short", "story"])
    }

    /// The smallest passing LCS is where the computed F-measure first reaches the threshold.
    @Test func requiredLCSIsTheFirstPassingLength() {
        for m in 1...80 {
            for n in m...(m + 90) {
                for threshold in [0.5, 0.7, 0.75, 2.0 / 3.0, 1.0] {
                    let first = (1...m).first { RougeL.fmeasure(lcs: $0, target: m, prediction: n) >= threshold }
                    #expect(RougeL.requiredLCS(m, n, threshold: threshold) == first)
                }
            }
        }
    }
}
