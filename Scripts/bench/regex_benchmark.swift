import Foundation

/// Our side of regex_benchmark.sh: `count(in:)` per case of regex_cases.json, best of
/// three, in milliseconds (a budget error is printed as such). REGEX_MIN_STEPS sets
/// the least step budget.
@main
struct RegexBenchmark {
    struct Case: Decodable {
        let name: String
        let pattern: String
        let flags: String
        let unit: String
        let `repeat`: Int
        let tail: String
    }

    static func main() throws {
        let url = URL(fileURLWithPath: CommandLine.arguments[1])
        for c in try JSONDecoder().decode([Case].self, from: Data(contentsOf: url)) {
            var options: PythonRegex.Options = []
            if c.flags.contains("i") { options.insert(.ignoreCase) }
            if c.flags.contains("m") { options.insert(.multiline) }
            if c.flags.contains("s") { options.insert(.dotAll) }
            let text = Array((String(repeating: c.unit, count: c.`repeat`) + c.tail).unicodeScalars)
            let floor = ProcessInfo.processInfo.environment["REGEX_MIN_STEPS"].flatMap(Int.init) ?? PythonRegex.stepBudget
            let regex = try PythonRegex(c.pattern, options: options, minimumSteps: floor)
            var best = Double.infinity
            var result = ""
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                do { result = String(try regex.count(in: text)) } catch { result = "budget" }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            let name = c.name.padding(toLength: 40, withPad: " ", startingAt: 0)
            print("\(name) \(String(text.count).leftPad(7)) scalars  \(result.leftPad(5)) matches  \(String(format: "%10.2f", best)) ms")
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
