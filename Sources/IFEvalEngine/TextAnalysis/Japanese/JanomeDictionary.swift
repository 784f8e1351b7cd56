/// janome 0.5.0's IPADIC system dictionary, decoded from the generated base64 parts
/// (`JanomeDictionary+Data0...3.swift`, made by `Scripts/janome/convert_ipadic.py`; the
/// layout is described there). Decoded once, on first use of `shared`.
final class JanomeDictionary: Sendable {
    /// One character category of char.def with its unk.def rows.
    struct Category: Sendable {
        let name: String
        /// INVOKE: try unknown words even where a dictionary word starts.
        let invokeAlways: Bool
        /// GROUP: take the longest run of the category (up to the chunk).
        let group: Bool
        /// LENGTH (janome adds up to this many characters after the first).
        let length: Int
        let unknowns: [Unknown]
    }

    struct Unknown: Sendable {
        let leftId: Int
        let rightId: Int
        let cost: Int
        let posIndex: Int
    }

    /// janome's `get_char_categories(c)`: the categories in dict order, and the categories
    /// a run of any of them may continue with (the categories and their compatible ones).
    struct CharClass: Sendable {
        let categories: [UInt8]
        let continuesMask: UInt32
    }

    let posStrings: [String]
    let posOfId: [UInt16]
    let idCount: Int
    /// `connections[right][left]`, row-major.
    let connections: [Int16]
    /// Offsets of each sorted surface in `chars` (count + 1).
    let surfaceStart: [Int32]
    let chars: [UInt16]
    /// Offsets of each surface's entries (count + 1).
    let entryStart: [Int32]
    let entryNum: [Int32]
    let entryId: [UInt16]
    let entryCost: [Int16]
    /// The range of surfaces starting with each BMP code point (lower, upper).
    let firstCharRange: [Int32]
    let categories: [Category]
    let charClasses: [CharClass]
    /// Index into `charClasses` per code point below `charClassTable.count`; others use
    /// `defaultClass`.
    let charClassTable: [UInt16]
    let defaultClass: Int

    static let shared = JanomeDictionary()

    @inline(__always)
    func charClass(_ scalar: UInt32) -> Int {
        scalar < UInt32(charClassTable.count) ? Int(charClassTable[Int(scalar)]) : defaultClass
    }

    @inline(__always)
    func transitionCost(right: Int, left: Int) -> Int {
        Int(connections[right &* idCount &+ left])
    }

