import Foundation
import Testing
@testable import IFEvalEngine

/// Agreement with CPython 3.11 `re` on the vectors of Scripts/oracle/regex_vectors.py.
@Suite struct PythonRegexVectorTests {
    struct Vectors: Decodable {
        let cases: [Case]
        let escape: [EscapeCase]
        let caseMatrix: CaseMatrix
    }

    struct Case: Decodable {
        let pattern: String
        let flags: String
        let text: String
        let error: ErrorInfo?
        let search: [Int]?
        let matches: [MatchInfo]?
        let findall: [FindAllItem]?
        let split: [String?]?
    }

    struct ErrorInfo: Decodable {
        let message: String
        let position: Int?
    }

    struct MatchInfo: Decodable {
        let span: [Int]
        let groups: [[Int]?]
    }

    enum FindAllItem: Decodable, Equatable {
        case text(String)
        case tuple([String])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let s = try? container.decode(String.self) { self = .text(s) } else { self = .tuple(try container.decode([String].self)) }
        }
    }

    struct EscapeCase: Decodable {
        let text: String
        let escaped: String
    }

    struct CaseMatrix: Decodable {
        let chars: String
        let rows: [Row]
        struct Row: Decodable {
            let char: String
            let literal: String
            let set: String
            let negated: String
        }
    }

    static func load() throws -> Vectors {
        let url = try #require(Bundle.module.url(forResource: "regex_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
    }

    static func options(_ flags: String) -> PythonRegex.Options {
        var options: PythonRegex.Options = []
        if flags.contains("i") { options.insert(.ignoreCase) }
        if flags.contains("m") { options.insert(.multiline) }
        if flags.contains("s") { options.insert(.dotAll) }
        if flags.contains("a") { options.insert(.ascii) }
        if flags.contains("x") { options.insert(.verbose) }
        return options
    }

    /// Describes how our result differs from Python's, or nil when they agree.
    static func disagreement(_ c: Case) -> String? {
        let regex: PythonRegex
        do {
            regex = try PythonRegex(c.pattern, options: options(c.flags))
        } catch let error as PythonRegexError {
            guard let expected = c.error else { return "unexpected error: \(error)" }
            if error.kind != .syntax || error.message != expected.message || error.position != expected.position {
                return "error \(error.kind) '\(error.message)' at \(error.position.map(String.init) ?? "nil"), expected '\(expected.message)' at \(expected.position.map(String.init) ?? "nil")"
            }
            return nil
        } catch {
            return "unexpected error type: \(error)"
        }
        if let expected = c.error { return "compiled, but Python says '\(expected.message)'" }
        let text = Array(c.text.unicodeScalars)
        do {
            let first = try regex.firstMatch(in: text)
            let firstSpan = first.map { [$0.range.lowerBound, $0.range.upperBound] }
            if firstSpan != c.search { return "search \(String(describing: firstSpan)), expected \(String(describing: c.search))" }
            let matches = try regex.matches(in: text)
            let got = matches.map { m in
                "\(m.range.lowerBound)-\(m.range.upperBound)" + m.groups.map { g in g.map { "(\($0.lowerBound)-\($0.upperBound))" } ?? "(nil)" }.joined()
            }
            let want = (c.matches ?? []).map { m in
                "\(m.span[0])-\(m.span[1])" + m.groups.map { g in g.map { "(\($0[0])-\($0[1]))" } ?? "(nil)" }.joined()
            }
            if got != want { return "finditer \(got), expected \(want)" }
            let findAll: [FindAllItem] = regex.groupCount <= 1
                ? try regex.findAll(in: text).map { .text($0) }
                : try regex.findAllGroups(in: text).map { .tuple($0) }
            if findAll != c.findall { return "findall \(findAll), expected \(String(describing: c.findall))" }
            let split = try regex.split(text)
            if split != c.split { return "split \(split), expected \(String(describing: c.split))" }
            if try regex.count(in: text) != c.matches?.count { return "count differs" }
        } catch {
            return "match error: \(error)"
        }
        return nil
    }

    @Test func allVectorsAgreeWithCPython() throws {
        let vectors = try Self.load()
        #expect(vectors.cases.count >= 400)
        Self.expectAgreement(vectors, label: "regex vectors")
    }

    /// Runs every case of `vectors`, prints how many agree with CPython and records the
    /// first disagreements.
    static func expectAgreement(_ vectors: Vectors, label: String) {
        var failures: [String] = []
        for c in vectors.cases {
            if let problem = disagreement(c) {
                failures.append("pattern \(c.pattern.debugDescription) flags '\(c.flags)' text \(c.text.debugDescription): \(problem)")
            }
        }
        print("\(label): \(vectors.cases.count - failures.count)/\(vectors.cases.count) agree")
        for failure in failures.prefix(40) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.isEmpty)
    }

    @Test func escapeAgreesWithCPython() throws {
        for e in try Self.load().escape {
            #expect(PythonRegex.escape(e.text) == e.escaped, "re.escape(\(e.text.debugDescription))")
        }
    }

    /// Which characters match which under IGNORECASE, as a literal, a set and a negated set.
    @Test func ignoreCaseEquivalencesAgreeWithCPython() throws {
        let matrix = try Self.load().caseMatrix
        let chars = matrix.chars.unicodeScalars.map { String($0) }
        var failures: [String] = []
        for row in matrix.rows {
            let literal = PythonRegex.escape(row.char)
            for (name, pattern, expected) in [("literal", literal, row.literal), ("set", "[\(row.char)]", row.set),
                                              ("negated", "[^\(row.char)]", row.negated)] {
                let regex = try PythonRegex(pattern, options: .ignoreCase)
                var got = ""
                for b in chars {
                    let text = Array(b.unicodeScalars)
                    if let m = try regex.firstMatch(in: text), m.range == 0..<text.count { got += b }
                }
                if got != expected {
                    failures.append("\(name) \(row.char.unicodeScalars.map { String($0.value, radix: 16) }) matched \(got.debugDescription), expected \(expected.debugDescription)")
                }
            }
        }
        for failure in failures.prefix(30) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.isEmpty)
    }
}

