/// Punkt's two annotation passes over the tokens of a text (nltk's
/// `_annotate_first_pass` and `_annotate_second_pass`).
struct PunktAnnotator: Sendable {
    let model: PunktModel

    /// The buffers one text's annotations reuse from one context to the next.
    struct Scratch {
        var ranges: [Range<Int>] = []
        let types = PunktTypeBytes()

        init() { ranges.reserveCapacity(8) }
    }

    /// Whether `scalars[range]` holds a sentence break before its last token (nltk's
    /// `text_contains_sentbreak`). The passes run token by token, as nltk's generators
    /// do, and stop at the first break.
    func containsSentenceBreak<F: NLTKFlavor>(_ flavor: F.Type, _ scalars: PunktText, _ range: Range<Int>, _ scratch: inout Scratch) -> Bool {
        Self.tokenize(F.self, scalars, range, into: &scratch.ranges)
        let ranges = scratch.ranges
        guard ranges.count > 1 else { return false }
        scratch.types.removeAll()
        // The second pass reads the types of period-final tokens and of their successors.
        var previous = token(F.self, scalars, ranges[0], previousPeriodFinal: false, scratch.types)
        firstPass(&previous, scratch.types)
        for range in ranges.dropFirst() {
            var current = token(F.self, scalars, range, previousPeriodFinal: previous.periodFinal, scratch.types)
            firstPass(&current, scratch.types)
            secondPass(F.self, &previous, next: current, scratch.types)
            if previous.sentenceBreak { return true }
            previous = current
        }
        return false
    }

    private func token<F: NLTKFlavor>(_ flavor: F.Type, _ scalars: PunktText, _ range: Range<Int>, previousPeriodFinal: Bool, _ types: PunktTypeBytes) -> PunktToken {
        let text = scalars[range]
        let needsType = previousPeriodFinal || text.last == "."
        return PunktToken(text, type: needsType ? PunktToken.appendType(F.self, of: text, to: types) : 0..<0)
    }

    /// nltk's `_tokenize_words`: the text split on "\n", lines that Python's `strip()`
    /// empties skipped, each other line segmented by `PunktWordScanner`; the token ranges
    /// replace `ranges`' contents.
    static func tokenize<F: NLTKFlavor>(_ flavor: F.Type, _ scalars: PunktText, _ range: Range<Int>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var lineStart = range.lowerBound
        while lineStart <= range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound && scalars[lineEnd] != "\n" { lineEnd += 1 }
            if scalars[lineStart..<lineEnd].contains(where: { !PythonCharacterClass.isSpace($0) }) {
                PunktWordScanner.scanLine(F.self, scalars, lineStart..<lineEnd, into: &ranges)
            }
            lineStart = lineEnd + 1
        }
    }

    /// Type-based annotation: sentence-end characters, ellipses, abbreviations.
    func firstPass(_ token: inout PunktToken, _ types: PunktTypeBytes) {
        if token.isSentenceEndCharacter {
            token.sentenceBreak = true
        } else if token.isEllipsis {
            token.ellipsis = true
        } else if token.periodFinal && !(token.scalars.count >= 2 && token.scalars[token.scalars.endIndex - 2] == ".") {
            let mark = types.count
            let stem = types.appendLowercased(token.scalars.dropLast())
            let lastPart = types.afterLastHyphen(stem)
            if isAbbreviation(stem, types) || (lastPart != stem && isAbbreviation(lastPart, types)) {
                token.abbreviation = true
            } else {
                token.sentenceBreak = true
            }
            types.truncate(to: mark)
        }
    }

    private func isAbbreviation(_ type: Range<Int>, _ types: PunktTypeBytes) -> Bool {
        model.isAbbreviation(types.bytes(type))
    }

    private func orthographicContext(_ type: Range<Int>, _ types: PunktTypeBytes) -> UInt8 {
        model.orthographicContext(of: types.bytes(type))
    }

    /// Token-based reclassification of a period-final token from the token after it
    /// (collocations, orthographic and sentence-starter heuristics, initials, ordinals).
    func secondPass<F: NLTKFlavor>(_ flavor: F.Type, _ token: inout PunktToken, next: PunktToken, _ types: PunktTypeBytes) {
        guard token.periodFinal else { return }
        let type = token.typeWithoutPeriod(types)
        let nextType = next.typeWithoutSentencePeriod(types)
        let isInitial = token.isInitial(F.self)

        if model.isCollocation(types.bytes(type), types.bytes(nextType)) {
            token.sentenceBreak = false
            token.abbreviation = true
            return
        }
        if (token.abbreviation || token.ellipsis) && !isInitial {
            if orthographicHeuristic(next, types) == .starter {
                token.sentenceBreak = true
                return
            }
            if next.firstUpper && model.isSentenceStarter(types.bytes(nextType)) {
                token.sentenceBreak = true
                return
            }
        }
        if isInitial || types.holds(type, PunktTypeBytes.number) {
            let verdict = orthographicHeuristic(next, types)
            if verdict == .notStarter {
                token.sentenceBreak = false
                token.abbreviation = true
                return
            }
            if verdict == .unknown && isInitial && next.firstUpper
                && orthographicContext(nextType, types) & PunktOrthography.lower == 0 {
                token.sentenceBreak = false
                token.abbreviation = true
            }
        }
    }

    enum Verdict { case starter, notStarter, unknown }

    /// Whether orthographic evidence says `token` starts a sentence.
    func orthographicHeuristic(_ token: PunktToken, _ types: PunktTypeBytes) -> Verdict {
        if token.isPunctuationMark { return .notStarter }
        let context = orthographicContext(token.typeWithoutSentencePeriod(types), types)
        if token.firstUpper && context & PunktOrthography.lower != 0 && context & PunktOrthography.middleUpper == 0 {
            return .starter
        }
        if token.firstLower && (context & PunktOrthography.upper != 0 || context & PunktOrthography.beginLower == 0) {
            return .notStarter
        }
        return .unknown
    }
}
