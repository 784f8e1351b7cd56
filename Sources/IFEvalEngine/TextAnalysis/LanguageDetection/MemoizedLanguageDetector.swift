import Foundation

/// A language detector that answers a text it has seen before from memory: detection is
/// a pure function of the text (langdetect seeded), and runs repeat texts (samples of
/// one prompt, several checkpoints, loose variants equal across prompts; 12% of the
/// detections of the shared-data benchmark). Texts are compared code point by code
/// point; at most `byteLimit` bytes of text are kept, so memory stays bounded whatever
/// the run's size. Safe to use from several threads.
public final class MemoizedLanguageDetector: LanguageDetecting, @unchecked Sendable {
    public let detector: any LanguageDetecting
    private let lock = NSLock()
    private var results: [CodePointKey: String?] = [:]
    private var bytesKept = 0
    static let byteLimit = 8 << 20

    public init(_ detector: any LanguageDetecting) {
        self.detector = detector
    }

    public func detectLanguage(of text: String) -> String? {
        let key = CodePointKey(text)
        lock.lock()
        let known = results[key]
        lock.unlock()
        if let known { return known }
        let language = detector.detectLanguage(of: text)
        lock.lock()
        if bytesKept + text.utf8.count <= Self.byteLimit && results[key] == nil {
            results[key] = language
            bytesKept += text.utf8.count
        }
        lock.unlock()
        return language
    }
}
