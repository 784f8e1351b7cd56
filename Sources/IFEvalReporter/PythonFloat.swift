/// Formats a `Double` as Python's `repr`/`str` does (shortest round-trip digits;
/// `1.0`, `0.1`, `1e-05`), which is what the official report prints.
enum PythonFloat {
    static func repr(_ value: Double) -> String {
        // Swift's description uses the same shortest round-trip digits and, in the range
        // of accuracies, the same switch to exponent notation below 1e-4.
        var text = value.description
        if text.hasSuffix(".0") && text.contains("e") { text.removeLast(2) }
        return text
    }
}
