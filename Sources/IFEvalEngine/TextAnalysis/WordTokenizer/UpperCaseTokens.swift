/// Where upper-case tokens can come from: the parts of a sentence that the upper-case
/// token count of `word_tokenize` (`change_case:capital_word_frequency`) needs to rewrite.
///
/// The Treebank rules only insert white space and replace quotes (with other quotes), so a
/// token with a lower- or title-case character is never upper case, and two characters
/// the rules never separate end up in one token. A sentence is made of chunks (maximal
/// runs of characters other than `regex`'s `\s`), and no rule's match changes a chunk
/// from beyond the white space that borders it, except at the sentence's ends: `^"`
/// (the first chunk), `([:,])$` and the final-period rules, which only change the last
/// chunk holding a character other than the closing quotes and brackets, and the chunks
/// after it. So the chunks that cannot yield an upper-case token can be replaced (runs of
/// them, with the white space between them, by an inert "x") without changing the tokens
/// of the others. (`UpperCaseTokensTests` checks this against the whole tokenization on
/// random texts of the pieces the rules treat specially.)
enum UpperCaseTokens {
    /// The offsets of the upper-case characters of `s` that are joined to no lower- or
    /// title-case neighbour, in order. Only tokens holding one of them can be upper case.
    /// Punkt's sentences end after ". ? !", after closing punctuation or before white
    /// space, and start after white space or those, never between two word characters, so
    /// a character joined to its neighbour in the text is joined to it in its sentence.
    static func loneUpperCase(_ s: ScalarBuffer) -> [Int] {
        var offsets: [Int] = []
        let n = s.count
        var i = 0
        while i < n {
            // Past eight characters at a time that are neither A-Z nor non-ASCII.
            if i + 8 <= n {
                let raw = UnsafeRawPointer(s.baseAddress! + i)
                var flagged: UInt64 = 0
                for k in 0..<4 { flagged |= mayBeUpper(raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self)) }
                if flagged == 0 {
                    i += 8
                    continue
                }
            }
            let end = min(i + 8, n)
            while i < end {
                if ScalarText.flags(s[i]) & ScalarText.upperFlag != 0 && isLone(s, i) { offsets.append(i) }
                i += 1
            }
        }
        return offsets
    }

    /// Nonzero when one of the two scalars (32-bit lanes) of `w` is A-Z or not ASCII.
    @inline(__always)
    private static func mayBeUpper(_ w: UInt64) -> UInt64 {
        let nonASCII = w & 0xFFFF_FF80_FFFF_FF80
        // Bit 7 of a lane below 0x80 is set in x + 0x3F from 0x41 on, and in x + 0x25
        // from 0x5B on (a lane holds at most 0x10FFFF, so nothing carries into the next).
        let capital = (w &+ 0x0000_003F_0000_003F) & ~(w &+ 0x0000_0025_0000_0025) & 0x0000_0080_0000_0080
        return nonASCII | capital
    }

    /// Whether the upper-case `s[i]` is joined to no lower- or title-case neighbour.
    @inline(__always)
    private static func isLone(_ s: ScalarBuffer, _ i: Int) -> Bool {
        if i + 1 < s.count && ScalarText.flags(s[i + 1]) & ScalarText.lowerOrTitleFlag != 0 && staysJoined(s, i) { return false }
        return !(i > 0 && ScalarText.flags(s[i - 1]) & ScalarText.lowerOrTitleFlag != 0 && staysJoined(s, i - 1))
    }

    /// Whether no rule separates `s[i]` from `s[i + 1]`, both cased. Between two `re`
    /// word characters the rules insert white space only where a contraction splits
    /// (can|not, gim|me, gon|na, got|ta, lem|me, wan|na, 't|is, 't|was) and before "n't"
    /// or "N'T".
    @inline(__always)
    private static func staysJoined(_ s: ScalarBuffer, _ i: Int) -> Bool {
        let a = s[i], b = s[i + 1]
        guard PythonCharacterClass.isWord(a) && PythonCharacterClass.isWord(b) else { return false }
        // Only ASCII letters and "İ", "ı" take part in these splits (`re` folds no other
        // character to n, m, t or w).
        let la = a.value | 0x20, lb = b.value | 0x20
        if a.value < 0x80 && la == lb && (la == 0x6E || la == 0x6D || la == 0x74) { return false }
        if a.value < 0x80 && la == 0x74 && (lb == 0x69 || lb == 0x77 || b.value == 0x130 || b.value == 0x131) { return false }
        if (b == "n" || b == "N") && i + 3 < s.count && s[i + 2] == "'" && (s[i + 3] == "t" || s[i + 3] == "T") { return false }
        return true
    }

    /// The closing characters the final-period rules let follow the period.
    @inline(__always)
    private static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "]", ")", "}", ">", "\"", "'", "\u{BB}", "\u{201D}", "\u{2019}": return true
        default: return false
        }
    }

    @inline(__always)
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { RegexModuleCharacterClass.isSpace(c) }

    /// The chunk around `i` (not white space) within `bounds`.
    private static func chunk(_ s: ScalarBuffer, around i: Int, in bounds: Range<Int>) -> Range<Int> {
        var start = i, end = i + 1
        while start > bounds.lowerBound && !isSpace(s[start - 1]) { start -= 1 }
        while end < bounds.upperBound && !isSpace(s[end]) { end += 1 }
        return start..<end
    }

    /// The number of upper-case tokens `word_tokenize` makes of `s[sentence]`, given the
    /// sentence's lone upper-case offsets (`loneUpperCase`, in order, at least one).
    static func count(_ s: ScalarBuffer, _ sentence: Range<Int>, lone: ArraySlice<Int>) -> Int {
        let kept = keptChunks(s, sentence, lone: lone)
        // Chunks of ASCII letters only need no rewriting; the tail's chunks after the last
        // ordinary one hold only closing characters, never an upper-case token.
        var count = 0
        for chunk in kept.chunks {
            guard let tokens = upperTokens(ofLetters: s[chunk]) else {
                let reduced = reduce(s, sentence, kept)
                return NLTKWordTokenizer.countUpperTokens(NLTKWordTokenizer.rewrite(NLTK3_10_4.self, sentence: reduced))
            }
            count += tokens
        }
        return count
    }

    /// The number of upper-case tokens of the whole text `s` when every lone upper-case
    /// character (`lone`) is in a chunk of ASCII letters, else nil. Such a chunk lies in
    /// one sentence (sentences are cut after ". ? !" and closing punctuation and at white
    /// space), where white space or the sentence's wrapping space borders it as in the
    /// text, so only its own letters decide its tokens and no sentence splitting is needed.
    static func countInLetterChunks(_ s: ScalarBuffer, lone: [Int]) -> Int? {
        var count = 0
        var after = 0
        for i in lone where i >= after {
            let kept = chunk(s, around: i, in: 0..<s.count)
            guard let tokens = upperTokens(ofLetters: s[kept]) else { return nil }
            count += tokens
            after = kept.upperBound
        }
        return count
    }

    /// The chunks holding a lone upper-case character, in order, and the tail: the last
    /// chunk holding something other than closing characters (the final-period rules'
    /// period, if any) and everything after it, which those rules may change along with
    /// it, when that chunk holds one.
    private static func keptChunks(_ s: ScalarBuffer, _ sentence: Range<Int>, lone: ArraySlice<Int>) -> (chunks: [Range<Int>], tail: Range<Int>?) {
        var tailChunk: Range<Int>? = nil
        var tail: Range<Int>? = nil
        var q = sentence.upperBound
        while q > sentence.lowerBound && (isSpace(s[q - 1]) || isClosing(s[q - 1])) { q -= 1 }
        if q > sentence.lowerBound {
            let last = chunk(s, around: q - 1, in: sentence)
            if lone.contains(where: { last.contains($0) }) {
                var end = sentence.upperBound
                while end > last.upperBound && isSpace(s[end - 1]) { end -= 1 }
                tailChunk = last
                tail = last.lowerBound..<end
            }
        }
        var chunks: [Range<Int>] = []
        chunks.reserveCapacity(lone.count + 1)
        var after = sentence.lowerBound
        for i in lone where i >= after {
            if let tail, i >= tail.lowerBound { break }
            let kept = chunk(s, around: i, in: sentence)
            chunks.append(kept)
            after = kept.upperBound
        }
        if let tailChunk { chunks.append(tailChunk) }
        return (chunks, tail)
    }

    /// The upper-case tokens of a chunk made of ASCII letters (nil for another chunk): the
    /// rules only split the CONTRACTIONS2 words, here whole chunks (white space or the
    /// sentence's wrapping space borders every chunk).
    private static func upperTokens(ofLetters chunk: Slice<ScalarBuffer>) -> Int? {
        for c in chunk where c.value >= 0x80 || (c.value | 0x20) &- 0x61 >= 26 { return nil }
        for contraction in TreebankRules.contractions where contraction.whole.count == chunk.count {
            guard occursIgnoringCase(contraction.whole, in: chunk.base, at: chunk.startIndex, dotlessI: true) else { continue }
            let split = chunk.startIndex + contraction.first.count
            return (ScalarText.isUpper(chunk[..<split]) ? 1 : 0) + (ScalarText.isUpper(chunk[split...]) ? 1 : 0)
        }
        return ScalarText.isUpper(chunk) ? 1 : 0
    }

    /// `s[sentence]` with every run of chunks outside `kept` (and the white space between
    /// them) replaced by "x", keeping the white space around it.
    private static func reduce(_ s: ScalarBuffer, _ sentence: Range<Int>, _ kept: (chunks: [Range<Int>], tail: Range<Int>?)) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(64)
        var cursor = sentence.lowerBound
        /// Copies up to `end`, replacing the chunks in between with "x".
        func skip(to end: Int) {
            var a = cursor
            while a < end && isSpace(s[a]) { a += 1 }
            if a < end {
                var b = end
                while isSpace(s[b - 1]) { b -= 1 }
                out.append(contentsOf: s[cursor..<a])
                out.append("x")
                out.append(contentsOf: s[b..<end])
            } else {
                out.append(contentsOf: s[cursor..<end])
            }
            cursor = end
        }
        for chunk in kept.chunks {
            let span = kept.tail.map { chunk.lowerBound == $0.lowerBound ? $0 : chunk } ?? chunk
            skip(to: span.lowerBound)
            out.append(contentsOf: s[span])
            cursor = span.upperBound
        }
        skip(to: sentence.upperBound)
        return out
    }
}
