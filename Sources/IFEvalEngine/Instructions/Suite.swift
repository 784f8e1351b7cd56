/// A benchmark's set of instruction types (IFEval's 25, say) with the rules its official
/// implementation scores by: which kwargs reach the verifiers, how ids group into report
/// categories, and which accuracy is its headline.
///
/// Adding a suite means a folder of verifier files (`Verifiers/<Suite>/`), a file there
/// that defines the suite (see `Verifiers/IFEval/IFEvalSuite.swift`), and one entry in
/// `SuiteRegistry.standard`. A program embedding the engine can make its own `Suite` of
/// its own types and score with `SuiteRegistry.standard.adding(mySuite)`.
///
/// Immutable; a class so that the prompts of a large set share one suite by reference.
public final class Suite: Sendable {
    public let name: String
    /// One line for people.
    public let summary: String
    /// The types that belong to this suite, in listing order.
    public let ownTypes: [any Verifier.Type]
    /// Suites whose types this one also accepts (IFBench's prompt sets may hold IFEval's
    /// 25 ids, scored by IFEval's verifiers under IFBench's rules).
    public let includedSuites: [Suite]
    /// Which kwargs reach the verifiers.
    public let kwargsPolicy: KwargsPolicy
    /// The accuracy the benchmark reports first.
    public let headlineMetric: Metric
    /// How ids group into report categories.
    public let categories: CategoryRule
    /// The NLTK flavour of the official results: which tokenizers and word counter the
    /// suite's prompts are checked with (an included suite's ids get this suite's).
    public let textAnalysis: TextAnalysisFlavor

    let typesByID: [String: any Verifier.Type]
    private let conflictPairs: Set<IDPair>
    /// Each id's declared conflicts, both ways.
    private let conflictsByID: [String: Set<String>]
    private let exclusive: [String: Set<String>]

    private struct IDPair: Hashable {
        let a: String
        let b: String
    }

    /// Makes a suite. An id defined twice (in `types` or in an included suite) is a
    /// programming error: this traps.
    public init(name: String, summary: String, types: [any Verifier.Type], including includedSuites: [Suite] = [],
                kwargsPolicy: KwargsPolicy, headlineMetric: Metric, categories: CategoryRule = .idPrefix,
                textAnalysis: TextAnalysisFlavor = .nltk3_10) {
        self.name = name
        self.textAnalysis = textAnalysis
        self.summary = summary
        self.ownTypes = types
        self.includedSuites = includedSuites
        self.kwargsPolicy = kwargsPolicy
        self.headlineMetric = headlineMetric
        self.categories = categories
        var typesByID: [String: any Verifier.Type] = [:]
        for type in includedSuites.flatMap(\.types) + types {
            if let existing = typesByID[type.id] {
                precondition(ObjectIdentifier(existing) == ObjectIdentifier(type), "suite \(name): the id \(type.id) is defined twice")
            }
            typesByID[type.id] = type
        }
        self.typesByID = typesByID
        var pairs = Set<IDPair>()
        var conflictsByID: [String: Set<String>] = [:]
        var exclusive: [String: Set<String>] = [:]
        for type in typesByID.values {
            let description = type.description
            for other in description.conflicts {
                pairs.insert(IDPair(a: description.id, b: other))
                pairs.insert(IDPair(a: other, b: description.id))
                conflictsByID[description.id, default: []].insert(other)
                conflictsByID[other, default: []].insert(description.id)
            }
            if let allowed = description.combinesOnlyWith { exclusive[description.id] = Set(allowed) }
        }
        self.conflictPairs = pairs
        self.conflictsByID = conflictsByID
        self.exclusive = exclusive
    }

    /// Every type the suite accepts: those of the included suites, then its own.
    public var types: [any Verifier.Type] {
        var seen = Set<String>()
        return (includedSuites.flatMap(\.types) + ownTypes).filter { seen.insert($0.id).inserted }
    }

    /// The ids the suite accepts, sorted.
    public var ids: [String] { typesByID.keys.sorted() }

    public func accepts(_ id: String) -> Bool { typesByID[id] != nil }

    public func verifierType(for id: String) -> (any Verifier.Type)? { typesByID[id] }

    /// Builds the verifier for one instruction of a prompt, validating its kwargs.
    public func makeVerifier(id: String, kwargs: [(String, JSONValue)], prompt: String,
                             patterns: PythonRegexCache? = nil) throws(InstructionError) -> any Verifier {
        guard let type = typesByID[id] else { throw InstructionError.unknownInstruction(id, knownIDs: ids) }
        let arguments = InstructionArguments(instructionID: id, kwargs: kwargs, prompt: prompt, policy: kwargsPolicy, patterns: patterns)
        let names = type.description.argumentNames
        for name in arguments.values.keys.sorted() where !names.contains(name) {
            let accepted = names.isEmpty ? "it takes no arguments" : "it takes " + names.joined(separator: ", ")
            throw InstructionError(instructionID: id, message: "unexpected argument '\(name)'; \(accepted)")
        }
        return try type.init(arguments: arguments)
    }

