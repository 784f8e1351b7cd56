import Foundation
import Synchronization
import Testing
@testable import IFEvalEngine

/// The memoizing analyzers answer a repeated text as the analyzer did (a nil language
/// included), keep texts that Swift's `==` equates but Python does not apart, and stop
/// keeping texts past the byte limit while still answering them.
@Suite struct MemoizedAnalyzersTests {
    /// Answers from the text's first character, counting its calls.
    final class CountingAnalyzer: LanguageDetecting, SentenceCounting, WordTokenizing {
        let calls = Atomic<Int>(0)
        func detectLanguage(of text: String) -> String? {
            calls.add(1, ordering: .relaxed)
            return text.first.map { $0 == "?" ? nil : String($0) } ?? nil
        }
        func sentences(in text: String) -> [String] { Array(repeating: text, count: Int(text.unicodeScalars.first?.value ?? 0) % 7) }
        func countSentences(in text: String) -> Int {
            calls.add(1, ordering: .relaxed)
            return sentences(in: text).count
        }
        func wordTokens(in text: String) -> [String] { text.split(separator: " ").map(String.init) }
        func countUppercaseWords(in text: String) -> Int {
            calls.add(1, ordering: .relaxed)
            return text.unicodeScalars.count
        }
    }

    static let texts = ["en text", "fr texte", "? no features", "caf\u{E9}", "cafe\u{301}", "en text", "? no features", "caf\u{E9}", "cafe\u{301}"]

    @Test func repeatedTextsAreAnsweredFromMemory() {
        let counting = CountingAnalyzer()
        let detector = MemoizedLanguageDetector(counting)
        let counter = MemoizedSentenceCounter(counting)
        let tokenizer = MemoizedWordTokenizer(counting)
        #expect(Self.texts.map(detector.detectLanguage) == Self.texts.map(counting.detectLanguage))
        #expect(Self.texts.map(detector.detectLanguage)[2] == nil)
        #expect(Self.texts.map(counter.countSentences) == Self.texts.map(counting.countSentences))
        #expect(Self.texts.map(tokenizer.countUppercaseWords) == Self.texts.map(counting.countUppercaseWords))
        // Each wrapper reached the analyzer once per distinct text (5), the direct calls 3 x 9,
        // and the second detector pass none.
        #expect(counting.calls.load(ordering: .relaxed) == 3 * 5 + 3 * Self.texts.count)
    }

    @Test func answersWithTheRealAnalyzersMatch() {
        let analyzers = TextAnalyzers.standard
        let texts = ["This is an English sentence. And another one.", "Ceci est une phrase en français.", "12345", "THE NASA AND ESA. Dies ist ein Satz."]
        for text in texts + texts {
            #expect(analyzers.languageDetector.detectLanguage(of: text) == LangDetectDetector(seed: 0).detectLanguage(of: text))
            #expect(analyzers.sentenceCounter.countSentences(in: text) == PunktSentenceTokenizer.english.countSentences(in: text))
            #expect(analyzers.wordTokenizer.countUppercaseWords(in: text) == NLTKWordTokenizer().countUppercaseWords(in: text))
        }
    }

    @Test func textsPastTheByteLimitAreNotKept() {
        let counting = CountingAnalyzer()
        let detector = MemoizedLanguageDetector(counting)
        let large = "x" + String(repeating: "a", count: TextMemo<Int>.byteLimit)
        #expect(detector.detectLanguage(of: large) == "x")
        #expect(detector.detectLanguage(of: large) == "x")
        #expect(counting.calls.load(ordering: .relaxed) == 2)
    }
}
