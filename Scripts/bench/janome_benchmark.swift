// The janome-equivalent tokenizer's speed: dictionary load (first call) and tokens per
// second over the distinct M-IFEval response texts in ../shared/mifeval-ja (responses and
// mutations). Built by janome_benchmark.sh with the engine's sources (optimised).
import Foundation

@main
struct JanomeBenchmark {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func main() throws {
        let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "../shared/mifeval-ja"
        let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "3") ?? 3
        var files = try FileManager.default.contentsOfDirectory(atPath: root + "/responses").sorted().map { root + "/responses/" + $0 }
        files.append(root + "/mutations/responses.jsonl")
        var seen = Set<String>()
        var texts: [String] = []
        for file in files {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                if let response = try JSONParser.parse(String(line))["response"]?.stringValue, seen.insert(response).inserted {
                    texts.append(response)
                }
            }
        }
        let scalars = texts.reduce(0) { $0 + $1.unicodeScalars.count }
        var start = now()
        _ = JanomeTokenizer.tokenize("日本語")
        print(String(format: "first call (dictionary decode): %.1f ms", (now() - start) * 1000))
        for round in 1...rounds {
            start = now()
            var tokens = 0
            for text in texts { tokens += JanomeTokenizer.tokenize(text).count }
            let seconds = now() - start
            print(String(format: "round %d: %d texts, %d code points, %d tokens in %.3f s: %.0f tokens/s, %.0f code points/s",
                         round, texts.count, scalars, tokens, seconds, Double(tokens) / seconds, Double(scalars) / seconds))
        }
    }
}
