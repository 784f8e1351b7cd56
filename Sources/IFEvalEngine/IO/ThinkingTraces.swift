import Foundation

/// Removes the chain of thought that reasoning models write before their answer.
///
/// When a response contains a closing tag, everything up to and including the last
/// closing tag (of any configured pair) is removed and the rest is kept byte for byte
/// (no trimming: loose scoring drops first and last lines, so one newline matters).
/// A response with an opening tag but no closing tag is a trace cut off by the token
/// limit: by default the model gave no answer, so the scored text is empty.
public struct ThinkingTraceStripper: Sendable, Equatable {
    public struct TagPair: Sendable, Equatable {
        public var open: String
        public var close: String
        public init(open: String, close: String) {
            self.open = open
            self.close = close
        }
        public static let think = TagPair(open: "<think>", close: "</think>")
    }

    public enum UnclosedPolicy: String, Sendable, CaseIterable {
        /// Score an empty response: every instruction fails.
        case empty
        /// Score the response as written, trace included.
        case keep
    }

    public enum Outcome: Sendable, Equatable {
        case unchanged
        case stripped
        case unclosed
    }

    public var tags: [TagPair]
    public var unclosed: UnclosedPolicy

    public init(tags: [TagPair] = [.think], unclosed: UnclosedPolicy = .empty) {
        self.tags = tags
        self.unclosed = unclosed
    }

    /// The text to score and what was done.
    public func strip(_ response: String) -> (text: String, outcome: Outcome) {
        let bytes = Array(response.utf8)
        var cut: Int?
        for pair in tags {
            if let end = ByteSearch.lastEnd(of: Array(pair.close.utf8), in: bytes) {
                cut = max(cut ?? 0, end)
            }
        }
        if let cut {
            return (String(decoding: bytes[cut...], as: UTF8.self), .stripped)
        }
        let hasOpening = tags.contains { ByteSearch.lastEnd(of: Array($0.open.utf8), in: bytes) != nil }
        if hasOpening {
            return (unclosed == .empty ? "" : response, .unclosed)
        }
        return (response, .unchanged)
    }

    /// Whether the response contains a closing tag (for the warning shown when the
    /// option is off).
    public static func containsClosingTag(_ response: String, tags: [TagPair] = [.think]) -> Bool {
        var text = response
        return text.withUTF8 { haystack in
            tags.contains { tag in
                var close = tag.close
                return close.withUTF8 { needle in
                    ByteSearch.contains(needle, in: haystack)
                }
            }
        }
    }
}

enum ByteSearch {
    /// Whether `needle` occurs in `haystack`: candidates found with `memchr`, then compared.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = haystack.baseAddress, let n = needle.baseAddress, !needle.isEmpty else { return false }
        var start = 0
        while haystack.count - start >= needle.count,
              let hit = memchr(h + start, Int32(n[0]), haystack.count - start - needle.count + 1) {
            let offset = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + offset, n, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }

    /// The end offset of the last occurrence of `needle` in `haystack`. Searching UTF-8
    /// bytes finds exactly the code-point matches, since UTF-8 is self-synchronising.
    static func lastEnd(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var start = h.count - n.count
                while start >= 0 {
                    if h[start] == n[0] {
                        var k = 1
                        while k < n.count && h[start + k] == n[k] { k += 1 }
                        if k == n.count { return start + n.count }
                    }
                    start -= 1
                }
                return nil
            }
        }
    }
}
