import ArgumentParser
import IFEvalEngine

struct InstructionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instructions",
        abstract: "List the instruction types of a suite: ids, arguments, what they check, examples.",
        discussion: "Without --suite, lists every suite (ifeval, ifbench, mifeval-ja). With --json, prints every verifier's examples (kwargs, response, expected verdict) and the verdict this tool gives, for checking against the official code."
    )

    @Option(help: ArgumentHelp("The suite to list (\(SuiteRegistry.standard.names.joined(separator: ", "))).", valueName: "name"))
    var suite: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        if let suite, SuiteRegistry.standard.suite(named: suite) == nil {
            throw ValidationError("unknown suite \"\(suite)\"; known suites are \(SuiteRegistry.standard.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let suites = suite.flatMap { SuiteRegistry.standard.suite(named: $0) }.map { [$0] } ?? SuiteRegistry.standard.suites
        if json {
            let entries = suites.flatMap { InstructionListing.examplesJSON($0, analyzers: .standard(flavor: $0.textAnalysis)).arrayValue ?? [] }
            try StandardOutput.write(JSONWriter.string(.array(entries)) + "\n")
        } else {
            try StandardOutput.write(suites.map(InstructionListing.text).joined(separator: "\n"))
        }
    }
}