/// Random patterns from a grammar of Python's syntax on random short texts
/// (Scripts/oracle/regex_random_vectors.py, seed 17), as CPython 3.11 runs them.
@Suite struct PythonRegexRandomVectorTests {
    /// Replays a committed vectors file; returns how many cases it has.
    static func replay(_ resource: String, label: String) throws -> Int {
        let url = try #require(Bundle.module.url(forResource: resource, withExtension: "json", subdirectory: "Vectors"))
        let vectors = try JSONDecoder().decode(PythonRegexVectorTests.Vectors.self, from: Data(contentsOf: url))
        PythonRegexVectorTests.expectAgreement(vectors, label: label)
        return vectors.cases.count
    }

    @Test func randomPatternsAgreeWithCPython() throws {
        #expect(try Self.replay("regex_random_vectors", label: "random regex vectors") >= 3000)
    }
}

/// Groups, conditionals and backreferences inside greedy, lazy and possessive repeats
/// (Scripts/oracle/regex_group_repeat_vectors.py, seed 9: its hand-picked cases for each
/// rule of sre's mark bookkeeping, then random ones), as CPython 3.11 runs them.
@Suite struct PythonRegexGroupRepeatVectorTests {
    @Test func groupsInRepeatsAgreeWithCPython() throws {
        #expect(try PythonRegexRandomVectorTests.replay("regex_group_repeat_vectors", label: "group-in-repeat regex vectors") >= 4000)
    }
}

/// Optional differential run on a vectors file made elsewhere (same format), e.g. random
/// patterns: set REGEX_EXTRA_VECTORS to its path. Skipped when unset.
@Suite struct PythonRegexExtraVectorTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REGEX_EXTRA_VECTORS"] != nil))
    func extraVectorsAgree() throws {
        let path = ProcessInfo.processInfo.environment["REGEX_EXTRA_VECTORS"]!
        let vectors = try JSONDecoder().decode(PythonRegexVectorTests.Vectors.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        PythonRegexVectorTests.expectAgreement(vectors, label: "extra regex vectors")
    }
}
