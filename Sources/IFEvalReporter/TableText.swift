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

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    static func csvLine(_ fields: [String]) -> String { fields.map(csvField).joined(separator: ",") + "\n" }

    /// A Markdown table cell: pipes escaped, line breaks flattened.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
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
