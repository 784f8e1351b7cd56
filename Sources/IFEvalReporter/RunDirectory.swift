import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IFEvalEngine

/// A scored run read back from its directory (or its `summary.json` alone): what the
/// leaderboard, comparisons, explanations and the gate work from.
public struct RunDirectory: Sendable {
    /// Per-prompt verdicts from `eval_results_*.jsonl`: one per result line, so one per
    /// (prompt, sample) in a run scored with `--samples all`.
    public struct PromptVerdicts: Sendable {
        public var key: PromptKey
        public var instructionIDs: [String]
        public var strict: [Bool]
        public var loose: [Bool]
        public var strictReasons: [String]
        public var looseReasons: [String]
        public var looseVariants: [String?]
        public var response: String
        public var rawResponse: String?
        /// The prompt text, as the result files carry it (empty when the run was read for
        /// its verdicts only: `promptDigest` stands for it then).
        public var prompt: String = ""
        /// The line's `sample` (0-based) in a multi-sample run; nil in a single-sample run.
        public var sample: Int? = nil
        /// A 64-bit FNV-1a digest of the prompt's UTF-8, kept instead of the text by
        /// `Detail.verdicts`.
        public var promptDigest: UInt64? = nil

        public var followsAllStrict: Bool { strict.allSatisfy { $0 } }
        public var followsAllLoose: Bool { loose.allSatisfy { $0 } }

        /// What tells prompt texts apart: the digest of the text, code point by code point.
        public var promptFingerprint: UInt64 { promptDigest ?? Self.digest(prompt) }

        static func digest(_ text: String) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }

    /// How much of each result line a reader keeps. The verdicts of a 1,000,000-prompt run
    /// fit in a few hundred MB; its texts do not.
    public enum Detail: Sendable {
        /// Nothing: every line is read and checked against summary.json (`report`).
        case checkOnly
        /// Keys, instruction ids and verdicts (the prompt as a digest): the leaderboard,
        /// `compare`, `gate` and `report`.
        case verdicts
        /// Also the reasons and loose variants.
        case reasons
        /// `reasons`, of the lines not followed in strict or loose mode only (`explain
        /// --failed`); the other lines are counted, not kept.
        case failures
        /// Everything, prompt and response included.
        case full
    }

    public var path: String
    public var model: String
    public var summary: ScoreSummary
    /// In prompt-set order (samples of a prompt on consecutive lines, in sample order);
    /// empty when only `summary.json` was given, and only the lines of one key when read
    /// with `onlyKey`.
    public var prompts: [PromptVerdicts]
    /// The suite that scored the run (summary.json's `suite`; `ifeval` when absent).
    public var suite: String = "ifeval"
    /// avg@k, pass@k, pass^k and the reward profile of a multi-sample run (`--samples
    /// all`); nil for a single-sample run.
    public var samples: SampleSummary? = nil
    /// True when the result files were read (also when `onlyKey` kept none of their lines).
    public var resultsRead = false
    /// The number of result lines and the first few keys, for messages (with `onlyKey`).
    public var resultLineCount = 0
    /// The number of prompts in the result files (a prompt's samples count once).
    public var resultPromptCount = 0
    public var exampleKeys: [PromptKey] = []

    public var hasPromptResults: Bool { resultsRead || !prompts.isEmpty }

    /// Whether the run was scored with several samples per prompt (`--samples all`).
    public var isMultiSample: Bool { samples != nil }

    /// Why a run cannot be read. The caller words how to get a run (the CLI names
    /// `ifeval score --output-dir`); `description` says only what is wrong.
    public enum ReadError: Error, Sendable, CustomStringConvertible {
        /// No such run directory or summary.json.
        case notFound(path: String)
        /// summary.json cannot be read.
        case unreadableSummary(path: String)
        /// A JSON file that is not this tool's summary.json.
        case notASummary(path: String)
        /// Another problem with the run's files.
        case invalid(InputError)

        /// The problem as an input error, without a hint on how to make a run.
        public var inputError: InputError {
            switch self {
            case let .notFound(path): return InputError(file: path, message: "no such run directory or summary.json")
            case let .unreadableSummary(path): return InputError(file: path, message: "cannot read summary.json")
            case let .notASummary(path): return InputError(file: path, message: "not an ifeval-swift summary.json (no \"counts\")")
            case let .invalid(error): return error
            }
        }

