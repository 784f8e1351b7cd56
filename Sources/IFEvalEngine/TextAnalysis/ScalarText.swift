/// Fast conversions between `String` and arrays of Unicode scalars (Python's view of a
/// string), for the tokenizers' hot paths.
enum ScalarText {
    /// The scalars of `text`.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { result.append(scalar) }
        return result
    }

    /// A `String` holding `scalars`, encoded directly as UTF-8.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
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
                    UTF8.encode(scalar) { byte in
                        buffer[i] = byte
                        i += 1
                    }
                }
            }
            return i
        }
    }

    /// Python's `s.lower()` of `scalars`, as a `String`.
    static func lowercasedString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        for scalar in scalars where scalar.value >= 0x80 {
            return PythonString.lower(string(scalars))
        }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var i = 0
            for scalar in scalars {
                let v = UInt8(truncatingIfNeeded: scalar.value)
                buffer[i] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                i += 1
            }
            return i
        }
    }

    /// Python's `s.isupper()` on a slice of scalars.
    static func isUpper(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var cased = false
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { cased = true }
                continue
            }
            if PythonCharacterClass.isLower(scalar) || PythonCharacterClass.isTitle(scalar) { return false }
            if PythonCharacterClass.isUpper(scalar) { cased = true }
        }
        return cased
    }
}
