/// How M-IFEval's Japanese `build_description` methods read their kwargs (passed as given:
/// a `null` reaches them), with an input error wherever the official code would draw a
/// random value (the `random_*` cases) or raise.
enum JaArgument {
    /// The error for a value the official code replaces by a random draw.
    static func random(_ arguments: InstructionArguments, _ name: String, _ why: String) -> InstructionError {
        arguments.error("argument '\(name)' \(why): the official code draws a random value for it here, so results would not be reproducible")
    }

    /// The error for a value on which the official code raises.
    static func raises(_ arguments: InstructionArguments, _ name: String, _ error: String) -> InstructionError {
        arguments.error("argument '\(name)': the official code raises \(error) on this value")
    }

    /// A number the official code compares a count with after `if x is None or x < 0:
    /// x = random.randint(...)`: any JSON number (Python compares int with float), `true`
    /// as 1 and `false` as 0; missing, `null` or negative draws a random value; a string,
    /// list or object makes `x < 0` raise `TypeError`.
    static func threshold(_ name: String, note: String? = nil) -> InstructionArgument<Threshold> {
        InstructionArgument(ArgumentDescription(name: name, kind: .number, minimum: 0, note: note)) { arguments, name throws(InstructionError) in
            try thresholdValue(arguments, name)
        }
    }

    static func thresholdValue(_ arguments: InstructionArguments, _ name: String) throws(InstructionError) -> Threshold {
        switch arguments.values[name] {
        case nil, .null?:
            throw random(arguments, name, "is missing or null")
        case let .bool(b)?:
            return Threshold(b ? 1 : 0)
        case let .number(number)?:
            guard let double = number.doubleValue else { throw arguments.error("argument '\(name)' must be a number") }
            if double < 0 { throw random(arguments, name, "is negative") }
            return Threshold(double, text: number.intValue.map(String.init) ?? number.text)
        case let value?:
            throw raises(arguments, name, "TypeError ('<' between \(value.typeName) and an integer)")
        }
    }

    /// `relation`: `未満` (less than) or `以上` (at least); missing or `null` draws one at
    /// random; anything else raises `ValueError`.
    static func relation(_ name: String) -> InstructionArgument<ComparisonRelation> {
        InstructionArgument(ArgumentDescription(name: name, kind: .relation, allowedValues: ["未満", "以上"],
                                                note: "未満 = less than, 以上 = at least")) { arguments, name throws(InstructionError) in
            switch arguments.values[name] {
            case nil, .null?:
                throw random(arguments, name, "is missing or null")
            case .string("未満")?: return .lessThan
            case .string("以上")?: return .atLeast
            case let value?:
                throw raises(arguments, name, "ValueError (the relation must be 未満 or 以上, not \(JSONWriter.string(value)))")
            }
        }
    }

    /// A string the official code reads as `x.strip() if isinstance(x, str) else x`, then
    /// draws at random when it is `None`; a value of another type makes the check raise.
    static func strippedString(_ name: String, promptStates: PromptMention = .nothing) -> InstructionArgument<String> {
        InstructionArgument(ArgumentDescription(name: name, kind: .string, promptStates: promptStates, note: "stripped")) {
            arguments, name throws(InstructionError) in
            switch arguments.values[name] {
            case nil, .null?: throw random(arguments, name, "is missing or null")
            case let .string(s)?: return PythonString.strip(s)
            case let value?: throw raises(arguments, name, "TypeError or AttributeError (\(value.typeName), not a string)")
            }
        }
    }

    /// A list of strings read after `if not x: x = <random words>` (missing, `null`, `[]`,
    /// `""` draw at random). A string is a list of its code points to the official code
    /// (`sorted("abc")`); a list holding something else than strings is refused.
    static func wordList(_ name: String) -> InstructionArgument<[String]> {
        InstructionArgument(ArgumentDescription(name: name, kind: .stringList, promptStates: .phrase(noun: "word"))) {
            arguments, name throws(InstructionError) in
            guard let value = arguments.values[name], value.isTruthy else { throw random(arguments, name, "is missing or empty") }
            switch value {
            case let .string(s): return s.unicodeScalars.map { String($0) }
            case let .array(items):
                var words: [String] = []
                for item in items {
                    guard let word = item.stringValue else {
                        throw arguments.error("argument '\(name)' must be a list of strings; it holds \(item.typeName)")
                    }
                    words.append(word)
                }
                return words
            default:
                throw raises(arguments, name, "TypeError (\(value.typeName) is not a list of words)")
            }
        }
    }
}

/// The Japanese relation words in reasons.
extension ComparisonRelation {
    var japanese: String { self == .lessThan ? "未満" : "以上" }

    /// `"以上" (at least 5)`.
    func describeJapanese(_ threshold: some CustomStringConvertible) -> String {
        "\(Quote.text(japanese)) (\(describe(threshold)))"
    }
}

/// Official fixed patterns of the Japanese checkers, compiled once by the project's
/// Python `re` engine.
enum JaPattern {
    static func compile(_ pattern: String, _ options: PythonRegex.Options = []) -> PythonRegex {
        do { return try PythonRegex(pattern, options: options) } catch { preconditionFailure("official pattern \(pattern): \(error)") }
    }

    /// `re.sub(r'「.*?」', '', value)` then `re.sub(r'『.*?』', '', ...)`, as
    /// `sentence_unified_end` and `nominal_ending` remove quotations first.
    static let cornerQuote = compile("「.*?」")
    static let doubleCornerQuote = compile("『.*?』")

    static func removingQuotations(_ text: String) throws -> String {
        var scalars = ScalarText.scalars(of: text)
        for pattern in [cornerQuote, doubleCornerQuote] {
            let matches = try pattern.matches(in: scalars)
            guard !matches.isEmpty else { continue }
            var kept: [Unicode.Scalar] = []
            kept.reserveCapacity(scalars.count)
            var last = 0
            for match in matches {
                kept.append(contentsOf: scalars[last..<match.range.lowerBound])
                last = match.range.upperBound
            }
            kept.append(contentsOf: scalars[last...])
            scalars = kept
        }
        return ScalarText.string(scalars)
    }
}

/// Code point ranges the checkers test.
enum JaScript {
    /// `[\u4e00-\u9faf]`.
    @inline(__always) static func isKanji(_ c: Unicode.Scalar) -> Bool { c.value >= 0x4E00 && c.value <= 0x9FAF }
    /// `'ぁ' <= c <= 'ん'`.
    @inline(__always) static func isHiraganaThroughN(_ c: Unicode.Scalar) -> Bool { c.value >= 0x3041 && c.value <= 0x3093 }
    /// `not unicodedata.category(c).startswith('L')` (CPython 3.11's categories).
    @inline(__always) static func isIgnorable(_ c: Unicode.Scalar) -> Bool { !PythonCharacterClass.isAlpha(c) }

    /// A character for reasons: `"ア" (U+30A2)`.
    static func describe(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "\(Quote.text(String(c))) (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
    }
}

