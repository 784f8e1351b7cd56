/// Writes JSON text: UTF-8, `": "` and `", "` separators as Python's `json.dumps`
/// writes them, non-ASCII characters as they are. Works on bytes, since result files
/// hold every response.
public enum JSONWriter {
    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .number(n): out.append(contentsOf: n.text.utf8)
        case let .string(s): writeString(s, into: &out)
        case let .array(elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for (i, (name, member)) in members.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                writeString(name, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(member, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    public static func write(_ value: JSONValue, into out: inout String) {
        out += string(value)
    }

    public static func string(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        s.withUTF8Bytes { bytes in
            // Most strings written one by one are short and need no escape (ids, reasons).
            if JSONByteScan.nextSpecial(in: bytes, from: 0) == bytes.count {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
            } else {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 2) { buffer in
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<escape(bytes, into: buffer.baseAddress!)]))
                }
            }
        }
    }

    /// Calls `body` with `s` as a JSON string literal (quotes included) in UTF-8, in a
    /// temporary buffer: for text written more than once (a response goes to both result
    /// files) without keeping a copy.
    public static func withEscaped<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        return s.withUTF8Bytes { bytes in
            // An escape is at most six bytes for one: one pass, no counting first.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 2) { buffer in
                let count = escape(bytes, into: buffer.baseAddress!)
                return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// Writes `bytes` as a JSON string literal to `out`, which has room for
    /// `bytes.count * 6 + 2` bytes; returns the number written.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        out[n] = UInt8(ascii: "\"")
        n += 1
        var runStart = 0
        while true {
            let i = JSONByteScan.nextSpecial(in: bytes, from: runStart)
            let run = i - runStart
            if run > 0 {
                (out + n).update(from: bytes.baseAddress! + runStart, count: run)
                n += run
            }
            guard i < bytes.count else { break }
            let byte = bytes[i]
            out[n] = UInt8(ascii: "\\")
            if byte == 0x22 || byte == 0x5C {
                out[n + 1] = byte
                n += 2
            } else if case let short = shortEscape(byte), short != 0 {
                out[n + 1] = short
                n += 2
            } else {
                let hex: StaticString = "0123456789abcdef"
                out[n + 1] = UInt8(ascii: "u")
                out[n + 2] = UInt8(ascii: "0")
                out[n + 3] = UInt8(ascii: "0")
                out[n + 4] = hex.utf8Start[Int(byte >> 4)]
                out[n + 5] = hex.utf8Start[Int(byte & 0xF)]
                n += 6
            }
            runStart = i + 1
        }
        out[n] = UInt8(ascii: "\"")
        return n + 1
    }

    /// The letter of a control character's two-byte escape (`\n`...), or 0 for `\u00XX`.
    @inline(__always)
    private static func shortEscape(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x09: return UInt8(ascii: "t")
        case 0x08: return UInt8(ascii: "b")
        case 0x0C: return UInt8(ascii: "f")
        default: return 0
        }
    }
}
