import Foundation

/// Verifiers built once per distinct instruction list (ids and kwargs), shared between the
/// prompts of a prompt set that repeat it: a set holding many samples per prompt, or the
/// prompts of several checkpoints, repeats a few hundred lists thousands of times.
/// Sharing is exact because a verifier depends only on its id and kwargs (no verifier
/// reads the prompt text), and the lists are told apart by their ids and kwargs, code point
/// by code point (`key`). Also shares compiled keyword patterns. Safe to use from several threads.
///
/// A cache builds with the suites it is given: one fixed suite, or for each list the suite
/// its ids imply (which depends only on the ids, part of what tells lists apart).
public final class VerifierCache: Sendable {
    public let patterns = PythonRegexCache()
    public let suites: SuiteSelection
    private let built = Mutex<[CodePointKey: Built]>([:])

    struct Built {
        let instructionIDs: [String]
        let verifiers: [any Verifier]
        /// The suite the verifiers were built with.
        let suite: Suite
    }

    public init(suites: SuiteSelection = .standard) {
        self.suites = suites
    }

    /// The verifiers of `record`, built on first use. Lists that fail to build are not
    /// kept (their error is thrown each time).
    func verifiers(for record: PromptRecord) throws(InstructionError) -> Built {
        let key = Self.key(record)
        if let cached = built.withLock({ $0[key] }) { return cached }
        let made = try Self.build(record, suite: suites.suiteForRecord(record.instructionIDs), patterns: patterns)
        built.withLock { $0[key] = made }
        return made
    }

    static func build(_ record: PromptRecord, suite: Suite, patterns: PythonRegexCache?) throws(InstructionError) -> Built {
        var verifiers: [any Verifier] = []
        verifiers.reserveCapacity(record.instructionIDs.count)
        for (index, id) in record.instructionIDs.enumerated() {
            let kwargs = index < record.kwargs.count ? record.kwargs[index] : []
            verifiers.append(try suite.makeVerifier(id: id, kwargs: kwargs, prompt: record.prompt, patterns: patterns))
        }
        return Built(instructionIDs: verifiers.map { type(of: $0).id }, verifiers: verifiers, suite: suite)
    }

    /// The suites the lists built so far were built with, by name, and every id they hold.
    func builtSuitesAndIDs() -> (suites: [String: Suite], ids: Set<String>) {
        var suites: [String: Suite] = [:]
        var ids = Set<String>()
        for list in built.withLock({ Array($0.values) }) {
            if suites[list.suite.name] == nil { suites[list.suite.name] = list.suite }
            ids.formUnion(list.instructionIDs)
        }
        return (suites, ids)
    }

    /// The ids and kwargs, each string and number literal as its exact UTF-8 bytes after
    /// its length, with a tag per value (members in source order, duplicates kept): as
    /// exact as their JSON text, without escaping every string (IFBench's kwargs hold
    /// some sixty members, most of them null, and long texts). Hashed eight bytes at a
    /// time (an `[UInt8]` key would be hashed byte by byte).
    private static func key(_ record: PromptRecord) -> CodePointKey {
        var key: [UInt8] = []
        key.reserveCapacity(512)
        for id in record.instructionIDs { appendLiteral(UInt8(ascii: "s"), id, into: &key) }
        key.append(UInt8(ascii: "|"))
        for members in record.kwargs { append(.object(members), into: &key) }
        return CodePointKey(String(decoding: key, as: UTF8.self))
    }

    private static func append(_ value: JSONValue, into key: inout [UInt8]) {
        switch value {
        case .null: key.append(UInt8(ascii: "n"))
        case let .bool(b): key.append(b ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        case let .number(n): appendLiteral(UInt8(ascii: "#"), n.text, into: &key)
        case let .string(s): appendLiteral(UInt8(ascii: "s"), s, into: &key)
        case let .array(elements):
            appendCount(UInt8(ascii: "["), elements.count, into: &key)
            for element in elements { append(element, into: &key) }
        case let .object(members):
            appendCount(UInt8(ascii: "{"), members.count, into: &key)
            for (name, member) in members {
                appendLiteral(UInt8(ascii: "s"), name, into: &key)
                append(member, into: &key)
            }
        }
    }

    /// The tag, the byte count in decimal, ":", then the bytes.
    private static func appendLiteral(_ tag: UInt8, _ text: String, into key: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            appendCount(tag, bytes.count, into: &key)
            key.append(contentsOf: bytes)
        }
    }

    private static func appendCount(_ tag: UInt8, _ count: Int, into key: inout [UInt8]) {
        key.append(tag)
        if count < 10 {
            key.append(UInt8(ascii: "0") + UInt8(count))
            key.append(UInt8(ascii: ":"))
            return
        }
        var digits = count
        repeat {
            key.append(UInt8(ascii: "0") + UInt8(digits % 10))
            digits /= 10
        } while digits > 0
        key.append(UInt8(ascii: ":"))
    }
}
