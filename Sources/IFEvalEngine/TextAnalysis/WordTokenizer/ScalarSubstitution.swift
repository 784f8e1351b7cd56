/// Python's `pattern.sub(replacement, text)` for a pattern that never matches the empty
/// string: matches are tried at each offset from the left, and scanning resumes after a
/// match. `matchLength` says how long the match at an offset is (nil for none); lookbehind
/// and lookahead see the original text, as in Python. `replace` appends the replacement.
/// The closures see the text as a buffer, which costs no reference counting per call.
typealias ScalarBuffer = UnsafeBufferPointer<Unicode.Scalar>

@inline(__always)
func substituteMatches(
    in text: [Unicode.Scalar],
    matchLength: (_ text: ScalarBuffer, _ offset: Int) -> Int?,
    replace: (_ text: ScalarBuffer, _ match: Range<Int>, _ output: inout [Unicode.Scalar]) -> Void
) -> [Unicode.Scalar] {
    text.withUnsafeBufferPointer { buffer in substituteMatches(in: buffer, matchLength: matchLength, replace: replace) } ?? text
}

@inline(__always)
private func substituteMatches(
    in text: ScalarBuffer,
    matchLength: (_ text: ScalarBuffer, _ offset: Int) -> Int?,
    replace: (_ text: ScalarBuffer, _ match: Range<Int>, _ output: inout [Unicode.Scalar]) -> Void
) -> [Unicode.Scalar]? {
    var output: [Unicode.Scalar] = []
    var copiedUpTo = 0
    var matched = false
    var i = 0
    let n = text.count
    while i < n {
        if let length = matchLength(text, i) {
            if !matched {
                output.reserveCapacity(n + n / 4 + 8)
                matched = true
            }
            output.append(contentsOf: text[copiedUpTo..<i])
            replace(text, i..<(i + length), &output)
            i += length
            copiedUpTo = i
        } else {
            i += 1
        }
    }
    if !matched { return nil }
    output.append(contentsOf: text[copiedUpTo..<n])
    return output
}

/// `pattern.sub(r" \g<0> ", text)` for a pattern matching one character of a class.
@inline(__always)
func padCharacters(in text: [Unicode.Scalar], where isPadded: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
    substituteMatches(in: text, matchLength: { t, i in isPadded(t[i]) ? 1 : nil }, replace: padded)
}

/// The replacement `" \g<0> "`: the match with a space either side.
@inline(__always)
func padded(_ text: ScalarBuffer, _ match: Range<Int>, _ output: inout [Unicode.Scalar]) {
    output.append(" ")
    output.append(contentsOf: text[match])
    output.append(" ")
}

/// Case-insensitive comparison of a scalar with an ASCII lower-case letter, as `(?i)`
/// compares them: the other case, plus the non-ASCII letters that fold to it
/// ("ſ" for s, the Kelvin sign for k, and "İ" for i; `re` also folds dotless "ı" to i).
@inline(__always)
func matchesIgnoringCase(_ c: Unicode.Scalar, _ letter: Unicode.Scalar, dotlessI: Bool) -> Bool {
    let v = c.value
    if v < 0x80 { return v | 0x20 == letter.value && v >= 0x41 }
    switch letter {
    case "s": return v == 0x17F
    case "k": return v == 0x212A
    case "i": return v == 0x130 || (dotlessI && v == 0x131)
    default: return false
    }
}

/// Whether `word` (ASCII, lower case) occurs at `offset` of `text`, ignoring case.
@inline(__always)
func occursIgnoringCase(_ word: [Unicode.Scalar], in text: ScalarBuffer, at offset: Int, dotlessI: Bool) -> Bool {
    guard offset + word.count <= text.count else { return false }
    for (k, letter) in word.enumerated() {
        let c = text[offset + k]
        if letter.value >= 0x61 && letter.value <= 0x7A {
            if !matchesIgnoringCase(c, letter, dotlessI: dotlessI) { return false }
        } else if c != letter {
            return false
        }
    }
    return true
}
