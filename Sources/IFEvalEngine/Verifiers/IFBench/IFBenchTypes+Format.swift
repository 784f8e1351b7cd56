extension IFBenchTypes {
    static let format: [any Verifier.Type] = [
    ]
}
