extension Suite {
    /// M-IFEval's Japanese instructions (Dussolle et al. 2025, lightblue-tech/M-IFEval at
    /// commit 0bc3143): the `ja:` ids, scored as its `evaluation_main.py` scores them
    /// (kwargs passed as given, responses matched by exact prompt text, the eight loose
    /// variants of IFEval).
    public static let mifevalJa = Suite(
        name: "mifeval-ja",
        summary: "M-IFEval Japanese (Dussolle et al. 2025): the ja: instruction types of lightblue-tech/M-IFEval",
        types: MIFEvalJaTypes.all,
        kwargsPolicy: .asGiven,
        headlineMetric: .promptLevelStrict,
        categories: MIFEvalJaTypes.categories
    )
}

/// The suite's types, one line each.
enum MIFEvalJaTypes {
    static let all: [any Verifier.Type] = [
        JaKeywordExistence.self,
        JaKeywordFrequency.self,
        JaForbiddenWords.self,
        JaLetterFrequency.self,
        JaResponseLanguage.self,
        JaNumberOfSentences.self,
        JaNumberOfParagraphs.self,
        JaNumberOfLetters.self,
        JaNthParagraphFirstWord.self,
        JaNumberOfPlaceholders.self,
        JaPostscript.self,
        JaNumberOfBulletLists.self,
        JaNumberOfNumberedLists.self,
        JaConstrainedResponse.self,
        JaNumberOfHighlightedSections.self,
        JaMultipleSections.self,
        JaJSONFormat.self,
        JaTitle.self,
        JaTwoResponses.self,
        JaRepeatPrompt.self,
        JaEndChecker.self,
        JaSentenceUnifiedEnd.self,
        JaNominalEnding.self,
        JaFurigana.self,
        JaKansuuji.self,
        JaNoKatakana.self,
        JaKatakanaOnly.self,
        JaNoHiragana.self,
        JaHiraganaOnly.self,
        JaKanjiLimit.self,
        JaNoComma.self,
        JaNoPeriod.self,
        JaQuotation.self,
    ]

    /// Report categories: the part after `ja:` (`ja:letters:kanji` is in `letters`), where
    /// the official report's first tier would put every id in `ja`.
    static let categories = CategoryRule.table(Dictionary(uniqueKeysWithValues: all.map { type in
        (type.id, String(type.id.split(separator: ":", omittingEmptySubsequences: false)[1]))
    }))
}
