/// M-IFEval's `count_sentences` (`ja_instructions_util.py`): ja_sentence_segmenter 0.0.2's
/// pipeline `make_pipeline(normalize, split_newline, concat_tail_no, split_punc2)`, ported
/// step by step on code points:
///
/// 1. `normalize` (neologd rules, `remove_tildes=False`): strip; NFKC of each run of
///    full-width digits and letters and half-width katakana; hyphens and long-vowel marks
///    folded; tildes to `～`; ASCII punctuation to full width; runs of spaces (and U+3000)
///    to one space, dropped between CJK/kana/full-width characters and between those and
///    ASCII; NFKC of each run of full-width punctuation (so `！？（）` become `!?()`).
/// 2. `split_newline`: `str.splitlines()` (also `\r`, `\v`, `\f`, U+001C...U+001E, U+0085,
///    U+2028, U+2029).
/// 3. `concatenate_matching(former_matching_rule=r"^(?P<result>.+)(の)$",
///    remove_former_matched=False)`: a line of two or more characters ending in `の` is
///    joined with the next.
/// 4. `split_punctuation(punctuations="。!?")`: after each `。`, `!` or `?` not inside
///    `「...」` or `(...)` (innermost pairs; the punctuation there is escaped with `∯`,
///    and a punctuation mark next to a `∯` the text itself holds is not split either),
///    then `splitlines()` again.
///
/// `count_sentences` is the number of pieces; empty lines give none, a line of spaces one.
public enum JapaneseSentenceSegmenter {
    /// `len(list(segmenter(text)))`.
    public static func countSentences(_ text: String) -> Int {
        sentences(text).count
    }

    /// The pieces the official pipeline yields.
    public static func sentences(_ text: String) -> [String] {
        let normalized = Array(normalize(text).unicodeScalars)
        var out: [String] = []
        for piece in concatenateTailNo(splitLines(normalized)) {
            out.append(contentsOf: splitPunctuation(piece).map { ScalarText.string($0) })
        }
        return out
    }

    // MARK: neologd normalisation

    /// `ja_sentence_segmenter.normalize.neologd_normalizer.normalize` on one text.
    public static func normalize(_ text: String) -> String {
        var s = Array(PythonString.strip(text).unicodeScalars)
        s = nfkcRuns(s, of: isNarrowClass)
        s = foldRuns(s, of: { hyphens.contains($0.value) }, to: "-")
        s = foldRuns(s, of: { longVowelMarks.contains($0.value) }, to: "\u{30FC}")
        s = s.map { tildes.contains($0.value) ? "\u{FF5E}" : $0 }
        s = s.map { translation[$0.value].map { Unicode.Scalar($0)! } ?? $0 }
        s = removeExtraSpaces(s)
        s = nfkcRuns(s, of: { wideSymbols.contains($0.value) })
        s = s.map { $0 == "\u{2019}" ? "'" : $0 == "\u{201D}" ? "\"" : $0 }
        return ScalarText.string(s)
    }

