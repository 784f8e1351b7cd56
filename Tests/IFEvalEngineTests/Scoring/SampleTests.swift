import Foundation
import Testing
@testable import IFEvalEngine

/// pass@k and pass^k worked by hand: C(n, k) written out.
@Suite struct PassAtKTests {
    @Test(arguments: [
        // n, c, k, pass@k, pass^k
        (5, 2, 2, 1 - 3.0 / 10, 1.0 / 10),  // C(3,2)/C(5,2) = 3/10 none follow; C(2,2)/C(5,2) = 1/10 both
        (10, 3, 5, 1 - 21.0 / 252, 0),  // C(7,5) = 21, C(10,5) = 252; C(3,5) = 0
        (6, 4, 3, 1, 4.0 / 20),  // C(2,3) = 0; C(4,3)/C(6,3) = 4/20
        (3, 1, 1, 1.0 / 3, 1.0 / 3),
        (4, 0, 2, 0, 0),  // c = 0
        (4, 4, 3, 1, 1),  // c = n
        (2, 1, 4, 1, 0),  // n < k: some followed; not all
        (2, 2, 4, 1, 1),  // n < k, all followed
        (2, 0, 4, 0, 0),  // n < k, none
        (1, 1, 1, 1, 1),
    ] as [(Int, Int, Int, Double, Double)])
    func handWorkedValues(n: Int, c: Int, k: Int, passAt: Double, passHat: Double) {
        #expect(abs(SampleMetrics.passAtK(samples: n, followed: c, k: k) - passAt) < 1e-12, "pass@\(k) of \(c)/\(n)")
        #expect(abs(SampleMetrics.passHatK(samples: n, followed: c, k: k) - passHat) < 1e-12, "pass^\(k) of \(c)/\(n)")
    }
}

/// `SampleMode.all`: every answer of a prompt is a sample, in every input layout.
@Suite struct SampleModeTests {
    typealias Folder = StreamingTests.Folder
    static func line(_ object: [(String, JSONValue)]) -> String { StreamingTests.line(object) }
    static let texts = ["First: no commas.", "Second: no commas.", "Third: no commas."]

