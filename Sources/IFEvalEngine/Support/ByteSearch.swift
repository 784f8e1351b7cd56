import Foundation

/// Searches in UTF-8 bytes.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes[range]` (`memchr`), or nil. The range
    /// must lie within the buffer (asserted): `memchr` reads exactly that many bytes.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        assert(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a byte search past the end of the buffer")
        guard !range.isEmpty, let base = bytes.baseAddress,
              let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `bytes[range]` holds exactly the bytes of `other` (`memcmp`). The range
    /// must lie within the buffer (asserted).
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        assert(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a byte comparison past the end of the buffer")
        guard range.count == other.count else { return false }
        guard !range.isEmpty else { return true }
        return memcmp(bytes.baseAddress! + range.lowerBound, other.baseAddress!, range.count) == 0
    }

    /// Whether `needle` occurs in `haystack`: candidates found with `memchr`, then compared.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return false }
        var start = 0
        while haystack.count - start >= needle.count,
              let offset = firstIndex(of: first, in: haystack, start..<(haystack.count - needle.count + 1)) {
            if equal(haystack, offset..<(offset + needle.count), needle) { return true }
            start = offset + 1
        }
        return false
    }

    /// The end offset of the last occurrence of `needle` in `haystack`. Searching UTF-8
    /// bytes finds exactly the code-point matches, since UTF-8 is self-synchronising.
    static func lastEnd(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var start = h.count - n.count
                while start >= 0 {
                    if h[start] == n[0] {
                        var k = 1
                        while k < n.count && h[start + k] == n[k] { k += 1 }
                        if k == n.count { return start + n.count }
                    }
                    start -= 1
                }
                return nil
            }
        }
    }
}

/// Eight bytes at a time: a word loaded little-endian, and which of its bytes are zero.
enum ByteWord {
    /// Every byte of the word equal to `byte`.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The eight bytes at `pointer`, the first in the low bits. Requires eight readable
    /// bytes there (callers that hold the buffer use `load(_:at:)`, which asserts it).
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The eight bytes of `bytes` from `offset`, the first in the low bits. Requires
    /// `offset + 8 <= bytes.count`.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        assert(offset >= 0 && offset + 8 <= bytes.count, "a word past the end of the buffer")
        return load(bytes.baseAddress! + offset)
    }

    /// The high bit of each zero byte of `word` set (`word ^ repeated(c)` finds the bytes
    /// equal to `c`). A borrow can also flag a byte above a zero byte, never one below it:
    /// the lowest flag is exact, so `trailingZeroBitCount >> 3` is the first zero byte.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }
}
