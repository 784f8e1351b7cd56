/// The text being tokenized, seen without reference counting (valid only while the
/// array it points into is alive and unchanged).
typealias PunktText = UnsafeBufferPointer<Unicode.Scalar>

/// A word token with Punkt's annotations (nltk's `PunktToken`, tokenize side).
struct PunktToken {
    /// The token's text.
    let scalars: Slice<PunktText>
    /// Lower case, or "##number##" for a numeric token; only computed for the tokens the
    /// second pass looks at (empty otherwise).
    let type: String
    let periodFinal: Bool
    var sentenceBreak = false
    var abbreviation = false
    var ellipsis = false

    init(_ scalars: Slice<PunktText>, computingType: Bool) {
        self.scalars = scalars
        if !computingType {
            type = ""
        } else if Self.isNumeric(scalars) {
            // Lower-casing never makes or unmakes the characters of a number.
            type = "##number##"
        } else {
            type = ScalarText.lowercasedString(scalars)
        }
        periodFinal = scalars.last == "."
    }

    /// `^-?[\.,]?\d[\d,\.-]*\.?$`.
    private static func isNumeric(_ s: Slice<PunktText>) -> Bool {
        var i = s.startIndex
        if i < s.endIndex && s[i] == "-" { i += 1 }
        if i < s.endIndex && (s[i] == "." || s[i] == ",") { i += 1 }
        guard i < s.endIndex, RegexModuleCharacterClass.isDigit(s[i]) else { return false }
        i += 1
        while i < s.endIndex {
            let c = s[i]
            guard RegexModuleCharacterClass.isDigit(c) || c == "," || c == "." || c == "-" else { return false }
            i += 1
        }
        return true
    }

    /// The type without its final period, if it has one and more.
    var typeWithoutPeriod: String {
        // "." is one UTF-8 byte, so more than one byte before it means another scalar.
        let bytes = type.utf8
        if bytes.count > 1 && bytes.last == UInt8(ascii: ".") { return String(decoding: bytes.dropLast(), as: UTF8.self) }
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
