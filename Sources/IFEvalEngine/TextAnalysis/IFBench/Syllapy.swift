/// `syllapy.count(word)` of syllapy 0.7.2 (IFBench's pin): the word stripped of white
/// space, lowered, stripped of ASCII punctuation (`string.punctuation`); 0 when that is
/// empty or holds a decimal digit (`re`'s `\d`); the count of its known-word table
/// (generated from the package) when it is there; for "a-b" (the text before the first
/// hyphen, then the rest of the line after it) the sum of both parts' counts, or 0 when
/// either is 0; else a vowel-group count: +1 for a leading vowel (a e i o u y), +1 for
/// every vowel after a non-vowel, -1 for a final "e", +1 for a final "le" after a
/// non-vowel, and at least 1.
public enum Syllapy {
    private static let words: [[UInt8]: Int] = {
        var table: [[UInt8]: Int] = [:]
        for (word, count) in generatedPairs(wordTable) {
            table[Array(word)] = Int(String(decoding: count, as: UTF8.self))!
        }
        return table
    }()

    /// `syllapy.count(word)`.
    public static func count(_ word: String) -> Int {
        let word = PythonString.strip(PythonString.lower(PythonString.strip(word)), characters: PythonString.asciiPunctuation)
        if word.isEmpty { return 0 }
        let scalars = Array(word.unicodeScalars)
        if scalars.contains(where: PythonCharacterClass.isDecimal) { return 0 }
        if let known = words[Array(word.utf8)] { return known }
        // re.match("([^-]+)-(.+)", word): the first hyphen, not at the start, followed by
        // at least one character other than a newline; the second part stops at a newline.
        if let hyphen = scalars.firstIndex(of: "-"), hyphen > 0 {
            var end = hyphen + 1
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            if end > hyphen + 1 {
                let first = count(string(scalars[..<hyphen]))
                let second = count(string(scalars[(hyphen + 1)..<end]))
                return first == 0 || second == 0 ? 0 : first + second
            }
        }
        return vowelGroups(scalars)
    }

    /// syllapy's `_syllables(word)`.
    static func vowelGroups(_ word: [Unicode.Scalar]) -> Int {
        func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "a", "e", "i", "o", "u", "y": return true
            default: return false
            }
        }
        var count = isVowel(word[0]) ? 1 : 0
        for index in word.indices.dropFirst() where isVowel(word[index]) && !isVowel(word[index - 1]) { count += 1 }
        if word.last == "e" { count -= 1 }
        if word.count > 2 && word[word.count - 2] == "l" && word.last == "e" && !isVowel(word[word.count - 3]) { count += 1 }
        return count == 0 ? 1 : count
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
