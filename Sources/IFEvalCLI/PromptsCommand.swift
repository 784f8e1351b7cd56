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
        name). Problems are listed on stderr as file:line: what is wrong; exit code 2.

        Examples:
          ifeval prompts --stats
          ifeval prompts --stats --json
          ifeval prompts --export builtin_prompts.jsonl
          ifeval prompts --validate my_prompts.jsonl
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

    func validate() throws {
        let actions = [stats, export != nil, validatePath != nil].filter { $0 }.count
        if actions != 1 {
            throw ValidationError("give one of --stats, --export FILE or --validate FILE")
        }
        if json && !stats { throw ValidationError("--json goes with --stats") }
    }

    func run() throws {
        if let path = validatePath {
            try validateFile(path)
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
        let problems = PromptSetValidator.validate(path: path)
        guard problems.isEmpty else {
            for problem in problems { Terminal.note(problem.description) }
            throw CommandFailure("\(path): \(problems.count) \(problems.count == 1 ? "problem" : "problems") found")
        }
        var records: [PromptRecord] = []
        for case let .success(line) in JSONLinesReader(path: path) {
            if let record = try? PromptSetReader.record(from: line.value, file: path, line: line.number) { records.append(record) }
        }
        let statistics = PromptSetStatistics(records)
        let unused = statistics.perInstruction.filter { $0.value == 0 }.count
        try StandardOutput.write("\(path): valid (\(statistics.prompts) prompts, \(statistics.instructions) instructions; \(25 - unused) of 25 instruction ids used)" + "\n")
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
