/// Finds the next byte that matters inside a JSON string (a quote, a backslash or a
/// control character), eight bytes at a time.
enum JSONByteScan {
    /// The index of the first byte at or after `start` that is `"`, `\` or below 0x20,
    /// or `bytes.count`.
    @inline(__always)
    static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let count = bytes.count
        guard let base = bytes.baseAddress else { return count }
        // 32 bytes at a time (a loop the compiler turns into vector compares), then eight
        // at a time to the first hit.
        while i + 32 <= count {
            var hits: UInt8 = 0
            for k in 0..<32 {
                let byte = base[i &+ k]
                hits |= (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0) | (byte < 0x20 ? 1 : 0)
            }
            if hits != 0 { break }
            i += 32
        }
        while i + 8 <= count {
            let word = ByteWord.load(base + i)
            // Bytes below 0x20 (the same borrow test against 0x20), and bytes equal to 0x22
            // or 0x5C; as in `ByteWord.zeroBytes`, the lowest flag is the first special byte.
            let control = (word &- ByteWord.repeated(0x20)) & ~word & ByteWord.repeated(0x80)
            let special = control | ByteWord.zeroBytes(word ^ ByteWord.repeated(0x22)) | ByteWord.zeroBytes(word ^ ByteWord.repeated(0x5C))
            if special != 0 { return i + special.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < count {
            let byte = base[i]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return i }
            i += 1
        }
        return count
    }
}
