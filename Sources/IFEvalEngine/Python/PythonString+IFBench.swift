/// More `str` methods and `string` constants with CPython semantics (code points, never
/// Swift's canonical equivalence), for IFBench's verifiers.
extension PythonString {
    /// `string.punctuation`: the 32 ASCII punctuation characters.
    public static let asciiPunctuation: Set<Unicode.Scalar> = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// `string.punctuation + ' '`, IFBench's usual `strip` argument.
    public static let asciiPunctuationAndSpace: Set<Unicode.Scalar> = asciiPunctuation.union([" "])

    /// `s.translate(str.maketrans('', '', chars))`: `s` without those code points.
    public static func removing(_ characters: Set<Unicode.Scalar>, from s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where !characters.contains(scalar) { out.append(scalar) }
        return String(out)
    }

    /// `s.translate(str.maketrans('', '', string.punctuation))`.
    public static func removingASCIIPunctuation(_ s: String) -> String {
        removing(asciiPunctuation, from: s)
    }

    /// `s.find(sub)`: the code-point offset of the first occurrence, or -1 (0 for "").
    public static func find(_ s: String, _ sub: String) -> Int {
        let h = Array(s.unicodeScalars), n = Array(sub.unicodeScalars)
        if n.isEmpty { return 0 }
        guard n.count <= h.count else { return -1 }
        for i in 0...(h.count - n.count) where h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) { return i }
        return -1
    }

    /// `s.count(sub)`: non-overlapping occurrences, left to right, code point by code point
    /// (`len(s) + 1` for ""). Compared on UTF-8 bytes: UTF-8 is self-synchronising, so a
    /// byte match is exactly a code-point match.
    public static func count(_ s: String, _ sub: String) -> Int {
        let n = Array(sub.utf8)
        if n.isEmpty { return s.unicodeScalars.count + 1 }
        let h = Array(s.utf8)
        var count = 0, i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) {
                count += 1
                i += n.count
            } else {
                i += 1
            }
        }
        return count
    }

    /// `s.replace(old, new)`: every non-overlapping occurrence, left to right (for an
    /// empty `old`, `new` before every code point and at the end).
    public static func replace(_ s: String, _ old: String, _ new: String) -> String {
        let h = Array(s.unicodeScalars), o = Array(old.unicodeScalars), r = Array(new.unicodeScalars)
        var out = String.UnicodeScalarView()
        if o.isEmpty {
            for scalar in h {
                out.append(contentsOf: r)
                out.append(scalar)
            }
            out.append(contentsOf: r)
            return String(out)
        }
        var i = 0
        while i < h.count {
            if i + o.count <= h.count && h[i] == o[0] && h[i..<(i + o.count)].elementsEqual(o) {
                out.append(contentsOf: r)
                i += o.count
            } else {
                out.append(h[i])
                i += 1
            }
        }
        return String(out)
    }

    /// `set(nltk.ngrams(s, n))` for a string: its windows of `n` code points (none when
    /// `n` exceeds the length; nltk raises for `n` < 1, so that is a precondition).
    public static func characterNGrams(_ s: String, _ n: Int) -> Set<[Unicode.Scalar]> {
        precondition(n >= 1, "nltk.ngrams needs n >= 1")
        let scalars = Array(s.unicodeScalars)
        guard n <= scalars.count else { return [] }
        return Set((0...(scalars.count - n)).map { Array(scalars[$0..<($0 + n)]) })
    }
}
