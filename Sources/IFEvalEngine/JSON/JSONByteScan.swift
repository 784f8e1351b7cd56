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
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Bytes below 0x20, and bytes equal to 0x22 or 0x5C (x ^ c has a zero byte).
            // A borrow can flag a byte above a special one, never one below it: the
            // lowest flag (the loads are little-endian) is the first special byte.
            let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
            let quote = word ^ 0x2222_2222_2222_2222
            let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
            let special = control | ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
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
