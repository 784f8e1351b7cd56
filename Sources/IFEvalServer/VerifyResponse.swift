import IFEvalEngine

/// Rewards and the JSON answers of the endpoints.
enum Rewards {
    /// 1.0 when every verdict is followed, else 0.0 (`all`), or the share followed
    /// (`fraction`). An empty instruction list is followed (Python's `all([])`).
    static func reward(_ verdicts: [InstructionVerdict], _ kind: VerifyOptions.Reward) -> Double {
        switch kind {
        case .all: return verdicts.allSatisfy(\.followed) ? 1 : 0
        case .fraction:
            guard !verdicts.isEmpty else { return 1 }
            return Double(verdicts.count(where: \.followed)) / Double(verdicts.count)
        }
    }
}

/// Writes JSON bytes directly (the answer of a 256-item batch holds thousands of
/// booleans; building a `JSONValue` tree first would double the work).
struct JSONOutput {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) { JSONWriter.writeString(text, into: &bytes) }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    /// A float as Python's `repr` writes it (`1.0`, `0.5`, `0.3333333333333333`).
    mutating func number(_ value: Double) { bytes.append(contentsOf: value.description.utf8) }

    mutating func value(_ value: JSONValue) { JSONWriter.write(value, into: &bytes) }

    /// `[a, b, ...]`, each element written by `element`.
    mutating func list<Element>(_ elements: [Element], _ element: (inout JSONOutput, Element) -> Void) {
        raw("[")
        for (index, value) in elements.enumerated() {
            if index > 0 { raw(", ") }
            element(&self, value)
        }
        raw("]")
    }

    mutating func bools(_ verdicts: [InstructionVerdict]) { list(verdicts) { $0.bool($1.followed) } }

    mutating func reasons(_ verdicts: [InstructionVerdict]) { list(verdicts) { $0.string($1.reason) } }

    mutating func numbers(_ values: [Double]) { list(values) { $0.number($1) } }
}

enum VerifyAnswer {
    /// `{"results": [...]}`: one object per item, in request order.
    static func body(_ outcomes: [ItemOutcome], options: VerifyOptions) -> [UInt8] {
        var out = JSONOutput(capacity: 64 + outcomes.count * (options.reasons ? 400 : 96))
        out.raw("{\"results\": [")
        for (index, outcome) in outcomes.enumerated() {
            if index > 0 { out.raw(", ") }
            result(outcome, options: options, into: &out)
        }
        out.raw("]}\n")
        return out.bytes
    }

    static func result(_ outcome: ItemOutcome, options: VerifyOptions, into out: inout JSONOutput) {
        switch outcome {
        case let .scored(evaluation, thinking):
            out.raw("{")
            if options.mode.strict { out.raw("\"strict\": "); out.bools(evaluation.strict); out.raw(", ") }
            if options.mode.loose { out.raw("\"loose\": "); out.bools(evaluation.loose); out.raw(", ") }
            out.raw("\"reward\": {")
            if options.mode.strict { out.raw("\"strict\": "); out.number(Rewards.reward(evaluation.strict, options.reward)) }
            if options.mode == .both { out.raw(", ") }
            if options.mode.loose { out.raw("\"loose\": "); out.number(Rewards.reward(evaluation.loose, options.reward)) }
            out.raw("}")
            if options.reasons {
                out.raw(", \"reasons\": {")
                if options.mode.strict { out.raw("\"strict\": "); out.reasons(evaluation.strict) }
                if options.mode == .both { out.raw(", ") }
                if options.mode.loose { out.raw("\"loose\": "); out.reasons(evaluation.loose) }
                out.raw("}")
            }
            switch thinking {
            case .unchanged: break
            case .stripped: out.raw(", \"thinking\": \"stripped\"")
            case .unclosed: out.raw(", \"thinking\": \"unclosed\"")
            }
            out.raw("}")
        case let .invalid(problem):
            out.raw("{\"error\": ")
            out.string(problem)
            out.raw(", \"reward\": {")
            if options.mode.strict { out.raw("\"strict\": 0.0") }
            if options.mode == .both { out.raw(", ") }
            if options.mode.loose { out.raw("\"loose\": 0.0") }
            out.raw("}}")
        case .notScored:
            out.raw("{\"error\": \"not scored\"}")
        }
    }
}
