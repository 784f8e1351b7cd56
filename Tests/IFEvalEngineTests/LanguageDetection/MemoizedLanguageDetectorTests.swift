import Foundation
import Synchronization
import Testing
@testable import IFEvalEngine

/// The memo answers a repeated text as the detector did (a nil answer included), keeps
/// texts that Swift's `==` equates but Python does not apart, and stops keeping texts
/// past its byte limit while still answering them.
@Suite struct MemoizedLanguageDetectorTests {
    /// Answers from the text's first letter, counting its calls.
    final class CountingDetector: LanguageDetecting {
        let calls = Atomic<Int>(0)
        func detectLanguage(of text: String) -> String? {
            calls.add(1, ordering: .relaxed)
            return text.first.map { $0 == "?" ? nil : String($0) } ?? nil
        }
    }

    @Test func repeatedTextsAreAnsweredFromMemory() {
        let counting = CountingDetector()
        let memo = MemoizedLanguageDetector(counting)
        let texts = ["en text", "fr texte", "? no features", "caf\u{E9}", "cafe\u{301}", "en text", "? no features", "caf\u{E9}", "cafe\u{301}"]
        let answers = texts.map(memo.detectLanguage)
        #expect(answers == texts.map(counting.detectLanguage))
        #expect(answers[2] == nil && answers[6] == nil)
        // 9 memo answers + 9 direct: the 5 distinct texts reached the detector once through the memo.
        #expect(counting.calls.load(ordering: .relaxed) == 5 + texts.count)
    }

    @Test func answersWithTheRealDetectorMatch() {
        let detector = LangDetectDetector(seed: 0)
        let memo = MemoizedLanguageDetector(detector)
        for text in ["This is an English sentence about the weather.", "Ceci est une phrase en français.", "12345", "Dies ist ein Satz."] {
            #expect(memo.detectLanguage(of: text) == detector.detectLanguage(of: text))
            #expect(memo.detectLanguage(of: text) == detector.detectLanguage(of: text))
        }
    }

    @Test func textsPastTheByteLimitAreNotKept() {
        let counting = CountingDetector()
        let memo = MemoizedLanguageDetector(counting)
        let large = "x" + String(repeating: "a", count: MemoizedLanguageDetector.byteLimit)
        #expect(memo.detectLanguage(of: large) == "x")
        #expect(memo.detectLanguage(of: large) == "x")
        #expect(counting.calls.load(ordering: .relaxed) == 2)
    }
}
