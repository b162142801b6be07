import Foundation

/// Splits a question into tokens: words (contractions opened, identifiers split on `_`,
/// hyphens and camel case), numbers (`1,000`, `$25.50`, `ten`), ISO dates, quoted text and
/// comparison symbols.
///
/// Hand-written because the question language is tiny and the rules are about data words
/// (`bank_transfer`, `P0371`, `2023-03-31`), which general NLP tokenizers get wrong.
enum Tokenizer {
    private static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        "dozen": 12,
    ]

    static func tokenize(_ question: String) -> [Token] {
        var characters: [Character] = []
        characters.reserveCapacity(question.count)
        for c in question {
            switch c {
            case "\u{2019}", "\u{2018}", "`": characters.append("'")
            case "\u{201C}", "\u{201D}": characters.append("\"")
            case "\u{2013}", "\u{2014}": characters.append("-")
            default: characters.append(c)
            }
        }
        var tokens: [Token] = []
        var parenthesisBefore = Set<Int>()
        var i = 0
        let n = characters.count
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        while i < n {
            let c = characters[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            if c == "\"" || (c == "'" && (i == 0 || !isWordChar(characters[i - 1]))) {
                if let close = closingQuote(characters, from: i + 1, quote: c) {
                    let text = String(characters[(i + 1)..<close])
                    if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        tokens.append(Token(kind: .quoted, text: text, lower: text.lowercased()))
                    }
                    i = close + 1
                    continue
                }
                i += 1
                continue
            }
            if c == ">" || c == "<" || c == "=" || c == "!" {
                var symbol = String(c)
                if i + 1 < n, characters[i + 1] == "=" || (c == "<" && characters[i + 1] == ">") {
                    symbol.append(characters[i + 1])
                    i += 1
                }
                i += 1
                if symbol != "!" { tokens.append(Token(kind: .symbol, text: symbol)) }
                continue
            }
            if c == "%" || c == "," {
                tokens.append(Token(kind: .symbol, text: String(c)))
                i += 1
                continue
            }
            if c == "-", i + 1 < n, characters[i + 1].isNumber, i == 0 || characters[i - 1].isWhitespace,
                tokens.last.map({ $0.kind != .number }) ?? true
            {
                // A negative number; "2020-2022" stays a range below.
                let start = i
                i += 1
                while i < n, characters[i].isNumber || characters[i] == "." { i += 1 }
                appendWord(String(characters[start..<i]), to: &tokens)
                continue
            }
            if isWordChar(c) {
                let start = i
                while i < n {
                    let d = characters[i]
                    if isWordChar(d) {
                        i += 1
                        continue
                    }
                    let hasNext = i + 1 < n
                    if d == "'", hasNext, characters[i + 1].isLetter {
                        i += 1
                        continue
                    }
                    if d == "'", !hasNext || !characters[i + 1].isLetter, i > start, characters[i - 1] == "s" {
                        i += 1  // plural possessive "customers'"
                        continue
                    }
                    if d == "-", hasNext, isWordChar(characters[i + 1]) {
                        i += 1
                        continue
                    }
                    if d == ".", hasNext, characters[i + 1].isNumber, characters[i - 1].isNumber {
                        i += 1
                        continue
                    }
                    // "gmail.com", "a.b@c.org": a domain or address stays one word.
                    if d == "." || d == "@", hasNext, characters[i + 1].isLetter, characters[i - 1].isLetter || characters[i - 1].isNumber,
                        i + 2 < n, characters[i + 2].isLetter || d == "@"
                    {
                        i += 1
                        continue
                    }
                    if d == "/", hasNext, characters[i + 1].isNumber, characters[i - 1].isNumber {
                        i += 1
                        continue
                    }
                    if d == ",", i + 3 < n, characters[i - 1].isNumber,
                        characters[i + 1].isNumber, characters[i + 2].isNumber, characters[i + 3].isNumber,
                        i + 4 >= n || !characters[i + 4].isNumber
                    {
                        i += 1
                        continue
                    }
                    break
                }
                appendWord(String(characters[start..<i]), to: &tokens)
                continue
            }
            // The next token opens a parenthesis ("died (status 1)").
            if c == "(" { parenthesisBefore.insert(tokens.count) }
            i += 1  // other punctuation and currency signs separate words
        }
        for index in parenthesisBefore where index < tokens.count { tokens[index].opensParenthesis = true }
        return scaled(tokens)
    }

    /// The words that scale a number said before them ("2.5 billion"), by what they multiply.
    static let magnitudeWords: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// "1 million", "2.5 billion", "ten thousand": the number times its scale word.
    private static func scaled(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        for token in tokens {
            if token.kind == .word || token.kind == .number, let scale = magnitudeWords[token.lower], let last = result.last,
                last.kind == .number, let value = last.number, last.lower != "thousand"
            {
                result[result.count - 1] = numberToken(
                    last.text + " " + token.text, value * scale, isInteger: (value * scale).rounded() == value * scale)
                result[result.count - 1].magnitude = scale * (last.magnitude ?? 1)
                continue
            }
            result.append(token)
        }
        return result
    }

    private static func closingQuote(_ characters: [Character], from start: Int, quote: Character) -> Int? {
        var j = start
        while j < characters.count {
            if characters[j] == quote {
                if quote == "'", j + 1 < characters.count, characters[j + 1].isLetter {
                    j += 1
                    continue
                }
                return j
            }
            j += 1
        }
        return nil
    }

    /// Turns one written word into tokens (dates, numbers, split identifiers, contractions).
    private static func appendWord(_ raw: String, to tokens: inout [Token]) {
        if let date = isoDate(raw) {
            tokens.append(Token(kind: .date, text: raw, lower: date))
            return
        }
        let digitsOnly = raw.replacingOccurrences(of: ",", with: "")
        let looksNumeric = digitsOnly.first.map { $0.isNumber || $0 == "-" } ?? false
        if looksNumeric, let value = Double(digitsOnly) {
            var token = numberToken(raw, value, isInteger: !digitsOnly.contains("."))
            // "40,000": grouped digits, a sum written out in whole units.
            if raw.contains(","), abs(value) >= 1000 { token.magnitude = 1000 }
            tokens.append(token)
            return
        }
        // "10k", "2.5m"
        if looksNumeric, let last = digitsOnly.last, "km".contains(last), let value = Double(digitsOnly.dropLast()) {
            var token = numberToken(raw, value * (last == "k" ? 1000 : 1_000_000), isInteger: true)
            token.magnitude = last == "k" ? 1000 : 1_000_000
            tokens.append(token)
            return
        }
        // "2020-2022": a numeric range, read as "2020 to 2022".
        let dashParts = raw.split(separator: "-", omittingEmptySubsequences: false)
        if dashParts.count == 2, let a = Double(dashParts[0]), let b = Double(dashParts[1]) {
            tokens.append(numberToken(String(dashParts[0]), a, isInteger: !dashParts[0].contains(".")))
            tokens.append(Token(kind: .word, text: "to"))
            tokens.append(numberToken(String(dashParts[1]), b, isInteger: !dashParts[1].contains(".")))
            return
        }
        // "1990s", "1990's": a decade.
        let decadeDigits = raw.lowercased().replacingOccurrences(of: "'", with: "")
        if decadeDigits.count == 5, decadeDigits.hasSuffix("0s"), let start = Int(decadeDigits.dropLast()) {
            var token = Token(kind: .word, text: raw, lower: decadeDigits)
            token.decade = start
            // "the 1800s" is the century; "the 2000s" the decade, as people use them.
            if start % 100 == 0, start < 2000 { token.century = true }
            tokens.append(token)
            return
        }
        var word = raw
        var lowered = word.lowercased()
        if lowered.hasSuffix("'") {
            word.removeLast()
            lowered.removeLast()
        }
        // Contractions: "haven't" → "have not", "customer's" → "customer".
        var trailingNot = false
        if lowered.hasSuffix("n't") {
            trailingNot = true
            let base = String(lowered.dropLast(3))
            switch base {
            case "ca": lowered = "can"
            case "wo": lowered = "will"
            case "sha": lowered = "shall"
            default: lowered = base
            }
            word = lowered
        } else if let apostrophe = lowered.firstIndex(of: "'") {
            let suffix = lowered[lowered.index(after: apostrophe)...]
            if ["s", "re", "ve", "ll", "d", "m"].contains(String(suffix)) {
                let offset = lowered.distance(from: lowered.startIndex, to: apostrophe)
                word = String(word.prefix(offset))
                lowered = String(lowered.prefix(offset))
                // "what's" is "what is"; "customer's" stays a possessive.
                if suffix == "s", ["what", "who", "where", "how", "that", "there", "it", "here", "which"].contains(lowered) {
                    tokens.append(Token(kind: .word, text: word, lower: lowered, lemma: lowered, stem: lowered))
                    tokens.append(Token(kind: .word, text: "is"))
                    return
                }
            }
        }
        // Words of a question split on "_" and "-" only: "PayPal" stays one word (a brand), while
        // schema names also split on case ("PlanType").
        if word.contains("@") || (word.contains(".") && word.contains(where: \.isLetter)) {
            var token = Token(kind: .word, text: word, lower: lowered, lemma: lowered, stem: lowered)
            token.isCode = true
            tokens.append(token)
            return
        }
        var partIndex = 0
        for part in splitIdentifier(word, splittingCase: false) where !part.isEmpty {
            defer { partIndex += 1 }
            let lower = part.lowercased()
            if let value = numberWords[lower] {
                var token = numberToken(part, value, isInteger: true)
                token.lemma = lower
                tokens.append(token)
                continue
            }
            if part.first?.isNumber == true, let value = Double(part) {
                tokens.append(numberToken(part, value, isInteger: !part.contains(".")))
                continue
            }
            var token = Token(
                kind: .word, text: part, lower: lower,
                lemma: Morphology.singular(lower), stem: Morphology.stem(lower))
            let hasLetter = part.contains { $0.isLetter }
            let hasDigit = part.contains { $0.isNumber }
            token.isCode = hasLetter && hasDigit
            token.isAllCaps = hasLetter && part.allSatisfy { !$0.isLetter || $0.isUppercase }
            token.joinedToPrevious = partIndex > 0
            tokens.append(token)
        }
        if trailingNot { tokens.append(Token(kind: .word, text: "not")) }
    }

    private static func numberToken(_ text: String, _ value: Double, isInteger: Bool) -> Token {
        var token = Token(kind: .number, text: text, lower: text.lowercased())
        token.number = value
        token.isInteger = isInteger && value == value.rounded() && abs(value) < 1e15
        return token
    }

    /// `plan_type` → plan, type; `signupDate` → signup, Date; `non-churned` → non, churned.
    /// Codes such as `P0371` stay whole.
    static func splitIdentifier(_ word: String, splittingCase: Bool = true) -> [String] {
        var parts: [String] = []
        for piece in word.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." || $0 == "/" }) {
            if !splittingCase {
                parts.append(String(piece))
                continue
            }
            var current = ""
            var previous: Character?
            let letters = Array(piece)
            for (k, c) in letters.enumerated() {
                if let p = previous {
                    let lowerToUpper = p.isLowercase && c.isUppercase
                    // "HTTPServer" → HTTP, Server
                    let acronymEnd = p.isUppercase && c.isUppercase && k + 1 < letters.count && letters[k + 1].isLowercase
                    if lowerToUpper || acronymEnd {
                        parts.append(current)
                        current = ""
                    }
                }
                current.append(c)
                previous = c
            }
            if !current.isEmpty { parts.append(current) }
        }
        return parts
    }

    /// `2023-01-31`, `2023/1/31` → `2023-01-31`; `1/31/2023` (month first) → `2023-01-31`.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        var year: Int
        var month: Int
        var day: Int
        if parts[0].count == 4 {
            guard let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            (year, month, day) = (y, m, d)
        } else if parts[2].count == 4 {
            guard let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day).iso
    }
}
