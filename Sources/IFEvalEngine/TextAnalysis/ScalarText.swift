/// Fast conversions between `String` and arrays of Unicode scalars (Python's view of a
/// string), for the tokenizers' hot paths.
enum ScalarText {
    /// The scalars of `text`, decoded straight from its UTF-8 (valid, as every `String`'s).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    /// The code points of `text` as numbers, decoded the same way.
    static func codePoints(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt32](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = decode(bytes, into: out.baseAddress)
            }
        }
    }

    /// The scalars of valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            // `Unicode.Scalar` is its `UInt32` value, and valid UTF-8 only decodes to
            // valid scalars.
            count = out.baseAddress.map {
                $0.withMemoryRebound(to: UInt32.self, capacity: bytes.count) { decode(bytes, into: $0) }
            } ?? 0
        }
    }

    /// Decodes valid UTF-8 into `target` (room for one code point per byte) and
    /// returns the number of code points.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into target: UnsafeMutablePointer<UInt32>?) -> Int {
        guard let base = bytes.baseAddress, let target, !bytes.isEmpty else { return 0 }
        let end = bytes.count
        var i = 0, n = 0
        while i < end {
            // Eight ASCII bytes at a time: widen them.
            while i + 8 <= end && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                for k in 0..<8 { (target + n + k).initialize(to: UInt32(base[i + k])) }
                i += 8
                n += 8
            }
            guard i < end else { break }
            let b0 = UInt32(base[i])
            var v: UInt32
            if b0 < 0x80 {
                v = b0
                i += 1
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                i += 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12
                v |= UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
                i += 4
            }
            (target + n).initialize(to: v)
            n += 1
        }
        return n
    }

    /// A `String` holding `scalars`, encoded directly as UTF-8.
    static func string<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[i] = byte
                        i += 1
                    }
                }
            }
            return i
        }
    }

    /// Python's `s.lower()` of `scalars`, as a `String`.
    static func lowercasedString<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        for scalar in scalars where scalar.value >= 0x80 {
            return PythonString.lower(string(scalars))
        }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var i = 0
            for scalar in scalars {
                let v = UInt8(truncatingIfNeeded: scalar.value)
                buffer[i] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                i += 1
            }
            return i
        }
    }

    /// Python's `s.isupper()` on a slice of scalars.
    static func isUpper<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var cased = false
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { cased = true }
                continue
            }
            let flags = v < caseTableLimit ? caseTable[Int(v)] : caseFlags(scalar)
            if flags & lowerOrTitleFlag != 0 { return false }
            if flags & upperFlag != 0 { cased = true }
        }
        return cased
    }

    static let upperFlag: UInt8 = 1
    static let lowerOrTitleFlag: UInt8 = 2

    /// Python's case classes of `c` as flags.
    static func caseFlags(_ c: Unicode.Scalar) -> UInt8 {
        if PythonCharacterClass.isLower(c) || PythonCharacterClass.isTitle(c) { return lowerOrTitleFlag }
        return PythonCharacterClass.isUpper(c) ? upperFlag : 0
    }

    /// `caseFlags` of the code points below U+3000 (the alphabetic scripts and
    /// punctuation), made once on first use (about a millisecond).
    static let caseTableLimit: UInt32 = 0x3000
    static let caseTable: [UInt8] = (0..<caseTableLimit).map { v in Unicode.Scalar(v).map(caseFlags) ?? 0 }

    /// General Punctuation (U+2000...U+206F: dashes, curly quotes, spaces): no character
    /// there is upper, lower or title case in Python (checked by `ScalarTextTests`).
    @inline(__always)
    static func isUncasedPunctuation(_ v: UInt32) -> Bool { v >= 0x2000 && v <= 0x206F }

    /// Whether `c` could be an upper-case character: A-Z, or non-ASCII outside the
    /// Latin-1 symbols (U+0080...U+00BF) and General Punctuation, where Python has no upper
    /// case (checked by `ScalarTextTests`).
    @inline(__always)
    static func mayBeUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return v >= 0xC0 && !isUncasedPunctuation(v)
    }
}
