import ArgumentParser
import IFEvalEngine

struct InstructionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instructions",
        abstract: "List the 25 instruction ids, their arguments and examples.",
        discussion: "With --json, prints every verifier's examples (kwargs, response, expected verdict) and the verdict this tool gives, for checking against the official code."
    )

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let evaluator = Evaluator(analyzers: .standard)
        if !json {
            for type in InstructionRegistry.verifierTypes.sorted(by: { $0.id < $1.id }) {
                let arguments = type.argumentNames.isEmpty ? "(no arguments)" : type.argumentNames.joined(separator: ", ")
                try StandardOutput.write(type.id.padding(toLength: 46, withPad: " ", startingAt: 0) + " " + arguments + "\n")
            }
            return
        }
        var entries: [JSONValue] = []
        for type in InstructionRegistry.verifierTypes {
            for example in type.examples {
                var verdict: JSONValue = .null
                if let kwargs = try? JSONParser.parse(example.kwargs).objectMembers,
                   let verifier = try? InstructionRegistry.makeVerifier(id: type.id, kwargs: kwargs, prompt: example.prompt) {
                    verdict = .bool(verifier.check(example.response, context: evaluator.context).followed)
                }
                entries.append(.object([
                    ("instruction_id", .string(type.id)),
                    ("kwargs", (try? JSONParser.parse(example.kwargs)) ?? .null),
                    ("prompt", .string(example.prompt)),
                    ("response", .string(example.response)),
                    ("expected", .bool(example.followed)),
                    ("ours", verdict),
                ]))
            }
        }
        try StandardOutput.write(JSONWriter.string(.array(entries)) + "\n")
    }
}
