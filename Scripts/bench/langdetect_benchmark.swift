// Rough timing of LangDetectDetector, built outside the package by
// Scripts/bench/langdetect_benchmark.sh (the engine sources plus this file, -O).
// Usage: langdetect_benchmark FILE.json... (JSON arrays of objects with a "text" field,
// e.g. Tests/IFEvalEngineTests/Vectors/langdetect_vectors.json).
import Foundation

@main
struct LangDetectBenchmark {
    static func main() throws {
        var texts: [String] = []
        for path in CommandLine.arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
            texts += rows.compactMap { $0["text"] as? String }
        }
        let clock = ContinuousClock()
        let detector = LangDetectDetector()
        let decoding = clock.measure { _ = detector.detectLanguage(of: "warm up the tables") }
        print("first call (decodes the tables): \(decoding)")

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
        report("all texts", texts, rounds: 3)
        let typical = texts.filter { (2000...4000).contains($0.utf8.count) }
        report("2-4 KB texts", typical, rounds: 5)
    }
}
