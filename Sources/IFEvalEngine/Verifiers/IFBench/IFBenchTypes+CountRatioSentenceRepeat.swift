extension IFBenchTypes {
    static let countRatioSentenceRepeat: [any Verifier.Type] = [
    ]
}
