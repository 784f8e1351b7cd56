import Foundation
import Testing
@testable import IFEvalEngine

/// The decoded tables: character normalisation and `isupper` on every code point
/// (checksums from Scripts/oracle/langdetect_normalize_vectors.py), and every profile
/// probability against the shared profiles when they are present.
@Suite struct LangDetectTablesTests {
    struct Checksums: Decodable {
        let chunk_size: Int
        let normalize: [String]
        let isupper: [String]
    }

    private static func checksum(chunk: Int, size: Int, _ value: (UInt32) -> UInt64) -> UInt64 {
        var h = UInt64(chunk)
        for cp in (chunk * size)..<((chunk + 1) * size) {
            h = h &* 1_000_003 &+ value(UInt32(cp))
        }
        return h
    }

    @Test func normalizeAndIsUpperMatchPythonOnEveryCodePoint() throws {
        let url = try #require(Bundle.module.url(
            forResource: "langdetect_normalize_checksums", withExtension: "json", subdirectory: "Vectors"))
        let expected = try JSONDecoder().decode(Checksums.self, from: Data(contentsOf: url))
        let tables = LangDetectTables.shared
        let size = expected.chunk_size
        #expect(expected.normalize.count * size == 0x110000)
        for chunk in expected.normalize.indices {
            let normalize = Self.checksum(chunk: chunk, size: size) {
                UInt64(LangDetectNGrams.normalize($0, tables: tables))
            }
            #expect(String(normalize) == expected.normalize[chunk],
                    "normalize, U+\(String(chunk * size, radix: 16, uppercase: true))...")
            let upper = Self.checksum(chunk: chunk, size: size) { tables.isUpper($0) ? 1 : 0 }
            #expect(String(upper) == expected.isupper[chunk],
                    "isupper, U+\(String(chunk * size, radix: 16, uppercase: true))...")
        }
    }

    /// The blob's base64 decoder, on every length up to 100 bytes, with and without
    /// line breaks (the fast path takes whole groups between them).
    @Test func base64DecodesWhatFoundationEncodes() {
        var generator = CPythonRandom(seed: 7)
        for length in 0...100 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.nextUInt32()) }
            for options: Data.Base64EncodingOptions in [[], [.lineLength64Characters, .endLineWithLineFeed]] {
                #expect(Base64.decode(Data(bytes).base64EncodedString(options: options)) == bytes, "\(length) bytes")
            }
        }
    }

    /// The direct table of ASCII n-grams says what the hash table says, except for the
    /// lone space (never looked up) and the 3-grams without a first character (0).
    @Test func asciiTableMatchesHashTable() {
        let ids = LangDetectTables.shared.gramIDs
        let ascii = ids.asciiRanges
        let symbols: [UInt32] = [0x20] + Array(0x41...0x5A) + Array(0x61...0x7A)
        #expect(ascii[ASCIISymbol.of(0x20)] == 0)
        var known = 0
        for c2 in symbols {
            if c2 != 0x20 { #expect(ascii[ASCIISymbol.of(c2)] == ids.range(of: NGramKey.pack([c2]))) }
            for c1 in symbols {
                let pair = ASCIISymbol.of(c1) << 6 | ASCIISymbol.of(c2)
                #expect(ascii[ASCIISymbol.twoGramBase + pair] == ids.range(of: NGramKey.pack([c1, c2])))
                #expect(ascii[ASCIISymbol.threeGramBase + pair] == 0)
                for c0 in symbols {
                    let range = ids.range(of: NGramKey.pack([c0, c1, c2]))
                    if range != 0 { known += 1 }
                    #expect(ascii[ASCIISymbol.threeGramBase + (ASCIISymbol.of(c0) << 12 | pair)] == range)
                }
            }
        }
        #expect(known > 1000)
    }

    private static let sharedLangdetect = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/reference-data/langdetect")

    struct Profile: Decodable {
        let name: String
        let n_words: [Int]
        let freq: [String: Int]
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedLangdetect.path),
                   "../shared/reference-data/langdetect is absent"))
    func profilesMatchSharedData() throws {
        let tables = LangDetectTables.shared
        let order = try String(contentsOf: Self.sharedLangdetect.appendingPathComponent("profile_order.txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init)
        #expect(tables.languages == order)
        var entries = 0
        var denseEntries = 0
        var owners: [UInt64: Int] = [:]
        var ranges: [UInt64: UInt32] = [:]
        for (index, name) in order.enumerated() {
            let url = Self.sharedLangdetect.appendingPathComponent("profiles/\(name)")
            let profile = try JSONDecoder().decode(Profile.self, from: Data(contentsOf: url))
            for (gram, count) in profile.freq {
                let scalars = gram.unicodeScalars.map(\.value)
                guard (1...3).contains(scalars.count) else { continue }
                entries += 1
                let key = NGramKey.pack(scalars)
                try #require(tables.gramIDs.id(of: key) >= 0, "\(name) \(gram.debugDescription) missing")
                owners[key, default: 0] += 1
                let probability = Double(count) / Double(profile.n_words[scalars.count - 1])
                // What the sampling reads: the dense row, or the n-gram's run of entries.
                let packed = tables.gramIDs.range(of: key)
                ranges[key] = packed
                if packed & 63 == EntryRange.denseCount {
                    denseEntries += 1
                    #expect(tables.denseRows[Int(packed >> 6) + index] == probability, "\(name) \(gram.debugDescription)")
                } else {
                    let run = Int(packed >> 6)..<Int(packed >> 6 + packed & 63)
                    let entry = try #require(run.first { Int(tables.entryLanguages[$0]) == index }, "\(name) \(gram.debugDescription)")
                    #expect(tables.entryProbabilities[entry] == probability, "\(name) \(gram.debugDescription)")
                }
            }
        }
        // Dense rows for the n-grams of many languages, runs of exactly their owners for the others.
        for (key, count) in owners {
            let packed = try #require(ranges[key])
            #expect((packed & 63 == EntryRange.denseCount) == (count >= LangDetectTables.denseRowOwners))
            if packed & 63 != EntryRange.denseCount { #expect(Int(packed & 63) == count) }
        }
        #expect(entries - denseEntries == tables.entryProbabilities.count)
        #expect(tables.entryLanguages.count == tables.entryProbabilities.count)
        // Every other value of the dense rows is 0.0 (languages without the n-gram).
        #expect(tables.denseRows.filter { $0 != 0 }.count == denseEntries)
        #expect(tables.denseRows.count == 1_479 * order.count)
    }
}
