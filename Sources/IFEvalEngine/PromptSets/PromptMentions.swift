/// Whether a prompt's text states an instruction's argument: a model can only follow
/// "at least 3 bullet points" or "include 'harbor'" if the prompt says so. What each
/// argument needs is its declaration's `promptStates`.
enum PromptMentions {
    /// What is missing from the prompt for one argument, or nil.
    static func problem(instruction: String, argument: ArgumentDescription, value: JSONValue, prompt: String) -> String? {
        let name = argument.name
        switch argument.promptStates {
        case .nothing:
            return nil
        case .number, .numberOrOrdinal:
            guard case let .number(number) = value, let n = number.intValue else { return nil }
            let text = Array(PythonString.lower(prompt).unicodeScalars)
            let ordinals = argument.promptStates == .numberOrOrdinal ? ordinalSpellings(n) : []
            if (numberSpellings(n) + ordinals).contains(where: { contains(text, $0) }) { return nil }
            return "\(instruction): the prompt does not state \(name) \(n) (as digits or in words)"
        case let .phrase(noun):
            let text = Array(PythonString.lower(prompt).unicodeScalars)
            for phrase in (value.arrayValue ?? [value]).compactMap(\.stringValue) {
                let stripped = PythonString.strip(phrase)
                if !stripped.isEmpty && !contains(text, PythonString.lower(stripped), wholeWord: false) {
                    return "\(instruction): the prompt does not mention the \(noun ?? name) \(Quote.text(stripped))"
                }
            }
            return nil
        case .letter:
            let text = Array(PythonString.lower(prompt).unicodeScalars)
            if let letter = value.stringValue, !contains(text, PythonString.lower(letter)) {
                return "\(instruction): the prompt does not mention the letter \(Quote.text(letter))"
            }
            return nil
        case .languageName:
            // An unknown code fails to build (`ResponseLanguage`), which reports it.
            guard let code = value.stringValue, let languageName = LanguageNames.byCode[code] else { return nil }
            let text = Array(PythonString.lower(prompt).unicodeScalars)
            return contains(text, PythonString.lower(languageName)) ? nil : "\(instruction): the prompt does not name the language (\(languageName))"
        case .verbatim:
            if let request = value.stringValue, !prompt.contains(request) {
                return "\(instruction): the prompt does not contain \(name) word for word"
            }
            return nil
        }
    }

    /// Whether `needle` occurs in `text`; with `wholeWord`, not touching a letter or digit.
    static func contains(_ text: [Unicode.Scalar], _ needle: String, wholeWord: Bool = true) -> Bool {
        let needle = Array(needle.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < text.count && PythonCharacterClass.isAlnum(text[index])
        }
        for start in 0...(text.count - needle.count) where text[start..<(start + needle.count)].elementsEqual(needle) {
            if !wholeWord || (!isWordCharacter(start - 1) && !isWordCharacter(start + needle.count)) { return true }
        }
        return false
    }

    static let smallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                               "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// `n` as digits (also with a thousands comma) and, below 1000, in English words.
    static func numberSpellings(_ n: Int) -> [String] {
        var spellings = [String(n)]
        if n >= 1000 && n < 1_000_000 {
            let rest = String(n % 1000)
            spellings.append("\(n / 1000)," + String(repeating: "0", count: 3 - rest.count) + rest)
        }
        func belowHundred(_ n: Int) -> [String] {
            if n < 20 { return [smallNumbers[n]] }
            let ten = tens[n / 10]
            return n % 10 == 0 ? [ten] : [ten + "-" + smallNumbers[n % 10], ten + " " + smallNumbers[n % 10]]
        }
        if n >= 0 && n < 100 { spellings += belowHundred(n) }
        if n >= 100 && n < 1000 {
            let hundreds = smallNumbers[n / 100] + " hundred"
            spellings += n % 100 == 0 ? [hundreds] : belowHundred(n % 100).flatMap { [hundreds + " " + $0, hundreds + " and " + $0] }
        }
        return spellings
    }

    static let ordinalWords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                               "ninth", "tenth", "eleventh", "twelfth"]

    /// "2nd", "second", ...
    static func ordinalSpellings(_ n: Int) -> [String] {
        let suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return [String(n) + suffix] + (n >= 0 && n < ordinalWords.count ? [ordinalWords[n]] : [])
    }
}
