import Foundation
import IFEvalEngine

/// What `summary.json` says of a run scored with several samples per prompt (`ifeval
/// score --samples all`; the format is in README, "Several samples per prompt"): the four
/// official metrics as avg@k, pass@k and pass^k per k, and the reward profile.
public struct SampleSummary: Sendable {
    /// The four official metrics of such a run: per prompt (or per instruction cell) the
    /// share of its samples that followed, averaged over prompts (cells).
    public var average: [Metric: Double]
    /// `samples.total`, `per_prompt_min`, `per_prompt_max`.
    public var total: Int
    public var perPromptMin: Int
    public var perPromptMax: Int
    /// `pass_at_k` and `pass_hat_k`: per k (increasing), the four metrics.
    public var passAtK: [(k: Int, values: [Metric: Double])]
    public var passHatK: [(k: Int, values: [Metric: Double])]
    /// Prompts with fewer samples than k, per k (`samples_below_k`).
    public var belowK: [Int: Int]
    /// Prompts whose samples followed in none, some (not all) and every sample.
    public var rewardProfile: (strict: RewardProfile, loose: RewardProfile)?
    /// avg@k per category and per instruction id (their `strict_acc`, `loose_acc`).
    public var perCategory: [String: (strict: Double, loose: Double)]
    public var perInstruction: [String: (strict: Double, loose: Double)]

    public struct RewardProfile: Sendable, Equatable {
        public var none: Int
        public var some: Int
        public var all: Int
    }

    /// Every k that pass@k or pass^k gives, increasing.
    public var ks: [Int] { Array(Set(passAtK.map(\.k) + passHatK.map(\.k))).sorted() }

    public func passAt(_ k: Int, _ metric: Metric) -> Double? { passAtK.first { $0.k == k }?.values[metric] }
    public func passHat(_ k: Int, _ metric: Metric) -> Double? { passHatK.first { $0.k == k }?.values[metric] }

    /// "8" or "2–8": samples per prompt.
    public var perPromptText: String { perPromptMin == perPromptMax ? String(perPromptMin) : "\(perPromptMin)–\(perPromptMax)" }

    /// Nil when `summary` has no `samples` object (a single-sample run); throws when the
    /// multi-sample fields are malformed.
    init?(summary: JSONValue, path: String) throws(InputError) {
        guard let samples = summary["samples"], !samples.isNull else { return nil }
        let hint = "a multi-sample summary.json (written by `ifeval score --samples all`) was edited; score the run again"
        func fail(_ message: String) -> InputError { InputError(file: path, message: message, hint: hint) }
        func int(_ v: JSONValue?, _ field: String) throws(InputError) -> Int {
            guard case let .number(n)? = v, let value = n.intValue, value >= 0 else { throw fail("\(field) must be a whole number of 0 or more") }
            return value
        }
        func fraction(_ v: JSONValue?, _ field: String) throws(InputError) -> Double {
            guard case let .number(n)? = v, let value = n.doubleValue, (0...1).contains(value) else {
                throw fail("\(field) must be a number in [0, 1]")
            }
            return value
        }
        func metrics(_ object: JSONValue?, _ field: String) throws(InputError) -> [Metric: Double] {
            var values: [Metric: Double] = [:]
            for metric in Metric.allCases {
                values[metric] = try fraction(object?[metric.rawValue], "\(field).\(metric.rawValue)")
            }
            return values
        }
        func byK(_ field: String) throws(InputError) -> [(k: Int, values: [Metric: Double])] {
            guard let object = summary[field] else { return [] }
            guard let members = object.objectMembers else { throw fail("\(field) must be an object keyed by k") }
            var list: [(k: Int, values: [Metric: Double])] = []
            for (name, value) in members {
                guard let k = Int(name), k >= 1, String(k) == name else { throw fail("\(field) has the key \"\(name)\", not a k of 1 or more") }
                list.append((k, try metrics(value, "\(field).\(name)")))
            }
            return list.sorted { $0.k < $1.k }
        }
        average = try metrics(summary, "summary")
        total = try int(samples["total"], "samples.total")
        perPromptMin = try int(samples["per_prompt_min"], "samples.per_prompt_min")
        perPromptMax = try int(samples["per_prompt_max"], "samples.per_prompt_max")
        if perPromptMin > perPromptMax { throw fail("samples.per_prompt_min (\(perPromptMin)) is above samples.per_prompt_max (\(perPromptMax))") }
        passAtK = try byK("pass_at_k")
        passHatK = try byK("pass_hat_k")
        var below: [Int: Int] = [:]
        for (name, value) in summary["samples_below_k"]?.objectMembers ?? [] {
            guard let k = Int(name) else { throw fail("samples_below_k has the key \"\(name)\", not a k") }
            below[k] = try int(value, "samples_below_k.\(name)")
        }
        belowK = below
        if let profile = summary["reward_profile"] {
            func one(_ mode: String) throws(InputError) -> RewardProfile {
                RewardProfile(none: try int(profile[mode]?["none"], "reward_profile.\(mode).none"),
                              some: try int(profile[mode]?["some"], "reward_profile.\(mode).some"),
                              all: try int(profile[mode]?["all"], "reward_profile.\(mode).all"))
            }
            rewardProfile = (try one("strict"), try one("loose"))
        } else {
            rewardProfile = nil
        }
        func shares(_ group: String) throws(InputError) -> [String: (strict: Double, loose: Double)] {
            var out: [String: (strict: Double, loose: Double)] = [:]
            for (name, object) in summary[group]?.objectMembers ?? [] {
                out[name] = (try fraction(object["strict_acc"], "\(group).\(name).strict_acc"),
                             try fraction(object["loose_acc"], "\(group).\(name).loose_acc"))
            }
            return out
        }
        perCategory = try shares("per_category")
        perInstruction = try shares("per_instruction")
    }

