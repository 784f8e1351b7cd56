/// The suites a run may score with, by name. A value, not global state: pass
/// `.standard` (the suites that ship with the engine) or `.standard.adding(yourSuite)`
/// to the readers, the validator and `ScoringRun`.
public struct SuiteRegistry: Sendable {
    /// In registration order (which breaks ties when a prompt set implies its suite).
    public let suites: [Suite]

    /// Makes a registry; two suites with one name are a programming error (this traps).
    public init(_ suites: [Suite]) {
        var names = Set<String>()
        for suite in suites { precondition(names.insert(suite.name).inserted, "two suites are named \(suite.name)") }
        self.suites = suites
    }

    /// The suites that ship with the engine: one line per suite.
    public static let standard = SuiteRegistry([
        .ifeval,
        .ifbench,
        .mifevalJa,
    ])

    /// This registry with one more suite.
    public func adding(_ suite: Suite) -> SuiteRegistry { SuiteRegistry(suites + [suite]) }

    public func suite(named name: String) -> Suite? { suites.first { $0.name == name } }

    public var names: [String] { suites.map(\.name) }

    /// Every id some suite accepts, sorted.
    public var ids: [String] { Array(Set(suites.flatMap(\.ids))).sorted() }

    /// The suite a prompt set implies from its instruction ids: the suite that accepts all
    /// of them; where several do, the one that accepts the fewest ids (a set of IFEval ids
    /// only is IFEval, though a suite including IFEval accepts them too); ties go to the
    /// suite registered first. Nil when no suite accepts them all.
    public func impliedSuite(for ids: some Collection<String>) -> Suite? {
        var best: Suite?
        for suite in suites where ids.allSatisfy(suite.accepts) {
            if best == nil || suite.typesByID.count < best!.typesByID.count { best = suite }
        }
        return best
    }

    /// The suite to build one prompt's verifiers with when the set's suite is not known
    /// yet: the implied suite of its ids, or else the suite that accepts most of them (so
    /// that its errors come in instruction order, the first unknown id named).
    func suiteForRecord(_ ids: [String]) -> Suite {
        if let suite = impliedSuite(for: ids) { return suite }
        var best = suites[0]
        var bestCount = -1
        for suite in suites {
            let count = ids.count(where: suite.accepts)
            if count > bestCount || (count == bestCount && suite.typesByID.count < best.typesByID.count) {
                best = suite
                bestCount = count
            }
        }
        return best
    }

    /// Why no suite accepts all of `ids` when each is known to some suite (the ids come
    /// from suites none of which includes the others); nil otherwise (an unknown id is
    /// reported with its prompt).
    public func mixedSuitesProblem(for ids: some Collection<String>) -> String? {
        guard impliedSuite(for: ids) == nil, ids.allSatisfy({ id in suites.contains { $0.accepts(id) } }) else { return nil }
        let homes = Set(ids.compactMap { id in suites.first { $0.accepts(id) }?.name }).sorted()
        return "no suite holds all of the prompt set's instruction ids (they come from suites \(homes.joined(separator: ", ")))"
    }
}

/// Which suite scores a prompt set: one given by name, or the one its ids imply.
public enum SuiteSelection: Sendable {
    case fixed(Suite)
    case implied(by: SuiteRegistry)

    /// The suites that ship with the engine, the suite implied by the ids.
    public static let standard = SuiteSelection.implied(by: .standard)

    /// A suite by name from `registry`, or the implied one when `name` is nil; nil when
    /// there is no suite of that name.
    public static func named(_ name: String?, in registry: SuiteRegistry) -> SuiteSelection? {
        guard let name else { return .implied(by: registry) }
        return registry.suite(named: name).map { .fixed($0) }
    }

    /// The suite to build one prompt's verifiers with while reading.
    func suiteForRecord(_ ids: [String]) -> Suite {
        switch self {
        case let .fixed(suite): return suite
        case let .implied(registry): return registry.suiteForRecord(ids)
        }
    }

    /// The suite of a whole prompt set, given every id it uses; nil when none holds them all.
    public func suite(for ids: some Collection<String>) -> Suite? {
        switch self {
        case let .fixed(suite): return suite
        case let .implied(registry): return registry.impliedSuite(for: ids)
        }
    }

    /// For messages: why `suite(for:)` found none, when the prompts alone do not say it.
    public func mixedSuitesProblem(for ids: some Collection<String>) -> String? {
        switch self {
        case .fixed: return nil
        case let .implied(registry): return registry.mixedSuitesProblem(for: ids)
        }
    }
}
