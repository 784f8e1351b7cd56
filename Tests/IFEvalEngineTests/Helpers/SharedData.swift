import Foundation

/// The reference data in `../shared/` beside the project, when it is there.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // IFEvalEngineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("ifeval/input_data.jsonl").path)
    }

    static let skipMessage = "../shared is absent: the parity tests against the official results are skipped (clone the project next to its shared/ folder to run them)"

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