        public var description: String { inputError.description }
    }

    /// Reads `path`, a run directory or a `summary.json` file. The result files are
    /// streamed (never held whole); `detail` says what of each line is kept, and with
    /// `onlyKey` only the lines of that key are kept (every line is still checked).
    public static func read(_ path: String, detail: Detail = .full, onlyKey: String? = nil) throws(ReadError) -> RunDirectory {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        // "summary.json" alone: its folder is the current one (not "/"; and not through
        // NSString.deletingLastPathComponent, which traps on some one-component paths).
        let directory = isDirectory.boolValue ? path : AtomicFile.directoryName(path)
        let summaryPath = isDirectory.boolValue ? directory + "/" + RunFiles.summary : path
        do throws(InputError) {
            try RunManifest.check(directory: directory)
        } catch {
            throw .invalid(error)
        }
        let parsed = try readSummary(summaryPath)
        var run = RunDirectory(path: path, model: parsed.model, summary: parsed.summary, prompts: [], suite: parsed.suite,
                               samples: parsed.samples)
        let strictPath = directory + "/" + RunFiles.strictResults
        let loosePath = directory + "/" + RunFiles.looseResults
        if isDirectory.boolValue || FileManager.default.fileExists(atPath: strictPath) {
            if FileManager.default.fileExists(atPath: strictPath) && FileManager.default.fileExists(atPath: loosePath) {
                do throws(InputError) {
                    var tally = ResultTally(multiSample: parsed.samples != nil)
                    try readResults(strict: strictPath, loose: loosePath, detail: detail, onlyKey: onlyKey, into: &run, tally: &tally)
                    try RunConsistency.check(run, summaryPath: summaryPath, against: tally, resultsPath: strictPath)
                    try SolveRates.check(directory: directory, against: tally)
                } catch {
                    throw .invalid(error)
                }
            }
        }
        return run
    }

    struct ParsedSummary {
        var model: String
        var summary: ScoreSummary
        var suite: String
        var samples: SampleSummary?
    }

