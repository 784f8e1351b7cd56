/// `ratio:overlap`: the share of the response's distinct character trigrams
/// (`set(nltk.ngrams(response, 3))`) that also occur in reference_text is within
/// percentage ± 2 points; a response shorter than three characters fails.
struct TrigramOverlap: Verifier {
    static let referenceText = InstructionArgument.string("reference_text")
    static let percentage = InstructionArgument.number("percentage")
    static let description = InstructionDescription(
        id: "ratio:overlap", suite: "ifbench",
        summary: "A character-trigram overlap of percentage% (±2) with reference_text.",
        arguments: [referenceText, percentage],
        examples: examples
    )

    let reference: TrigramSet
    let target: Double

    init(arguments: InstructionArguments) throws(InstructionError) {
        reference = TrigramSet(try arguments[Self.referenceText])
        target = try arguments[Self.percentage]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let own = TrigramSet(response)
        guard own.count > 0 else { return .notFollowed("the response has no character trigram (fewer than 3 characters)") }
        let shared = own.keys.count(where: reference.contains)
        let overlap = Double(shared) / Double(own.count)
        let percent = overlap * 100
        return Verdict(target - 2 <= percent && percent <= target + 2,
                       "\(shared) of \(own.count) distinct character trigrams occur in the reference (\(percent)%), expected \(target - 2)% to \(target + 2)%")
    }

    static let examples: [VerifierExample] = [
        .followed("abcd", kwargs: #"{"reference_text": "xabcx", "percentage": 50.0}"#),
        .notFollowed("abcd", kwargs: #"{"reference_text": "xabcx", "percentage": 53.0}"#),
        .notFollowed("ab", kwargs: #"{"reference_text": "ab", "percentage": 0.0}"#),
    ]
}

/// The distinct code-point trigrams of a text, packed in 63 bits, in an open-addressing
/// table with a multiplicative hash (a `Set<UInt64>` hashes each key with SipHash).
struct TrigramSet: Sendable {
    /// The distinct trigrams, in order of first occurrence.
    private(set) var keys: [UInt64] = []
    /// Slots hold a key plus one (0 is an empty slot).
    private var slots: [UInt64]
    private let mask: Int

    var count: Int { keys.count }

    init(_ text: String) {
        let scalars = ScalarText.scalars(of: text)
        let n = max(0, scalars.count - 2)
        var size = 16
        while size < 2 * n { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(n)
        guard n > 0 else { return }
        for i in 0..<n {
            let key = UInt64(scalars[i].value) << 42 | UInt64(scalars[i + 1].value) << 21 | UInt64(scalars[i + 2].value)
            if insert(key) { keys.append(key) }
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    private mutating func insert(_ key: UInt64) -> Bool {
        var i = Self.slot(key, mask)
        while true {
            let stored = slots[i]
            if stored == 0 { slots[i] = key &+ 1; return true }
            if stored == key &+ 1 { return false }
            i = (i + 1) & mask
        }
    }

    func contains(_ key: UInt64) -> Bool {
        var i = Self.slot(key, mask)
        while true {
            let stored = slots[i]
            if stored == 0 { return false }
            if stored == key &+ 1 { return true }
            i = (i + 1) & mask
        }
    }
}