    private init() {
        var data: [UInt8] = []
        data.reserveCapacity(9_700_000)
        for part in [Self.base64Part0, Self.base64Part1, Self.base64Part2, Self.base64Part3] {
            part.withUTF8Buffer { DictionaryBase64.decode($0, into: &data) }
        }
        var reader = ByteReader(bytes: data)
        precondition(reader.bytes(4) == Array("JNM1".utf8), "janome dictionary: bad magic")

        let posCount = reader.u32()
        var posStrings: [String] = []
        for _ in 0..<posCount {
            let length = Int(reader.u16())
            posStrings.append(String(decoding: reader.bytes(length), as: UTF8.self))
        }
        self.posStrings = posStrings
        let ids = reader.u32()
        idCount = ids
        posOfId = reader.u16Array(ids)
        connections = reader.i16Array(ids * ids)

        let surfaceCount = reader.u32()
        let charCount = reader.u32()
        let lengths = reader.bytes(surfaceCount)
        let entryCounts = reader.bytes(surfaceCount)
        chars = reader.u16Array(charCount)
        var surfaceStart = [Int32](repeating: 0, count: surfaceCount + 1)
        var entryStart = [Int32](repeating: 0, count: surfaceCount + 1)
        for i in 0..<surfaceCount {
            surfaceStart[i + 1] = surfaceStart[i] + Int32(lengths[i])
            entryStart[i + 1] = entryStart[i] + Int32(entryCounts[i])
        }
        self.surfaceStart = surfaceStart
        self.entryStart = entryStart
        let entryCount = Int(entryStart[surfaceCount])
        var entryNum = [Int32](repeating: 0, count: entryCount)
        var entryId = [UInt16](repeating: 0, count: entryCount)
        var entryCost = [Int16](repeating: 0, count: entryCount)
        for i in 0..<entryCount {
            entryNum[i] = Int32(reader.u32())
            entryId[i] = UInt16(reader.u16())
            entryCost[i] = Int16(bitPattern: UInt16(reader.u16()))
        }
        self.entryNum = entryNum
        self.entryId = entryId
        self.entryCost = entryCost

        var firstCharRange = [Int32](repeating: 0, count: 0x10000 * 2)
        var i = 0
        let chars = self.chars
        while i < surfaceCount {
            let first = Int(chars[Int(surfaceStart[i])])
            var j = i + 1
            while j < surfaceCount, Int(chars[Int(surfaceStart[j])]) == first { j += 1 }
            firstCharRange[first * 2] = Int32(i)
            firstCharRange[first * 2 + 1] = Int32(j)
            i = j
        }
        self.firstCharRange = firstCharRange

        let categoryCount = reader.u32()
        var categories: [Category] = []
        for _ in 0..<categoryCount {
            let name = String(decoding: reader.bytes(Int(reader.u8())), as: UTF8.self)
            let invoke = reader.u8() != 0
            let group = reader.u8() != 0
            let length = Int(Int32(bitPattern: UInt32(reader.u32())))
            var unknowns: [Unknown] = []
            for _ in 0..<reader.u16() {
                let left = reader.u16(), right = reader.u16()
                let cost = Int(Int16(bitPattern: UInt16(reader.u16())))
                unknowns.append(Unknown(leftId: left, rightId: right, cost: cost, posIndex: reader.u16()))
            }
            categories.append(Category(name: name, invokeAlways: invoke, group: group, length: length, unknowns: unknowns))
        }
        precondition(categories.count <= 32, "janome dictionary: too many character categories")
        self.categories = categories

        // char.def ranges applied in order: a category keeps its first position in the
        // result and takes the compatible categories of its last range (Python dict
        // semantics). The distinct results are interned.
        typealias Signature = [(category: UInt8, compatible: [UInt8])]
        var signatures: [Signature] = [[]]
        var transitions: [Int: UInt16] = [:]
        let rangeCount = reader.u32()
        var ranges: [(from: Int, to: Int, category: UInt8, compatible: [UInt8])] = []
        var maxScalar = 0
        for _ in 0..<rangeCount {
            let from = reader.u32(), to = reader.u32()
            let category = UInt8(reader.u8())
            let compatible = reader.bytes(reader.u8())
            ranges.append((from, to, category, compatible))
            maxScalar = max(maxScalar, to)
        }
        var table = [UInt16](repeating: 0, count: maxScalar + 1)
        for (rangeIndex, range) in ranges.enumerated() where range.from <= range.to {
            for scalar in range.from...range.to {
                let old = Int(table[scalar])
                let key = old &* 4096 &+ rangeIndex
                if let known = transitions[key] { table[scalar] = known; continue }
                var signature = signatures[old]
                if let at = signature.firstIndex(where: { $0.category == range.category }) {
                    signature[at].compatible = range.compatible
                } else {
                    signature.append((range.category, range.compatible))
                }
                let index = signatures.firstIndex(where: { candidate in
                    candidate.count == signature.count
                        && zip(candidate, signature).allSatisfy { $0.category == $1.category && $0.compatible == $1.compatible }
                }) ?? { signatures.append(signature); return signatures.count - 1 }()
                transitions[key] = UInt16(index)
                table[scalar] = UInt16(index)
            }
        }
        guard let defaultCategory = categories.firstIndex(where: { $0.name == "DEFAULT" }) else {
            preconditionFailure("janome dictionary: no DEFAULT category")
        }
        // Signature 0 (no range) is janome's {'DEFAULT': []}.
        signatures[0] = [(UInt8(defaultCategory), [])]
        charClasses = signatures.map { signature in
            var mask: UInt32 = 0
            for (category, compatible) in signature {
                mask |= 1 << UInt32(category)
                for c in compatible { mask |= 1 << UInt32(c) }
            }
            return CharClass(categories: signature.map(\.category), continuesMask: mask)
        }
        charClassTable = table
        defaultClass = 0
        precondition(reader.offset == data.count, "janome dictionary: trailing bytes")
    }
}

/// Little-endian reads over the decoded dictionary bytes.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func u8() -> Int {
        defer { offset += 1 }
        return Int(bytes[offset])
    }

    mutating func u16() -> Int {
        defer { offset += 2 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    mutating func u32() -> Int {
        defer { offset += 4 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func u16Array(_ count: Int) -> [UInt16] {
        let start = offset
        offset += count * 2
        return [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for i in 0..<count {
                    buffer[i] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + i * 2, as: UInt16.self))
                }
            }
            initialized = count
        }
    }

    mutating func i16Array(_ count: Int) -> [Int16] {
        u16Array(count).map { Int16(bitPattern: $0) }
    }
}

/// Standard base64 (RFC 4648, no line breaks) of the generated literals.
private enum DictionaryBase64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    static func decode(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let values = Self.values
        var i = 0
        let n = text.count
        while i + 4 <= n {
            let a = UInt32(values[Int(text[i])]), b = UInt32(values[Int(text[i + 1])])
            let c3 = text[i + 2], c4 = text[i + 3]
            let c = UInt32(values[Int(c3)]), d = UInt32(values[Int(c4)])
            precondition(a < 64 && b < 64, "janome dictionary: bad base64")
            out.append(UInt8(truncatingIfNeeded: a << 2 | b >> 4))
            if c3 == UInt8(ascii: "=") { break }
            out.append(UInt8(truncatingIfNeeded: b << 4 | c >> 2))
            if c4 == UInt8(ascii: "=") { break }
            out.append(UInt8(truncatingIfNeeded: c << 6 | d))
            i += 4
        }
    }
}
