/// Names cut from the words of what a column holds, read part by part (a table of schools with
/// `totsc4`, `totsc8`, `tchratio`, `percap`; of states with `jaild`, `comserd`, `perinc`):
/// "the 4th grade score" is `totsc4`, "the student-teacher ratio" `tchratio`, "a jail
/// sentence" `jaild`, "per capita income" `perinc`. No word of such a question is a word of the
/// name, and the name is no run of prefixes of the question's words (`abbreviation(around:)`),
/// so every one of these was refused.
///
/// Each question word says one part of the name, in order: the part is the word, its start
/// (three letters or more: "inc" of "income"), or its consonants from the same first letter
/// ("tch" of "teacher", "pct" of "percent", "lnch" of "lunch"). "per capita" says a `per` part
/// (WordNet's "per capita"), a number the question states ("4th grade", "grade 4") the digits
/// a name ends with. Every letter of the name must be accounted for: said, or a statistic the
/// name starts with (`tot`, `avg`) that the question need not repeat, or one last letter after
/// four said ones (the `d` of `jaild`). One unknown noun may follow a name said whole ("per
/// capita income" of `percap`). A two-letter part ("sc" of "score", "un" of "unemployment") is
/// read only where nothing reads without one. Where the words fit several columns the item
/// keeps them all and the question is refused naming them.
extension Interpreter {
    /// How firmly a reading says a name: weak when a part is only two letters of a word.
    enum CutNameStrength: Int, Comparable {
        case weak = 1
        case strong = 2
        static func < (a: CutNameStrength, b: CutNameStrength) -> Bool { a.rawValue < b.rawValue }
    }

    /// A question word or phrase as it may say a part of a cut name.
    enum CutNameUnit {
        /// A word, whether it had no other reading, and whether the next word is joined to it
        /// by a hyphen.
        case word(Token, unknown: Bool, hyphened: Bool)
        /// "per" and the word WordNet joins it with ("per capita").
        case per(Token)
        /// The digits a name may end with ("4th", "grade 4").
        case number(String)
    }

    /// The longest run of words around the unknown word `i` that says the name of one or more
    /// cut-named columns; strong readings first.
    func cutNameColumns(around i: Int) -> (span: ClosedRange<Int>, refs: [ColumnRef])? {
        guard !lexicon.cutNamedColumns.isEmpty, let wordNet = WordNet.shared else { return nil }
        let candidates = lexicon.cutNamedColumns.map { lexicon[$0] }
        var spans: [ClosedRange<Int>] = []
        for start in max(0, i - 3)...i {
            for end in i..<min(items.count, start + 5) { spans.append(start...end) }
        }
        spans.sort { $0.count > $1.count }
        for strength in [CutNameStrength.strong, .weak] {
            for span in spans where span.allSatisfy({ canSayCutPart($0) }) {
                guard let units = cutNameUnits(span, wordNet) else { continue }
                let found = candidates.filter { column in
                    Interpreter.saysCutName(column.letters, units).map { $0 >= strength } ?? false
                }
                if !found.isEmpty { return (span, found.map(\.ref)) }
            }
        }
        return nil
    }

    /// Items that may say a part of a cut name: those that may join an abbreviation, and a
    /// whole number or an ordinal ("4th").
    private func canSayCutPart(_ k: Int) -> Bool {
        if canJoinAbbreviation(k) { return true }
        let item = items[k]
        guard !item.used, !item.isQuoted, item.date == nil else { return false }
        // "per capita" already read as `percap`, before "income".
        if item.keyword == nil, !item.hasValue, item.table == nil, !item.columns.isEmpty,
            item.columns.allSatisfy({ lexicon.cutNamedColumns.contains($0.ref) })
        {
            return true
        }
        guard item.range.count == 1 else { return false }
        let token = tokens[item.range.lowerBound]
        if Interpreter.ordinalDigits(token.lower) != nil { return true }
        return token.kind == .number && token.isInteger && token.magnitude == nil && item.number != nil
    }

