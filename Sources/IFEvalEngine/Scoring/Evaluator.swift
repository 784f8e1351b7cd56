import Foundation

/// The texts the official loose evaluation tries, in its order. An instruction is
/// followed loosely if any non-blank variant passes.
public enum LooseVariant: Int, Sendable, CaseIterable, CustomStringConvertible {
    case response
    case withoutAsterisks
    case withoutFirstLine
    case withoutLastLine
    case withoutFirstAndLastLines
    case withoutFirstLineAndAsterisks
    case withoutLastLineAndAsterisks
    case withoutFirstAndLastLinesAndAsterisks

    public var description: String {
        switch self {
        case .response: return "the response as written"
        case .withoutAsterisks: return "the response without *"
        case .withoutFirstLine: return "the response without its first line"
        case .withoutLastLine: return "the response without its last line"
        case .withoutFirstAndLastLines: return "the response without its first and last lines"
        case .withoutFirstLineAndAsterisks: return "the response without its first line and without *"
        case .withoutLastLineAndAsterisks: return "the response without its last line and without *"
        case .withoutFirstAndLastLinesAndAsterisks: return "the response without its first and last lines and without *"
        }
    }

    /// All eight texts for `response`, as the official code builds them: lines split on
    /// `"\n"` only, rejoined with `"\n"`, then stripped; `*` removed afterwards. Built on
    /// UTF-8 bytes, which is exact: `\n` and `*` are single bytes that never occur inside
    /// a multi-byte sequence.
    public static func texts(for response: String) -> [String] {
        var utf8 = response
        return utf8.withUTF8 { bytes -> [String] in
            let firstNewline = bytes.firstIndex(of: 0x0A)
            let lastNewline = bytes.lastIndex(of: 0x0A)
            // Without the first line: what follows the first "\n" (nothing if there is none).
            let withoutFirst = firstNewline.map { PythonString.stripRange(bytes, ($0 + 1)..<bytes.count) } ?? 0..<0
            // Without the last line: what precedes the last "\n".
            let withoutLast = lastNewline.map { PythonString.stripRange(bytes, 0..<$0) } ?? 0..<0
            // Without both: between the first and the last "\n" (needs two lines).
            var withoutBoth = 0..<0
            if let first = firstNewline, let last = lastNewline, first < last {
                withoutBoth = PythonString.stripRange(bytes, (first + 1)..<last)
            }
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            func withoutAsterisks(_ range: Range<Int>) -> String {
                guard !range.isEmpty, let base = bytes.baseAddress else { return "" }
                guard memchr(base + range.lowerBound, 0x2A, range.count) != nil else { return text(range) }
                // Copy the runs between asterisks (found with memchr) into one buffer.
                let output = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
                    var start = range.lowerBound
                    count = 0
                    while start < range.upperBound {
                        let star = memchr(base + start, 0x2A, range.upperBound - start)
                            .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? range.upperBound
                        (buffer.baseAddress! + count).update(from: base + start, count: star - start)
                        count += star - start
                        start = star + 1
                    }
                }
                return String(decoding: output, as: UTF8.self)
            }
            return [
                response,
                withoutAsterisks(0..<bytes.count),
                text(withoutFirst),
                text(withoutLast),
                text(withoutBoth),
                withoutAsterisks(withoutFirst),
                withoutAsterisks(withoutLast),
                withoutAsterisks(withoutBoth),
            ]
        }
    }

}

/// The verdict on one instruction of one prompt.
public struct InstructionVerdict: Sendable, Equatable {
    public var instructionID: String
    public var followed: Bool
    public var reason: String
    /// In loose mode, the variant that passed.
    public var looseVariant: LooseVariant?
}

/// Strict and loose verdicts on one response.
public struct PromptEvaluation: Sendable {
    public var strict: [InstructionVerdict]
    public var loose: [InstructionVerdict]

    public var followsAllStrict: Bool { strict.allSatisfy(\.followed) }
    public var followsAllLoose: Bool { loose.allSatisfy(\.followed) }
}

/// Checks responses against prepared prompts, strict and loose, as the official code does.
public struct Evaluator: Sendable {
    public let context: VerificationContext

    public init(analyzers: TextAnalyzers) {
        self.context = VerificationContext(analyzers: analyzers)
    }

    static let emptyReason = "the response is empty or only white space"

    public func evaluate(_ prompt: PreparedPrompt, response: String) -> PromptEvaluation {
        let responseIsBlank = PythonString.isBlank(response)
        // The loose variants are built only when some instruction fails strictly.
        var variants: [String] = []
        var blank: [Bool] = []
        // Variants equal to an earlier one (no `*` to remove, say) get the same verdict,
        // which failed: they are skipped.
        var repeatsEarlier: [Bool] = []
        var strict: [InstructionVerdict] = []
        var loose: [InstructionVerdict] = []
        strict.reserveCapacity(prompt.verifiers.count)
        loose.reserveCapacity(prompt.verifiers.count)
        for (id, verifier) in zip(prompt.instructionIDs, prompt.verifiers) {
            let strictVerdict = responseIsBlank ? Verdict.notFollowed(Evaluator.emptyReason) : verifier.check(response, context: context)
            strict.append(InstructionVerdict(instructionID: id, followed: strictVerdict.followed, reason: strictVerdict.reason))
            if strictVerdict.followed {
                loose.append(InstructionVerdict(instructionID: id, followed: true, reason: strictVerdict.reason, looseVariant: .response))
                continue
            }
            var looseVerdict = InstructionVerdict(instructionID: id, followed: false, reason: strictVerdict.reason)
            if variants.isEmpty {
                variants = LooseVariant.texts(for: response)
                blank = variants.map { PythonString.isBlank($0) }
                repeatsEarlier = variants.indices.map { i in
                    variants[..<i].contains { PythonString.identical($0, variants[i]) }
                }
            }
            for variant in LooseVariant.allCases.dropFirst() where !blank[variant.rawValue] && !repeatsEarlier[variant.rawValue] {
                let verdict = verifier.check(variants[variant.rawValue], context: context)
                if verdict.followed {
                    looseVerdict = InstructionVerdict(instructionID: id, followed: true, reason: verdict.reason, looseVariant: variant)
                    break
                }
            }
            loose.append(looseVerdict)
        }
        return PromptEvaluation(strict: strict, loose: loose)
    }
}
