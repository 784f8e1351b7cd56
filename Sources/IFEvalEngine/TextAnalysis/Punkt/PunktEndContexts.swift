/// The potential sentence ends of a text with their contexts, as nltk's
/// `_match_potential_end_contexts` yields them.
///
/// A potential end is a `.`, `?` or `!` followed by a non-word character, or by white
/// space and a further token. Its context runs from the start of the word before it
/// (after the last ASCII white space since the previous potential end) through that
/// following token. Where the word before overlaps the previous context's word (as in
/// "acting!!!"), only the last of the overlapping ends is kept.
struct PunktEndContexts {
    /// One potential sentence end.
    struct Context {
        /// Offset just after the sentence-end character.
        let matchEnd: Int
        /// Where the following token starts, when white space separates it.
        let nextTokenStart: Int?
        /// The text nltk examines: word before, the end character, what follows.
        let contextRange: Range<Int>
    }

    /// The offsets of the ".", "?" and "!" of `s`, the candidates for `forEach`.
    static func endMarks(in s: [Unicode.Scalar]) -> [Int] {
        s.indices.filter { s[$0] == "." || s[$0] == "?" || s[$0] == "!" }
    }

    /// Calls `body` with each potential end's context, in text order; `endMarks` are
    /// the offsets of the ".", "?" and "!" of `s` (`endMarks(in:)`).
    static func forEach<F: NLTKFlavor>(_ flavor: F.Type, in s: [Unicode.Scalar], endMarks: [Int], _ body: (Context) -> Void) {
        var previousWord: (start: Int, end: Int) = (0, 0)
        var previous: (matchStart: Int, afterEnd: Int, nextTokenStart: Int?)?
        let n = s.count
        for p in endMarks {
            // The lookahead: a non-word character, or white space and a token.
            var afterEnd = -1
            var nextTokenStart: Int?
            if p + 1 < n {
                let d = s[p + 1]
                if PunktWordScanner.isNonWordCharacter(F.self, d) {
                    afterEnd = p + 2
                } else if F.isSpace(d) {
                    var q = p + 2
                    while q < n && F.isSpace(s[q]) { q += 1 }
                    if q < n {
                        var r = q + 1
                        while r < n && !F.isSpace(s[r]) { r += 1 }
                        afterEnd = r
                        nextTokenStart = q
                    }
                }
            }
            guard afterEnd >= 0 else { continue }
            // The word before: after the last ASCII white space since the previous
            // end (a white space first in that stretch counts as none, as in nltk).
            var wordStart = previousWord.start
            var i = p - 1
            while i >= previousWord.end {
                if isASCIIWhitespace(s[i]) {
                    if i > previousWord.end { wordStart = i + 1 }
                    break
                }
                i -= 1
            }
            if let prev = previous, previousWord.end <= wordStart {
                body(Context(matchEnd: prev.matchStart + 1, nextTokenStart: prev.nextTokenStart,
                             contextRange: previousWord.start..<prev.afterEnd))
            }
            previous = (p, afterEnd, nextTokenStart)
            previousWord = (wordStart, p)
        }
        if let prev = previous {
            body(Context(matchEnd: prev.matchStart + 1, nextTokenStart: prev.nextTokenStart,
                         contextRange: previousWord.start..<prev.afterEnd))
        }
    }

    /// Python's `string.whitespace`.
    @inline(__always)
    static func isASCIIWhitespace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }
}
