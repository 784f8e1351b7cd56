// Timing (and agreement check) of PunktSentenceTokenizer.countSentences and
// NLTKWordTokenizer.countUppercaseWords, built outside the package by
// Scripts/bench/tokenizer_benchmark.sh (the engine sources plus this file, -O).
// Reads the shared responses (../shared/ifeval, never copied into the repository), makes
// the eight loose-mode variants of each, times both counts on them and, when
// /tmp/tokenizer_shared_expect.json exists (Scripts/oracle/tokenizer_shared_expect.py),
// counts the disagreements with nltk.
// Environment: BENCH_LIMIT=N (first N responses per file), BENCH_ROUNDS=N (timed rounds),
// BENCH_ONLY=sentences|capitals (no agreement check; time one count, on all variants
// only: for callgrind, with --toggle-collect='*benchSentences*' or '*benchCapitals*').
import Foundation

@main
struct TokenizerBenchmark {
    static func looseVariants(of response: String) -> [String] {
        // The engine's own construction of the official eight texts, in the same order.
        LooseVariant.texts(for: response)
    }

    // Named, never inlined, so that callgrind can collect exactly these calls.
    @inline(never) static func benchSentences(_ punkt: PunktSentenceTokenizer, _ text: String) -> Int {
        punkt.countSentences(in: text)
    }

    @inline(never) static func benchCapitals(_ words: NLTKWordTokenizer, _ text: String) -> Int {
        words.countUppercaseWords(in: text)
    }

    static func main() throws {
        let environment = ProcessInfo.processInfo.environment
        let limit = Int(environment["BENCH_LIMIT"] ?? "") ?? Int.max
        let rounds = Int(environment["BENCH_ROUNDS"] ?? "") ?? 3
        let shared = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "../shared/ifeval")
        let expectations = URL(fileURLWithPath: "/tmp/tokenizer_shared_expect.json")
        var files = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("responses").path)
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { "responses/" + $0 }
        files.append("mutations/responses.jsonl")

        var expected: [String: [[[Int]]]] = [:]
        if let data = try? Data(contentsOf: expectations),
           let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
           let rows = root["files"] as? [[String: Any]] {
            for row in rows { if let p = row["path"] as? String, let c = row["counts"] as? [[[Int]]] { expected[p] = c } }
        }

        var texts: [String] = []
        var expectedCounts: [[Int]?] = []
        for path in files {
            let text = try String(contentsOf: shared.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            for (index, line) in lines.enumerated() where index < limit {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                let response = object?["response"] as? String ?? ""
                for (variant, v) in looseVariants(of: response).enumerated() {
                    texts.append(v)
                    expectedCounts.append(expected[path].map { $0[index][variant] })
                }
            }
        }

        let punkt = PunktSentenceTokenizer.english
        let words = NLTKWordTokenizer()
        // Agreement (also warms up the model tables).
        var checked = 0, sentenceMismatches = 0, capitalMismatches = 0
        let only = environment["BENCH_ONLY"] ?? ""
        for (text, counts) in zip(texts, expectedCounts) where only.isEmpty {
            guard let counts else { continue }
            checked += 1
            if punkt.countSentences(in: text) != counts[0] { sentenceMismatches += 1 }
            if words.countUppercaseWords(in: text) != counts[1] { capitalMismatches += 1 }
        }
        if checked > 0 {
            print("agreement: \(checked) texts, sentence-count mismatches \(sentenceMismatches), capital-count mismatches \(capitalMismatches)")
        } else {
            print("agreement: not checked (no \(expectations.path))")
        }
        guard rounds > 0 else { return }

        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        func time(_ label: String, _ sample: [String], _ count: (String) -> Int) {
            guard !sample.isEmpty else { return }
            var best = Double.infinity
            var sink = 0
            for _ in 0..<rounds {
                let elapsed = clock.measure { for t in sample { sink &+= count(t) } }
                best = min(best, seconds(elapsed))
            }
            let bytes = sample.reduce(0) { $0 + $1.utf8.count } / sample.count
            print(String(format: "%@: %d texts, mean %d bytes, %.2f µs per call (best of %d) [%d]",
                         label, sample.count, bytes, best / Double(sample.count) * 1e6, rounds, sink))
        }
        let typical = only.isEmpty ? texts.filter { (1000...3000).contains($0.utf8.count) } : []
        if only != "capitals" {
            time("countSentences, all variants", texts) { benchSentences(punkt, $0) }
            time("countSentences, 1-3 KB", typical) { punkt.countSentences(in: $0) }
        }
        if only != "sentences" {
            time("countUppercaseWords, all variants", texts) { benchCapitals(words, $0) }
            time("countUppercaseWords, 1-3 KB", typical) { words.countUppercaseWords(in: $0) }
        }
    }
}
