extension PythonRegex {
    /// Whether `pattern` has no regular-expression syntax, so that it matches itself
    /// literally and a plain scanner can stand in for the regex engine.
    public static func isLiteral(_ pattern: String) -> Bool {
        !pattern.unicodeScalars.contains { scalar in
            switch scalar {
            case ".", "^", "$", "*", "+", "?", "{", "}", "[", "]", "\\", "|", "(", ")": return true
            default: return false
            }
        }
    }
}
