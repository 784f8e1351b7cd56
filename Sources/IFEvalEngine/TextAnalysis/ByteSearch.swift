import Foundation

/// Searches in UTF-8 bytes.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`: candidates found with `memchr`, then compared.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = haystack.baseAddress, let n = needle.baseAddress, !needle.isEmpty else { return false }
        var start = 0
        while haystack.count - start >= needle.count,
              let hit = memchr(h + start, Int32(n[0]), haystack.count - start - needle.count + 1) {
            let offset = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + offset, n, needle.count) == 0 { return true }
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
