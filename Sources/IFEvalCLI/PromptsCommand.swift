import ArgumentParser
import IFEvalEngine
import IFEvalReporter

struct PromptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompts",
        abstract: "Describe, export or validate prompt sets (the built-in one or any other).",
        discussion: """
        The tool ships a prompt set of its own: about 500 prompts written for this project \
        (not the official IFEval text) over the same 25 instruction ids, in the official \
        JSONL layout. `ifeval score` uses it when no --input-data is given.

        --validate checks any prompt set: every kwargs object decodes for its instruction, \
        no prompt holds conflicting instructions (the official conflict table) or the same \
        id twice, keys and prompt texts are unique, and the prompt text states each \
        argument (numbers as digits or words; keywords, forbidden words, end phrases, \
        postscript markers, section splitters, first words, letters and languages by \
        name). Problems are listed on stderr as file:line: what is wrong; exit code 2. \
        It also looks for near-duplicates as Self-Instruct does: pairs of prompts whose \
        ROUGE-L F-measure (rouge-score's rougeL: lower-cased, runs of ASCII letters and \
        digits as tokens, no stemming) is at or above --max-similarity (0.7), each with \
        both keys, the score and what they share. They are warnings, or problems with \
        --strict.

        --similar lists the most similar pairs of a prompt set (--top, 10) and a \
        histogram of each prompt's highest ROUGE-L with another, for curating a set.

        Examples:
          ifeval prompts --stats
          ifeval prompts --stats --json
          ifeval prompts --export builtin_prompts.jsonl
          ifeval prompts --validate my_prompts.jsonl
          ifeval prompts --validate my_prompts.jsonl --strict --max-similarity 0.8
          ifeval prompts --similar my_prompts.jsonl --top 20
        """
    )

    @Flag(help: "Print the built-in set's counts: per instruction id, per number of instructions, per category and per language.")
    var stats = false

    @Flag(help: "With --stats: print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Write the built-in set to this file as JSONL (replaced atomically).", valueName: "file"))
    var export: String?

    @Option(name: .customLong("validate"), help: ArgumentHelp("Validate a prompt set file; exit 0 when it is valid, 2 with the problems otherwise.", valueName: "file"))
    var validatePath: String?

    @Option(name: .customLong("similar"), help: ArgumentHelp("List a prompt set's most similar pairs (ROUGE-L) and a histogram of each prompt's highest similarity.", valueName: "file"))
    var similarPath: String?

    @Option(help: ArgumentHelp("With --similar: how many pairs to list.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("With --validate or --similar: the ROUGE-L F-measure at or above which two prompts are near-duplicates (Self-Instruct's 0.7).", valueName: "x"))
    var maxSimilarity: Double?

    @Flag(help: "With --validate: near-duplicate prompts are problems (exit 2), not warnings.")
    var strict = false

    @Option(help: ArgumentHelp("With --validate: the suite the set is for (\(SuiteRegistry.standard.names.joined(separator: ", "))); default: the one its instruction ids imply.", valueName: "name"))
    var suite: String?

    func validate() throws {
        let actions = [stats, export != nil, validatePath != nil, similarPath != nil].filter { $0 }.count
        if actions != 1 {
            throw ValidationError("give one of --stats, --export FILE, --validate FILE or --similar FILE")
        }
        if json && !stats { throw ValidationError("--json goes with --stats") }
        if strict && validatePath == nil { throw ValidationError("--strict goes with --validate") }
        if top != nil && similarPath == nil { throw ValidationError("--top goes with --similar") }
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
        if maxSimilarity != nil && validatePath == nil && similarPath == nil {
            throw ValidationError("--max-similarity goes with --validate or --similar")
        }
        if let maxSimilarity, !(maxSimilarity > 0 && maxSimilarity <= 1) {
            throw ValidationError("--max-similarity must be above 0 and at most 1")
        }
        if suite != nil && validatePath == nil { throw ValidationError("--suite goes with --validate") }
        if SuiteSelection.named(suite, in: .standard) == nil {
            throw ValidationError("unknown suite \"\(suite ?? "")\"; known suites are \(SuiteRegistry.standard.names.joined(separator: ", "))")
        }
    }

    var threshold: Double { maxSimilarity ?? 0.7 }

    func run() throws {
        if let path = validatePath {
            try validateFile(path)
            return
        }
        if let path = similarPath {
            try similar(path)
            return
        }
        let records: [PromptRecord]
        do {
            records = try BuiltInPromptSet.records()
        } catch {
            throw CommandFailure("the built-in prompt set cannot be read (a build problem): \(error.description)")
        }
        if let path = export {
            do {
                try AtomicFile.write(BuiltInPromptSet.jsonl, to: path)
            } catch {
                throw CommandFailure(error.description, exitCode: .outputFailed)
            }
            Terminal.note("wrote \(records.count) prompts to \(path)")
            return
        }
        let statistics = PromptSetStatistics(records)
        try StandardOutput.write(json ? JSONWriter.string(statistics.jsonValue) + "\n" : Self.table(statistics))
    }

    func validateFile(_ path: String) throws {
        let suites = SuiteSelection.named(suite, in: .standard) ?? .standard
        let numbered = Self.records(path)
        let similar = PromptSetValidator.nearDuplicates(numbered, file: path, threshold: threshold)
        let problems = PromptSetValidator.validate(path: path, suites: suites) + (strict ? similar : [])
        if !strict {
            for pair in similar { Terminal.warning(pair.description) }
        }
        guard problems.isEmpty else {
            for problem in problems.sorted(by: { ($0.line ?? 0) < ($1.line ?? 0) }) { Terminal.note(problem.description) }
            throw CommandFailure("\(path): \(problems.count) \(problems.count == 1 ? "problem" : "problems") found")
        }
        let records = numbered.map(\.record)
        let setSuite = suites.suite(for: Set(records.flatMap(\.instructionIDs))) ?? BuiltInPromptSet.suite
        let statistics = PromptSetStatistics(records, suite: setSuite)
        let unused = statistics.perInstruction.filter { $0.value == 0 }.count
        let known = setSuite.ids.count
        try StandardOutput.write("\(path): valid (\(statistics.prompts) prompts, \(statistics.instructions) instructions; \(known - unused) of \(known) instruction ids used)" + "\n")
    }

    /// The prompts of a file that decode, with their lines (problems are for the validator to report).
    static func records(_ path: String) -> [(line: Int, record: PromptRecord)] {
        var records: [(line: Int, record: PromptRecord)] = []
        for case let .success(line) in JSONLinesReader(path: path) {
            if let record = try? PromptSetReader.record(from: line.value, file: path, line: line.number) { records.append((line.number, record)) }
        }
        return records
    }

    func similar(_ path: String) throws {
        var errors: [InputError] = []
        var numbered: [(line: Int, record: PromptRecord)] = []
        for result in JSONLinesReader(path: path) {
            switch result {
            case let .failure(error): errors.append(error)
            case let .success(line):
                do { numbered.append((line.number, try PromptSetReader.record(from: line.value, file: path, line: line.number))) } catch { errors.append(error) }
            }
        }
        guard errors.isEmpty else {
            for error in errors { Terminal.note(error.description) }
            throw CommandFailure("\(path): \(errors.count) \(errors.count == 1 ? "problem" : "problems") found")
        }
        let similarity = PromptSimilarity(numbered.map(\.record.prompt))
        let survey = similarity.survey(top: top ?? 10, threshold: threshold)
        try StandardOutput.write(Self.similarityReport(path: path, numbered, similarity, survey, threshold: threshold))
    }

    static func similarityReport(path: String, _ numbered: [(line: Int, record: PromptRecord)], _ similarity: PromptSimilarity,
                                 _ survey: PromptSimilarity.Survey, threshold: Double) -> String {
        let count = numbered.count
        var lines = ["\(path): \(count) prompts, \(count * (count - 1) / 2) pairs (ROUGE-L F-measure, rouge-score's rougeL)"]
        if let first = survey.top.first {
            lines.append("highest: \(PromptSimilarity.format(first.fmeasure)) (prompts \(numbered[first.first].record.key) and \(numbered[first.second].record.key))")
        }
        lines.append("pairs at or above \(threshold): \(survey.atThreshold)")
        if !survey.top.isEmpty {
            lines += ["", "most similar pairs (score, keys, lines, in common):"]
            for pair in survey.top {
                let (a, b) = (numbered[pair.first], numbered[pair.second])
                lines.append("  \(PromptSimilarity.format(pair.fmeasure))  \(a.record.key) / \(b.record.key)  (lines \(a.line), \(b.line))  \"\(similarity.briefCommonSubsequence(pair.first, pair.second))\"")
            }
        }
        if count > 1 {
            lines += ["", "each prompt's highest ROUGE-L with another prompt:"]
            let bins = survey.histogram
            let widest = max(1, bins.max() ?? 1)
            for (index, value) in bins.enumerated() {
                let label = index == 10 ? "1.0" : String(format: "%.1f-%.1f", Double(index) / 10, Double(index + 1) / 10)
                let bar = String(repeating: "#", count: (value * 40 + widest - 1) / widest)
                lines.append("  " + label.padding(toLength: 8, withPad: " ", startingAt: 0) + String(repeating: " ", count: max(0, 7 - String(value).count)) + String(value) + "  " + bar)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ statistics: PromptSetStatistics) -> String {
        var lines = ["built-in prompt set: \(statistics.prompts) prompts, \(statistics.instructions) instructions", "", "per instruction id:"]
        for (id, count) in statistics.perInstruction.sorted(by: { $0.key < $1.key }) {
            lines.append("  " + id.padding(toLength: 46, withPad: " ", startingAt: 0) + " " + String(count))
        }
        lines.append("")
        lines.append("per number of instructions:")
        for (size, count) in statistics.perInstructionCount.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(size): \(count) prompts")
        }
        lines.append("")
        lines.append("per category (instructions):")
        for (category, count) in statistics.perCategory.sorted(by: { $0.key < $1.key }) {
            lines.append("  " + category.padding(toLength: 22, withPad: " ", startingAt: 0) + " " + String(count))
        }
        lines.append("")
        lines.append("per language (language:response_language):")
        lines.append("  " + statistics.perLanguage.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
