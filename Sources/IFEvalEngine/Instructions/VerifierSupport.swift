/// Small helpers shared by verifiers for readable reasons and Python-compatible ordering.
enum Quote {
    /// A text in double quotes, shortened when long, with line breaks shown.
    static func text(_ s: String, limit: Int = 60) -> String {
        var shown: [Unicode.Scalar] = []
        var count = 0
        for scalar in s.unicodeScalars {
            if count == limit {
                shown.append(contentsOf: "…".unicodeScalars)
                break
            }
            switch scalar {
            case "\n": shown.append(contentsOf: "\\n".unicodeScalars)
            case "\r": shown.append(contentsOf: "\\r".unicodeScalars)
            case "\t": shown.append(contentsOf: "\\t".unicodeScalars)
            default: shown.append(scalar)
            }
            count += 1
        }
        return "\"" + ScalarText.string(shown) + "\""
    }

    static func list(_ items: [String]) -> String {
        items.map { text($0) }.joined(separator: ", ")
    }
}

enum Plural {
    static func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}

/// Python's ordering of `str` values: by code point, unlike Swift's `<` on `String`.
enum PythonOrdering {
    static func lessThan(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// `sorted(set(strings))`: distinct by code points, in code point order.
    static func sortedUnique(_ strings: [String]) -> [String] {
        var seen = Set<CodePointKey>()
        return strings.filter { seen.insert(CodePointKey($0)).inserted }.sorted(by: lessThan)
    }
}

extension InstructionArguments {
    /// Compiles a pattern built from a kwarg, as the official code passes it to `re`.
    func compilePattern(_ pattern: String, options: PythonRegex.Options = [], describing what: String) throws(InstructionError) -> PythonRegex {
        do {
            return try patterns?.regex(pattern, options: options) ?? PythonRegex(pattern, options: options)
        } catch {
            throw self.error("the \(what) \(Quote.text(pattern)) is used as a Python regular expression, and it is not one we can compile: \(error)")
        }
    }
}

extension Verdict {
    /// The verdict when a pattern from the kwargs backtracks beyond the engine's budget:
    /// Python's `re` would run for a very long time here; we stop and say so.
    static func patternTooCostly(_ pattern: String, _ error: any Error) -> Verdict {
        var verdict = Verdict.notFollowed(
            "the pattern \(Quote.text(pattern)) could not be matched within the backtracking budget (\(error)); counted as not followed")
        verdict.budgetExhausted = true
        return verdict
    }
}
