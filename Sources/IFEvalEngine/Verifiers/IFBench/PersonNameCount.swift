/// `count:person_names`: at least N different names of IFBench's list of 50 occur, each
/// found by `re.search(r'\bName\b', response)` (case-sensitive; `re`'s word boundary).
struct PersonNameCount: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:person_names", suite: "ifbench",
        summary: "At least N different person names from IFBench's list of 50.",
        arguments: [n],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    static let names = [
        "Emma", "Liam", "Sophia", "Jackson", "Olivia", "Noah", "Ava", "Lucas", "Isabella", "Mason", "Mia", "Ethan",
        "Charlotte", "Alexander", "Amelia", "Benjamin", "Harper", "Leo", "Zoe", "Daniel", "Chloe", "Samuel", "Lily",
        "Matthew", "Grace", "Owen", "Abigail", "Gabriel", "Ella", "Jacob", "Scarlett", "Nathan", "Victoria", "Elijah",
        "Layla", "Nicholas", "Audrey", "David", "Hannah", "Christopher", "Penelope", "Thomas", "Nora", "Andrew", "Aria",
        "Joseph", "Claire", "Ryan", "Stella", "Jonathan",
    ]

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.n]
    }

    /// The names by first letter ("A" = 0), as UTF-8 bytes with their index in `names`.
    static let namesByInitial: [[(bytes: [UInt8], index: Int)]] = {
        var table = [[(bytes: [UInt8], index: Int)]](repeating: [], count: 26)
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            table[Int(bytes[0] - 0x41)].append((bytes, index))
        }
        return table
    }()

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var found = [Bool](repeating: false, count: Self.names.count)
        var copy = response
        copy.withUTF8 { Self.markNames($0, &found) }
        let names = zip(Self.names, found).filter(\.1).map(\.0)
        let listed = names.isEmpty ? "" : " (" + names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", …" : "") + ")"
        return Verdict(names.count >= minimum, "found \(names.count) of the listed names\(listed), expected at least \(minimum)")
    }

    /// `re.search(r"\b" + name + r"\b", text)` for every name at once, over UTF-8 bytes:
    /// the names are ASCII, so a byte match is a code-point match; the code points on
    /// either side must not be word characters (`\w`, Python's `re`).
    static func markNames(_ b: UnsafeBufferPointer<UInt8>, _ found: inout [Bool]) {
        let n = b.count
        for i in 0..<n {
            let first = b[i]
            guard first >= 0x41 && first <= 0x5A else { continue }
            for (bytes, index) in namesByInitial[Int(first - 0x41)] where !found[index] && i + bytes.count <= n {
                var same = true
                for k in 1..<bytes.count where b[i + k] != bytes[k] { same = false; break }
                guard same else { continue }
                if i > 0 && PythonCharacterClass.isWord(scalar(endingAt: i, b)) { continue }
                let end = i + bytes.count
                if end < n && PythonCharacterClass.isWord(scalar(startingAt: end, b)) { continue }
                found[index] = true
            }
        }
    }

    /// The code point whose UTF-8 sequence starts at byte `i` of valid UTF-8.
    static func scalar(startingAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let b0 = UInt32(b[i])
        let value = b0 < 0x80 ? b0 : ScalarText.multiByteScalar(b0, at: b.baseAddress! + i).value
        return Unicode.Scalar(value)!
    }

    /// The code point whose UTF-8 sequence ends just before byte `i`.
    static func scalar(endingAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = i - 1
        while b[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, b)
    }

    static let examples: [VerifierExample] = [
        .followed("Emma met Liam and Noah.", kwargs: #"{"N": 3.0}"#),
        .notFollowed("Emmanuel met LIAM and noah.", kwargs: #"{"N": 1.0}"#),
        .followed("Zoe_ met Zoe, and Ava.", kwargs: #"{"N": 2}"#),
    ]
}
