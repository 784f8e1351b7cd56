import Foundation
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
        let directory = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        let summaryPath = isDirectory.boolValue ? directory + "/" + RunFiles.summary : path
        let (model, summary) = try readSummary(summaryPath)
        var prompts: [PromptVerdicts] = []
        let strictPath = directory + "/" + RunFiles.strictResults
        let loosePath = directory + "/" + RunFiles.looseResults
        if isDirectory.boolValue || FileManager.default.fileExists(atPath: strictPath) {
            if FileManager.default.fileExists(atPath: strictPath) && FileManager.default.fileExists(atPath: loosePath) {
                do throws(InputError) {
                    prompts = try readResults(strict: strictPath, loose: loosePath)
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
        let model = value["model"]?.stringValue ?? responsesName ?? ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
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
