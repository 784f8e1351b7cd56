/// Punkt's two annotation passes over the tokens of a text (nltk's
/// `_annotate_first_pass` and `_annotate_second_pass`).
struct PunktAnnotator: Sendable {
    let model: PunktModel

    /// Whether `scalars[range]` holds a sentence break before its last token (nltk's
    /// `text_contains_sentbreak`).
    func containsSentenceBreak(_ scalars: PunktText, _ range: Range<Int>) -> Bool {
        var tokens = Self.tokenize(scalars, range)
        for i in tokens.indices { firstPass(&tokens[i]) }
        guard tokens.count > 1 else { return false }
        for i in 0..<(tokens.count - 1) {
            secondPass(&tokens[i], next: tokens[i + 1])
            if tokens[i].sentenceBreak { return true }
        }
        return false
    }

    /// nltk's `_tokenize_words`: the text split on "\n", lines that Python's `strip()`
    /// empties skipped, each other line segmented by `PunktWordScanner`.
    static func tokenize(_ scalars: PunktText, _ range: Range<Int>) -> [PunktToken] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(8)
        var lineStart = range.lowerBound
        while lineStart <= range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound && scalars[lineEnd] != "\n" { lineEnd += 1 }
            if scalars[lineStart..<lineEnd].contains(where: { !PythonCharacterClass.isSpace($0) }) {
                PunktWordScanner.scanLine(scalars, lineStart..<lineEnd, into: &ranges)
            }
            lineStart = lineEnd + 1
        }
        // The second pass reads the types of period-final tokens and of their successors.
        var tokens: [PunktToken] = []
        tokens.reserveCapacity(ranges.count)
        var previousPeriodFinal = false
        for range in ranges {
            let periodFinal = scalars[range.upperBound - 1] == "."
            tokens.append(PunktToken(scalars[range], computingType: periodFinal || previousPeriodFinal))
            previousPeriodFinal = periodFinal
        }
        return tokens
    }

    /// Type-based annotation: sentence-end characters, ellipses, abbreviations.
    func firstPass(_ token: inout PunktToken) {
        if token.isSentenceEndCharacter {
            token.sentenceBreak = true
        } else if token.isEllipsis {
            token.ellipsis = true
        } else if token.periodFinal && !(token.scalars.count >= 2 && token.scalars[token.scalars.endIndex - 2] == ".") {
            let stem = ScalarText.lowercasedString(token.scalars.dropLast())
            if model.isAbbreviation(stem) || model.isAbbreviation(Self.afterLastHyphen(stem)) {
                token.abbreviation = true
            } else {
                token.sentenceBreak = true
            }
        }
    }

    /// `s.split("-")[-1]`.
    static func afterLastHyphen(_ s: String) -> String {
        guard let hyphen = s.utf8.lastIndex(of: UInt8(ascii: "-")) else { return s }
        return String(s[s.utf8.index(after: hyphen)...])
    }

    /// Token-based reclassification of a period-final token from the token after it
    /// (collocations, orthographic and sentence-starter heuristics, initials, ordinals).
    func secondPass(_ token: inout PunktToken, next: PunktToken) {
        guard token.periodFinal else { return }
        let type = token.typeWithoutPeriod
        let nextType = next.typeWithoutSentencePeriod
        let isInitial = token.isInitial

        if model.isCollocation(type, nextType) {
            token.sentenceBreak = false
            token.abbreviation = true
            return
        }
        if (token.abbreviation || token.ellipsis) && !isInitial {
            if orthographicHeuristic(next) == .starter {
                token.sentenceBreak = true
                return
            }
            if next.firstUpper && model.isSentenceStarter(nextType) {
                token.sentenceBreak = true
                return
            }
        }
        if isInitial || type == "##number##" {
            let verdict = orthographicHeuristic(next)
            if verdict == .notStarter {
                token.sentenceBreak = false
                token.abbreviation = true
                return
            }
            if verdict == .unknown && isInitial && next.firstUpper
                && model.orthographicContext(of: nextType) & PunktOrthography.lower == 0 {
                token.sentenceBreak = false
                token.abbreviation = true
            }
        }
    }

    enum Verdict { case starter, notStarter, unknown }

    /// Whether orthographic evidence says `token` starts a sentence.
    func orthographicHeuristic(_ token: PunktToken) -> Verdict {
        if token.isPunctuationMark { return .notStarter }
        let context = model.orthographicContext(of: token.typeWithoutSentencePeriod)
        if token.firstUpper && context & PunktOrthography.lower != 0 && context & PunktOrthography.middleUpper == 0 {
            return .starter
        }
        if token.firstLower && (context & PunktOrthography.upper != 0 || context & PunktOrthography.beginLower == 0) {
            return .notStarter
        }
        return .unknown
    }
}
