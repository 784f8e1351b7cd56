/// A word token with Punkt's annotations (nltk's `PunktToken`, tokenize side).
struct PunktToken {
    /// The token's text.
    let scalars: ArraySlice<Unicode.Scalar>
    /// Lower case, or "##number##" for a numeric token.
    let type: String
    let periodFinal: Bool
    var sentenceBreak = false
    var abbreviation = false
    var ellipsis = false

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        let lowered = PythonString.lower(String(String.UnicodeScalarView(scalars)))
        type = Self.isNumeric(lowered.unicodeScalars) ? "##number##" : lowered
        periodFinal = scalars.last == "."
    }

    /// `^-?[\.,]?\d[\d,\.-]*\.?$` on the lower-cased token.
    private static func isNumeric(_ s: String.UnicodeScalarView) -> Bool {
        var i = s.startIndex
        if i < s.endIndex && s[i] == "-" { i = s.index(after: i) }
        if i < s.endIndex && (s[i] == "." || s[i] == ",") { i = s.index(after: i) }
        guard i < s.endIndex, RegexModuleCharacterClass.isDigit(s[i]) else { return false }
        i = s.index(after: i)
        while i < s.endIndex {
            let c = s[i]
            guard RegexModuleCharacterClass.isDigit(c) || c == "," || c == "." || c == "-" else { return false }
            i = s.index(after: i)
        }
        return true
    }

    /// The type without its final period, if it has one and more.
    var typeWithoutPeriod: String {
        let u = type.unicodeScalars
        if u.count > 1 && u.last == "." { return String(String.UnicodeScalarView(u.dropLast())) }
        return type
    }

    /// The type without its final period when that period ends a sentence.
    var typeWithoutSentencePeriod: String { sentenceBreak ? typeWithoutPeriod : type }

    /// Python's `tok[0].isupper()`.
    var firstUpper: Bool { PythonCharacterClass.isUpper(scalars.first!) }
    /// Python's `tok[0].islower()`.
    var firstLower: Bool { PythonCharacterClass.isLower(scalars.first!) }

    /// `\.\.+$`: two periods or more and nothing else.
    var isEllipsis: Bool {
        scalars.count >= 2 && scalars.allSatisfy { $0 == "." }
    }

    /// `[^\W\d]\.$`: one letter-like character, then a period.
    var isInitial: Bool {
        scalars.count == 2 && scalars.last == "." && RegexModuleCharacterClass.isLetterLike(scalars.first!)
    }

    /// Whether the token is exactly one of the sentence-ending characters.
    var isSentenceEndCharacter: Bool {
        scalars.count == 1 && (scalars.first == "." || scalars.first == "?" || scalars.first == "!")
    }

    /// Whether the token is exactly one of `; : , . ! ?`.
    var isPunctuationMark: Bool {
        guard scalars.count == 1 else { return false }
        switch scalars.first! {
        case ";", ":", ",", ".", "!", "?": return true
        default: return false
        }
    }
}
