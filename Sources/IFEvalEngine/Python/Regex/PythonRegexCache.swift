import Foundation

/// Compiled patterns by pattern text and options, shared while a prompt set is read:
/// thousands of prompts repeat the same few hundred keyword patterns. (CPython's `re`
/// keeps a cache of compiled patterns for the same reason.) Safe to use from several
/// threads.
public final class PythonRegexCache: Sendable {
    /// Patterns compare code point by code point: Swift's `==` would equate "é" and
    /// "e\u{301}", which are different patterns.
    private struct Key: Hashable {
        let pattern: CodePointKey
        let options: Int
    }

    private let compiled = Mutex<[Key: PythonRegex]>([:])

    public init() {}

    /// The compiled `pattern`, compiling it on first use. Patterns that do not compile
    /// are not cached (their error is thrown each time).
    public func regex(_ pattern: String, options: PythonRegex.Options = []) throws -> PythonRegex {
        let key = Key(pattern: CodePointKey(pattern), options: options.rawValue)
        if let cached = compiled.withLock({ $0[key] }) { return cached }
        let regex = try PythonRegex(pattern, options: options)
        compiled.withLock { $0[key] = regex }
        return regex
    }
}
