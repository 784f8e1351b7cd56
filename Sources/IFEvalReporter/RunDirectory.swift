import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IFEvalEngine

/// A scored run read back from its directory (or its `summary.json` alone): what the
/// leaderboard, comparisons, explanations and the gate work from.
public struct RunDirectory: Sendable {
    /// Per-prompt verdicts from `eval_results_*.jsonl`.
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
        /// The prompt text, as the result files carry it.
        public var prompt: String = ""

        public var followsAllStrict: Bool { strict.allSatisfy { $0 } }
        public var followsAllLoose: Bool { loose.allSatisfy { $0 } }
    }

    public var path: String
    public var model: String
    public var summary: ScoreSummary
    /// In prompt-set order; empty when only `summary.json` was given.
    public var prompts: [PromptVerdicts]

    public var hasPromptResults: Bool { !prompts.isEmpty }

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

    /// Reads `path`, a run directory or a `summary.json` file.
    public static func read(_ path: String) throws(ReadError) -> RunDirectory {
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
        let (model, summary) = try readSummary(summaryPath)
        var prompts: [PromptVerdicts] = []
        let strictPath = directory + "/" + RunFiles.strictResults
        let loosePath = directory + "/" + RunFiles.looseResults
        if isDirectory.boolValue || FileManager.default.fileExists(atPath: strictPath) {
            if FileManager.default.fileExists(atPath: strictPath) && FileManager.default.fileExists(atPath: loosePath) {
                do throws(InputError) {
                    prompts = try readResults(strict: strictPath, loose: loosePath)
                    try RunConsistency.check(summary, summaryPath: summaryPath, against: prompts, resultsPath: strictPath)
                } catch {
                    throw .invalid(error)
                }
            }
        }
        return RunDirectory(path: path, model: model, summary: summary, prompts: prompts)
    }

    static func readSummary(_ path: String) throws(ReadError) -> (String, ScoreSummary) {
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
        do throws(InputError) {
            try RunConsistency.checkCounts(value, path: path)
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
        return (model, ScoreSummary(promptLevel: promptLevel, instructionLevel: instructionLevel, perCategory: perCategory, perInstruction: perInstruction))
    }

    static func readResults(strict: String, loose: String) throws(InputError) -> [PromptVerdicts] {
        func lines(_ path: String) throws(InputError) -> [JSONLinesReader.Line] {
            var out: [JSONLinesReader.Line] = []
            for result in JSONLinesReader(path: path) {
                switch result {
                case let .success(line): out.append(line)
                case let .failure(error): throw error
                }
            }
            return out
        }
        let strictLines = try lines(strict)
        let looseLines = try lines(loose)
        guard strictLines.count == looseLines.count else {
            throw InputError(file: loose, message: "\(looseLines.count) lines, but \(strictLines.count) in \(RunFiles.strictResults)", hint: "re-run `ifeval score`")
        }
        var prompts: [PromptVerdicts] = []
        // Keys compared code point by code point (Swift's == would merge canonically
        // equivalent strings).
        var seenKeys = Set<[UInt8]>()
        for (s, l) in zip(strictLines, looseLines) {
            func bools(_ v: JSONValue?) -> [Bool] { (v?.arrayValue ?? []).map { $0 == .bool(true) } }
            func strings(_ v: JSONValue?) -> [String] { (v?.arrayValue ?? []).map { $0.stringValue ?? "" } }
            let key: PromptKey
            switch s.value["key"] {
            case let .number(n)?: key = .int(n.intValue ?? 0)
            case let .string(text)?: key = .string(text)
            default: throw InputError(file: strict, line: s.number, message: "missing \"key\"")
            }
            let ids = strings(s.value["instruction_id_list"])
            let strictVerdicts = bools(s.value["follow_instruction_list"])
            let looseVerdicts = bools(l.value["follow_instruction_list"])
            guard strictVerdicts.count == ids.count, looseVerdicts.count == ids.count else {
                throw InputError(file: strict, line: s.number, message: "follow_instruction_list does not match instruction_id_list")
            }
            try RunConsistency.checkLinePair(strict: s, loose: l, key: key, ids: ids, strictPath: strict, loosePath: loose)
            let keyBytes: [UInt8]
            switch key {
            case let .int(value): keyBytes = [0] + Array(String(value).utf8)
            case let .string(text): keyBytes = [1] + Array(text.utf8)
            }
            guard seenKeys.insert(keyBytes).inserted else {
                throw InputError(file: strict, line: s.number, message: "key \(key) appears twice", hint: "a run has one line per prompt; re-run `ifeval score`")
            }
            prompts.append(PromptVerdicts(
                key: key, instructionIDs: ids, strict: strictVerdicts, loose: looseVerdicts,
                strictReasons: strings(s.value["reasons"]), looseReasons: strings(l.value["reasons"]),
                looseVariants: (l.value["loose_variants"]?.arrayValue ?? []).map(\.stringValue),
                response: s.value["response"]?.stringValue ?? "", rawResponse: s.value["raw_response"]?.stringValue,
                prompt: s.value["prompt"]?.stringValue ?? ""
            ))
        }
        return prompts
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

    static func checkCounts(_ summary: JSONValue, path: String) throws(InputError) {
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
                if count < 0 || count > totalValue {
                    throw InputError(file: path, message: "\(field).\(name) is \(count), outside 0...\(field).\(total) (\(totalValue))", hint: hint)
                }
            }
            for (accuracyField, countField) in accuracies {
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

    static func check(_ summary: ScoreSummary, summaryPath: String, against prompts: [RunDirectory.PromptVerdicts],
                      resultsPath: String) throws(InputError) {
        var promptLevel = StrictLooseCounts()
        var instructionLevel = StrictLooseCounts()
        var perInstruction: [String: StrictLooseCounts] = [:]
        for prompt in prompts {
            promptLevel.strict.followed += prompt.followsAllStrict ? 1 : 0
            promptLevel.loose.followed += prompt.followsAllLoose ? 1 : 0
            for (index, id) in prompt.instructionIDs.enumerated() {
                instructionLevel.strict.followed += prompt.strict[index] ? 1 : 0
                instructionLevel.loose.followed += prompt.loose[index] ? 1 : 0
                perInstruction[id, default: StrictLooseCounts()].strict.followed += prompt.strict[index] ? 1 : 0
                perInstruction[id, default: StrictLooseCounts()].loose.followed += prompt.loose[index] ? 1 : 0
                perInstruction[id]!.strict.total += 1
                perInstruction[id]!.loose.total += 1
            }
            instructionLevel.strict.total += prompt.instructionIDs.count
        }
        promptLevel.strict.total = prompts.count
        promptLevel.loose.total = prompts.count
        instructionLevel.loose.total = instructionLevel.strict.total
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
        try compare("counts.", summary.promptLevel, promptLevel, names: ("prompts", "prompts_strict_followed", "prompts_loose_followed"))
        try compare("counts.", summary.instructionLevel, instructionLevel,
                    names: ("instructions", "instructions_strict_followed", "instructions_loose_followed"))
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
        var byKey: [PromptKey: RunDirectory.PromptVerdicts] = [:]
        for prompt in b.prompts { byKey[prompt.key] = prompt }
        var differing: [PromptKey] = []
        var shared = 0
        for prompt in a.prompts {
            guard let other = byKey[prompt.key] else { continue }
            shared += 1
            if !other.prompt.utf8.elementsEqual(prompt.prompt.utf8) {
                differing.append(prompt.key)
            }
        }
        guard !differing.isEmpty else { return nil }
        let examples = differing.prefix(5).map(\.description).joined(separator: ", ")
        return "\(a.path) and \(b.path) were scored on different prompt sets: \(differing.count) of the \(shared) keys they share have another prompt text (keys \(examples)\(differing.count > 5 ? ", ..." : ""))"
    }
}