    /// Whether two instructions may not appear in one prompt (an id conflicts with
    /// itself), from the `conflicts` and `combinesOnlyWith` of the descriptions.
    public func conflict(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let allowed = exclusive[a], !allowed.contains(b) { return true }
        if let allowed = exclusive[b], !allowed.contains(a) { return true }
        return conflictPairs.contains(IDPair(a: a, b: b))
    }

    /// The pairs `(i, j)`, `i < j`, of distinct ids that `conflict` says may not appear
    /// together, in that order; in time linear in the number of ids (each id's declared
    /// partners are looked up, not every pair tried), for prompts with thousands of them.
    public func conflictingPairs(amongDistinct ids: [String]) -> [(Int, Int)] {
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        let exclusiveIndices = ids.indices.filter { exclusive[ids[$0]] != nil }
        var pairs: [(Int, Int)] = []
        for (i, id) in ids.enumerated() {
            var partners = Set<Int>()
            for other in conflictsByID[id] ?? [] { if let j = index[other], j > i { partners.insert(j) } }
            if let allowed = exclusive[id] {
                for j in (i + 1)..<ids.count where !allowed.contains(ids[j]) { partners.insert(j) }
            }
            for j in exclusiveIndices where j > i && !exclusive[ids[j]]!.contains(id) { partners.insert(j) }
            pairs += partners.sorted().map { (i, $0) }
        }
        return pairs
    }

    /// The report category of an id.
    public func category(of id: String) -> String { categories.category(of: id) }

    /// Whether verifiers built by `other` are those this suite builds for the same ids
    /// and kwargs and checks them alike: the same policy, the same text analysis and the
    /// same type for each of its ids.
    func buildsLike(_ other: Suite) -> Bool {
        guard kwargsPolicy == other.kwargsPolicy, textAnalysis == other.textAnalysis else { return false }
        return other.typesByID.allSatisfy { id, type in typesByID[id].map { ObjectIdentifier($0) == ObjectIdentifier(type) } ?? false }
    }
}

/// Which kwargs values reach a verifier; the official implementations differ.
public enum KwargsPolicy: String, Sendable, Equatable {
    /// IFEval: `{k: v for k, v in kwargs.items() if v}` drops `None`, `False`, `0`, `""`,
    /// `[]` and `{}`.
    case dropFalsy = "Python-falsy values dropped"
    /// IFBench (strict pass): only `None` values are dropped.
    case dropNull = "null values dropped"
    /// M-IFEval: the kwargs as given.
    case asGiven = "kwargs passed as given"

    @inline(__always)
    public func keeps(_ value: JSONValue) -> Bool {
        switch self {
        case .dropFalsy: return value.isTruthy
        case .dropNull: return !value.isNull
        case .asGiven: return true
        }
    }
}

/// The four accuracies of a run, by the names lm-eval and `summary.json` give them.
public enum Metric: String, Sendable, CaseIterable {
    case promptLevelStrict = "prompt_level_strict_acc"
    case instructionLevelStrict = "inst_level_strict_acc"
    case promptLevelLoose = "prompt_level_loose_acc"
    case instructionLevelLoose = "inst_level_loose_acc"

    /// Prompt-level metrics count a prompt as followed when all its instructions are.
    public var isPromptLevel: Bool { self == .promptLevelStrict || self == .promptLevelLoose }
    public var isStrict: Bool { self == .promptLevelStrict || self == .instructionLevelStrict }

    /// A short column heading for tables people read.
    public var heading: String {
        switch self {
        case .promptLevelStrict: return "Prompt strict"
        case .instructionLevelStrict: return "Instruction strict"
        case .promptLevelLoose: return "Prompt loose"
        case .instructionLevelLoose: return "Instruction loose"
        }
    }

    /// Every name, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How instruction ids group into report categories.
public enum CategoryRule: Sendable, Equatable {
    /// The part of the id before the first `:` (`"keywords:existence"` → `"keywords"`),
    /// as the official IFEval report groups them.
    case idPrefix
    /// Named categories; an id not listed falls back to its prefix.
    case table([String: String])

    public func category(of id: String) -> String {
        if case let .table(table) = self, let category = table[id] { return category }
        return String(id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
    }
}