    /// `__unicode_normalize(cls, s)`: NFKC of each maximal run of `cls`, then `－` → `-`.
    static func nfkcRuns(_ s: [Unicode.Scalar], of member: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            guard member(s[i]) else {
                out.append(s[i] == "\u{FF0D}" ? "-" : s[i])
                i += 1
                continue
            }
            var end = i
            while end < s.count && member(s[end]) { end += 1 }
            let run = PythonUnicodeData.nfkc(ScalarText.string(s[i..<end]))
            out.append(contentsOf: run.unicodeScalars.map { $0 == "\u{FF0D}" ? "-" : $0 })
            i = end
        }
        return out
    }

    /// `re.sub("[...]+", replacement, s)`.
    static func foldRuns(_ s: [Unicode.Scalar], of member: (Unicode.Scalar) -> Bool, to replacement: Unicode.Scalar) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var previousWasMember = false
        for c in s {
            if member(c) {
                if !previousWasMember { out.append(replacement) }
                previousWasMember = true
            } else {
                out.append(c)
                previousWasMember = false
            }
        }
        return out
    }

    /// `__remove_extra_spaces`: runs of U+0020 / U+3000 become one space; a space goes
    /// where both neighbours are CJK/kana/full-width ("blocks"), or one is and the other
    /// is ASCII (the official loops reach exactly this: neighbours of a space are never
    /// spaces, so removing one does not change another's).
    static func removeExtraSpaces(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let collapsed = foldRuns(s, of: { $0 == " " || $0 == "\u{3000}" }, to: " ")
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(collapsed.count)
        for (i, c) in collapsed.enumerated() {
            if c == " ", i > 0, i + 1 < collapsed.count {
                let left = collapsed[i - 1], right = collapsed[i + 1]
                let leftBlock = isBlock(left), rightBlock = isBlock(right)
                if (leftBlock && (rightBlock || right.isASCII)) || (left.isASCII && rightBlock) { continue }
            }
            out.append(c)
        }
        return out
    }

    static func isBlock(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x4E00...0x9FFF, 0x3040...0x309F, 0x30A0...0x30FF, 0x3000...0x303F, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// `０-９Ａ-Ｚａ-ｚ｡-ﾟ`.
    static func isNarrowClass(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF61...0xFF9F: return true
        default: return false
        }
    }

    static let hyphens: Set<UInt32> = [0x2D7, 0x58A, 0x2010, 0x2011, 0x2012, 0x2013, 0x2043, 0x207B, 0x208B, 0x2212]
    static let longVowelMarks: Set<UInt32> = [0xFE63, 0xFF0D, 0xFF70, 0x2014, 0x2015, 0x2500, 0x2501, 0x30FC]
    static let tildes: Set<UInt32> = [0x7E, 0x223C, 0x223E, 0x301C, 0x3030, 0xFF5E]
    /// `！”＃＄％＆’（）＊＋，－．／：；＜＞？＠［￥］＾＿｀｛｜｝〜` (not `＝`, `・`, `「`, `」`).
    static let wideSymbols: Set<UInt32> = [
        0xFF01, 0x201D, 0xFF03, 0xFF04, 0xFF05, 0xFF06, 0x2019, 0xFF08, 0xFF09, 0xFF0A, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E,
        0xFF0F, 0xFF1A, 0xFF1B, 0xFF1C, 0xFF1E, 0xFF1F, 0xFF20, 0xFF3B, 0xFFE5, 0xFF3D, 0xFF3E, 0xFF3F, 0xFF40, 0xFF5B,
        0xFF5C, 0xFF5D, 0x301C,
    ]
    /// `str.maketrans("!\"#$%&'()*+,-./:;<=>?@[¥]^_`{|}~｡､･｢｣", "！”＃＄％＆’（）＊＋，－．／：；＜＝＞？＠［￥］＾＿｀｛｜｝〜。、・「」")`.
    static let translation: [UInt32: UInt32] = {
        let from: [UInt32] = [0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B,
                              0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x5B, 0xA5, 0x5D, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D, 0x7E,
                              0xFF61, 0xFF64, 0xFF65, 0xFF62, 0xFF63]
        let to: [UInt32] = [0xFF01, 0x201D, 0xFF03, 0xFF04, 0xFF05, 0xFF06, 0x2019, 0xFF08, 0xFF09, 0xFF0A, 0xFF0B, 0xFF0C, 0xFF0D,
                            0xFF0E, 0xFF0F, 0xFF1A, 0xFF1B, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF1F, 0xFF20, 0xFF3B, 0xFFE5, 0xFF3D,
                            0xFF3E, 0xFF3F, 0xFF40, 0xFF5B, 0xFF5C, 0xFF5D, 0x301C, 0x3002, 0x3001, 0x30FB, 0x300C, 0x300D]
        return Dictionary(uniqueKeysWithValues: zip(from, to))
    }()

    // MARK: splitting

    /// `str.splitlines()`.
    static func splitLines(_ s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var start = 0
        var i = 0
        while i < s.count {
            switch s[i].value {
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(Array(s[start..<i]))
                i += 1
                start = i
            case 0x0D:
                lines.append(Array(s[start..<i]))
                i += (i + 1 < s.count && s[i + 1] == "\n") ? 2 : 1
                start = i
            default:
                i += 1
            }
        }
        if start < s.count { lines.append(Array(s[start..<s.count])) }
        return lines
    }

    /// `concatenate_matching(..., former_matching_rule=r"^(?P<result>.+)(の)$", remove_former_matched=False)`:
    /// lines hold no line break, so the rule matches a text of two or more code points
    /// ending in `の`.
    static func concatenateTailNo(_ lines: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
        guard var former = lines.first else { return [] }
        var out: [[Unicode.Scalar]] = []
        for latter in lines.dropFirst() {
            if former.count >= 2 && former.last == "の" {
                former += latter
            } else {
                out.append(former)
                former = latter
            }
        }
        out.append(former)
        return out
    }

    static let escape: Unicode.Scalar = "\u{222F}"

    @inline(__always)
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool { c == "\u{3002}" || c == "!" || c == "?" }

    /// `split_punctuation(text, punctuations="。!?")` on one text.
    static func splitPunctuation(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var s = escapeBetween(text, open: "「", close: "」")
        s = escapeBetween(s, open: "(", close: ")")
        // `re.sub(r"(?<!∯)([。!?])(?!∯)", "\\1\n", s)`
        var split: [Unicode.Scalar] = []
        split.reserveCapacity(s.count + 8)
        for (i, c) in s.enumerated() {
            split.append(c)
            if isPunctuation(c) && (i == 0 || s[i - 1] != escape) && (i + 1 == s.count || s[i + 1] != escape) {
                split.append("\n")
            }
        }
        // `re.sub(r"(∯)([。!?])(∯)", "\\2", s)`
        var unescaped: [Unicode.Scalar] = []
        unescaped.reserveCapacity(split.count)
        var i = 0
        while i < split.count {
            if split[i] == escape && i + 2 < split.count && isPunctuation(split[i + 1]) && split[i + 2] == escape {
                unescaped.append(split[i + 1])
                i += 3
            } else {
                unescaped.append(split[i])
                i += 1
            }
        }
        return splitLines(unescaped)
    }

    /// `re.sub(open + "[^" + open + close + "]*" + close, escape_between_punctuation, s)`:
    /// inside each innermost pair, every punctuation mark without a `∯` on either side
    /// becomes `∯mark∯`.
    static func escapeBetween(_ s: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            guard s[i] == open else {
                out.append(s[i])
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count && s[j] != open && s[j] != close { j += 1 }
            guard j < s.count && s[j] == close else {
                out.append(s[i])
                i += 1
                continue
            }
            for k in i...j {
                let c = s[k]
                if isPunctuation(c) && (k == i || s[k - 1] != escape) && (k == j || s[k + 1] != escape) {
                    out.append(contentsOf: [escape, c, escape])
                } else {
                    out.append(c)
                }
            }
            i = j + 1
        }
        return out
    }
}