    /// The span's words as parts-to-be: an ordinal and the noun after it ("4th grade"), or a
    /// noun and a number after it ("grade 4"), is one number; "per capita" is one `per`.
    private func cutNameUnits(_ span: ClosedRange<Int>, _ wordNet: WordNet) -> [CutNameUnit]? {
        let words = span.flatMap { k in items[k].range.map { (tokens[$0], items[k].isUnknown) } }
        var units: [CutNameUnit] = []
        var j = 0
        while j < words.count {
            let (token, unknown) = words[j]
            defer { j += 1 }
            if let digits = Interpreter.ordinalDigits(token.lower) {
                units.append(.number(digits))
                // "4th grade": the noun only says what the number counts.
                if j + 1 < words.count, words[j + 1].0.kind == .word { j += 1 }
                continue
            }
            if token.kind == .number {
                // "grade 4": a number right after the noun it counts.
                guard case .word? = units.last, j > 0, words[j - 1].0.kind == .word else { return nil }
                units[units.count - 1] = .number(token.lower)
                continue
            }
            guard token.kind == .word else { return nil }
            if token.lower == "per", j + 1 < words.count, words[j + 1].0.kind == .word,
                wordNet.contains("per " + words[j + 1].0.lower, .adjective) || wordNet.contains("per " + words[j + 1].0.lower, .adverb)
            {
                units.append(.per(words[j + 1].0))
                j += 1
                continue
            }
            units.append(.word(token, unknown: unknown, hyphened: j + 1 < words.count && words[j + 1].0.joinedToPrevious))
        }
        return units
    }

    /// Whether the units say the cut name `letters` (see the type's comment), and how firmly.
    static func saysCutName(_ letters: String, _ units: [CutNameUnit]) -> CutNameStrength? {
        let digits = String(letters.reversed().prefix(while: \.isNumber).reversed())
        let stem = Array(letters.dropLast(digits.count))
        guard stem.count >= 3, stem.allSatisfy(\.isLetter) else { return nil }
        let numbers = units.compactMap { unit -> String? in
            if case .number(let said) = unit { return said }
            return nil
        }
        guard numbers.count <= 1 else { return nil }
        if let said = numbers.first {
            guard !digits.isEmpty, let a = Int(said), let b = Int(digits), a == b else { return nil }
        }
        let parts = units.filter { unit in
            if case .number = unit { return false }
            return true
        }
        guard !parts.isEmpty else { return nil }
        var best: CutNameStrength?
        // A two-letter part is thin evidence ("sc" is as much "school" as "score"): a weak
        // reading needs a second said part or the name's number.
        func search(_ position: Int, _ w: Int, _ strength: CutNameStrength, _ said: Int, _ saidParts: Int = 0) {
            let rest = stem.count - position
            if w == parts.count {
                guard rest == 0 || (rest == 1 && said >= 4) else { return }
                if strength == .weak, saidParts + numbers.count < 2 { return }
                best = max(best ?? strength, strength)
                return
            }
            switch parts[w] {
            case .per(let next):
                guard stem.count - position >= 3, String(stem[position..<(position + 3)]) == "per" else { return }
                search(position + 3, w + 1, strength, said + 3, saidParts + 1)
                // `percap` of "per capita": the word after "per" may say a part of its own.
                for length in stride(from: stem.count - position - 3, through: 2, by: -1) {
                    let part = String(stem[(position + 3)..<(position + 3 + length)])
                    if let s = saysCutPart(part, next) {
                        search(position + 3 + length, w + 1, min(strength, s), said + 3 + length, saidParts + 2)
                    }
                }
            case .word(let token, let unknown, let hyphened):
                if position < stem.count {
                    for length in stride(from: stem.count - position, through: 2, by: -1) {
                        let part = String(stem[position..<(position + length)])
                        if let s = saysCutPart(part, token) { search(position + length, w + 1, min(strength, s), said + length, saidParts + 1) }
                    }
                }
                let noun = unknown && token.lemma.count >= 3 && isPlainNoun(token.lemma)
                // "per capita income" of `percap`, "special education students" of `speced`: the
                // noun a name said part by part is of ("dpi growth" is no `dpi`: one part, and a
                // change of it).
                if noun, w == parts.count - 1, saidParts >= 2, rest == 0 {
                    search(position, w + 1, strength, said, saidParts)
                }
                // "the student-teacher ratio" of `tchratio`: a ratio named by one of its sides.
                if noun, w == 0, position == 0, hyphened, parts.count >= 3 { search(position, w + 1, strength, said, saidParts) }
            case .number:
                return
            }
        }
        search(0, 0, .strong, 0)
        // `totsc4` of "4th grade score": a statistic the name starts with goes without saying.
        for length in 3...4 where length < stem.count && statisticParts.contains(String(stem[0..<length])) {
            search(length, 0, .strong, 0)
        }
        return best
    }

