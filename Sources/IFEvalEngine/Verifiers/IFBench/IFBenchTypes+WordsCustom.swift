extension IFBenchTypes {
    static let wordsCustom: [any Verifier.Type] = [
    ]
}