    static func readSummary(_ path: String) throws(ReadError) -> ParsedSummary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableSummary(path: path)
        }
        let value: JSONValue
        do { value = try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw .invalid(InputError(file: path, message: "invalid JSON: \(error.description)"))
        }
        func int(_ v: JSONValue?) -> Int? {
            if case let .number(n)? = v { return n.intValue }
            return nil
        }
        func counts(_ object: JSONValue?) -> StrictLooseCounts? {
            guard let object, let total = int(object["total"]), let strict = int(object["strict_followed"]),
                  let loose = int(object["loose_followed"]) else { return nil }
            var c = StrictLooseCounts()
            c.strict = AccuracyCount(followed: strict, total: total)
            c.loose = AccuracyCount(followed: loose, total: total)
            return c
        }
        guard let countsObject = value["counts"],
              let prompts = int(countsObject["prompts"]), let promptsStrict = int(countsObject["prompts_strict_followed"]),
              let promptsLoose = int(countsObject["prompts_loose_followed"]), let instructions = int(countsObject["instructions"]),
              let instructionsStrict = int(countsObject["instructions_strict_followed"]),
              let instructionsLoose = int(countsObject["instructions_loose_followed"]) else {
            throw .notASummary(path: path)
        }
        let samples: SampleSummary?
        do throws(InputError) {
            samples = try SampleSummary(summary: value, path: path)
            try RunConsistency.checkCounts(value, path: path, multiSample: samples != nil)
        } catch {
            throw .invalid(error)
        }
        var promptLevel = StrictLooseCounts()
        promptLevel.strict = AccuracyCount(followed: promptsStrict, total: prompts)
        promptLevel.loose = AccuracyCount(followed: promptsLoose, total: prompts)
        var instructionLevel = StrictLooseCounts()
        instructionLevel.strict = AccuracyCount(followed: instructionsStrict, total: instructions)
        instructionLevel.loose = AccuracyCount(followed: instructionsLoose, total: instructions)
        var perCategory: [String: StrictLooseCounts] = [:]
        for (name, object) in value["per_category"]?.objectMembers ?? [] { perCategory[name] = counts(object) }
        var perInstruction: [String: StrictLooseCounts] = [:]
        for (name, object) in value["per_instruction"]?.objectMembers ?? [] { perInstruction[name] = counts(object) }
        let responsesName = value["inputs"]?["responses"]?.stringValue.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        let model = value["model"]?.stringValue ?? responsesName ?? AtomicFile.baseName(AtomicFile.directoryName(path))
        let summary = ScoreSummary(promptLevel: promptLevel, instructionLevel: instructionLevel, perCategory: perCategory, perInstruction: perInstruction)
        return ParsedSummary(model: model, summary: summary, suite: value["suite"]?.stringValue ?? "ifeval", samples: samples)
    }

    /// Streams both result files in step, line by line, checking each pair of lines and
    /// counting into `tally`; keeps what `detail` and `onlyKey` ask for in `run.prompts`.
    static func readResults(strict: String, loose: String, detail: Detail, onlyKey: String?,
                            into run: inout RunDirectory, tally: inout ResultTally) throws(InputError) {
        var strictLines = JSONLinesReader(path: strict).makeIterator()
        var looseLines = JSONLinesReader(path: loose).makeIterator()
        var interner = VerdictInterner()
        // Keys compared code point by code point (Swift's == would merge canonically
        // equivalent strings).
        var seenKeys = Set<[UInt8]>()
        var currentKey: [UInt8]? = nil
        var currentIDs: [String] = []
        var currentSamples = Set<Int>()
        var count = 0
        while true {
            let nextStrict = strictLines.next()
            let nextLoose = looseLines.next()
            if nextStrict == nil && nextLoose == nil { break }
            guard let nextStrict, let nextLoose else {
                // One file ended first: count the rest of the other for the message.
                var strictCount = count + (nextStrict == nil ? 0 : 1)
                var looseCount = count + (nextLoose == nil ? 0 : 1)
                while strictLines.next() != nil { strictCount += 1 }
                while looseLines.next() != nil { looseCount += 1 }
                throw InputError(file: loose, message: "\(looseCount) lines, but \(strictCount) in \(RunFiles.strictResults)", hint: "re-run `ifeval score`")
            }
            let s: JSONLinesReader.Line, l: JSONLinesReader.Line
            switch nextStrict {
            case let .success(line): s = line
            case let .failure(error): throw error
            }
            switch nextLoose {
            case let .success(line): l = line
            case let .failure(error): throw error
            }
            count += 1
            func bools(_ v: JSONValue?) -> [Bool] { (v?.arrayValue ?? []).map { $0 == .bool(true) } }
            func strings(_ v: JSONValue?) -> [String] { (v?.arrayValue ?? []).map { $0.stringValue ?? "" } }
            let key: PromptKey
            switch s.value["key"] {
            case let .number(n)?: key = .int(n.intValue ?? 0)
            case let .string(text)?: key = .string(text)
            default: throw InputError(file: strict, line: s.number, message: "missing \"key\"")
            }
            let ids = interner.ids(strings(s.value["instruction_id_list"]))
            let strictVerdicts = interner.verdicts(bools(s.value["follow_instruction_list"]))
            let looseVerdicts = interner.verdicts(bools(l.value["follow_instruction_list"]))
            guard strictVerdicts.count == ids.count, looseVerdicts.count == ids.count else {
                throw InputError(file: strict, line: s.number, message: "follow_instruction_list does not match instruction_id_list")
            }
            try RunConsistency.checkLinePair(strict: s, loose: l, key: key, ids: ids, strictPath: strict, loosePath: loose)
            let sample = try RunConsistency.sample(strict: s, loose: l, multiSample: tally.multiSample, strictPath: strict, loosePath: loose)
            let keyBytes: [UInt8]
            switch key {
            case let .int(value): keyBytes = [0] + Array(String(value).utf8)
            case let .string(text): keyBytes = [1] + Array(text.utf8)
            }
            if let sample, keyBytes == currentKey {
                // Another sample of the prompt on the line before.
                guard currentSamples.insert(sample).inserted else {
                    throw InputError(file: strict, line: s.number, message: "key \(key) has sample \(sample) twice", hint: "a run has one line per (prompt, sample); re-run `ifeval score`")
                }
                guard ids.elementsEqual(currentIDs, by: { Array($0.unicodeScalars) == Array($1.unicodeScalars) }) else {
                    throw InputError(file: strict, line: s.number, message: "sample \(sample) of key \(key) has other instructions than its first sample", hint: RunConsistency.hint)
                }
            } else {
                guard seenKeys.insert(keyBytes).inserted else {
                    if sample != nil {
                        throw InputError(file: strict, line: s.number, message: "key \(key) appears again after other prompts",
                                         hint: "the samples of a prompt are on consecutive lines; re-run `ifeval score`")
                    }
                    throw InputError(file: strict, line: s.number, message: "key \(key) appears twice", hint: "a run has one line per prompt; re-run `ifeval score`")
                }
                currentKey = keyBytes
                currentIDs = ids
                currentSamples = sample.map { [$0] } ?? []
                tally.startPrompt(keyDigest: PromptVerdicts.digest(key.description) ^ UInt64(keyBytes[0]))
            }
            tally.add(ids: ids, strict: strictVerdicts, loose: looseVerdicts)
            if run.exampleKeys.count < 5, run.exampleKeys.last != key { run.exampleKeys.append(key) }
            let keep = onlyKey.map { key.description == $0 } ?? (detail != .checkOnly)
            guard keep else { continue }
            if onlyKey == nil, detail == .failures, !strictVerdicts.contains(false), !looseVerdicts.contains(false) { continue }
            let lineDetail = onlyKey == nil ? detail : .full
            let promptText = s.value["prompt"]?.stringValue ?? ""
            var verdicts = PromptVerdicts(
                key: key, instructionIDs: ids, strict: strictVerdicts, loose: looseVerdicts,
                strictReasons: [], looseReasons: [], looseVariants: [], response: "", rawResponse: nil, sample: sample)
            if lineDetail == .verdicts {
                verdicts.promptDigest = PromptVerdicts.digest(promptText)
            } else {
                verdicts.strictReasons = strings(s.value["reasons"])
                verdicts.looseReasons = strings(l.value["reasons"])
                verdicts.looseVariants = (l.value["loose_variants"]?.arrayValue ?? []).map(\.stringValue)
                if lineDetail == .full {
                    verdicts.response = s.value["response"]?.stringValue ?? ""
                    verdicts.rawResponse = s.value["raw_response"]?.stringValue
                    verdicts.prompt = promptText
                } else {
                    verdicts.promptDigest = PromptVerdicts.digest(promptText)
                }
            }
            run.prompts.append(verdicts)
        }
        tally.finish()
        run.resultsRead = true
        run.resultLineCount = count
        run.resultPromptCount = tally.prompts.count
    }
}

