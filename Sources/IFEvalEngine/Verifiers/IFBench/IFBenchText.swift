/// Python idioms IFBench's verifiers share, with code-point semantics.
enum IFBenchText {
    /// `string.punctuation`: the 32 ASCII punctuation characters.
    static let punctuation: Set<Unicode.Scalar> = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)
    /// `string.punctuation + ' '`, which several verifiers strip from words.
    static let punctuationAndSpace: Set<Unicode.Scalar> = punctuation.union([" "])

    /// `word.strip(''.join(string.punctuation) + ' ')`.
    static func stripPunctuation(_ word: String) -> String {
        PythonString.strip(word, characters: punctuationAndSpace)
    }

    /// `s.translate(str.maketrans('', '', string.punctuation))`: every ASCII punctuation
    /// character removed.
    static func removingPunctuation(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x80 && punctuation.contains(Unicode.Scalar($0)) }) else { return s }
        var scalars = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where !punctuation.contains(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// `haystack.count(needle)`: non-overlapping occurrences, code point by code point
    /// (an empty needle occurs `len(haystack) + 1` times, as in Python).
    static func count(_ needle: String, in haystack: String) -> Int {
        let n = Array(needle.utf8)
        let h = Array(haystack.utf8)
        if n.isEmpty { return haystack.unicodeScalars.count + 1 }
        // UTF-8 is self-synchronising: byte matches are exactly code-point matches.
        var count = 0
        var i = 0
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

    /// A short quotation of `text` for reasons.
    static func quote(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        if scalars.count <= limit { return "\"\(text)\"" }
        return "\"\(String(String.UnicodeScalarView(scalars.prefix(limit))))…\""
    }

    /// The sentences of `text` as `nltk.sent_tokenize` gives them (the suite's flavour).
    static func sentences(_ text: String, _ context: VerificationContext) -> [String] {
        context.analyzers.sentenceCounter.sentences(in: text)
    }
}

extension Argument where Value == Double {
    /// A non-negative number (integer or not, as JSON gives it); missing or negative is an
    /// error (the official code would draw a random value).
    static func number(_ name: String, promptStates: PromptMention = .number, note: String? = nil) -> Argument {
        Argument(ArgumentDescription(name: name, kind: .number, minimum: 0, promptStates: promptStates, note: note)) {
            arguments, name throws(InstructionError) in
            guard let value = arguments.values[name] else {
                throw arguments.error("missing argument '\(name)' (the official code would pick a random value, so the result would not be reproducible)")
            }
            guard case let .number(number) = value, let double = number.doubleValue else {
                throw arguments.error("'\(name)' must be a number, not \(JSONWriter.string(value))")
            }
            guard double >= 0 else { throw arguments.error("'\(name)' must not be negative (the official code would pick a random value)") }
            return double
        }
    }
}

extension Argument where Value == String {
    /// A string that must not be empty (the official code raises, or draws a random
    /// value, for an empty or missing one).
    static func nonEmptyString(_ name: String, promptStates: PromptMention = .nothing, what: String) -> Argument {
        Argument(ArgumentDescription(name: name, kind: .string, promptStates: promptStates)) { arguments, name throws(InstructionError) in
            let text = try arguments.string(name)
            guard !text.isEmpty else { throw arguments.error("'\(name)' must not be empty (\(what))") }
            return text
        }
    }
}
