/// The prompt set that ships inside the engine: about 500 prompts written for this
/// project (not the official IFEval text) over the same 25 instruction ids, in the
/// official JSONL layout. Compiled in, so a copied binary needs no resource files.
///
/// Source: `Prompts/builtin_prompts.jsonl`, made by `Scripts/prompts/generate_prompts.py`
/// and embedded by `Scripts/prompts/embed_prompts.py`.
public enum BuiltInPromptSet {
    /// How runs and messages name this set (in place of a file path).
    public static let name = "built-in"

    /// The suite its instructions come from.
    public static let suite = Suite.ifeval

    /// The set as JSONL text, one prompt a line, ending with a newline.
    /// How many prompts the set has.
    public static var count: Int { lines.count }

    public static var jsonl: String { lines.joined(separator: "\n") + "\n" }

    /// The decoded prompts, in order.
    public static func records() throws(InputErrors) -> [PromptRecord] {
        var records: [PromptRecord] = []
        var errors: [InputError] = []
        for (index, text) in lines.enumerated() {
            do {
                let value = try JSONParser.parse(text)
                records.append(try PromptSetReader.record(from: value, file: name, line: index + 1))
            } catch let error as InputError {
                errors.append(error)
            } catch {
                errors.append(InputError(file: name, line: index + 1, message: "invalid JSON: \(error)"))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors: errors) }
        return records
    }

    /// The prompts with their verifiers built, ready to score.
    public static func prepared() throws(InputErrors) -> [PreparedPrompt] {
        var prompts: [PreparedPrompt] = []
        var errors: [InputError] = []
        let verifiers = VerifierCache(suites: .fixed(suite))
        for (index, record) in try records().enumerated() {
            do {
                prompts.append(try PreparedPrompt(record, cache: verifiers))
            } catch {
                errors.append(InputError(file: name, line: index + 1, message: "prompt \(record.key): \(error.description)"))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors: errors) }
        return prompts
    }
}