    /// A noun that is no change or process of something ("growth", "increase", "drop"): such
    /// a noun after a name asks for another figure than the name's. (WordNet files "growth"
    /// and "increase" under "process", not "change": "per capita income growth" read as
    /// `perinc` answered the income itself.)
    static func isPlainNoun(_ lemma: String) -> Bool {
        guard let wordNet = WordNet.shared, wordNet.contains(lemma, .noun) else { return false }
        return !wordNet.synsets(lemma, .noun).contains { sense in
            wordNet.isKind(sense, within: 4) { $0.words.contains("change") || $0.words.contains("process") }
        }
    }

    /// Starts of names that only say which statistic a column keeps ("tot" of total).
    static let statisticParts: Set<String> = {
        let words = [AggregateFunction.sum, .average, .maximum, .minimum].flatMap { SchemaLexicon.hintWords(for: $0) }
            .filter { word in SchemaLexicon.expansions[word] != nil || SchemaLexicon.measureQualifiers.contains(word) || word == "mean" }
        return Set(words.flatMap { word in word.count >= 5 ? [word, String(word.prefix(3))] : [word] })
    }()

    /// Whether `part` of a cut name says `token`: the word itself, its start (three letters
    /// or more), or its first letter and then consonants of it in order ("tch" of "teacher");
    /// weak for two letters.
    static func saysCutPart(_ part: String, _ token: Token) -> CutNameStrength? {
        var best: CutNameStrength?
        for spelling in Set([token.lower, token.lemma]) where spelling.allSatisfy(\.isLetter) {
            if spelling == part { return .strong }
            guard spelling.count > part.count, part.first == spelling.first else { continue }
            if part.count >= 3, spelling.hasPrefix(part) { return .strong }
            let rest = part.dropFirst()
            if spelling.count >= part.count + 2, rest.allSatisfy({ !"aeiou".contains($0) }),
                Morphology.isSubsequence(String(rest), of: String(spelling.dropFirst()))
            {
                best = max(best ?? .weak, part.count >= 3 ? .strong : .weak)
            }
        }
        return best
    }
}

extension SchemaLexicon {
    /// A name of letters (and digits at the end) only, in one case, that is no word, no
    /// abbreviation the lexicon spells out, and no name of known words (`avgsalary` is read
    /// by its words).
    static func isCutName(_ column: Column, _ wordNet: WordNet) -> Bool {
        let name = column.name
        guard name.allSatisfy({ $0.isLetter || $0.isNumber }), name == name.lowercased() || name == name.uppercased() else { return false }
        let stem = String(column.letters.reversed().drop(while: \.isNumber).reversed())
        guard (3...12).contains(stem.count), stem.allSatisfy(\.isLetter), !column.lettersAreEnglish, column.words.count <= 2,
            SchemaLexicon.expansions[stem] == nil
        else { return false }
        return !WordNet.PartOfSpeech.allCases.contains { wordNet.contains(stem, $0) }
    }
}
