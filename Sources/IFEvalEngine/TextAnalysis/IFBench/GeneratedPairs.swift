/// The pairs of a generated table written as key, U+0001, value, U+0002, ... (the tag
/// dictionary of `PerceptronTaggerModel`, the word table of `Syllapy`), as UTF-8 slices.
func generatedPairs(_ data: StaticString) -> [(key: ArraySlice<UInt8>, value: ArraySlice<UInt8>)] {
    let bytes = Array(UnsafeBufferPointer(start: data.utf8Start, count: data.utf8CodeUnitCount))
    var pairs: [(key: ArraySlice<UInt8>, value: ArraySlice<UInt8>)] = []
    var start = 0, separator = 0
    for (k, byte) in bytes.enumerated() {
        if byte == 1 {
            separator = k
        } else if byte == 2 {
            pairs.append((bytes[start..<separator], bytes[(separator + 1)..<k]))
            start = k + 1
        }
    }
    return pairs
}
