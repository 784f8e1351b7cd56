/// langdetect's `NGram`: character normalisation and the n-gram extraction of
/// `Detector._extract_ngrams`, producing the entry ranges of `LangDetectTables`.
enum LangDetectNGrams {
    private static let space: UInt32 = 0x20
    private typealias Data = LangDetectGeneratedData

    /// `NGram.normalize(ch)`: folds characters by Unicode block.
    static func normalize(_ c: UInt32, tables: LangDetectTables) -> UInt32 {
        if c <= 0x7F {
            let isLetter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            return isLetter ? c : space
        }
        if Data.latin1Supplement.contains(c) {
            return Data.latin1Excluded.contains(c) ? space : c
        }
        if Data.latinExtendedB.contains(c) {
            // Romanian: comma below → cedilla.
            if c == 0x219 { return 0x15F }
            if c == 0x21B { return 0x163 }
            return c
        }
        if Data.generalPunctuation.contains(c) { return space }
        if Data.arabic.contains(c) { return c == 0x6CC ? 0x64A : c }  // Farsi yeh → Arabic yeh
        if Data.latinExtendedAdditional.contains(c) { return c >= 0x1EA0 ? 0x1EC3 : c }
        if Data.hiragana.contains(c) { return 0x3042 }
        if Data.katakana.contains(c) { return 0x30A2 }
        if Data.bopomofo.contains(c) || Data.bopomofoExtended.contains(c) { return 0x3105 }
        if Data.cjkUnifiedIdeographs.contains(c) {
            return tables.cjkRepresentative[Int(c - Data.cjkUnifiedIdeographs.lowerBound)]
        }
        if Data.hangulSyllables.contains(c) { return 0xAC00 }
        return c
    }

    /// The `EntryRange`s of the known 1-, 2- and 3-grams ending at each character, in
    /// text order. The window restarts after a space; while two upper-case letters in
    /// a row end it (`capitalword`), nothing is emitted.
    static func extract(_ text: [UInt32], tables: LangDetectTables) -> [UInt32] {
        let ids = tables.gramIDs
        // At most three n-grams per character.
        return [UInt32](unsafeUninitializedCapacity: text.count * 3) { output, written in
            var result = OutputCursor(output)
            defer { written = result.count }
            ids.asciiRanges.withUnsafeBufferPointer { ascii in
                // The window `grams`: at most 3 code points, oldest first.
                var g0: UInt32 = space, g1: UInt32 = 0, g2: UInt32 = 0
                var count = 1
                var capitalWord = false
                for raw in text {
                    let c = raw < 0x80 ? (isASCIILetter(raw) ? raw : space) : normalize(raw, tables: tables)
                    let last = count == 1 ? g0 : (count == 2 ? g1 : g2)
                    if last == space {
                        g0 = space
                        count = 1
                        capitalWord = false
                        if c == space { continue }
                    } else if count >= 3 {
                        g0 = g1
                        g1 = g2
                        count = 2
                    }
                    switch count {
                    case 1: g1 = c
                    default: g2 = c
                    }
                    count += 1

                    if tables.isUpper(c) {
                        if tables.isUpper(last) { capitalWord = true }
                    } else {
                        capitalWord = false
                    }
                    if capitalWord { continue }

                    // count is 2 or 3 here; `previous` is the code point before `c`.
                    let previous = count == 2 ? g0 : g1
                    if c < 0x80 && previous < 0x80 && (count == 2 || g0 < 0x80) {
                        // All ASCII symbols: direct look-ups.
                        let s2 = ASCIISymbol.of(c), s1 = ASCIISymbol.of(previous)
                        if c != space {
                            let range = ascii[s2]
                            if range != 0 { result.append(range) }
                        }
                        let pair = s1 * ASCIISymbol.count + s2
                        let range2 = ascii[ASCIISymbol.twoGramBase + pair]
                        if range2 != 0 { result.append(range2) }
                        if count == 3 {
                            let range3 = ascii[ASCIISymbol.threeGramBase + ASCIISymbol.of(g0) * ASCIISymbol.count * ASCIISymbol.count + pair]
                            if range3 != 0 { result.append(range3) }
                        }
                        continue
                    }
                    // 1-gram (never a lone space).
                    if c != space {
                        let range = ids.range(of: UInt64(c))
                        if range != 0 { result.append(range) }
                    }
                    let key2 = UInt64(previous) << 21 | UInt64(c)
                    let range2 = ids.range(of: key2)
                    if range2 != 0 { result.append(range2) }
                    if count == 3 {
                        let range3 = ids.range(of: UInt64(g0) << 42 | key2)
                        if range3 != 0 { result.append(range3) }
                    }
                }
            }
        }
    }

    /// Appends to a buffer of known sufficient capacity.
    private struct OutputCursor {
        let buffer: UnsafeMutableBufferPointer<UInt32>
        var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<UInt32>) { self.buffer = buffer }

        @inline(__always)
        mutating func append(_ value: UInt32) {
            buffer[count] = value
            count += 1
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
