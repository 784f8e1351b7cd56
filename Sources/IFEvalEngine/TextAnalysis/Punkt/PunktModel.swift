/// The parameters of a trained Punkt model: what nltk's `PunktParameters` holds.
struct PunktModel: Sendable {
    /// Known abbreviations, lower case, without their final period.
    let abbreviationTypes: Set<String>
    /// Word-type pairs that straddle a period without ending a sentence ("##number##", "who").
    let collocations: Set<Collocation>
    /// Word types that frequently start a sentence.
    let sentenceStarters: Set<String>
    /// Orthographic context flags per word type (see `PunktOrthography`).
    let orthographicContexts: [String: UInt8]

    struct Collocation: Hashable, Sendable {
        let first: String
        let second: String
    }

    /// NLTK's English model (`punkt_tab/english`), decoded once from the embedded text.
    static let english = PunktModel(
        abbreviationTypes: EnglishData.abbrevTypes,
        collocations: EnglishData.collocations,
        sentenceStarters: EnglishData.sentenceStarters,
        orthographicContexts: EnglishData.orthographicContexts
    )

    /// Decodes the model files' text as nltk's `PunktDecoder` reads them: one entry a
    /// line, fields separated by tabs.
    init(abbreviationTypes: String, collocations: String, sentenceStarters: String, orthographicContexts: String) {
        self.abbreviationTypes = Set(Self.lines(abbreviationTypes))
        var pairs = Set<Collocation>()
        for line in Self.lines(collocations) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 2 { pairs.insert(Collocation(first: String(fields[0]), second: String(fields[1]))) }
        }
        self.collocations = pairs
        self.sentenceStarters = Set(Self.lines(sentenceStarters))
        var contexts: [String: UInt8] = [:]
        for line in Self.lines(orthographicContexts) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 2, let flags = UInt8(fields[1]) { contexts[String(fields[0])] = flags }
        }
        self.orthographicContexts = contexts
    }

    /// The lines of a model file, each without its line end (no empty entry after the last).
    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    func orthographicContext(of type: String) -> UInt8 { orthographicContexts[type] ?? 0 }
}

/// nltk's orthographic context flags: where (beginning, middle, unknown position of a
/// sentence) a word type was seen with an upper or lower case first letter.
enum PunktOrthography {
    static let beginUpper: UInt8 = 1 << 1
    static let middleUpper: UInt8 = 1 << 2
    static let unknownUpper: UInt8 = 1 << 3
    static let beginLower: UInt8 = 1 << 4
    static let middleLower: UInt8 = 1 << 5
    static let unknownLower: UInt8 = 1 << 6
    static let upper: UInt8 = beginUpper | middleUpper | unknownUpper
    static let lower: UInt8 = beginLower | middleLower | unknownLower
}
