@testable import IFEvalEngine

/// The suites the generic verifier tests run over: those that ship with the engine, plus
/// a test-only suite registered the way a program embedding the engine registers its own.
enum TestSuites {
    /// A test-only suite: its own types (one line each), and IFEval's accepted too.
    static let toy = Suite(
        name: "toy",
        summary: "test-only instruction types",
        types: [
            ExclamationCount.self,
        ],
        including: [.ifeval],
        kwargsPolicy: .dropNull,
        headlineMetric: .promptLevelLoose
    )

    static let registry = SuiteRegistry.standard.adding(toy)

    /// Every type of every suite, once, with the suite it belongs to.
    static var allTypes: [(suite: Suite, type: any Verifier.Type)] {
        registry.suites.flatMap { suite in suite.ownTypes.map { (suite, $0) } }
    }
}
