/// The substitution rules of nltk's `NLTKWordTokenizer` (the improved Treebank word
/// tokenizer), each a faithful scanner for one of nltk's regular expressions, applied in
/// nltk's order by `NLTKWordTokenizer`. Character classes are the flavour's
/// (`NLTKFlavor`: the `regex` module's for nltk 3.10.4, `re`'s for 3.9.2) except in the
/// contraction rules, which both releases compile with `re`.
enum TreebankRules {
    typealias Scalars = [Unicode.Scalar]
    typealias Class = NLTK3_10_4

    // MARK: Starting quotes

    /// `([«“‘„]|[`]+)` → ` \1 `.
    static func padOpeningQuotes(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            switch t[i] {
            case "\u{AB}", "\u{201C}", "\u{2018}", "\u{201E}": return 1
            case "`":
                var j = i + 1
                while j < t.count && t[j] == "`" { j += 1 }
                return j - i
            default: return nil
            }
        }, replace: padded)
    }

    /// `^\"` → "``".
    static func openLeadingDoubleQuote(_ t: Scalars) -> Scalars {
        guard t.first == "\"" else { return t }
        return ["`", "`"] + t.dropFirst()
    }

    /// "(``)" → " \1 ".
    static func padDoubleBackticks(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            i + 1 < t.count && t[i] == "`" && t[i + 1] == "`" ? 2 : nil
        }, replace: padded)
    }

    /// `([ \(\[{<])(\"|\'{2})` → "\1 `` ": a double quote (or two single ones) after a
    /// space or an opening bracket opens a quotation.
    static func openQuotesAfterSpaceOrBracket(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            switch t[i] {
            case " ", "(", "[", "{", "<": break
            default: return nil
            }
            guard i + 1 < t.count else { return nil }
            if t[i + 1] == "\"" { return 2 }
            if t[i + 1] == "'" && i + 2 < t.count && t[i + 2] == "'" { return 3 }
            return nil
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(contentsOf: [" ", "`", "`", " "])
        })
    }

    static let cliticsAfterApostrophe: [Scalars] = ["re", "ve", "ll", "m", "t", "s", "d", "n"].map { Array($0.unicodeScalars) }

    /// `(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)` → "\1 ": an apostrophe opening
    /// a word, unless a clitic ('re, 've, 'll, 'm, 't, 's, 'd, 'n) follows.
    static func splitOpeningApostrophe(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard t[i] == "'", i + 1 < t.count, Class.isWord(t[i + 1]) else { return nil }
            if i > 0 && Class.isWord(t[i - 1]) { return nil }
            for clitic in cliticsAfterApostrophe where occursIgnoringCase(clitic, in: t, at: i + 1, dotlessI: false) {
                let end = i + 1 + clitic.count
                if end == t.count || !Class.isWord(t[end]) { return nil }
            }
            return 1
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(" ")
        })
    }

    /// nltk 3.9.2: `(?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b` → `\1 \2` (with `re`): an
    /// apostrophe before a lone word character, unless a clitic's letters follow.
    static func splitApostropheBeforeLoneCharacter(_ t: Scalars) -> Scalars {
        typealias F = NLTK3_9_2
        return substituteMatches(in: t, matchLength: { t, i in
            guard t[i] == "'", i + 1 < t.count, F.isWord(t[i + 1]) else { return nil }
            if i + 2 < t.count && F.isWord(t[i + 2]) { return nil }
            for clitic in cliticsAfterApostrophe where occursIgnoringCase(clitic, in: t, at: i + 1, dotlessI: true) {
                return nil
            }
            return 2
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(" ")
            out.append(t[m.lowerBound + 1])
        })
    }

    // MARK: Punctuation

    /// A period after a non-period, then characters of `closing`, then white space to the
    /// end: the match at `i` as (closing run end), or nil.
    @inline(__always)
    static func finalPeriod<F: NLTKFlavor>(_ flavor: F.Type, _ t: ScalarBuffer, _ i: Int, closing: (Unicode.Scalar) -> Bool) -> Int? {
        guard i + 1 < t.count, t[i + 1] == ".", t[i] != "." else { return nil }
        var j = i + 2
        while j < t.count && closing(t[j]) { j += 1 }
        var k = j
        while k < t.count && F.isSpace(t[k]) { k += 1 }
        return k == t.count ? j : nil
    }

    /// `([^\.])(\.)([\]\)}>"\'»”’ ]*+)\s*$` → `\1 \2 \3 `.
    static func splitFinalPeriodWithClosers<F: NLTKFlavor>(_ flavor: F.Type, _ t: Scalars) -> Scalars {
        splitLastPeriod(F.self, t, spaceBeforeRun: true) { c in
            switch c {
            case "]", ")", "}", ">", "\"", "'", "\u{BB}", "\u{201D}", "\u{2019}", " ": return true
            default: return false
            }
        }
    }

    /// The final-period rules. What follows a matching period holds no period, so only
    /// the last period of the text can match (and only when no period precedes it).
    @inline(__always)
    static func splitLastPeriod<F: NLTKFlavor>(_ flavor: F.Type, _ t: Scalars, spaceBeforeRun: Bool, closing: (Unicode.Scalar) -> Bool) -> Scalars {
        guard let period = t.lastIndex(of: "."), period >= 1, t[period - 1] != "." else { return t }
        let i = period - 1
        let runEnd: Int? = t.withUnsafeBufferPointer { finalPeriod(F.self, $0, i, closing: closing) }
        guard let runEnd else { return t }
        var out = Scalars(t[...i])
        out.reserveCapacity(t.count + 3)
        out.append(" ")
        out.append(".")
        if spaceBeforeRun { out.append(" ") }
        out.append(contentsOf: t[(period + 1)..<runEnd])
        out.append(" ")
        return out
    }

    /// `([:,])([^\d])` → ` \1 \2`.
    static func padColonsAndCommasBeforeNonDigits<F: NLTKFlavor>(_ flavor: F.Type, _ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            (t[i] == ":" || t[i] == ",") && i + 1 < t.count && !F.isDigit(t[i + 1]) ? 2 : nil
        }, replace: { t, m, out in
            out.append(" ")
            out.append(t[m.lowerBound])
            out.append(" ")
            out.append(t[m.lowerBound + 1])
        })
    }

    /// `([:,])$` → ` \1 ` (`$`: the end, or before a final "\n").
    static func padFinalColonOrComma(_ t: Scalars) -> Scalars {
        guard let last = t.last else { return t }
        let i = last == "\n" ? t.count - 2 : t.count - 1
        guard i >= 0, t[i] == ":" || t[i] == "," else { return t }
        var out = Scalars(t[..<i])
        out.reserveCapacity(t.count + 2)
        out.append(contentsOf: [" ", t[i], " "])
        out.append(contentsOf: t[(i + 1)...])
        return out
    }

    /// `\.{2,}` → ` \g<0> `.
    static func padEllipses(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard t[i] == ".", i + 1 < t.count, t[i + 1] == "." else { return nil }
            var j = i + 2
            while j < t.count && t[j] == "." { j += 1 }
            return j - i
        }, replace: padded)
    }

    /// `([^\.])(\.)([\]\)}>"\']*)\s*$` → `\1 \2\3 `.
    static func splitFinalPeriod<F: NLTKFlavor>(_ flavor: F.Type, _ t: Scalars) -> Scalars {
        splitLastPeriod(F.self, t, spaceBeforeRun: false) { c in
            switch c {
            case "]", ")", "}", ">", "\"", "'": return true
            default: return false
            }
        }
    }

    /// `([^'])' ` → `\1 ' `.
    static func splitApostropheBeforeSpace(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            t[i] != "'" && i + 2 < t.count && t[i + 1] == "'" && t[i + 2] == " " ? 3 : nil
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(contentsOf: [" ", "'", " "])
        })
    }

    // MARK: Brackets and dashes

    /// `--` → ` -- `.
    static func padDoubleDashes(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            t[i] == "-" && i + 1 < t.count && t[i + 1] == "-" ? 2 : nil
        }, replace: padded)
    }

    // MARK: Ending quotes

    /// `''` → ` '' `.
    static func padDoubleApostrophes(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            t[i] == "'" && i + 1 < t.count && t[i + 1] == "'" ? 2 : nil
        }, replace: padded)
    }

    /// `"` → ` '' `.
    static func closeDoubleQuotes(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in t[i] == "\"" ? 1 : nil }, replace: { _, _, out in
            out.append(contentsOf: [" ", "'", "'", " "])
        })
    }

    /// `\s+` → " ".
    static func collapseWhiteSpace<F: NLTKFlavor>(_ flavor: F.Type, _ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard F.isSpace(t[i]) else { return nil }
            var j = i + 1
            while j < t.count && F.isSpace(t[j]) { j += 1 }
            // A lone space already is the replacement.
            return j - i == 1 && t[i] == " " ? nil : j - i
        }, replace: { _, _, out in out.append(" ") })
    }

    /// `([^' ])('[sS]|'[mM]|'[dD]|') ` → `\1 \2 `.
    static func splitPossessivesAndClosingApostrophes(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard t[i] != "'" && t[i] != " ", i + 2 < t.count, t[i + 1] == "'" else { return nil }
            switch t[i + 2] {
            case "s", "S", "m", "M", "d", "D":
                return i + 3 < t.count && t[i + 3] == " " ? 4 : nil
            case " ":
                return 3
            default:
                return nil
            }
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(" ")
            out.append(contentsOf: t[(m.lowerBound + 1)..<m.upperBound])
        })
    }

    static let clitics: [Scalars] = ["'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T"].map { Array($0.unicodeScalars) }

    /// `([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ` → `\1 \2 `.
    static func splitClitics(_ t: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard t[i] != "'" && t[i] != " ", i + 4 < t.count, t[i + 4] == " " else { return nil }
            for clitic in clitics where t[i + 1] == clitic[0] && t[i + 2] == clitic[1] && t[i + 3] == clitic[2] {
                return 5
            }
            return nil
        }, replace: { t, m, out in
            out.append(t[m.lowerBound])
            out.append(" ")
            out.append(contentsOf: t[(m.lowerBound + 1)..<m.upperBound])
        })
    }

    // MARK: Contractions (compiled with `re`)

    /// A contraction split in two: `(?i)\b(first)(second)\b`, or `(?=\s)` after it.
    struct Contraction {
        let first: Scalars
        let second: Scalars
        let whole: Scalars
        let needsFollowingSpace: Bool

        init(_ first: String, _ second: String, needsFollowingSpace: Bool = false) {
            self.first = Array(first.unicodeScalars)
            self.second = Array(second.unicodeScalars)
            self.whole = self.first + self.second
            self.needsFollowingSpace = needsFollowingSpace
        }
    }

    /// nltk's CONTRACTIONS2 (from Robert MacIntyre's tokenizer).
    static let contractions: [Contraction] = [
        Contraction("can", "not"), Contraction("d", "'ye"), Contraction("gim", "me"),
        Contraction("gon", "na"), Contraction("got", "ta"), Contraction("lem", "me"),
        Contraction("more", "'n"), Contraction("wan", "na", needsFollowingSpace: true),
    ]

    /// Every CONTRACTIONS2 rule, `(?i)\b(first)(second)\b` → ` \1 \2 ` with `re`'s word
    /// characters and case folding, in one pass. nltk applies them one after another, but
    /// each matches a whole word that no other rule matches and only adds spaces at word
    /// boundaries or inside that word (where no piece is itself a rule's word), so one
    /// rule's substitutions neither create nor remove another's matches.
    static func splitContractions(_ t: Scalars) -> Scalars {
        t.withUnsafeBufferPointer { b -> Scalars in
            var out: Scalars = []
            var copiedUpTo = 0
            var i = 0
            while i < b.count {
                // Every rule's word starts with an ASCII c, d, g, l, m or w at a word start.
                let v = b[i].value | 0x20
                guard b[i].value < 0x80, v == 0x63 || v == 0x64 || v == 0x67 || v == 0x6C || v == 0x6D || v == 0x77,
                      i == 0 || !PythonCharacterClass.isWord(b[i - 1]),
                      let c = contraction(at: i, in: b, firstLetter: v) else {
                    i += 1
                    continue
                }
                if copiedUpTo == 0 { out.reserveCapacity(b.count + 8) }
                out.append(contentsOf: b[copiedUpTo..<i])
                out.append(" ")
                out.append(contentsOf: b[i..<(i + c.first.count)])
                out.append(" ")
                out.append(contentsOf: b[(i + c.first.count)..<(i + c.whole.count)])
                out.append(" ")
                i += c.whole.count
                copiedUpTo = i
            }
            if copiedUpTo == 0 { return t }
            out.append(contentsOf: b[copiedUpTo...])
            return out
        }
    }

    /// The CONTRACTIONS2 rule whose word (with its boundary) starts at `i`, if any.
    private static func contraction(at i: Int, in b: ScalarBuffer, firstLetter: UInt32) -> Contraction? {
        for c in contractions where c.first[0].value == firstLetter && occursIgnoringCase(c.whole, in: b, at: i, dotlessI: true) {
            let end = i + c.whole.count
            if c.needsFollowingSpace {
                guard end < b.count, PythonCharacterClass.isSpace(b[end]) else { continue }
            } else if end < b.count && PythonCharacterClass.isWord(b[end]) {
                continue
            }
            return c
        }
        return nil
    }

    /// nltk's CONTRACTIONS3: `(?i) ('t)(is)\b` and `(?i) ('t)(was)\b` → ` \1 \2 `.
    static let archaicContractions: [Scalars] = ["is", "was"].map { Array($0.unicodeScalars) }
    static let apostropheT: Scalars = ["'", "t"]

    static func splitArchaicContraction(_ t: Scalars, _ rest: Scalars) -> Scalars {
        substituteMatches(in: t, matchLength: { t, i in
            guard t[i] == " ", occursIgnoringCase(apostropheT, in: t, at: i + 1, dotlessI: true),
                  occursIgnoringCase(rest, in: t, at: i + 3, dotlessI: true) else { return nil }
            let end = i + 3 + rest.count
            if end < t.count && PythonCharacterClass.isWord(t[end]) { return nil }
            return end - i
        }, replace: { t, m, out in
            out.append(" ")
            out.append(contentsOf: t[(m.lowerBound + 1)..<(m.lowerBound + 3)])
            out.append(" ")
            out.append(contentsOf: t[(m.lowerBound + 3)..<m.upperBound])
            out.append(" ")
        })
    }
}
