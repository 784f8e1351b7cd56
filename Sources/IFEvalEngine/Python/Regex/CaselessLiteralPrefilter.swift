import Foundation

/// Finds an ASCII literal in a text under `re.IGNORECASE` on UTF-8 bytes, so that keyword
/// verifiers skip the regex engine (and decoding the text): it counts the matches of a
/// keyword exactly, and rules out forbidden words that are not there (most of them).
///
/// Exact: under IGNORECASE an ASCII pattern character matches an ASCII character equal to
/// it up to ASCII case, or one of four non-ASCII characters (İ, ı, ſ and the Kelvin sign,
/// `equivalentNonASCII`; the tests check that list against the engine's case tables over
/// every code point). A text without those four can only match byte for byte up to ASCII
/// case, which a plain search decides.
struct CaselessLiteralPrefilter: Sendable {
    /// The literal's bytes (letters in lowercase), and for each the bit that a text byte
    /// is OR-ed with before comparing: 0x20 for letters (compared up to case), else 0.
    private let bytes: [UInt8]
    private let caseBits: [UInt8]

    /// The non-ASCII characters that IGNORECASE makes equal to an ASCII letter.
    static let equivalentNonASCII: [Unicode.Scalar] = ["\u{130}", "\u{131}", "\u{17F}", "\u{212A}"]
    private static let equivalentNonASCIIBytes = equivalentNonASCII.map { Array(String($0).utf8) }

    /// Nil when `literal` is empty, not ASCII, or has regex syntax.
    init?(literal: String) {
        guard !literal.isEmpty, literal.utf8.allSatisfy({ $0 < 0x80 }), PythonRegex.isLiteral(literal) else { return nil }
        bytes = literal.utf8.map { $0 | (Self.letter($0) ? 0x20 : 0) }
        caseBits = literal.utf8.map { Self.letter($0) ? 0x20 : 0 }
    }

    private static func letter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// False only when the literal surely does not match anywhere in `text`.
    func mayMatch(_ text: String) -> Bool {
        (matchCount(in: text, limit: 1) ?? 1) > 0
    }

    /// The number of non-overlapping matches, left to right as `re.findall` takes them
    /// (at most `limit`), or nil when the text holds one of the four non-ASCII
    /// equivalents: then only the regex engine can tell. Without them the count is exact.
    func matchCount(in text: String, limit: Int = .max) -> Int? {
        var text = text
        return text.withUTF8 { haystack -> Int? in
            if !ScalarText.isASCII(haystack) {
                for special in Self.equivalentNonASCIIBytes where special.withUnsafeBufferPointer({ ByteSearch.contains($0, in: haystack) }) {
                    return nil
                }
            }
            guard haystack.count >= bytes.count else { return 0 }
            let last = haystack.count - bytes.count
            let first = bytes[0]
            let firstCaseBit = caseBits[0]
            var count = 0
            var i = 0
            while i <= last {
                i = Self.nextCandidate(haystack, from: i, upTo: last, first: first, caseBit: firstCaseBit)
                guard i <= last else { break }
                if matchesRest(haystack, at: i) {
                    count += 1
                    if count == limit { break }
                    i += bytes.count
                } else {
                    i += 1
                }
            }
            return count
        }
    }

    /// The first index at or after `start` (at most `last`, else `last + 1`) whose byte,
    /// OR-ed with `caseBit`, is `first`: eight bytes at a time.
    @inline(__always)
    static func nextCandidate(_ haystack: UnsafeBufferPointer<UInt8>, from start: Int, upTo last: Int, first: UInt8, caseBit: UInt8) -> Int {
        let fold = ByteWord.repeated(caseBit)
        let target = ByteWord.repeated(first)
        let base = haystack.baseAddress!
        var i = start
        while i + 8 <= last + 1 {
            let zeros = ByteWord.zeroBytes((ByteWord.load(base + i) | fold) ^ target)
            if zeros != 0 { return i + zeros.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i <= last {
            if base[i] | caseBit == first { return i }
            i += 1
        }
        return i
    }

    @inline(__always)
    private func matchesRest(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for k in 1..<bytes.count {
            if haystack[start + k] | caseBits[k] != bytes[k] { return false }
        }
        return true
    }
}
