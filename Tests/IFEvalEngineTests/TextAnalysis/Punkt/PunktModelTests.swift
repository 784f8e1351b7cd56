import Foundation
import Testing
@testable import IFEvalEngine

/// The generated English model table against NLTK's model files in
/// ../shared/reference-data/punkt-english (read as nltk's `PunktDecoder` reads them).
@Suite struct PunktModelTests {
    static let folder = URL(fileURLWithPath: SharedData.path("reference-data/punkt-english"))
    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static func lines(_ name: String) throws -> [String] {
        var lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test(.enabled(if: available, "../shared/reference-data/punkt-english is absent"))
    func everyEntryMatchesTheModelFiles() throws {
        let model = PunktModel.english
        let abbreviations = Set(try Self.lines("abbrev_types.txt"))
        let starters = Set(try Self.lines("sent_starters.txt"))
        let collocations = try Self.lines("collocations.tab").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var ortho: [String: UInt8] = [:]
        for line in try Self.lines("ortho_context.tab") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            ortho[String(fields[0])] = try #require(UInt8(fields[1]))
        }
        #expect(abbreviations.count == 156 && starters.count == 39 && collocations.count == 37 && ortho.count > 20_000)
        var keys = abbreviations.union(starters).union(ortho.keys)
        for pair in collocations { keys.formUnion(pair) }
        // Near misses: each key with a period or a letter more or less, and case changed.
        for key in Array(keys) {
            keys.insert(key + ".")
            keys.insert(key + "s")
            keys.insert(key.uppercased())
            if !key.isEmpty { keys.insert(String(key.dropLast())) }
        }
        for key in keys {
            #expect(model.isAbbreviation(key) == abbreviations.contains(key), "\(key.debugDescription)")
            #expect(model.isSentenceStarter(key) == starters.contains(key), "\(key.debugDescription)")
            #expect(model.orthographicContext(of: key) == ortho[key] ?? 0, "\(key.debugDescription)")
        }
        for pair in collocations {
            #expect(model.isCollocation(pair[0], pair[1]))
            #expect(!model.isCollocation(pair[1], pair[0]))
            #expect(!model.isCollocation(pair[0], pair[1] + "s"))
            #expect(!model.isCollocation(pair[0] + "\t" + pair[1], ""))
        }
        #expect(!model.isCollocation("##number##", "##number##"))
        #expect(!model.isAbbreviation("") && model.orthographicContext(of: "") == 0)
    }
}

/// The look-ups on `String`s.
private extension PunktModel {
    func isAbbreviation(_ type: String) -> Bool { Self.withKey(type) { isAbbreviation($0) } }
    func isSentenceStarter(_ type: String) -> Bool { Self.withKey(type) { isSentenceStarter($0) } }
    func orthographicContext(of type: String) -> UInt8 { Self.withKey(type) { orthographicContext(of: $0) } }
    func isCollocation(_ first: String, _ second: String) -> Bool {
        Self.withKey(first) { a in Self.withKey(second) { isCollocation(a, $0) } }
    }

    static func withKey<R>(_ key: String, _ body: (Key) -> R) -> R {
        var key = key
        return key.withUTF8(body)
    }
}
