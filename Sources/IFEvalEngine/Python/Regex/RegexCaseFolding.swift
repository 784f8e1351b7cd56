/// The case rules of CPython's `re.IGNORECASE` for `str` patterns: characters are
/// compared through the simple lowercase mapping, plus a small table of characters that
/// share an uppercase form (`s`/`ſ`, `k`/Kelvin sign via lowercase, `ι`/`ͅ`/`ι`...).
enum RegexCaseFolding {
    /// `_sre.unicode_tolower`: the simple (one-to-one) lowercase mapping.
    @inline(__always)
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) ? c + 32 : c }
        return tables.lower[c] ?? c
    }

    /// `_sre.unicode_iscased`: the character differs from its simple lower or upper case.
    static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return tables.lower[c] != nil || tables.casedOwnLowercase.contains(c)
    }

    /// Other lowercased characters equivalent to the lowercased `c` (empty for most).
    static func extraEquivalents(ofLowercased c: UInt32) -> [UInt32] {
        tables.extra[c] ?? []
    }

    /// Simple uppercase, only needed for ranges outside the BMP, where CPython compares
    /// `c.lower().upper()` too; there the full mapping is always one character.
    static func upperOutsideBMP(_ c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c) else { return c }
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : c
    }

    private struct Tables: Sendable {
        let lower: [UInt32: UInt32]
        let casedOwnLowercase: Set<UInt32>
        let extra: [UInt32: [UInt32]]
    }

    private static let tables: Tables = {
        var lower: [UInt32: UInt32] = [:]
        for pair in RegexCaseData.lowercasePairs.split(separator: " ") {
            let parts = pair.split(separator: ":")
            lower[UInt32(parts[0], radix: 16)!] = UInt32(parts[1], radix: 16)!
        }
        var cased = Set<UInt32>()
        for item in RegexCaseData.casedOwnLowercase.split(separator: " ") {
            let bounds = item.split(separator: "-").map { UInt32($0, radix: 16)! }
            for c in bounds[0]...(bounds.count == 2 ? bounds[1] : bounds[0]) { cased.insert(c) }
        }
        var extra: [UInt32: [UInt32]] = [:]
        for item in RegexCaseData.extraEquivalences.split(separator: " ") {
            let parts = item.split(separator: ":")
            extra[UInt32(parts[0], radix: 16)!] = parts[1].split(separator: ",").map { UInt32($0, radix: 16)! }
        }
        return Tables(lower: lower, casedOwnLowercase: cased, extra: extra)
    }()
}
