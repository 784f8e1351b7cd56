import Foundation
import Testing
@testable import IFEvalEngine

/// Checks `CPythonRandom` against outputs of CPython 3.11's `random.Random`
/// (Scripts/oracle/cpython_random_vectors.py, and the shared seed-0 vectors).
@Suite struct CPythonRandomTests {
    private static func loadVectors() throws -> [[String: Any]] {
        let url = try #require(Bundle.module.url(
            forResource: "cpython_random_vectors", withExtension: "json", subdirectory: "Vectors"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [[String: Any]])
    }

    private static func string(_ value: Any?) throws -> String {
        try #require(value as? String)
    }

    private static func double(_ value: Any?) throws -> Double {
        try #require(Double(try string(value)))
    }

    private static func int(_ value: Any?) throws -> Int {
        try #require((value as? NSNumber)?.intValue)
    }

    @Test func matchesCPythonForEverySeed() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.count >= 10)
        for vector in vectors {
            let seed = try Self.int(vector["seed"])

            var random = CPythonRandom(seed: seed)
            let words = try #require(vector["uint32"] as? [NSNumber]).map(\.uint32Value)
            #expect(words == words.map { _ in random.nextUInt32() }, "uint32, seed \(seed)")

            random = CPythonRandom(seed: seed)
            var position = 0
            for pair in try #require(vector["uint32_across_twists"] as? [[NSNumber]]) {
                while position < pair[0].intValue { _ = random.nextUInt32(); position += 1 }
                #expect(random.nextUInt32() == pair[1].uint32Value, "uint32 #\(position), seed \(seed)")
                position += 1
            }

            random = CPythonRandom(seed: seed)
            for expected in try #require(vector["random"] as? [Any]) {
                #expect(random.random().bitPattern == (try Self.double(expected)).bitPattern, "random, seed \(seed)")
            }

            random = CPythonRandom(seed: seed)
            for expected in try #require(vector["gauss"] as? [Any]) {
                #expect(random.gauss().bitPattern == (try Self.double(expected)).bitPattern, "gauss, seed \(seed)")
            }

            random = CPythonRandom(seed: seed)
            for pair in try #require(vector["getrandbits"] as? [[Any]]) {
                let k = try Self.int(pair[0])
                let expected = try #require(UInt64(try Self.string(pair[1])))
                #expect(random.getrandbits(k) == expected, "getrandbits(\(k)), seed \(seed)")
            }

            random = CPythonRandom(seed: seed)
            for pair in try #require(vector["choice"] as? [[Any]]) {
                let n = try Self.int(pair[0])
                #expect(random.randomBelow(n) == (try Self.int(pair[1])), "choice(range(\(n))), seed \(seed)")
            }

            random = CPythonRandom(seed: seed)
            for step in try #require(vector["interleaved"] as? [[Any]]) {
                if step[0] as? String == "gauss" {
                    #expect(random.gauss(mu: 0.0, sigma: 1.0).bitPattern == (try Self.double(step[1])).bitPattern,
                            "interleaved gauss, seed \(seed)")
                } else if step.count == 1 {
                    random.seed(seed)
                } else {
                    let n = try Self.int(step[1])
                    #expect(random.choice(0..<n) == (try Self.int(step[2])), "interleaved choice(\(n)), seed \(seed)")
                }
            }
        }
    }

    /// The shared seed-0 vectors (skipped when ../shared is absent).
    @Test func matchesSharedSeedZeroVectors() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/reference-data/cpython-random-seed0.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("note: \(url.path) absent; shared CPython random vectors skipped")
            return
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])

        var random = CPythonRandom(seed: 0)
        let words = try #require(object["getrandbits32_first_8"] as? [NSNumber]).map(\.uint32Value)
        #expect(words == words.map { _ in random.nextUInt32() })

        random = CPythonRandom(seed: 0)
        for expected in try #require(object["random_first_5"] as? [Any]) {
            #expect(random.random() == (try Self.double(expected)))
        }
        random = CPythonRandom(seed: 0)
        for expected in try #require(object["gauss_0_1_first_6"] as? [Any]) {
            #expect(random.gauss() == (try Self.double(expected)))
        }
        for n in [1000, 7] {
            random = CPythonRandom(seed: 0)
            let expected = try #require(object["choice_range_\(n)_first_10"] as? [NSNumber]).map(\.intValue)
            #expect(expected.map { _ in random.choice(0..<n) } == expected)
        }
        random = CPythonRandom(seed: 0)
        for step in try #require(object["interleaved_after_seed_0"] as? [[Any]]) {
            let name = try #require(step[0] as? String)
            if name == "gauss" {
                #expect(random.gauss() == (try Self.double(step[1])))
            } else {
                let n = try #require(Int(name.dropFirst("choice(".count).dropLast()))
                #expect(random.choice(0..<n) == (try Self.int(step[1])))
            }
        }
    }
}
