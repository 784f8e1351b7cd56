import Foundation

/// Small text helpers shared by the reporter's renderers.
enum TableText {
    /// An accuracy as a percentage with `digits` decimals: 0.79074 → "79.07".
    static func percent(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value * 100)
        // "-0.00" reads as a loss where there is none.
        return Double(text) == 0 ? String(format: "%.\(digits)f", 0.0) : text
    }

    /// A signed percentage-point difference: "+1.25", "-0.40", "0.00".
    static func signedPoints(_ value: Double, digits: Int = 2) -> String {
        let text = percent(value, digits: digits)
        return text.hasPrefix("-") || Double(text) == 0 ? text : "+" + text
    }

    /// A CSV field, quoted when it holds a comma, quote, LF or CR (RFC 4180; checked
    /// scalar by scalar, so that a CR LF pair counts too). A field that a spreadsheet would
    /// run as a formula (it starts with `=`, `+`, `-`, `@`, tab or CR, and is not a
    /// number) gets a leading `'`, as OWASP recommends against CSV injection.
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        if text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    static func csvLine(_ fields: [String]) -> String { fields.map(csvField).joined(separator: ",") + "\n" }

    /// A Markdown table cell: pipes escaped, line breaks (LF, CR, CR LF) flattened,
    /// control characters shown escaped, and outside code spans `&`, `<` and `>` written
    /// as entities, so that a model name cannot carry raw HTML into a rendered page.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        let codeSpan = text.hasPrefix("`") && text.hasSuffix("`") && text.count >= 2
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "|": out += "\\|"
            case "\n": if !previousWasCR { out += " " }
            case "\r": out += " "
            case "&" where !codeSpan: out += "&amp;"
            case "<" where !codeSpan: out += "&lt;"
            case ">" where !codeSpan: out += "&gt;"
            default:
                if TerminalText.needsEscape(scalar) {
                    out += TerminalText.visible(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func markdownTable(header: [String], alignRight: Set<Int> = [], rows: [[String]]) -> String {
        var out = "| " + header.map(markdownCell).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { alignRight.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map(markdownCell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// Plain-text columns, padded; columns in `alignRight` are right-aligned.
    static func columns(_ rows: [[String]], alignRight: Set<Int> = []) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return alignRight.contains(i) ? pad + cell : (i == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func htmlEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Text bound for a terminal: control characters (C0 but line feed and tab, DEL, C1) are
/// shown as `\u001B`, so that a model name or a response cannot move the cursor, change
/// the window title or clear the screen.
public enum TerminalText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
    }
}
