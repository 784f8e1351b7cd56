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
        var copy = s
        copy.withUTF8 { bytes in
            // Short strings (names, ids) are appended as they are when nothing needs escaping.
            if bytes.count <= 64 && JSONByteScan.nextSpecial(in: bytes, from: 0) == bytes.count {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: escaped(bytes))
            }
        }
    }

    /// `s` as a JSON string literal (quotes included), as UTF-8 bytes; for text written
    /// more than once (a response goes to both result files).
    public static func escapedString(_ s: String) -> [UInt8] {
        var copy = s
        return copy.withUTF8(escaped)
    }

    /// Counts the escaped length first, then writes into an array of exactly that size:
    /// no capacity check per run or per escape (responses escape a byte every ~40).
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var length = bytes.count + 2
        var i = JSONByteScan.nextSpecial(in: bytes, from: 0)
        while i < bytes.count {
            let byte = bytes[i]
            length += byte == 0x22 || byte == 0x5C || shortEscape(byte) != 0 ? 1 : 5
            i = JSONByteScan.nextSpecial(in: bytes, from: i + 1)
        }
        return [UInt8](unsafeUninitializedCapacity: length) { output, written in
            let out = output.baseAddress!
            var n = 0
            out[n] = UInt8(ascii: "\"")
            n += 1
            var runStart = 0
            var i = JSONByteScan.nextSpecial(in: bytes, from: 0)
            while true {
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
                i = JSONByteScan.nextSpecial(in: bytes, from: runStart)
            }
            out[n] = UInt8(ascii: "\"")
            n += 1
            precondition(n == length, "escaped length miscounted")
            written = n
        }
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
