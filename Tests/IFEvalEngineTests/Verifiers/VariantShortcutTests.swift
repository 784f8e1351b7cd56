import Testing
@testable import IFEvalEngine

/// Every registered type whose description claims that a failure is final on the loose
/// variants: on random texts made of the characters that matter (`*`, line breaks,
/// brackets, letters, white space) and of the words of its own examples, every variant
/// of a failing response fails too, as the claim says. Types that make no claim must
/// not skip the variants.
@Suite struct VariantShortcutTests {
    static let pieces = ["*", "**", "\n", "\n\n", " ", "  ", "word", "Ké", "a*b", "[x]", "[", "]", "é\u{301}", "_", "1", "\t", "x y", "*hi*", "\u{3000}"]

    static let claiming = TestSuites.allTypes.filter {
        $0.type.description.looseVariants.isClaimed && $0.type.description.looseVariants != .failureIsFinalOnParts
    }
    static let claimingParts = TestSuites.allTypes.filter { $0.type.description.looseVariants == .failureIsFinalOnParts }

    static func verifiers(_ suite: Suite, _ type: any Verifier.Type) throws -> [any Verifier] {
        try type.description.examples.map { example in
            try suite.makeVerifier(id: type.id, kwargs: try JSONParser.parse(example.kwargs).objectMembers ?? [], prompt: example.prompt)
        }
    }

    @Test func claimsMatchTheVerifiers() throws {
        for (suite, type) in TestSuites.allTypes {
            let skipping = try Self.verifiers(suite, type).map(\.variantsFailWhenResponseFails)
            switch type.description.looseVariants {
            case .checked, .failureIsFinalOnParts: #expect(!skipping.contains(true), "\(type.id) skips variants without claiming it may")
            case .failureIsFinal(when: nil): #expect(!skipping.contains(false), "\(type.id) claims it always may skip variants")
            case .failureIsFinal: #expect(skipping.contains(true), "\(type.id): no example shows the condition of its claim")
            }
        }
    }

    @Test func partsClaimsMatchTheVerifiers() throws {
        for (suite, type) in TestSuites.allTypes {
            let parts = try Self.verifiers(suite, type).map(\.partsFailWhenTextFails)
            #expect(parts.allSatisfy { $0 == (type.description.looseVariants == .failureIsFinalOnParts) }, "\(type.id)")
        }
        #expect(Self.claimingParts.map { $0.type.id }.contains("count:conjunctions"))
    }

    /// Types claiming that a failure is final on parts: on random texts, when a text fails
    /// each variant that keeps its `*` fails, and when the text without `*` fails each
    /// variant without `*` fails; no check raises.
    @Test(arguments: claimingParts.map { $0.type.id })
    func failuresAreFinalOnParts(_ id: String) throws {
        let (suite, type) = Self.claimingParts.first { $0.type.id == id }!
        let context = VerificationContext(analyzers: .standard(flavor: suite.textAnalysis))
        let examples = type.description.examples
        let pieces = Self.pieces + ["Emma", "and", "or", "*and", "level", "Level,", "elgae dlab", "\u{3A3}", "a\u{3A3}", "-", "--"]
            + examples.flatMap { $0.response.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
        let verifiers = try Self.verifiers(suite, type)
        var generator = CPythonRandom(seed: 11)
        var checked = 0
        for _ in 0..<3000 {
            let length = Int(generator.random() * 24)
            let text = (0..<length).map { _ in pieces[Int(generator.random() * Double(pieces.count))] }.joined()
            let variants = LooseVariant.texts(for: text)
            for verifier in verifiers {
                for (variant, variantText) in zip(LooseVariant.allCases, variants) {
                    let base = variant.removesAsterisks ? variants[LooseVariant.withoutAsterisks.rawValue] : text
                    #expect(!verifier.check(variantText, context: context).officialCodeRaises)
                    guard variant.rawValue > LooseVariant.withoutAsterisks.rawValue, !verifier.check(base, context: context).followed else { continue }
                    #expect(!verifier.check(variantText, context: context).followed, "\(id): \(text.debugDescription) -> \(variantText.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func claimingTypesAreFound() {
        #expect(Self.claiming.map { $0.type.id }.contains("length_constraints:number_words"))
        #expect(Self.claiming.map { $0.type.id }.contains("toy:exclamation_count"))
    }

    @Test(arguments: claiming.map { $0.type.id })
    func failuresOnTheResponseAreFailuresOnEveryVariant(_ id: String) throws {
        let (suite, type) = Self.claiming.first { $0.type.id == id }!
        let context = VerificationContext(analyzers: .standard(flavor: suite.textAnalysis))
        let examples = type.description.examples
        let pieces = Self.pieces + examples.flatMap { $0.response.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
        let verifiers = try Self.verifiers(suite, type).filter(\.variantsFailWhenResponseFails)
        var generator = CPythonRandom(seed: 7)
        var checked = 0
        for _ in 0..<3000 {
            let length = Int(generator.random() * 14)
            let text = (0..<length).map { _ in pieces[Int(generator.random() * Double(pieces.count))] }.joined()
            let variants = LooseVariant.texts(for: text)
            for verifier in verifiers where !verifier.check(text, context: context).followed {
                for variant in variants.dropFirst() {
                    #expect(!verifier.check(variant, context: context).followed, "\(id): \(text.debugDescription) -> \(variant.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }
}
