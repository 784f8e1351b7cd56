import Testing
@testable import IFEvalEngine

/// The word-at-a-time scan finds the same byte as a byte-by-byte one: the first quote,
/// backslash or control character, including right after or among bytes that make the
/// word tests borrow (0x00, 0x1F, 0x21, 0x5B, 0x80, 0xFF).
@Suite struct JSONByteScanTests {
    static func naive(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? bytes.count
    }

    @Test func findsTheFirstSpecialByte() {
        let alphabet: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x41, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        var generator = SplitMix64(state: 7)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 40)
            // Mostly plain letters, so that special bytes land at every position of a word.
            let bytes = (0..<length).map { _ in
                generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(0x61 + generator.next() % 26)
            }
            let start = length == 0 ? 0 : Int(generator.next() % UInt64(length))
            let found = bytes.withUnsafeBufferPointer { JSONByteScan.nextSpecial(in: $0, from: start) }
            #expect(found == Self.naive(bytes, from: start), "\(bytes) from \(start)")
        }
    }
}
