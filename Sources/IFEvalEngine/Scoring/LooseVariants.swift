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

    /// Whether the variant has its `*` removed.
    var removesAsterisks: Bool { self == .withoutAsterisks || rawValue >= LooseVariant.withoutFirstLineAndAsterisks.rawValue }

    /// The same lines with the `*` kept (itself for the variants that keep them).
    var keepingAsterisks: LooseVariant {
        switch self {
        case .withoutAsterisks: return .response
        case .withoutFirstLineAndAsterisks: return .withoutFirstLine
        case .withoutLastLineAndAsterisks: return .withoutLastLine
        case .withoutFirstAndLastLinesAndAsterisks: return .withoutFirstAndLastLines
        default: return self
        }
    }

    /// All eight texts for `response`, as the official code builds them.
    public static func texts(for response: String) -> [String] {
        var variants = LooseVariantTexts(response)
        return allCases.map { variants.text($0) }
    }
}

/// The eight loose texts of one response, built only when a verifier needs them: lines
/// split on `"\n"` only, rejoined with `"\n"`, then stripped; `*` removed afterwards.
/// Worked out on UTF-8 byte ranges, which is exact: `\n` and `*` are single bytes that
/// never occur inside a multi-byte sequence, and the cuts fall on scalar boundaries, so
/// texts are copied without re-validating their UTF-8.
struct LooseVariantTexts {
    let response: String
    /// The byte range of each cut by lines, before `*` removal, indexed by the raw value of
    /// the variant that keeps its `*` (`keepingAsterisks`: `.response`, `.withoutFirstLine`,
    /// `.withoutLastLine`, `.withoutFirstAndLastLines`; the other slots stay unused).
    private var ranges: [Range<Int>] = Array(repeating: 0..<0, count: 5)
    /// Whether a range holds a `*` (same indexing).
    private var hasAsterisk: [Bool] = Array(repeating: false, count: 5)
    private var texts: [String?] = Array(repeating: nil, count: 8)

    init(_ response: String) {
        self.response = response
        response.withUTF8Bytes { bytes in
            let whole = 0..<bytes.count
            let firstNewline = bytes.firstIndex(of: 0x0A)
            let lastNewline = bytes.lastIndex(of: 0x0A)
            ranges[LooseVariant.response.rawValue] = whole
            // Without the first line: what follows the first "\n" (nothing if there is none).
            ranges[LooseVariant.withoutFirstLine.rawValue] = firstNewline.map { PythonString.stripRange(bytes, ($0 + 1)..<bytes.count) } ?? 0..<0
            // Without the last line: what precedes the last "\n".
            ranges[LooseVariant.withoutLastLine.rawValue] = lastNewline.map { PythonString.stripRange(bytes, 0..<$0) } ?? 0..<0
            // Without both: between the first and the last "\n" (needs two lines).
            if let first = firstNewline, let last = lastNewline, first < last {
                ranges[LooseVariant.withoutFirstAndLastLines.rawValue] = PythonString.stripRange(bytes, (first + 1)..<last)
            }
            let lineCuts: [LooseVariant] = [.response, .withoutFirstLine, .withoutLastLine, .withoutFirstAndLastLines]
            for cut in lineCuts where !ranges[cut.rawValue].isEmpty {
                let range = ranges[cut.rawValue]
                hasAsterisk[cut.rawValue] = ByteSearch.firstIndex(of: 0x2A, in: bytes, range) != nil
            }
        }
    }

    /// The variant's text.
    mutating func text(_ variant: LooseVariant) -> String {
        if let text = texts[variant.rawValue] { return text }
        let base = variant.keepingAsterisks.rawValue
        let range = ranges[base]
        let text: String
        if !variant.removesAsterisks || !hasAsterisk[base] {
            text = range.count == response.utf8.count ? response : PythonString.slice(response, utf8: range)
        } else {
            text = withoutAsterisks(range)
        }
        texts[variant.rawValue] = text
        return text
    }

    /// Whether the variant is empty or only white space (then the official code skips it).
    mutating func isBlank(_ variant: LooseVariant) -> Bool {
        let base = variant.keepingAsterisks.rawValue
        if ranges[base].isEmpty { return true }
        // Lines-only variants are stripped: non-empty means not blank. Others are checked.
        if base != LooseVariant.response.rawValue && (!variant.removesAsterisks || !hasAsterisk[base]) { return false }
        return PythonString.isBlank(text(variant))
    }

    /// Whether the variant's text is surely the same as an earlier variant's (whose
    /// verdict, which failed, it would repeat). Not every repeat is found, which only
    /// costs a check that gives the same verdict again.
    func repeatsEarlier(_ variant: LooseVariant) -> Bool {
        let base = variant.keepingAsterisks.rawValue
        if variant.removesAsterisks {
            // Nothing to remove: the text of its lines-only counterpart, which comes earlier.
            if !hasAsterisk[base] { return true }
            // Same lines as an earlier variant that removes `*`.
            return LooseVariant.allCases[..<variant.rawValue].contains {
                $0.removesAsterisks && sameBytes(ranges[$0.keepingAsterisks.rawValue], ranges[base])
            }
        }
        return LooseVariant.allCases[..<variant.rawValue].contains {
            !$0.removesAsterisks && sameBytes(ranges[$0.rawValue], ranges[base])
        }
    }

    private func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        if a == b || a.isEmpty { return true }
        return response.withUTF8Bytes { ByteSearch.equal($0, a, UnsafeBufferPointer(rebasing: $0[b])) }
    }

    /// The range's text with every `*` removed. ASCII text becomes a String from the
    /// copied runs between asterisks at once (its check is cheap); other text is
    /// assembled from substrings, which are not validated again (a tenth of the cost).
    private func withoutAsterisks(_ range: Range<Int>) -> String {
        return response.withUTF8Bytes { bytes -> String in
            var runs: [Range<Int>] = []
            var start = range.lowerBound
            while start < range.upperBound {
                let star = ByteSearch.firstIndex(of: 0x2A, in: bytes, start..<range.upperBound) ?? range.upperBound
                if star > start { runs.append(start..<star) }
                start = star + 1
            }
            if ScalarText.isASCII(UnsafeBufferPointer(rebasing: bytes[range])) {
                let length = runs.reduce(0) { $0 + $1.count }
                return String(unsafeUninitializedCapacity: length) { buffer in
                    var count = 0
                    for run in runs {
                        (buffer.baseAddress! + count).update(from: bytes.baseAddress! + run.lowerBound, count: run.count)
                        count += run.count
                    }
                    return count
                }
            }
            var output = ""
            output.reserveCapacity(range.count)
            for run in runs { output.append(contentsOf: PythonString.substring(response, utf8: run)) }
            return output
        }
    }
}