/// Shares the storage of equal instruction lists and verdict lists between result lines:
/// a large run repeats a few thousand distinct lists (Swift arrays are shared until
/// written), so that a million prompts cost a few words each.
struct VerdictInterner {
    private var idLists: [[UInt8]: [String]] = [:]
    private var verdictLists: [[Bool]: [Bool]] = [:]

    mutating func ids(_ list: [String]) -> [String] {
        // Keyed by the UTF-8 of the ids, length-prefixed: code points, not canonical equivalence.
        var bytes: [UInt8] = []
        for id in list {
            let count = id.utf8.count
            bytes += [UInt8(truncatingIfNeeded: count >> 24), UInt8(truncatingIfNeeded: count >> 16), UInt8(truncatingIfNeeded: count >> 8), UInt8(truncatingIfNeeded: count)]
            bytes += id.utf8
        }
        if let shared = idLists[bytes] { return shared }
        if idLists.count < 1 << 16 { idLists[bytes] = list }
        return list
    }

    mutating func verdicts(_ list: [Bool]) -> [Bool] {
        if let shared = verdictLists[list] { return shared }
        if verdictLists.count < 1 << 16 { verdictLists[list] = list }
        return list
    }
}

/// `manifest.json`: the size and digest of each file of a run folder, written with them
/// by `RunFiles.Writer` and renamed into place before them. Readers check every listed
/// file that is present: a file that does not match belongs to another run (a write
/// interrupted between renames, or files copied in from elsewhere). Folders written
/// before manifests existed have none and are read as they are.
public enum RunManifest {
    static let format = "ifeval-swift run manifest v1"

    public static func json(_ files: [(String, ContentDigest)]) -> String {
        let object: JSONValue = .object([
            ("format", .string(format)),
            ("files", .object(files.map { name, digest in
                (name, .object([("bytes", .number(JSONNumber(digest.byteCount))), ("digest", .string(digest.hex))]))
            })),
        ])
        return JSONWriter.string(object) + "\n"
    }

