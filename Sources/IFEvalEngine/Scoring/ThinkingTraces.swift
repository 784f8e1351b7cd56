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
        return response.withUTF8Bytes { haystack in
            tags.contains { tag in
                return tag.close.withUTF8Bytes { needle in
                    ByteSearch.contains(needle, in: haystack)
                }
            }
        }
    }
}
