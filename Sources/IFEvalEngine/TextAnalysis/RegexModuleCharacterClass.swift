/// Character classes as the third-party `regex` module (which nltk 3.10.4 routes its
/// patterns through) defines them for `str` patterns. They differ from `re`: `\s` leaves
/// out U+001C...U+001F; `\w` also takes every mark, connector punctuation and the
/// joiners, but not other numbers such as "²"; and the module's Unicode tables are newer
/// than CPython 3.11's (and than some Swift runtimes'), so `\w` and `\d` use tables taken
/// from the module itself (`RegexModuleClassTables+Data.swift`).
enum RegexModuleCharacterClass {
    /// `\s` in `regex`.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return PythonCharacterClass.isSpace(scalar)
    }

    /// `\w` in `regex`.
    @inline(__always)
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        return wordRanges.contains(v)
    }

    /// `\d` in `regex`: general category Nd.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return digitRanges.contains(v)
    }

    /// `[^\W\d]`: a word character that is not a digit.
    @inline(__always)
    static func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        isWord(scalar) && !isDigit(scalar)
    }

    static let wordRanges = CodePointRanges(TableData.word)
    static let digitRanges = CodePointRanges(TableData.digit)
}

/// A sorted set of code point ranges, decoded from "first-last" / "single" hex entries
/// separated by spaces.
struct CodePointRanges: Sendable {
    private let lowerBounds: [UInt32]
    private let upperBounds: [UInt32]

    init(_ encoded: String) {
        var lower: [UInt32] = [], upper: [UInt32] = []
        for entry in encoded.split(separator: " ") {
            let bounds = entry.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            guard let first = bounds.first else { continue }
            lower.append(first)
            upper.append(bounds.last!)
        }
        lowerBounds = lower
        upperBounds = upper
    }

    func contains(_ value: UInt32) -> Bool {
        // The last range starting at or before `value`.
        var low = 0, high = lowerBounds.count
        while low < high {
            let mid = (low + high) / 2
            if lowerBounds[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low > 0 && value <= upperBounds[low - 1]
    }
}