    static func prompts(_ folder: Folder) throws -> [PreparedPrompt] {
        try PromptSetReader.read(path: try folder.write("prompts.jsonl", texts.enumerated().map { i, text in
            line([("key", .number(JSONNumber(i + 1))), ("prompt", .string(text)),
                  ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }.joined(separator: "\n") + "\n"))
    }

    /// Prompt 1: three samples, two without commas; prompt 2: one, without; prompt 3: two,
    /// both with commas. In file order, interleaved.
    static let answers: [(prompt: Int, text: String)] = [
        (0, "a b"), (2, "x, y"), (0, "a, b"), (1, "fine"), (2, "p, q"), (0, "c d"),
    ]

    static func expectCanonical(_ results: [ScoredPrompt], report: MatchingReport, _ label: String) {
        #expect(results.map { "\($0.prompt.key)#\($0.sample ?? -1):\($0.response)" }
            == ["1#0:a b", "1#1:a, b", "1#2:c d", "2#0:fine", "3#0:x, y", "3#1:p, q"], "\(label)")
        #expect(report.duplicated.isEmpty, "\(label): repeated prompts are samples, not duplicates")
        var summary = ScoreSummary(sampling: SampleMetrics())
        summary.add(results)
        let sampling = summary.sampling!
        #expect(sampling.prompts == 3 && sampling.samples == 6 && sampling.minPerPrompt == 1 && sampling.maxPerPrompt == 3, "\(label)")
        // avg: (2/3 + 1 + 0) / 3 = 5/9 at both levels (one instruction per prompt).
        #expect(abs(summary.promptLevelStrictAccuracy - 5.0 / 9) < 1e-12, "\(label)")
        #expect(abs(summary.instructionLevelLooseAccuracy - 5.0 / 9) < 1e-12, "\(label)")
        #expect(summary.promptLevel.strict.followed == 3 && summary.promptLevel.strict.total == 6)
        #expect(sampling.ks == [1, 3])
        let passAt = Dictionary(uniqueKeysWithValues: sampling.passAtK.map { ($0.k, $0.metrics.promptLevelStrict) })
        let passHat = Dictionary(uniqueKeysWithValues: sampling.passHatK.map { ($0.k, $0.metrics.promptLevelStrict) })
        #expect(abs(passAt[1]! - 5.0 / 9) < 1e-12)
        // k = 3: prompt 1 (n = 3, c = 2) 1; prompts 2 and 3 have fewer than 3: 1 (followed), 0.
        #expect(abs(passAt[3]! - 2.0 / 3) < 1e-12)
        // pass^3: prompt 1 C(2,3) = 0; prompt 2 all of its one followed: 1; prompt 3: 0.
        #expect(abs(passHat[3]! - 1.0 / 3) < 1e-12)
        #expect(sampling.samplesBelowK.map { "\($0.k):\($0.prompts)" } == ["3:2"])
        #expect(sampling.rewardProfile.strict == SampleMetrics.RewardProfile(none: 1, some: 1, all: 1))
    }

    @Test func repeatedLinesAreSamplesInEveryReadingMode() throws {
        let folder = try Folder()
        let prompts = try Self.prompts(folder)
        let byText = Self.answers.map { Self.line([("prompt", .string(Self.texts[$0.prompt])), ("response", .string($0.text))]) }
        let byKey = Self.answers.map { Self.line([("key", .number(JSONNumber($0.prompt + 1))), ("response", .string($0.text))]) }
        let textPath = try folder.write("text.jsonl", byText.joined(separator: "\n") + "\n")
        let keyPath = try folder.write("key.jsonl", byKey.joined(separator: "\n") + "\n")
        let fifo = folder.url.appendingPathComponent("responses.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        run.samples = .all
        for (limit, file) in [(64 << 20, textPath), (0, textPath), (64 << 20, keyPath), (0, keyPath), (64 << 20, fifo)] {
            run.readOnceLimit = limit
            if file == fifo {
                Thread {
                    if let handle = FileHandle(forWritingAtPath: fifo) {
                        handle.write(Data((byText.joined(separator: "\n") + "\n").utf8))
                        try? handle.close()
                    }
                }.start()
            }
            let (results, report) = try run.score(prompts: prompts, responsesPath: file)
            Self.expectCanonical(results, report: report, "limit \(limit), \(file)")
        }
    }

    /// The same file in the default mode keeps the last answer and counts the others as
    /// duplicates, as before.
    @Test func lastModeKeepsTheLastAnswer() throws {
        let folder = try Folder()
        let prompts = try Self.prompts(folder)
        let path = try folder.write("key.jsonl", Self.answers.map {
            Self.line([("key", .number(JSONNumber($0.prompt + 1))), ("response", .string($0.text)), ("sample", .string("ignored"))])
        }.joined(separator: "\n") + "\n")
        let run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        let (results, report) = try run.score(prompts: prompts, responsesPath: path)
        #expect(results.map(\.response) == ["c d", "fine", "p, q"])
        #expect(results.allSatisfy { $0.sample == nil })
        #expect(report.duplicated == [.int(1), .int(3)])
    }

    /// Lines numbered by `sample` / `sample_index` are ordered by their numbers; a number
    /// given twice for one prompt is an error.
    @Test func explicitSampleNumbersOrderTheSamples() throws {
        let folder = try Folder()
        let prompts = try Self.prompts(folder)
        // Reversed file order, numbered so that the numbers give the canonical order.
        var numbers: [Int: Int] = [:]
        let numbered = Self.answers.map { answer -> (Int, String, Int) in
            let number = numbers[answer.prompt, default: 0]
            numbers[answer.prompt] = number + 1
            return (answer.prompt, answer.text, number)
        }
        let lines = numbered.reversed().enumerated().map { position, entry in
            Self.line([("key", .number(JSONNumber(entry.0 + 1))), ("response", .string(entry.1)),
                       (position % 2 == 0 ? "sample" : "sample_index", .number(JSONNumber(entry.2 + 10)))])
        }
        let path = try folder.write("numbered.jsonl", lines.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        run.samples = .all
        for limit in [64 << 20, 0] {
            run.readOnceLimit = limit
            let (results, report) = try run.score(prompts: prompts, responsesPath: path)
            Self.expectCanonical(results, report: report, "numbered, limit \(limit)")
        }
        let twice = try folder.write("twice.jsonl", [
            Self.line([("key", .number(JSONNumber(1))), ("response", .string("a")), ("sample", .number(JSONNumber(0)))]),
            Self.line([("key", .number(JSONNumber(1))), ("response", .string("b")), ("sample", .number(JSONNumber(0)))]),
            Self.line([("key", .number(JSONNumber(2))), ("response", .string("b")), ("sample", .number(JSONNumber(-1)))]),
        ].joined(separator: "\n") + "\n")
        run.missingPolicy = .skip
        do {
            _ = try run.score(prompts: prompts, responsesPath: twice)
            Issue.record("a negative sample number was accepted")
        } catch {
            #expect(error.description.contains("twice.jsonl:3: \"sample\" must be a non-negative integer"), "\(error.description)")
        }
        let duplicate = try folder.write("duplicate.jsonl", [
            Self.line([("key", .number(JSONNumber(1))), ("response", .string("a")), ("sample", .number(JSONNumber(0)))]),
            Self.line([("key", .number(JSONNumber(1))), ("response", .string("b")), ("sample_index", .number(JSONNumber(0)))]),
        ].joined(separator: "\n") + "\n")
        do {
            _ = try run.score(prompts: prompts, responsesPath: duplicate)
            Issue.record("a sample number given twice was accepted")
        } catch {
            #expect(error.description.contains("duplicate.jsonl:2: prompt 1: sample 0 is given twice (also on line 1)"), "\(error.description)")
        }
    }

    /// lm-eval `--repeats`: `resps` holds a list of outputs per request, `filtered_resps`
    /// the first (take_first); repeated lines for a prompt are samples too.
    @Test func lmEvalSamplesWithRepeats() throws {
        let folder = try Folder()
        func doc(_ i: Int) -> JSONValue {
            .object([("key", .number(JSONNumber(i + 1))), ("prompt", .string(Self.texts[i])),
                     ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }
        func sample(_ i: Int, _ outputs: [String]) -> String {
            Self.line([("doc_id", .number(JSONNumber(i))), ("doc", doc(i)),
                       ("resps", .array([.array(outputs.map { .string($0) })])), ("filtered_resps", .array([.string(outputs[0])]))])
        }
        let path = try folder.write("samples.jsonl", [
            sample(0, ["a b", "a, b"]), sample(1, ["fine"]), sample(2, ["x, y", "p, q"]), sample(0, ["c d"]),
        ].joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        run.samples = .all
        let (results, report) = try run.score(prompts: nil, responsesPath: path)
        Self.expectCanonical(results, report: report, "samples file")
        // Default: lm-eval's own choice, filtered_resps[0], the last line of a prompt winning.
        run.samples = .last
        let (last, lastReport) = try run.score(prompts: nil, responsesPath: path)
        #expect(last.map(\.response) == ["c d", "fine", "x, y"])
        #expect(lastReport.duplicated == [.int(1)])
    }

    /// Thinking traces are stripped from every sample.
    @Test func thinkingTracesAreStrippedFromEverySample() throws {
        let folder = try Folder()
        let prompts = try Self.prompts(folder)
        let path = try folder.write("think.jsonl", Self.answers.map {
            Self.line([("key", .number(JSONNumber($0.prompt + 1))), ("response", .string("<think>a, b, c</think>" + $0.text))])
        }.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, thinking: ThinkingTraceStripper(tags: [.think], unclosed: .empty), parallelism: 2)
        run.samples = .all
        let (results, report) = try run.score(prompts: prompts, responsesPath: path)
        Self.expectCanonical(results, report: report, "stripped")
        #expect(report.thinkingStripped == 6)
    }

    /// Prompts without an answer: one missing sample under `--missing fail`, none under skip.
    @Test func missingPromptsHaveOneSampleOrNone() throws {
        let folder = try Folder()
        let prompts = try Self.prompts(folder)
        let path = try folder.write("some.jsonl", [(0, "a b"), (0, "a, b")].map {
            Self.line([("key", .number(JSONNumber($0.0 + 1))), ("response", .string($0.1))])
        }.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .fail, parallelism: 2)
        run.samples = .all
        let (results, _) = try run.score(prompts: prompts, responsesPath: path)
        #expect(results.map { "\($0.prompt.key)#\($0.sample ?? -1):\($0.status)" } == ["1#0:present", "1#1:present", "2#0:missing", "3#0:missing"])
        run.missingPolicy = .skip
        let (skipped, report) = try run.score(prompts: prompts, responsesPath: path)
        #expect(skipped.count == 2 && report.skipped == [.int(2), .int(3)])
        run.missingPolicy = .error
        #expect(throws: ScoringError.self) { _ = try run.score(prompts: prompts, responsesPath: path) }
    }

    /// Two prompts with the same text share the samples given for that text (the official
    /// lookup by text gives both the same response).
    @Test func promptsWithTheSameTextShareTheirSamples() throws {
        let folder = try Folder()
        let text = "Say hi without commas."
        let prompts = try PromptSetReader.read(path: try folder.write("same.jsonl", [1, 2].map { key in
            Self.line([("key", .number(JSONNumber(key))), ("prompt", .string(text)),
                       ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }.joined(separator: "\n") + "\n"))
        let path = try folder.write("r.jsonl", ["hi there", "hi, there"].map {
            Self.line([("prompt", .string(text)), ("response", .string($0))])
        }.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        run.samples = .all
        for limit in [64 << 20, 0] {
            run.readOnceLimit = limit
            let (results, report) = try run.score(prompts: prompts, responsesPath: path)
            #expect(results.map { "\($0.prompt.key)#\($0.sample ?? -1):\($0.response)" } == ["1#0:hi there", "1#1:hi, there", "2#0:hi there", "2#1:hi, there"])
            #expect(report.missing.isEmpty)
        }
    }

    /// A prompt's samples are never split between slices, however many there are.
    @Test func slicesCutBetweenPrompts() {
        let counts = [1, 700, 400, 1, 1, 1_500, 3, 300]
        var starts = [0]
        for count in counts { starts.append(starts.last! + count) }
        let plan = ScoringPlan(sources: [AnswerSource?](repeating: nil, count: starts.last!), starts: starts)
        let slices = plan.slices()
        #expect(slices.flatMap { Array($0) } == Array(0..<counts.count))
        #expect(slices.allSatisfy { !$0.isEmpty })
    }
}

/// The issue's "done when": the six shared models' responses as six samples of one model.
@Suite struct SixModelsAsSamplesTests {
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func sixModelsConcatenated() throws {
        let folder = try StreamingTests.Folder()
        let responseFiles = try FileManager.default.contentsOfDirectory(atPath: SharedData.path("ifeval/responses"))
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        #expect(responseFiles.count == 6)
        let goldens = responseFiles.map { GoldenRecord.read(path: SharedData.path("ifeval/golden/" + $0)) }
        // The official result of prompts with cells that are random in the official code
        // (a random letter for keys 1122 and 1129) is left out on both sides.
        let random = Set(goldens.flatMap { golden in
            golden.values.filter { record in
                (record.unstableStrict.union(record.unstableLoose)).contains { !SharedDataParityTests.seededIDs.contains(record.instructionIDs[$0]) }
            }.map(\.key)
        })
        #expect(!random.isEmpty)
        let prompts = try PromptSetReader.read(path: SharedData.path("ifeval/input_data.jsonl")).filter { !random.contains($0.key) }
        var concatenated = Data()
        for file in responseFiles {
            var data = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("ifeval/responses/" + file)))
            if data.last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
            concatenated.append(data)
        }
        let path = folder.url.appendingPathComponent("six.jsonl").path
        try concatenated.write(to: URL(fileURLWithPath: path))

        // Independently, from the golden files: each model's prompt-level accuracy over the
        // prompts kept, and per prompt how many models followed every instruction.
        let keys = Set(goldens[0].keys).subtracting(random)
        var accuracies: [(strict: Double, loose: Double)] = []
        var followedBy: [PromptKey: (strict: Int, loose: Int)] = [:]
        var cellAccuracies: [(strict: Double, loose: Double)] = []
        for golden in goldens {
            let kept = keys.map { golden[$0]! }
            #expect(kept.count == keys.count)
            accuracies.append((Double(kept.filter { !$0.strict.contains(false) }.count) / Double(kept.count),
                               Double(kept.filter { !$0.loose.contains(false) }.count) / Double(kept.count)))
            let cells = kept.reduce(0) { $0 + $1.strict.count }
            cellAccuracies.append((Double(kept.reduce(0) { $0 + $1.strict.filter { $0 }.count }) / Double(cells),
                                   Double(kept.reduce(0) { $0 + $1.loose.filter { $0 }.count }) / Double(cells)))
            for record in kept {
                followedBy[record.key, default: (0, 0)].strict += record.strict.contains(false) ? 0 : 1
                followedBy[record.key, default: (0, 0)].loose += record.loose.contains(false) ? 0 : 1
            }
        }
        let meanStrict = accuracies.map(\.strict).reduce(0, +) / 6
        let meanLoose = accuracies.map(\.loose).reduce(0, +) / 6
        let anyStrict = Double(followedBy.values.filter { $0.strict > 0 }.count) / Double(keys.count)
        let allStrict = Double(followedBy.values.filter { $0.strict == 6 }.count) / Double(keys.count)
        let anyLoose = Double(followedBy.values.filter { $0.loose > 0 }.count) / Double(keys.count)
        let allLoose = Double(followedBy.values.filter { $0.loose == 6 }.count) / Double(keys.count)

        var run = ScoringRun(evaluator: Evaluator(languageSeed: 0), missingPolicy: .skip)
        run.samples = .all
        var summary = ScoreSummary(sampling: SampleMetrics(k: [1, 6]))
        let report = try run.stream(prompts: prompts, responsesPath: path) { summary.add($0) }
        let sampling = try #require(summary.sampling)
        #expect(sampling.prompts == keys.count)
        #expect(sampling.minPerPrompt == 6 && sampling.maxPerPrompt == 6)
        #expect(report.duplicated.isEmpty)
        #expect(abs(summary.promptLevelStrictAccuracy - meanStrict) < 1e-12)
        #expect(abs(summary.promptLevelLooseAccuracy - meanLoose) < 1e-12)
        #expect(abs(summary.instructionLevelStrictAccuracy - cellAccuracies.map(\.strict).reduce(0, +) / 6) < 1e-12)
        let passAt = Dictionary(uniqueKeysWithValues: sampling.passAtK.map { ($0.k, $0.metrics) })
        let passHat = Dictionary(uniqueKeysWithValues: sampling.passHatK.map { ($0.k, $0.metrics) })
        #expect(abs(passAt[1]!.promptLevelStrict - meanStrict) < 1e-12)
        #expect(abs(passAt[6]!.promptLevelStrict - anyStrict) < 1e-12)
        #expect(abs(passAt[6]!.promptLevelLoose - anyLoose) < 1e-12)
        #expect(abs(passHat[6]!.promptLevelStrict - allStrict) < 1e-12)
        #expect(abs(passHat[6]!.promptLevelLoose - allLoose) < 1e-12)
        let profile = sampling.rewardProfile.strict
        #expect(profile.none == followedBy.values.filter { $0.strict == 0 }.count)
        #expect(profile.all == followedBy.values.filter { $0.strict == 6 }.count)
        #expect(profile.none + profile.some + profile.all == keys.count)
    }

    /// One answer per prompt: `--samples all` gives the default run's verdicts, counts and
    /// accuracies exactly (each result numbered sample 0), on every shared response file.
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func oneSamplePerPromptEqualsTheDefaultRun() throws {
        let prompts = try PromptSetReader.read(path: SharedData.path("ifeval/input_data.jsonl"))
        for file in try FileManager.default.contentsOfDirectory(atPath: SharedData.path("ifeval/responses")).sorted() {
            let path = SharedData.path("ifeval/responses/" + file)
            var run = ScoringRun(evaluator: Evaluator(languageSeed: 0), missingPolicy: .skip)
            var last = ScoreSummary()
            var lastResults: [ScoredPrompt] = []
            _ = try run.stream(prompts: prompts, responsesPath: path) { last.add($0); lastResults += $0 }
            run.samples = .all
            var all = ScoreSummary(sampling: SampleMetrics())
            var allResults: [ScoredPrompt] = []
            _ = try run.stream(prompts: prompts, responsesPath: path) { all.add($0); allResults += $0 }
            #expect(allResults.map(\.sample) == allResults.map { _ in 0 }, "\(file)")
            #expect(allResults.map { "\($0.prompt.key) \($0.evaluation.strict.map(\.followed)) \($0.evaluation.loose.map(\.followed))" }
                == lastResults.map { "\($0.prompt.key) \($0.evaluation.strict.map(\.followed)) \($0.evaluation.loose.map(\.followed))" }, "\(file)")
            #expect(all.promptLevel == last.promptLevel && all.instructionLevel == last.instructionLevel, "\(file)")
            #expect(all.perInstruction == last.perInstruction && all.perCategory == last.perCategory, "\(file)")
            #expect(all.promptLevelStrictAccuracy == last.promptLevelStrictAccuracy && all.instructionLevelLooseAccuracy == last.instructionLevelLooseAccuracy)
            let passAt1 = try #require(all.sampling?.passAtK.first)
            #expect(passAt1.k == 1 && abs(passAt1.metrics.promptLevelStrict - last.promptLevelStrictAccuracy) < 1e-15, "\(file)")
            #expect(all.sampling?.maxPerPrompt == 1 && all.sampling?.ks == [1])
        }
    }
}

