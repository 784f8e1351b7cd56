extension IFBenchTypes {
    static let countRatioSentenceRepeat: [any Verifier.Type] = [
        WordCountRange.self,
        UniqueWordCount.self,
        ConjunctionCount.self,
        PersonNameCount.self,
        NumberCount.self,
        PunctuationCover.self,
        NthWordJapanese.self,
        PronounCount.self,
        KeywordsMultiple.self,
        StopWordPercentage.self,
        SentenceTypeRatio.self,
        SentenceBalance.self,
        TrigramOverlap.self,
        SentenceCharacterCount.self,
        IncrementingAlliteration.self,
        IncludeKeyword.self,
        IncrementingWordCount.self,
        RepeatChange.self,
        RepeatSimple.self,
        RepeatSpan.self,
    ]
}
