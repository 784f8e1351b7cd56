import IFEvalEngine

/// The instruction suite the server verifies: one of the engine's registered suites
/// (`SuiteRegistry.standard`), chosen with `--suite`. Every item of every request is
/// built with this suite's types and kwargs policy.
public struct ServerSuite: Sendable {
    public let suite: Suite
    public var name: String { suite.name }

    public static let ifeval = ServerSuite(suite: .ifeval)
    public static var all: [ServerSuite] { SuiteRegistry.standard.suites.map(ServerSuite.init) }

    /// The suite called `name`, or nil.
    public static func named(_ name: String) -> ServerSuite? {
        SuiteRegistry.standard.suite(named: name).map(ServerSuite.init)
    }

    /// The instruction ids, sorted.
    var instructionIDs: [String] { suite.ids }

    /// Builds the verifiers of one item's instruction list (ids and kwargs), through
    /// `cache` (shared by every request, made for this suite): the engine's own
    /// construction, as `ifeval score` does it.
    func prepare(_ record: PromptRecord, cache: VerifierCache) throws(InstructionError) -> PreparedPrompt {
        try PreparedPrompt(record, cache: cache)
    }

    /// `GET /v1/instructions`: id, category, argument names and the one-line description
    /// each instruction type carries.
    func instructionCatalog() -> JSONValue {
        let instructions: [JSONValue] = suite.types.sorted { $0.id < $1.id }.map { type in
            let description = type.description
            return .object([
                ("id", .string(description.id)),
                ("category", .string(suite.category(of: description.id))),
                ("arguments", .array(description.argumentNames.map { .string($0) })),
                ("description", .string(description.summary)),
            ])
        }
        return .object([
            ("suite", .string(name)),
            ("count", .number(JSONNumber(instructions.count))),
            ("instructions", .array(instructions)),
        ])
    }
}