    public init(average: [Metric: Double], total: Int, perPromptMin: Int, perPromptMax: Int,
                passAtK: [(k: Int, values: [Metric: Double])] = [], passHatK: [(k: Int, values: [Metric: Double])] = [],
                belowK: [Int: Int] = [:], rewardProfile: (strict: RewardProfile, loose: RewardProfile)? = nil,
                perCategory: [String: (strict: Double, loose: Double)] = [:], perInstruction: [String: (strict: Double, loose: Double)] = [:]) {
        self.average = average
        self.total = total
        self.perPromptMin = perPromptMin
        self.perPromptMax = perPromptMax
        self.passAtK = passAtK
        self.passHatK = passHatK
        self.belowK = belowK
        self.rewardProfile = rewardProfile
        self.perCategory = perCategory
        self.perInstruction = perInstruction
    }
}

extension RunDirectory {
    /// One of the four accuracies as the run reports it: avg@k in a multi-sample run,
    /// followed / total otherwise.
    public func accuracy(_ metric: Metric) -> Double {
        samples?.average[metric] ?? metric.count(in: summary).accuracy
    }

    /// Instruction-level accuracy of a category or an instruction id (avg@k in a
    /// multi-sample run).
    public func accuracy(category name: String, strict: Bool) -> Double? {
        if let samples { return samples.perCategory[name].map { strict ? $0.strict : $0.loose } }
        return summary.perCategory[name].map { strict ? $0.strict.accuracy : $0.loose.accuracy }
    }

    public func accuracy(instruction id: String, strict: Bool) -> Double? {
        if let samples { return samples.perInstruction[id].map { strict ? $0.strict : $0.loose } }
        return summary.perInstruction[id].map { strict ? $0.strict.accuracy : $0.loose.accuracy }
    }

    /// The result lines of each prompt: consecutive lines of one key in a multi-sample
    /// run (its samples), one line each otherwise. In prompt-set order.
    public var clusters: [Range<Int>] { Self.clusters(of: prompts) }

    public static func clusters(of prompts: [PromptVerdicts]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in prompts.indices.dropFirst() {
            if prompts[index].sample == nil || prompts[index].key != prompts[start].key {
                ranges.append(start..<index)
                start = index
            }
        }
        if !prompts.isEmpty { ranges.append(start..<prompts.count) }
        return ranges
    }

    /// Per prompt: how many samples, and how many followed every instruction (strict,
    /// loose): what `prompt_solve_rates.jsonl` holds.
    public func solveRates() -> [(key: PromptKey, samples: Int, strict: Int, loose: Int)] {
        clusters.map { range in
            let lines = prompts[range]
            return (prompts[range.lowerBound].key, lines.count, lines.filter(\.followsAllStrict).count, lines.filter(\.followsAllLoose).count)
        }
    }
}

/// Counts the result lines as they are read, for the checks against summary.json and
/// prompt_solve_rates.jsonl (`RunConsistency`, `SolveRates`): what the files say, without
/// keeping the lines.
struct ResultTally {
    let multiSample: Bool
    /// Over result lines (samples).
    var lines = 0
    var promptLevel = StrictLooseCounts()
    var instructionLevel = StrictLooseCounts()
    var perInstruction: [String: StrictLooseCounts] = [:]
    /// Per prompt, in order: a digest of its key, its samples, and the samples that
    /// followed every instruction (strict, loose).
    var prompts: [(keyDigest: UInt64, samples: Int32, strict: Int32, loose: Int32)] = []
    /// Sums of per-prompt shares (prompt level) and per-cell shares (instruction level),
    /// for avg@k; and the number of cells.
    var shareSums: [Metric: Double] = [:]
    var cells = 0
    private var cellStrict: [Int] = []
    private var cellLoose: [Int] = []

