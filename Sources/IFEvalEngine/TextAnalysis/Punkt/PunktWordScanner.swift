/// Punkt's word segmentation (`PunktLanguageVars.word_tokenize`, English defaults),
/// written as a scanner instead of nltk's regular expression:
///
/// - a multi-character punctuation run: `--`..., `..`..., or `. . .` (period and white
///   space repeated at least twice, then a period);
/// - else, when the character may start a word, the shortest run of non-space characters
///   followed by white space, the end, a non-word character, a multi-character run, or a
///   comma that is itself followed by one of those;
/// - else one non-space character.
///
/// White space is `\s` of the flavour's pattern engine (`NLTKFlavor`). Tokens are
/// ranges into the scalars.
enum PunktWordScanner {
    /// Appends the tokens of `scalars[range]` (one line: no "\n" inside) to `tokens`.
    static func scanLine<F: NLTKFlavor>(_ flavor: F.Type, _ scalars: PunktText, _ range: Range<Int>, into tokens: inout [Range<Int>]) {
        let end = range.upperBound
        var p = range.lowerBound
        while p < end {
            let c = scalars[p]
            if F.isSpace(c) {
                p += 1
                continue
            }
            if let length = multiCharacterLength(F.self, scalars, p, end) {
                tokens.append(p..<(p + length))
                p += length
                continue
            }
            if !excludedFromWordStart(c) {
                var q = p + 1
                while !isWordEnd(F.self, scalars, q, end) { q += 1 }
                tokens.append(p..<q)
                p = q
                continue
            }
            tokens.append(p..<(p + 1))
            p += 1
        }
    }

    /// Characters that cannot start a word token: `( " ` { [ : ; & # * @ ) } ] - ,`.
    @inline(__always)
    static func excludedFromWordStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "\"", "`", "{", "[", ":", ";", "&", "#", "*", "@", ")", "}", "]", "-", ",": return true
        default: return false
        }
    }

    /// Characters that cannot appear within words (and end one):
    /// `) " ; } ] * : @ ' ( { [ ‘ ’ “ ” « » ? !`.
    @inline(__always)
    static func isNonWordCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ")", "\"", ";", "}", "]", "*", ":", "@", "'", "(", "{", "[",
             "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "?", "!":
            return true
        default:
            return false
        }
    }

    /// `isNonWordCharacter` as the flavour has it: nltk 3.9.2 lacks ‘ ’ “ ” « ».
    @inline(__always)
    static func isNonWordCharacter<F: NLTKFlavor>(_ flavor: F.Type, _ c: Unicode.Scalar) -> Bool {
        if !F.punktCurlyQuotes && c.value >= 0x80 { return false }
        return isNonWordCharacter(c)
    }

    /// ASCII characters other than white space, the non-word characters and "-", ".",
    /// ",": a word that reaches one goes on (bit c of the two masks, for c below 0x80;
    /// checked by `PunktWordScannerTests`).
    @inline(__always)
    static func continuesWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        guard v < 0x80 else { return false }
        let mask: UInt64 = v < 0x40 ? 0x73FF_8878_FFFF_C1FF : 0xD7FF_FFFF_D7FF_FFFE
        return (mask >> UInt64(v & 0x3F)) & 1 != 0
    }

    /// Whether a word that has reached `q` ends there (the lookahead after `\S+?`).
    @inline(__always)
    private static func isWordEnd<F: NLTKFlavor>(_ flavor: F.Type, _ s: PunktText, _ q: Int, _ end: Int) -> Bool {
        if q >= end { return true }
        let c = s[q]
        if continuesWord(c) && !(F.informationSeparatorsAreSpace && c.value >= 0x1C && c.value <= 0x1F) { return false }
        if F.isSpace(c) || isNonWordCharacter(F.self, c) { return true }
        if startsMultiCharacter(F.self, s, q, end) { return true }
        if c == "," {
            let r = q + 1
            if r >= end { return true }
            let d = s[r]
            return F.isSpace(d) || isNonWordCharacter(F.self, d) || startsMultiCharacter(F.self, s, r, end)
        }
        return false
    }

    /// Whether a multi-character punctuation run starts at `q`.
    @inline(__always)
    private static func startsMultiCharacter<F: NLTKFlavor>(_ flavor: F.Type, _ s: PunktText, _ q: Int, _ end: Int) -> Bool {
        let c = s[q]
        guard c == "-" || c == "." else { return false }
        guard q + 1 < end else { return false }
        if s[q + 1] == c { return true }
        // `. . .`: two period-space pairs, then a period.
        return c == "." && q + 4 < end && F.isSpace(s[q + 1])
            && s[q + 2] == "." && F.isSpace(s[q + 3]) && s[q + 4] == "."
    }

    /// The length of the multi-character punctuation run at `p`, if any; the regex
    /// alternatives in order, each as long as its greedy repetition allows.
    private static func multiCharacterLength<F: NLTKFlavor>(_ flavor: F.Type, _ s: PunktText, _ p: Int, _ end: Int) -> Int? {
        let c = s[p]
        guard c == "-" || c == "." else { return nil }
        if p + 1 < end && s[p + 1] == c {
            var q = p + 2
            while q < end && s[q] == c { q += 1 }
            return q - p
        }
        guard c == "." else { return nil }
        // (?:\.\s){2,}\. — greedy pairs, giving one back when no period follows them.
        var pairs = 0
        while p + 2 * pairs + 1 < end && s[p + 2 * pairs] == "." && F.isSpace(s[p + 2 * pairs + 1]) {
            pairs += 1
        }
        if pairs >= 2 && p + 2 * pairs < end && s[p + 2 * pairs] == "." { return 2 * pairs + 1 }
        if pairs >= 3 { return 2 * pairs - 1 }
        return nil
    }
}
