extension Suite {
    /// IFEval (Zhou et al. 2023): the 25 official instruction types, scored as Google's
    /// checkers in lm-eval's `lm_eval/tasks/ifeval` score them.
    public static let ifeval = Suite(
        name: "ifeval",
        summary: "IFEval (Zhou et al. 2023): 25 verifiable instruction types, as in lm-eval's lm_eval/tasks/ifeval",
        types: [
            KeywordExistence.self,
            KeywordFrequency.self,
            ForbiddenWords.self,
            LetterFrequency.self,
            ResponseLanguage.self,
            NumberOfSentences.self,
            NumberOfParagraphs.self,
            NumberOfWords.self,
            NthParagraphFirstWord.self,
            NumberOfPlaceholders.self,
            Postscript.self,
            NumberOfBulletLists.self,
            ConstrainedResponse.self,
            NumberOfHighlightedSections.self,
            MultipleSections.self,
            JSONFormat.self,
            Title.self,
            TwoResponses.self,
            RepeatPrompt.self,
            EndChecker.self,
            CapitalWordFrequency.self,
            EnglishCapital.self,
            EnglishLowercase.self,
            NoComma.self,
            Quotation.self,
        ],
        kwargsPolicy: .dropFalsy,
        headlineMetric: .promptLevelStrict,
        categories: .idPrefix
    )
}
