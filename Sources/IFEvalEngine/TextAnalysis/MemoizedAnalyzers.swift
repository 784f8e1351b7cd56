import Foundation

/// Results of a text analysis kept per text for the length of a run: the analyses are
/// pure functions of the text, and runs repeat texts (samples of one prompt, several
/// checkpoints, loose variants equal across prompts; in the shared-data benchmark 12% of
/// language detections, 14% of sentence counts and 17% of upper-case word counts repeat
/// an earlier text). Texts are compared code point by code point; at most `byteLimit`
/// bytes of text are kept, so memory stays bounded whatever the run's size. Safe to use
/// from several threads.
final class TextMemo<Value: Sendable>: Sendable {
    private struct State {
        var values: [CodePointKey: Value] = [:]
        var bytesKept = 0
    }

    private let state = Mutex(State())
    static var byteLimit: Int { 8 << 20 }

    func value(for text: String, _ compute: () -> Value) -> Value {
        let key = CodePointKey(text)
        if let known = state.withLock({ $0.values[key] }) { return known }
        let value = compute()
        state.withLock { state in
            if state.bytesKept + text.utf8.count <= Self.byteLimit && state.values[key] == nil {
                state.values[key] = value
                state.bytesKept += text.utf8.count
            }
        }
        return value
    }
}

/// A language detector that answers a text it has seen before from memory.
public struct MemoizedLanguageDetector: LanguageDetecting {
    public let detector: any LanguageDetecting
    private let memo = TextMemo<String?>()

    public init(_ detector: any LanguageDetecting) { self.detector = detector }

    public func detectLanguage(of text: String) -> String? {
        memo.value(for: text) { detector.detectLanguage(of: text) }
    }
}

/// A sentence counter that counts a text it has seen before from memory.
public struct MemoizedSentenceCounter: SentenceCounting {
    public let counter: any SentenceCounting
    private let memo = TextMemo<Int>()

    public init(_ counter: any SentenceCounting) { self.counter = counter }

    public func sentences(in text: String) -> [String] { counter.sentences(in: text) }

    public func countSentences(in text: String) -> Int {
        memo.value(for: text) { counter.countSentences(in: text) }
    }
}

/// A word tokenizer that counts the upper-case words of a text it has seen before from memory.
public struct MemoizedWordTokenizer: WordTokenizing {
    public let tokenizer: any WordTokenizing
    private let memo = TextMemo<Int>()

    public init(_ tokenizer: any WordTokenizing) { self.tokenizer = tokenizer }

    public func wordTokens(in text: String) -> [String] { tokenizer.wordTokens(in: text) }

    public func forEachGroupOfWordTokens(in text: String, _ body: ([String]) -> Bool) { tokenizer.forEachGroupOfWordTokens(in: text, body) }

    public func edgeWordTokens(in text: String, count: Int) -> (tokens: [String], complete: Bool) {
        tokenizer.edgeWordTokens(in: text, count: count)
    }

    public func countUppercaseWords(in text: String) -> Int {
        memo.value(for: text) { tokenizer.countUppercaseWords(in: text) }
    }
}
