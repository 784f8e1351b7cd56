/// `unicodedata` as CPython 3.11 has it (Unicode 14.0), for what IFBench calls:
/// `unicodedata.normalize('NFKD', s)` (and 'NFD', which costs nothing more). The
/// decompositions and combining classes are CPython's own (generated), never the Swift
/// runtime's, whose Unicode is newer. NFC and NFKC are not provided: no IFBench
/// verifier composes.
public enum PythonUnicodeData {
    public enum DecompositionForm: Sendable {
        /// 'NFD': canonical decomposition.
        case nfd
        /// 'NFKD': compatibility decomposition.
        case nfkd
    }

    /// `unicodedata.normalize('NFD' | 'NFKD', s)`: every code point fully decomposed,
    /// then each run of non-starters stably sorted by canonical combining class.
    public static func normalize(_ form: DecompositionForm, _ s: String) -> String {
        let table = form == .nfd ? canonical : compatibility
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0xA0 {
                out.append(scalar)
            } else if v >= 0xAC00 && v <= 0xD7A3 {
                let index = v - 0xAC00
                out.append(Unicode.Scalar(0x1100 + index / 588)!)
                out.append(Unicode.Scalar(0x1161 + (index % 588) / 28)!)
                if index % 28 != 0 { out.append(Unicode.Scalar(0x11A7 + index % 28)!) }
            } else if let mapped = table[v] {
                out.append(contentsOf: mapped)
            } else {
                out.append(scalar)
            }
        }
        reorder(&out)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: out)
        return String(text)
    }

    /// IFBench's `normalize_text`: `unicodedata.normalize('NFKD', s).encode('ASCII',
    /// 'ignore').decode('ASCII')`, the NFKD form without its non-ASCII code points.
    /// ASCII code points are their own decomposition and never combine (class 0), so the
    /// canonical reordering, which moves only combining marks, cannot move them: each code
    /// point contributes the ASCII part of its own decomposition, in order.
    public static func nfkdASCII(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { b -> String? in
            guard let firstNonASCII = b.firstIndex(where: { $0 >= 0x80 }) else { return nil }
            // On the UTF-8 bytes: ASCII bytes are kept, every other character gives the
            // ASCII parts of its decomposition (the output is ASCII).
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            out.append(contentsOf: b[..<firstNonASCII])
            var i = firstNonASCII
            while i < b.count {
                let b0 = b[i]
                if b0 < 0x80 {
                    out.append(b0)
                    i += 1
                    continue
                }
                let length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                var v = UInt32(b0 & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
                for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                i += length
                if v >= 0xA0 && !(v >= 0xAC00 && v <= 0xD7A3), let mapped = compatibility[v] {
                    for part in mapped where part.isASCII { out.append(UInt8(part.value)) }
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// `unicodedata.combining(ch)`: the canonical combining class.
    public static func combiningClass(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 0 }
        var low = 0, high = combiningRanges.count
        while low < high {
            let mid = (low + high) / 2
            if combiningRanges[mid].first <= v { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return 0 }
        let range = combiningRanges[low - 1]
        return v <= range.last ? Int(range.ccc) : 0
    }

    /// The canonical ordering algorithm: stable sort of each run of non-starters.
    private static func reorder(_ scalars: inout [Unicode.Scalar]) {
        var i = 0
        while i < scalars.count {
            guard combiningClass(scalars[i]) != 0 else { i += 1; continue }
            var end = i
            while end < scalars.count && combiningClass(scalars[end]) != 0 { end += 1 }
            if end - i > 1 {
                let run = scalars[i..<end].enumerated().sorted {
                    let a = combiningClass($0.element), b = combiningClass($1.element)
                    return a != b ? a < b : $0.offset < $1.offset
                }
                scalars.replaceSubrange(i..<end, with: run.map(\.element))
            }
            i = end
        }
    }

    private static let canonical = decompositions(TableData.canonical)
    private static let compatibility = decompositions(TableData.compatibility)

    private static let combiningRanges: [(first: UInt32, last: UInt32, ccc: UInt8)] = {
        entries(TableData.combiningClasses).map { key, value in
            let bounds = key.split(separator: "-").map { UInt32($0, radix: 16)! }
            return (bounds[0], bounds.last!, UInt8(value)!)
        }
    }()

    /// The "key:value value;" entries of a decomposition table (hexadecimal), read byte by
    /// byte (a tenth of the cost of splitting strings: the compatibility table is built at
    /// the first NFKD of a run).
    static func decompositions(_ data: StaticString) -> [UInt32: [Unicode.Scalar]] {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        var key: UInt32 = 0
        var value: UInt32 = 0
        var values: [Unicode.Scalar] = []
        var inValue = false
        let bytes = UnsafeBufferPointer(start: data.utf8Start, count: data.utf8CodeUnitCount)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0")); inValue = true
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10); inValue = true
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(byte - UInt8(ascii: "a") + 10); inValue = true
            case UInt8(ascii: ":"):
                key = value
                value = 0
                inValue = false
            default:
                if inValue { values.append(Unicode.Scalar(value)!) }
                value = 0
                inValue = false
                if byte == UInt8(ascii: ";") {
                    table[key] = values
                    values.removeAll(keepingCapacity: true)
                }
            }
        }
        if inValue { values.append(Unicode.Scalar(value)!) }
        if !values.isEmpty { table[key] = values }
        return table
    }

    /// `decompositions` by splitting strings (the reference its tests compare with).
    static func decompositionsBySplitting(_ data: StaticString) -> [UInt32: [Unicode.Scalar]] {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for (key, value) in entries(data) {
            table[UInt32(key, radix: 16)!] = value.split(separator: " ").map { Unicode.Scalar(UInt32($0, radix: 16)!)! }
        }
        return table
    }

    /// The "key:value;" entries of a generated table.
    private static func entries(_ data: StaticString) -> [(Substring, Substring)] {
        let text = String(decoding: UnsafeBufferPointer(start: data.utf8Start, count: data.utf8CodeUnitCount), as: UTF8.self)
        return text.split(separator: ";").map { entry in
            let colon = entry.firstIndex(of: ":")!
            return (entry[..<colon], entry[entry.index(after: colon)...])
        }
    }
}
