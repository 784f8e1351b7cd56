/// What `ifeval instructions` shows: a suite's types as their descriptions give them, and
/// the verdicts this engine gives on their examples.
public enum InstructionListing {
    /// A suite's rules, then each of its own types: id and argument names, what it checks,
    /// each argument, conflicts and loose-variant behaviour.
    public static func text(_ suite: Suite) -> String {
        var lines = ["\(suite.name): \(suite.summary)",
                     "  \(Plural.count(suite.ownTypes.count, "instruction type")); headline metric \(suite.headlineMetric.rawValue); "
                         + "kwargs: \(suite.kwargsPolicy.rawValue); categories: \(suite.categories == .idPrefix ? "the id prefix" : "a table")"]
        for included in suite.includedSuites {
            lines.append("  also accepts the \(included.ids.count) ids of suite \(included.name), scored by its verifiers")
        }
        lines.append("")
        for type in suite.ownTypes.sorted(by: { PythonOrdering.lessThan($0.id, $1.id) }) {
            let description = type.description
            let names = description.arguments.isEmpty ? "(no arguments)" : description.argumentNames.joined(separator: ", ")
            // Padded to a column, never cut (`padding(toLength:)` truncates longer ids).
            lines.append(description.id + String(repeating: " ", count: max(0, 46 - description.id.unicodeScalars.count)) + " " + names)
            lines.append("    " + description.summary)
            for argument in description.arguments {
                var line = "    - " + argument.summary
                if let mention = mentionText(argument.promptStates) { line += "; the prompt must state " + mention }
                lines.append(line)
            }
            var conflicts = Set(description.conflicts)
            for other in suite.types where other.description.conflicts.contains(description.id) { conflicts.insert(other.id) }
            if !conflicts.isEmpty {
                lines.append("    conflicts with " + conflicts.sorted(by: PythonOrdering.lessThan).joined(separator: ", "))
            }
            if let allowed = description.combinesOnlyWith {
                lines.append("    shapes the whole answer: combines only with " + (allowed.isEmpty ? "nothing" : allowed.joined(separator: ", ")))
            }
            if case let .failureIsFinal(condition) = description.looseVariants {
                lines.append("    a failure is final on the loose variants" + (condition.map { " when " + $0 } ?? ""))
            } else if description.looseVariants == .failureIsFinalOnParts {
                lines.append("    a failure is final on the loose variants that keep the `*`")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func mentionText(_ mention: PromptMention) -> String? {
        switch mention {
        case .nothing: return nil
        case .number: return "it (as digits or in words)"
        case .numberOrOrdinal: return "it (as a number or an ordinal)"
        case .phrase: return "it (case-insensitively)"
        case .letter: return "the letter"
        case .languageName: return "the language's English name"
        case .verbatim: return "it word for word"
        }
    }

    /// Every example of the suite's own types: kwargs, prompt, response, the expected
    /// verdict and ours (null when the kwargs do not build).
    public static func examplesJSON(_ suite: Suite, analyzers: TextAnalyzers) -> JSONValue {
        let context = VerificationContext(analyzers: analyzers)
        var entries: [JSONValue] = []
        for type in suite.ownTypes {
            for example in type.description.examples {
                var verdict: JSONValue = .null
                if let kwargs = try? JSONParser.parse(example.kwargs).objectMembers,
                   let verifier = try? suite.makeVerifier(id: type.id, kwargs: kwargs, prompt: example.prompt) {
                    verdict = .bool(verifier.check(example.response, context: context).followed)
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
        return .array(entries)
    }
}
