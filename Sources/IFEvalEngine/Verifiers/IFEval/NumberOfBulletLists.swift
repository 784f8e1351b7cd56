/// `detectable_format:number_bullet_lists`: exactly N bullet points, counted as the
/// matches of `^\s*\*[^\*].*$` plus those of `^\s*-.*$` (MULTILINE).
///
/// Official quirks kept: `\s*` runs across blank lines, so one match may start lines
/// earlier than its bullet; `[^\*]` may be a line break, so `*` alone at the end of a
/// line takes the next line with it; `**bold**` lines are not bullets.
struct NumberOfBulletLists: Verifier {
    static let numBullets = InstructionArgument.threshold("num_bullets", promptStates: .number)
    static let description = InstructionDescription(
        id: "detectable_format:number_bullet_lists", suite: "ifeval",
        summary: "Exactly N markdown bullet points (* or -).",
        arguments: [numBullets],
        examples: examples
    )

    let expected: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numBullets]
    }

    /// The number of findall matches of `^\s*` + marker + tail, where `requiresNonStar`
    /// adds the `[^\*]` after the marker.
    static func countMatches(_ text: [Unicode.Scalar], marker: Unicode.Scalar, requiresNonStar: Bool) -> Int {
        let n = text.count
        var count = 0
        var position = 0
        // The first non-space position at or after a line start; shared by all the line
        // starts of one white-space run, so that blank lines are not rescanned.
        var cachedFrom = -1
        var cachedFirstNonSpace = 0
        while position <= n {
            guard position == 0 || text[position - 1] == "\n" else {
                position += 1
                continue
            }
            if position > cachedFrom && position <= cachedFirstNonSpace && cachedFrom >= 0 {
                // same white-space run as before
            } else {
                var q = position
                while q < n && PythonCharacterClass.isSpace(text[q]) { q += 1 }
                cachedFrom = position
                cachedFirstNonSpace = q
            }
            let q = cachedFirstNonSpace
            var matchedEnd = -1
            if q < n && text[q] == marker {
                var tail = q + 1
                if requiresNonStar {
                    if tail < n && text[tail] != "*" { tail += 1 } else { tail = -1 }
                }
                if tail >= 0 {
                    var end = tail
                    while end < n && text[end] != "\n" { end += 1 }
                    matchedEnd = end
                }
            }
            if matchedEnd >= 0 {
                count += 1
                position = matchedEnd
                cachedFrom = -1
                // A match ending at the end of text leaves an empty remainder, and `^`
                // cannot match there after a non-newline: the loop ends naturally.
                if matchedEnd == n { break }
            } else {
                position += 1
            }
        }
        return count
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // A pattern whose marker is not in the text finds nothing: not scanned.
        let hasStars = ScalarText.contains(response, "*")
        let hasDashes = ScalarText.contains(response, "-")
        let text = hasStars || hasDashes ? ScalarText.scalars(of: response) : []
        let stars = hasStars ? NumberOfBulletLists.countMatches(text, marker: "*", requiresNonStar: true) : 0
        let dashes = hasDashes ? NumberOfBulletLists.countMatches(text, marker: "-", requiresNonStar: false) : 0
        let found = stars + dashes
        return Verdict(found == expected, "found \(Plural.count(found, "bullet point")) (\(stars) with *, \(dashes) with -), expected exactly \(expected)")
    }

    static let examples: [VerifierExample] = [
        .followed("Points:\n* one\n* two\n- three", kwargs: #"{"num_bullets": 3}"#),
        .notFollowed("Points:\n* one\n**bold** line\n* two", kwargs: #"{"num_bullets": 3}"#),
        .followed("Points:\n* one\n\n\n   * two", kwargs: #"{"num_bullets": 2}"#),
        .followed("*\n* two", kwargs: #"{"num_bullets": 1}"#),
        .notFollowed("1. one\n2. two", kwargs: #"{"num_bullets": 2}"#),
    ]
}
