import Foundation
import Testing
@testable import IFEvalEngine

/// Long texts built from units that stress the scanners (runs of end marks, contexts
/// whose word before never ends, many candidate periods): both tokenizers must stay
/// linear. At 100,000 scalars a quadratic step would take minutes even in release
/// builds; linear work takes well under the limit even in debug builds.
@Suite struct TokenizerScalingTests {
    static let units = ["!", "a.(", ". ", "a. ", "''", "--", ". . ", "Mr. ", "J. ", ".\n", "a.\u{3000}", ".)", "' a", "can "]

    @Test(arguments: units) func longRepetitionsTokenizeInLinearTime(unit: String) {
        let text = String(repeating: unit, count: 100_000 / unit.unicodeScalars.count)
        let clock = ContinuousClock.now
        _ = PunktSentenceTokenizer.english.countSentences(in: text)
        _ = NLTKWordTokenizer().countUppercaseWords(in: text)
        let elapsed = ContinuousClock.now - clock
        #expect(elapsed < .seconds(20), "\(String(reflecting: unit)) x \(text.unicodeScalars.count / unit.unicodeScalars.count): \(elapsed)")
    }
}
