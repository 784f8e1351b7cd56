/// Python idioms IFBench's verifiers share, with code-point semantics.
enum IFBenchText {
    /// `string.punctuation` (the 32 ASCII punctuation characters) as bit c of two masks
    /// for ASCII character c; `punctuationOrSpaceLow` adds the space (" "), which several
    /// verifiers strip from words too.
    private static let punctuationLow: UInt64 = 0xFC00_FFFE_0000_0000
    private static let punctuationOrSpaceLow: UInt64 = punctuationLow | (1 << 0x20)
    private static let punctuationHigh: UInt64 = 0x7800_0001_F800_0001

    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        v < 0x40 ? (punctuationLow >> UInt64(v)) & 1 != 0 : v < 0x80 && (punctuationHigh >> UInt64(v - 0x40)) & 1 != 0
    }

    @inline(__always)
    private static func isPunctuationOrSpace(_ byte: UInt8) -> Bool {
        byte < 0x40 ? (punctuationOrSpaceLow >> UInt64(byte)) & 1 != 0 : byte < 0x80 && (punctuationHigh >> UInt64(byte - 0x40)) & 1 != 0
    }

    /// `word.strip(''.join(string.punctuation) + ' ')`: over the UTF-8 bytes, which is
    /// exact as the stripped characters are ASCII (never part of a multi-byte sequence);
    /// the result is cut by scalar, never rounded to a `Character`.
    static func stripPunctuation(_ word: String) -> String {
        let utf8 = word.utf8
        guard let first = utf8.firstIndex(where: { !isPunctuationOrSpace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isPunctuationOrSpace($0) })!
        if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars[first..<utf8.index(after: last)]))
    }

    /// `word.lstrip(''.join(string.punctuation) + ' ')`.
    static func lstripPunctuation(_ word: String) -> String {
        let utf8 = word.utf8
        guard let first = utf8.firstIndex(where: { !isPunctuationOrSpace($0) }) else { return "" }
        if first == utf8.startIndex { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars[first...]))
    }

    /// `s.translate(str.maketrans('', '', string.punctuation))`: every ASCII punctuation
    /// character removed.
    static func removingPunctuation(_ s: String) -> String {
        guard s.utf8.contains(where: { isPunctuation(UInt32($0)) }) else { return s }
        return String(decoding: s.utf8.filter { !isPunctuation(UInt32($0)) }, as: UTF8.self)
    }

    /// A short quotation of `text` for reasons.
    static func quote(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        if scalars.count <= limit { return "\"\(text)\"" }
        return "\"\(String(String.UnicodeScalarView(scalars.prefix(limit))))…\""
    }

    /// How many of `text`'s sentences (`nltk.sent_tokenize`) end with ".", "?" and "!"
    /// (`sentence.endswith(...)`), as the sentence-ratio verifiers count them.
    static func sentenceEndings(_ text: String, _ context: VerificationContext) -> (declarative: Int, interrogative: Int, exclamatory: Int) {
        var counts = (declarative: 0, interrogative: 0, exclamatory: 0)
        for sentence in sentences(text, context) {
            switch sentence.unicodeScalars.last {
            case ".": counts.declarative += 1
            case "?": counts.interrogative += 1
            case "!": counts.exclamatory += 1
            default: break
            }
        }
        return counts
    }

    /// The sentences of `text` as `nltk.sent_tokenize` gives them (the suite's flavour).
    static func sentences(_ text: String, _ context: VerificationContext) -> [String] {
        context.analyzers.sentenceCounter.sentences(in: text)
    }
}

extension InstructionArgument where Value == Double {
    /// A non-negative number (integer or not, as JSON gives it); missing or negative is an
    /// error (the official code would draw a random value).
    static func number(_ name: String, promptStates: PromptMention = .number, note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .number, minimum: 0, promptStates: promptStates, note: note)) {
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

extension InstructionArgument where Value == String {
    /// A string that must not be empty (the official code raises, or draws a random
    /// value, for an empty or missing one).
    static func nonEmptyString(_ name: String, promptStates: PromptMention = .nothing, what: String) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .string, promptStates: promptStates)) { arguments, name throws(InstructionError) in
            let text = try arguments.string(name)
            guard !text.isEmpty else { throw arguments.error("'\(name)' must not be empty (\(what))") }
            return text
        }
    }
}
