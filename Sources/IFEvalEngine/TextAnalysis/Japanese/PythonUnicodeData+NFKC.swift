/// `unicodedata.normalize('NFKC', s)` as CPython 3.11 has it (Unicode 14.0): the NFKD form
/// of this module's generated tables, then canonical composition with CPython's primary
/// composites (`Scripts/generate_unicodedata_composition.py`). Never Foundation's, which
/// follows the runtime's newer Unicode.
extension PythonUnicodeData {
    /// `unicodedata.normalize('NFKC', s)`.
    public static func nfkc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        let decomposed = Array(normalize(.nfkd, s).unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: compose(decomposed))
        return String(out)
    }

    /// The canonical composition algorithm (UAX #15) on a decomposed, reordered text.
    static func compose(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var starter: Int?
        var lastClass = 0
        for scalar in scalars {
            let ccc = combiningClass(scalar)
            if let s = starter {
                let adjacent = result.count == s + 1
                if adjacent || (lastClass != 0 && lastClass < ccc), let composite = composite(result[s], scalar) {
                    result[s] = composite
                    continue
                }
            }
            if ccc == 0 { starter = result.count }
            lastClass = ccc
            result.append(scalar)
        }
        return result
    }

    /// The primary composite of two code points, if any (Hangul by algorithm).
    static func composite(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        let a = first.value, b = second.value
        if a >= 0x1100 && a <= 0x1112 && b >= 0x1161 && b <= 0x1175 {
            return Unicode.Scalar(0xAC00 + ((a - 0x1100) * 21 + (b - 0x1161)) * 28)
        }
        if a >= 0xAC00 && a <= 0xD7A3 && (a - 0xAC00) % 28 == 0 && b >= 0x11A8 && b <= 0x11C2 {
            return Unicode.Scalar(a + (b - 0x11A7))
        }
        return compositions[UInt64(a) << 32 | UInt64(b)].flatMap(Unicode.Scalar.init)
    }

    private static let compositions: [UInt64: UInt32] = {
        let data = CompositionData.pairs
        let text = String(decoding: UnsafeBufferPointer(start: data.utf8Start, count: data.utf8CodeUnitCount), as: UTF8.self)
        var table: [UInt64: UInt32] = [:]
        for entry in text.split(separator: ";") {
            let halves = entry.split(separator: ":")
            let pair = halves[0].split(separator: " ").map { UInt64($0, radix: 16)! }
            table[pair[0] << 32 | pair[1]] = UInt32(halves[1], radix: 16)!
        }
        return table
    }()
}
