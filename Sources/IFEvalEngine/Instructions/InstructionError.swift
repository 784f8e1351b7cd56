/// Why an instruction of the prompt set cannot be built.
public struct InstructionError: Error, Sendable, Equatable, CustomStringConvertible {
    public let instructionID: String
    public let message: String

    public init(instructionID: String, message: String) {
        self.instructionID = instructionID
        self.message = message
    }

    public var description: String { "\(instructionID): \(message)" }

    static func unknownInstruction(_ id: String, knownIDs: [String]) -> InstructionError {
        InstructionError(
            instructionID: id,
            message: "unknown instruction id; known ids are " + knownIDs.joined(separator: ", ")
        )
    }
}
