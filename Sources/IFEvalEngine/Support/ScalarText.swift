import Foundation

/// Fast conversions between `String` and arrays of Unicode scalars (Python's view of a
/// string), for the tokenizers' hot paths. The engine's one UTF-8 decoder
/// (`multiByteScalar`) and one encoder (`writeUTF8`) are here; like the rest of the
/// engine's raw-pointer work on bytes (`ByteWord`, `ByteSearch`, `UTF8Validation`), they
/// state what they assume and assert it in debug builds, in the manner of
/// swift-collections' `Deque._UnsafeHandle` (`assert` costs nothing in release builds).
enum ScalarText {
    /// The scalars of `text`, decoded straight from its UTF-8 (valid, as every `String`'s).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        return text.withUTF8Bytes { decode($0) }
    }

    /// The scalars of `text` and the offsets of its ".", "?" and "!" (where Punkt looks
    /// for sentence ends), found while decoding.
    static func scalarsAndEndMarks(of text: String) -> (scalars: [Unicode.Scalar], endMarks: [Int]) {
        var marks: [Int] = []
        let scalars = text.withUTF8Bytes { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = out.baseAddress.map {
                    $0.withMemoryRebound(to: UInt32.self, capacity: bytes.count) { decode(bytes, into: $0, recordingEndMarks: true, &marks) }
                } ?? 0
            }
        }
        return (scalars, marks)
    }

    /// The code points of `text` as numbers, decoded the same way.
    static func codePoints(of text: String) -> [UInt32] {
        var unused: [Int] = []
        return text.withUTF8Bytes { bytes in
            [UInt32](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = decode(bytes, into: out.baseAddress, recordingEndMarks: false, &unused)
            }
        }
    }

    /// The scalars of valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var unused: [Int] = []
        return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            // `Unicode.Scalar` is its `UInt32` value, and valid UTF-8 only decodes to
            // valid scalars.
            count = out.baseAddress.map {
                $0.withMemoryRebound(to: UInt32.self, capacity: bytes.count) { decode(bytes, into: $0, recordingEndMarks: false, &unused) }
            } ?? 0
        }
    }

    /// Whether `text`'s UTF-8 holds `needle`'s (so whether `needle` occurs in it as code
    /// points: UTF-8 is self-synchronising). Lets verifiers skip a scan when the text
    /// lacks what they look for.
    static func contains(_ text: String, _ needle: String) -> Bool {
        return text.withUTF8Bytes { haystack in
            needle.withUTF8Bytes { needle in
                guard !needle.isEmpty else { return true }
                return ByteSearch.contains(needle, in: haystack)
            }
        }
    }

    /// Whether all the bytes are ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        var bits: UInt64 = 0
        while i + 8 <= bytes.count {
            bits |= ByteWord.load(bytes, at: i)
            i += 8
        }
        while i < bytes.count {
            bits |= UInt64(base[i])
            i += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Whether `byte` is ".", "?" or "!".
    @inline(__always)
    static func isEndMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }

    /// Nonzero when one of the eight ASCII bytes of `w` is ".", "?" or "!" (a byte of
    /// `w ^ repeated(mark)` is zero exactly where `mark` is).
    @inline(__always)
    private static func endMarkBits(_ w: UInt64) -> UInt64 {
        ByteWord.zeroBytes(w ^ ByteWord.repeated(UInt8(ascii: "."))) | ByteWord.zeroBytes(w ^ ByteWord.repeated(UInt8(ascii: "?")))
            | ByteWord.zeroBytes(w ^ ByteWord.repeated(UInt8(ascii: "!")))
    }

    /// The code point of the multi-byte sequence of valid UTF-8 at `base` (lead byte
    /// `b0` >= 0x80) and its length. Requires the whole sequence to be readable and valid.
    @inline(__always)
    static func multiByteScalar(_ b0: UInt32, at base: UnsafePointer<UInt8>) -> (value: UInt32, length: Int) {
        assert(b0 >= 0xC2 && b0 <= 0xF4 && UInt32(base[0]) == b0, "not the lead byte of a multi-byte sequence")
        assert(base[1] & 0xC0 == 0x80 && (b0 < 0xE0 || base[2] & 0xC0 == 0x80) && (b0 < 0xF0 || base[3] & 0xC0 == 0x80),
               "a truncated UTF-8 sequence")
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(base[1] & 0x3F), 2)
        } else if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(base[1] & 0x3F) << 6 | UInt32(base[2] & 0x3F), 3)
        }
        let high = (b0 & 0x07) << 18 | UInt32(base[1] & 0x3F) << 12
        return (high | UInt32(base[2] & 0x3F) << 6 | UInt32(base[3] & 0x3F), 4)
    }

    /// Decodes valid UTF-8 into `target` (room for one code point per byte) and returns
    /// the number of code points; with `recordingEndMarks`, the offsets of the ".", "?"
    /// and "!" among them are appended to `marks`.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into target: UnsafeMutablePointer<UInt32>?,
                               recordingEndMarks: Bool, _ marks: inout [Int]) -> Int {
        guard let base = bytes.baseAddress, let target, !bytes.isEmpty else { return 0 }
        let end = bytes.count
        var i = 0, n = 0
        while i < end {
            // Eight ASCII bytes at a time: widen them.
            while i + 8 <= end {
                let word = ByteWord.load(bytes, at: i)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                for k in 0..<8 { (target + n + k).initialize(to: UInt32(base[i + k])) }
                if recordingEndMarks && endMarkBits(word) != 0 {
                    for k in 0..<8 where isEndMark(base[i + k]) { marks.append(n + k) }
                }
                i += 8
                n += 8
            }
            guard i < end else { break }
            let b0 = UInt32(base[i])
            if b0 < 0x80 {
                if recordingEndMarks && isEndMark(base[i]) { marks.append(n) }
                (target + n).initialize(to: b0)
                i += 1
            } else {
                let (value, length) = multiByteScalar(b0, at: base + i)
                (target + n).initialize(to: value)
                i += length
            }
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
                    assert(i + UTF8.width(scalar) <= buffer.count)
                    i += writeUTF8(v, to: buffer.baseAddress! + i)
                }
            }
            return i
        }
    }

    /// Writes the UTF-8 encoding of the scalar value `v` at `out` (room for 4 bytes, or
    /// for `UTF8.width` of it); returns its length.
    @inline(__always)
    static func writeUTF8(_ v: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        assert(Unicode.Scalar(v) != nil, "not a scalar value")
        if v < 0x80 {
            out[0] = UInt8(v)
            return 1
        }
        if v < 0x800 {
            out[0] = UInt8(0xC0 | v >> 6)
            out[1] = UInt8(0x80 | v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            out[0] = UInt8(0xE0 | v >> 12)
            out[1] = UInt8(0x80 | v >> 6 & 0x3F)
            out[2] = UInt8(0x80 | v & 0x3F)
            return 3
        }
        out[0] = UInt8(0xF0 | v >> 18)
        out[1] = UInt8(0x80 | v >> 12 & 0x3F)
        out[2] = UInt8(0x80 | v >> 6 & 0x3F)
        out[3] = UInt8(0x80 | v & 0x3F)
        return 4
    }
}

extension String {
    /// The string's UTF-8 bytes, for the duration of `body`: `withUTF8` on a copy, so that a
    /// `let` needs no `var` copy at the call site (the copy shares the storage of a native
    /// string; any other is made native and contiguous in the copy, as `withUTF8` does).
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8(body)
    }
}