    /// Throws when a file of `directory` differs from what its manifest lists.
    public static func check(directory: String) throws(InputError) {
        let path = directory + "/" + RunFiles.manifest
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let hint = "the folder mixes files of different runs (a write that was interrupted or failed, or files copied in); score the run again"
        guard let value = try? JSONParser.parse(String(decoding: data, as: UTF8.self)), value["format"]?.stringValue == format,
              let files = value["files"]?.objectMembers else {
            throw InputError(file: path, message: "not an ifeval-swift run manifest", hint: hint)
        }
        for (name, entry) in files {
            guard [RunFiles.strictResults, RunFiles.looseResults, RunFiles.summary].contains(name) else { continue }
            let filePath = directory + "/" + name
            var info = stat()
            guard stat(filePath, &info) == 0 else { continue }
            guard let bytes = entry["bytes"].flatMap({ if case let .number(n) = $0 { return n.intValue } else { return nil } }),
                  let digest = entry["digest"]?.stringValue else {
                throw InputError(file: path, message: "no bytes or digest for \(name)", hint: hint)
            }
            if Int(info.st_size) != bytes {
                throw InputError(file: filePath, message: "does not belong to the run manifest.json describes (\(info.st_size) bytes; the manifest lists \(bytes))", hint: hint)
            }
            guard let actual = ContentDigest.ofFile(filePath) else {
                throw InputError(file: filePath, message: "cannot read the file")
            }
            if actual.hex != digest {
                throw InputError(file: filePath, message: "does not belong to the run manifest.json describes (its digest is \(actual.hex); the manifest lists \(digest))", hint: hint)
            }
        }
    }
}

/// Checks that what a run folder says about itself holds together: the counts in
/// `summary.json` (none negative, none followed more often than counted, the stored
/// accuracies equal to the counts' ratios), the strict and loose result files (the same
/// keys and instruction lists, line by line; `follow_all_instructions` true exactly when
/// every instruction is followed), and the summary against the result files (every count,
/// overall, per category and per instruction id). A contradiction is an input error that
/// names the field.
enum RunConsistency {
    static let hint = "the run folder was edited or mixes runs; score the run again"

    /// In a multi-sample run the stored accuracies are avg@k, not ratios of the counts:
    /// only their range is checked here, and their values against the result files.
    static func checkCounts(_ summary: JSONValue, path: String, multiSample: Bool = false) throws(InputError) {
        func int(_ value: JSONValue?) -> Int? {
            if case let .number(n)? = value { return n.intValue }
            return nil
        }
        func checkGroup(_ object: JSONValue?, field: String, total: String, followed: [String], accuracies: [(String, String)]) throws(InputError) {
            guard let object, let totalValue = int(object[total]) else { return }
            if totalValue < 0 {
                throw InputError(file: path, message: "\(field).\(total) is \(totalValue), below 0", hint: hint)
            }
            for name in followed {
                guard let count = int(object[name]) else { continue }
                // In a multi-sample run `counts` mixes prompts with samples: only the sign is checked.
                if count < 0 || (count > totalValue && !(multiSample && field == "counts")) {
                    throw InputError(file: path, message: "\(field).\(name) is \(count), outside 0...\(field).\(total) (\(totalValue))", hint: hint)
                }
            }
            for (accuracyField, countField) in accuracies where !multiSample {
                guard case let .number(stored)? = (field == "counts" ? summary[accuracyField] : object[accuracyField]),
                      let count = int(object[countField]) else { continue }
                let expected = totalValue == 0 ? 0 : Double(count) / Double(totalValue)
                if stored.doubleValue != expected {
                    let name = field == "counts" ? accuracyField : "\(field).\(accuracyField)"
                    throw InputError(file: path, message: "\(name) is \(stored.text), but the counts give \(PythonFloat.repr(expected)) (\(count) of \(totalValue))", hint: hint)
                }
            }
        }
        let counts = summary["counts"]
        try checkGroup(counts, field: "counts", total: "prompts", followed: ["prompts_strict_followed", "prompts_loose_followed"],
                       accuracies: [("prompt_level_strict_acc", "prompts_strict_followed"), ("prompt_level_loose_acc", "prompts_loose_followed")])
        try checkGroup(counts, field: "counts", total: "instructions", followed: ["instructions_strict_followed", "instructions_loose_followed"],
                       accuracies: [("inst_level_strict_acc", "instructions_strict_followed"), ("inst_level_loose_acc", "instructions_loose_followed")])
        for group in ["per_category", "per_instruction"] {
            for (name, object) in summary[group]?.objectMembers ?? [] {
                try checkGroup(object, field: "\(group).\(name)", total: "total", followed: ["strict_followed", "loose_followed"],
                               accuracies: [("strict_acc", "strict_followed"), ("loose_acc", "loose_followed")])
            }
        }
    }

