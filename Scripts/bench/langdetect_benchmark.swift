// Rough timing of LangDetectDetector, built outside the package by
// Scripts/bench/langdetect_benchmark.sh (the engine sources plus this file, -O).
// Usage: langdetect_benchmark [--rounds N] FILE.json... (JSON arrays of objects with a
// "text" field and optionally the oracle's "probabilities", e.g.
// Tests/IFEvalEngineTests/Vectors/langdetect_vectors.json). Where probabilities are
// given, every result is checked bit for bit first. `--rounds 0` only measures the
// start (table decoding), e.g. under `valgrind --tool=callgrind` for instruction counts.
import Foundation

@main
struct LangDetectBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var rounds = 3
        if arguments.first == "--rounds", arguments.count >= 2 {
            rounds = Int(arguments[1]) ?? 3
            arguments.removeFirst(2)
        }
        var texts: [String] = []
        var expectations: [(String, [LanguageProbability]?)] = []
        for path in arguments {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
            for row in rows {
                guard let text = row["text"] as? String else { continue }
                texts.append(text)
                if row.keys.contains("probabilities") {
                    let pairs = (row["probabilities"] as? [[String]])?.map {
                        LanguageProbability(language: $0[0], probability: Double($0[1]) ?? .nan)
                    }
                    expectations.append((text, pairs))
                }
            }
        }
        let clock = ContinuousClock()
        let detector = LangDetectDetector()
        let decoding = clock.measure { _ = detector.detectLanguage(of: "warm up the tables") }
        print("first call (decodes the tables): \(decoding)")
        guard rounds > 0 else { return }

        var mismatches = 0
        for (text, expected) in expectations where detector.detectProbabilities(of: text) != expected {
            mismatches += 1
            if mismatches <= 5 { print("MISMATCH: \(text.prefix(60).debugDescription)") }
        }
        if !expectations.isEmpty {
            print("exact probabilities: \(expectations.count - mismatches)/\(expectations.count)")
        }

        func report(_ label: String, _ sample: [String], rounds: Int) {
            guard !sample.isEmpty else { return }
            var sink = 0
            let elapsed = clock.measure {
                for _ in 0..<rounds {
                    for text in sample { sink &+= detector.detectLanguage(of: text)?.count ?? 0 }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let perText = seconds / Double(sample.count * rounds)
            let bytes = sample.reduce(0) { $0 + $1.utf8.count } / sample.count
            print(String(format: "%@: %d texts, mean %d bytes, %.1f µs per detection (%.0f /s) [%d]",
                         label, sample.count, bytes, perText * 1e6, 1 / perText, sink))
        }
        report("all texts", texts, rounds: rounds)
        let typical = texts.filter { (2000...4000).contains($0.utf8.count) }
        report("2-4 KB texts", typical, rounds: rounds + 2)
    }
}