    init(multiSample: Bool) { self.multiSample = multiSample }

    mutating func startPrompt(keyDigest: UInt64) {
        closePrompt()
        prompts.append((keyDigest, 0, 0, 0))
    }

    mutating func add(ids: [String], strict: [Bool], loose: [Bool]) {
        lines += 1
        let allStrict = !strict.contains(false), allLoose = !loose.contains(false)
        promptLevel.strict.tally(allStrict)
        promptLevel.loose.tally(allLoose)
        prompts[prompts.count - 1].samples += 1
        if allStrict { prompts[prompts.count - 1].strict += 1 }
        if allLoose { prompts[prompts.count - 1].loose += 1 }
        if cellStrict.count != ids.count {
            cellStrict = Array(repeating: 0, count: ids.count)
            cellLoose = cellStrict
        }
        for (index, id) in ids.enumerated() {
            instructionLevel.strict.tally(strict[index])
            instructionLevel.loose.tally(loose[index])
            perInstruction[id, default: StrictLooseCounts()].strict.tally(strict[index])
            perInstruction[id, default: StrictLooseCounts()].loose.tally(loose[index])
            if strict[index] { cellStrict[index] += 1 }
            if loose[index] { cellLoose[index] += 1 }
        }
    }

    private mutating func closePrompt() {
        guard let last = prompts.last, last.samples > 0 else { return }
        let n = Double(last.samples)
        shareSums[.promptLevelStrict, default: 0] += Double(last.strict) / n
        shareSums[.promptLevelLoose, default: 0] += Double(last.loose) / n
        for index in cellStrict.indices {
            shareSums[.instructionLevelStrict, default: 0] += Double(cellStrict[index]) / n
            shareSums[.instructionLevelLoose, default: 0] += Double(cellLoose[index]) / n
        }
        cells += cellStrict.count
        cellStrict = []
        cellLoose = []
    }

    mutating func finish() { closePrompt() }

    /// avg@k of the four metrics as the lines give them.
    func average(_ metric: Metric) -> Double {
        let units = metric.isPromptLevel ? prompts.count : cells
        return units == 0 ? 0 : (shareSums[metric] ?? 0) / Double(units)
    }
}

/// `prompt_solve_rates.jsonl` (multi-sample runs): one line per prompt with its number of
/// samples and how many followed every instruction, strict and loose. When present it
/// must agree with the result files.
enum SolveRates {
    static let file = "prompt_solve_rates.jsonl"

    static func check(directory: String, against tally: ResultTally) throws(InputError) {
        let path = directory + "/" + file
        guard FileManager.default.fileExists(atPath: path) else { return }
        let hint = "the run folder was edited or mixes runs; score the run again"
        var index = 0
        for result in JSONLinesReader(path: path) {
            let line: JSONLinesReader.Line
            switch result {
            case let .success(value): line = value
            case let .failure(error): throw error
            }
            func int(_ field: String) throws(InputError) -> Int {
                guard case let .number(n)? = line.value[field], let value = n.intValue else {
                    throw InputError(file: path, line: line.number, message: "no whole number \"\(field)\"", hint: hint)
                }
                return value
            }
            let keyDigest: UInt64
            switch line.value["key"] {
            case let .number(n)?: keyDigest = RunDirectory.PromptVerdicts.digest(String(n.intValue ?? 0))
            case let .string(text)?: keyDigest = RunDirectory.PromptVerdicts.digest(text) ^ 1
            default: throw InputError(file: path, line: line.number, message: "missing \"key\"", hint: hint)
            }
            guard index < tally.prompts.count else {
                throw InputError(file: path, line: line.number, message: "more lines than the \(tally.prompts.count) prompts of \(RunFiles.strictResults)", hint: hint)
            }
            let expected = tally.prompts[index]
            if keyDigest != expected.keyDigest {
                throw InputError(file: path, line: line.number, message: "key differs from prompt \(index + 1) of \(RunFiles.strictResults)", hint: hint)
            }
            for (field, value) in [("samples", expected.samples), ("strict_followed", expected.strict), ("loose_followed", expected.loose)] {
                let stated = try int(field)
                if stated != Int(value) {
                    throw InputError(file: path, line: line.number, message: "\(field) is \(stated), but \(RunFiles.strictResults) and \(RunFiles.looseResults) give \(value)", hint: hint)
                }
            }
            index += 1
        }
        if index != tally.prompts.count {
            throw InputError(file: path, message: "\(index) lines, but the result files hold \(tally.prompts.count) prompts", hint: hint)
        }
    }
}

extension AccuracyCount {
    /// Counts one unit, followed or not.
    mutating func tally(_ isFollowed: Bool) {
        total += 1
        if isFollowed { followed += 1 }
    }
}