    static func checkLinePair(strict: JSONLinesReader.Line, loose: JSONLinesReader.Line, key: PromptKey, ids: [String],
                              strictPath: String, loosePath: String) throws(InputError) {
        if !sameJSON(strict.value["key"], loose.value["key"]) {
            throw InputError(file: loosePath, line: loose.number, message: "key differs from line \(strict.number) of \(RunFiles.strictResults) (\(key))", hint: hint)
        }
        if !sameJSON(strict.value["instruction_id_list"], loose.value["instruction_id_list"]) {
            throw InputError(file: loosePath, line: loose.number, message: "instruction_id_list differs from the strict results' for key \(key)", hint: hint)
        }
        for (line, path) in [(strict, strictPath), (loose, loosePath)] {
            guard let all = line.value["follow_all_instructions"] else { continue }
            let every = (line.value["follow_instruction_list"]?.arrayValue ?? []).allSatisfy { $0 == .bool(true) }
            if all != .bool(every) {
                throw InputError(file: path, line: line.number, message: "follow_all_instructions is \(all) but follow_instruction_list says \(every)", hint: hint)
            }
        }
    }

    /// Equal JSON text, code point by code point.
    static func sameJSON(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        a.map { Array(JSONWriter.string($0).utf8) } == b.map { Array(JSONWriter.string($0).utf8) }
    }

    /// The line's `sample`: required (a whole number of 0 or more, the same in both files)
    /// in a multi-sample run, absent otherwise.
    static func sample(strict: JSONLinesReader.Line, loose: JSONLinesReader.Line, multiSample: Bool,
                       strictPath: String, loosePath: String) throws(InputError) -> Int? {
        let value = strict.value["sample"]
        guard multiSample else {
            if value != nil {
                throw InputError(file: strictPath, line: strict.number, message: "the line has a \"sample\", but summary.json has no \"samples\"", hint: hint)
            }
            return nil
        }
        guard case let .number(n)? = value, n.isInteger, let sample = n.intValue, sample >= 0 else {
            throw InputError(file: strictPath, line: strict.number, message: "no \"sample\" (a whole number of 0 or more), which a multi-sample run gives every line", hint: hint)
        }
        if !sameJSON(value, loose.value["sample"]) {
            throw InputError(file: loosePath, line: loose.number, message: "sample differs from line \(strict.number) of \(RunFiles.strictResults)", hint: hint)
        }
        return sample
    }

