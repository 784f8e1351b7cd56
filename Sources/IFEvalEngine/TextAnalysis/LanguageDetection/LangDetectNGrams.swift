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
        return [UInt32](unsafeUninitializedCapacity: text.count * 3) { buffer, written in
            let output = buffer  // Not the `inout` parameter: no reload per store.
            var count = 0
            // Stores every range but keeps only the known (non-zero) ones: no branch.
            @inline(__always) func emit(_ range: UInt32) {
                output[count] = range
                count &+= range == 0 ? 0 : 1
            }
            ids.asciiRanges.withUnsafeBufferPointer { ascii in
                // The window (langdetect's `grams`) is `p2`, `p1`, then the new character:
                // `p1` is the last one added, `p2` the one before it, or 0 when the window
                // restarted at `p1`, a space. It starts as a lone space.
                var p2: UInt32 = 0
                var p1 = space
                var capitalWord = false
                for raw in text {
                    let c = raw < 0x80 ? (isASCIILetter(raw) ? raw : space) : normalize(raw, tables: tables)
                    if p1 == space {
                        p2 = 0
                        capitalWord = false
                        if c == space { continue }
                    }
                    if tables.isUpper(c) {
                        if tables.isUpper(p1) { capitalWord = true }
                    } else {
                        capitalWord = false
                    }
                    if !capitalWord {
                        if c | p1 | p2 < 0x80 {
                            // ASCII symbols (and 0): direct look-ups, where the lone space
                            // and the 3-grams without a `p2` are 0.
                            let pair = ASCIISymbol.of(p1) << 6 | ASCIISymbol.of(c)
                            emit(ascii[ASCIISymbol.of(c)])
                            emit(ascii[ASCIISymbol.twoGramBase + pair])
                            emit(ascii[ASCIISymbol.threeGramBase + (ASCIISymbol.of(p2) << 12 | pair)])
                        } else {
                            // 1-gram (never a lone space).
                            if c != space { emit(ids.range(of: UInt64(c))) }
                            let key2 = UInt64(p1) << 21 | UInt64(c)
                            emit(ids.range(of: key2))
                            if p2 != 0 { emit(ids.range(of: UInt64(p2) << 42 | key2)) }
                        }
                    }
                    p2 = p1
                    p1 = c
                }
            }
            written = count
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
