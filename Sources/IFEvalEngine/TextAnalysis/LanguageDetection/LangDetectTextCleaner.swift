/// The text preparation of langdetect's `Detector.append` and `cleaning_text`, on
/// code points. The URL and e-mail regexes are replaced by scanners that find the
/// same leftmost, greedy matches as Python's `re.sub`.
enum LangDetectTextCleaner {
    /// `Detector.max_text_length`.
    static let maxTextLength = 10_000
    private static let space: UInt32 = 0x20

    /// `append(text)` then `cleaning_text()`: URLs and e-mail addresses become one
    /// space, Vietnamese letter + mark pairs are composed, the first 10,000 code
    /// points are kept with runs of spaces collapsed, and Latin letters are dropped
    /// when non-Latin text dominates.
    static func prepare(_ text: [UInt32]) -> [UInt32] {
        // One pass tells which rewrites can apply: a URL needs a ':', an address an
        // '@', a Vietnamese pair a mark (U+0300...U+0323).
        var seen: UInt32 = 0
        for c in text {
            seen |= (c == 0x3A ? 1 : 0) | (c == 0x40 ? 2 : 0) | (c &- 0x300 < 0x24 ? 4 : 0)
        }
        var normalized = text
        if seen & 1 != 0 { normalized = removeURLs(normalized) }
        if seen & 2 != 0 { normalized = removeEmails(normalized) }
        if seen & 4 != 0 { normalized = composeVietnamese(normalized) }

        // `cleaning_text` counts 'A'...'z' as Latin and everything from U+0300 up as
        // non-Latin. (langdetect means to exempt Latin Extended Additional, but it
        // compares the block number with a block name, so that test is always true;
        // we keep that.) Only spaces are dropped, and they count as neither.
        var latin = 0
        var nonLatin = 0
        let limit = min(normalized.count, maxTextLength)
        var kept = [UInt32](unsafeUninitializedCapacity: limit) { kept, count in
            normalized.withUnsafeBufferPointer { normalized in
                var n = 0
                var previous: UInt32 = 0
                for c in normalized[..<limit] {
                    // Stored, then kept unless it is a space after a space (no branch).
                    kept[n] = c
                    n &+= c != space || previous != space ? 1 : 0
                    latin &+= c &- 0x41 <= 0x7A - 0x41 ? 1 : 0
                    nonLatin &+= c >= 0x300 ? 1 : 0
                    previous = c
                }
                count = n
            }
        }
        if latin * 2 < nonLatin { kept.removeAll { $0 >= 0x41 && $0 <= 0x7A } }
        return kept
    }

    // MARK: URLs: https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}

    private static func isURLCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x2D, 0x5F, 0x2E, 0x3F, 0x26, 0x7E, 0x3B, 0x2B, 0x3D, 0x2F, 0x23: return true
        default: return false
        }
    }

    /// Length of "http://" or "https://" at `start`, or 0.
    @inline(__always)
    private static func schemeLength(_ text: [UInt32], at start: Int) -> Int {
        guard start + 7 <= text.count, text[start] == 0x68, text[start + 1] == 0x74,
              text[start + 2] == 0x74, text[start + 3] == 0x70 else { return 0 }
        var position = start + 4
        if text[position] == 0x73 { position += 1 }
        guard position + 3 <= text.count, text[position] == 0x3A, text[position + 1] == 0x2F,
              text[position + 2] == 0x2F else { return 0 }
        return position + 3 - start
    }

    static func removeURLs(_ text: [UInt32]) -> [UInt32] {
        guard text.indices.contains(where: { text[$0] == 0x68 && schemeLength(text, at: $0) > 0 })
        else { return text }  // No "http://" or "https://": nothing to remove.
        var output: [UInt32] = []
        output.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            if text[position] == 0x68 {
                let scheme = schemeLength(text, at: position)
                if scheme > 0 {
                    var end = position + scheme
                    let limit = min(text.count, end + 2076)
                    while end < limit && isURLCharacter(text[end]) { end += 1 }
                    if end > position + scheme {
                        output.append(space)
                        position = end
                        continue
                    }
                }
            }
            output.append(text[position])
            position += 1
        }
        return output
    }

    // MARK: E-mail: [-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}

    /// `[-_.0-9A-Za-z]`
    private static func isMailCharacter(_ c: UInt32) -> Bool {
        c == 0x2E || isDomainCharacter(c)
    }

    /// `[-_0-9A-Za-z]`
    private static func isDomainCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: return true
        default: return false
        }
    }

    /// End of the match of the part after "@" (starting at `start`), or nil.
    /// The first class takes as much as it can (at most 255); the second needs at
    /// least one character, so when none follows, the first gives one back.
    private static func domainEnd(_ text: [UInt32], from start: Int) -> Int? {
        var firstEnd = start
        while firstEnd < text.count && firstEnd - start < 255 && isDomainCharacter(text[firstEnd]) { firstEnd += 1 }
        let taken = firstEnd - start
        guard taken >= 1 else { return nil }
        var end = firstEnd
        while end < text.count && end - firstEnd < 255 && isMailCharacter(text[end]) { end += 1 }
        if end > firstEnd { return end }
        return taken >= 2 ? firstEnd : nil
    }

    /// The local part can only end right before "@" (which is not in its class), so
    /// the leftmost match for an "@" starts at most 64 characters before it, at the
    /// start of its run of local-part characters. Earlier "@"s give earlier matches.
    static func removeEmails(_ text: [UInt32]) -> [UInt32] {
        guard text.contains(0x40) else { return text }  // No "@": nothing to remove.
        var output: [UInt32] = []
        output.reserveCapacity(text.count)
        var copiedUpTo = 0
        var runStart = 0
        var position = 0
        while position < text.count {
            let c = text[position]
            if c == 0x40 {
                let start = max(runStart, position - 64)
                if start < position, let end = domainEnd(text, from: position + 1) {
                    output.append(contentsOf: text[copiedUpTo..<start])
                    output.append(space)
                    copiedUpTo = end
                    position = end
                    runStart = end
                    continue
                }
            }
            position += 1
            if !isMailCharacter(c) { runStart = position }
        }
        output.append(contentsOf: text[copiedUpTo...])
        return output
    }

    // MARK: Vietnamese: ([TO_NORMALIZE_VI_CHARS])([DMARK_CLASS]) → composed letter

    static func composeVietnamese(_ text: [UInt32]) -> [UInt32] {
        let bases = LangDetectGeneratedData.vietnameseBases
        let marks = LangDetectGeneratedData.vietnameseMarks
        // Marks are U+0300...U+0323: without any, the text stays as it is.
        guard text.contains(where: { $0 >= 0x300 && $0 <= 0x323 }) else { return text }
        var output: [UInt32] = []
        output.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            let c = text[position]
            if position + 1 < text.count, text[position + 1] >= 0x300, text[position + 1] <= 0x323,
               let markIndex = marks.firstIndex(of: text[position + 1]),
               let baseIndex = bases.firstIndex(of: c) {
                output.append(LangDetectGeneratedData.vietnameseComposed[markIndex][baseIndex])
                position += 2
                continue
            }
            output.append(c)
            position += 1
        }
        return output
    }
}
