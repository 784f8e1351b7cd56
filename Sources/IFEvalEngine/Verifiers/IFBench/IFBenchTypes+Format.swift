extension IFBenchTypes {
    static let format: [any Verifier.Type] = [
        NestedBrackets.self,
        NestedQuotes.self,
        OptionsAnswer.self,
        WordPerLine.self,
        EmojiSentenceEnds.self,
        IndentStairs.self,
        QuoteExplanation.self,
        SeparatorList.self,
        ItalicThesis.self,
        SubBullets.self,
        SentencesThenBullets.self,
        TitleCase.self,
        OutputTemplate.self,
        NoWhitespace.self,
    ]
}
