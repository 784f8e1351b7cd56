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
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Bytes below 0x20, and bytes equal to 0x22 or 0x5C (x ^ c has a zero byte).
            // May flag a clean word (borrows), never miss a special byte.
            let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
            let quote = word ^ 0x2222_2222_2222_2222
            let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
            let special = control | ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
            if special != 0 { break }
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