    static func check(_ run: RunDirectory, summaryPath: String, against tally: ResultTally, resultsPath: String) throws(InputError) {
        let summary = run.summary
        let promptLevel = tally.promptLevel
        let instructionLevel = tally.instructionLevel
        let perInstruction = tally.perInstruction
        var perCategory: [String: StrictLooseCounts] = [:]
        // Categories by the rule of the suite the ids imply (IFEval and IFBench group by id
        // prefix; M-IFEval's `ja:letters:kanji` is in `letters`).
        let categories = SuiteRegistry.standard.impliedSuite(for: perInstruction.keys)?.categories ?? .idPrefix
        for (id, counts) in perInstruction {
            let category = categories.category(of: id)
            perCategory[category, default: StrictLooseCounts()].strict.total += counts.strict.total
            perCategory[category, default: StrictLooseCounts()].strict.followed += counts.strict.followed
            perCategory[category, default: StrictLooseCounts()].loose.total += counts.loose.total
            perCategory[category, default: StrictLooseCounts()].loose.followed += counts.loose.followed
        }
        func mismatch(_ field: String, _ stated: Int, _ found: Int) -> InputError {
            InputError(file: summaryPath, message: "\(field) is \(stated), but \(RunFiles.strictResults) and \(RunFiles.looseResults) give \(found)", hint: hint)
        }
        func compare(_ field: String, _ stated: StrictLooseCounts, _ found: StrictLooseCounts, names: (String, String, String)) throws(InputError) {
            if stated.strict.total != found.strict.total { throw mismatch("\(field)\(names.0)", stated.strict.total, found.strict.total) }
            if stated.strict.followed != found.strict.followed { throw mismatch("\(field)\(names.1)", stated.strict.followed, found.strict.followed) }
            if stated.loose.followed != found.loose.followed { throw mismatch("\(field)\(names.2)", stated.loose.followed, found.loose.followed) }
        }
        if let samples = run.samples {
            // Multi-sample: prompts are counted once, samples and per-id counts over all
            // samples, and the four metrics are avg@k (compared to within rounding: the
            // summary may sum the shares in another order).
            if summary.promptLevel.strict.total != tally.prompts.count { throw mismatch("counts.prompts", summary.promptLevel.strict.total, tally.prompts.count) }
            if samples.total != tally.lines { throw mismatch("samples.total", samples.total, tally.lines) }
            let perPrompt = tally.prompts.map { Int($0.samples) }
            if let low = perPrompt.min(), low != samples.perPromptMin { throw mismatch("samples.per_prompt_min", samples.perPromptMin, low) }
            if let high = perPrompt.max(), high != samples.perPromptMax { throw mismatch("samples.per_prompt_max", samples.perPromptMax, high) }
            for metric in Metric.allCases {
                let stated = samples.average[metric] ?? 0, found = tally.average(metric)
                if abs(stated - found) > 1e-9 {
                    throw InputError(file: summaryPath, message: "\(metric.rawValue) is \(PythonFloat.repr(stated)), but \(RunFiles.strictResults) and \(RunFiles.looseResults) give \(PythonFloat.repr(found)) (avg@k)", hint: hint)
                }
            }
        } else {
            try compare("counts.", summary.promptLevel, promptLevel, names: ("prompts", "prompts_strict_followed", "prompts_loose_followed"))
            try compare("counts.", summary.instructionLevel, instructionLevel,
                        names: ("instructions", "instructions_strict_followed", "instructions_loose_followed"))
        }
        for (group, stated, found) in [("per_category", summary.perCategory, perCategory), ("per_instruction", summary.perInstruction, perInstruction)] {
            let statedNames = stated.keys.map { Array($0.unicodeScalars) }
            for name in found.keys.sorted(by: codePointOrder) {
                guard let statedCounts = stated.first(where: { Array($0.key.unicodeScalars) == Array(name.unicodeScalars) })?.value else {
                    throw InputError(file: summaryPath, message: "\(group) has no \"\(name)\", which the result files hold", hint: hint)
                }
                try compare("\(group).\(name).", statedCounts, found[name]!, names: ("total", "strict_followed", "loose_followed"))
            }
            if statedNames.count != found.count {
                let extra = stated.keys.filter { key in !found.keys.contains { Array($0.unicodeScalars) == Array(key.unicodeScalars) } }.sorted(by: codePointOrder)
                throw InputError(file: summaryPath, message: "\(group) lists \(extra.map { "\"\($0)\"" }.joined(separator: ", ")), which no result line holds", hint: hint)
            }
        }
    }
}

/// Whether two runs were scored on the same prompt set: the keys they share must carry
/// the same prompt text, code point by code point. (Shared keys with other instruction
/// lists are the gate's error and are left out of comparisons, with a count.)
public enum PromptSetCheck {
    /// A sentence naming how many shared keys differ, with a few of them; nil when none do
    /// (or when either run has only its summary.json).
    public static func difference(_ a: RunDirectory, _ b: RunDirectory) -> String? {
        guard a.hasPromptResults, b.hasPromptResults else { return nil }
        // One line per prompt (the first sample of a multi-sample run), its text as a digest.
        var byKey: [PromptKey: UInt64] = [:]
        for range in b.clusters { byKey[b.prompts[range.lowerBound].key] = b.prompts[range.lowerBound].promptFingerprint }
        var differing: [PromptKey] = []
        var shared = 0
        for range in a.clusters {
            let prompt = a.prompts[range.lowerBound]
            guard let other = byKey[prompt.key] else { continue }
            shared += 1
            if other != prompt.promptFingerprint {
                differing.append(prompt.key)
            }
        }
        guard !differing.isEmpty else { return nil }
        let examples = differing.prefix(5).map(\.description).joined(separator: ", ")
        return "\(a.path) and \(b.path) were scored on different prompt sets: \(differing.count) of the \(shared) keys they share have another prompt text (keys \(examples)\(differing.count > 5 ? ", ..." : ""))"
    }
}
