/// "the reported revenue" of `REV` beside `ESTREV`, "the actual speed" of `SPD` beside
/// `PREDSPD`: a qualifier the schema does not spell, before a column that has a qualified
/// sibling, says which of the two is meant — the plain one.
extension Interpreter {
    /// Places each unknown qualifier (a participle or an adjective WordNet knows) right before
    /// an item that names one numeric column, where the same table has another numeric column
    /// whose name, no English word itself, is that column's letters with a qualifier of two
    /// letters or more before or after them (`REV` and `ESTREV`, `temp` and `temp_fcst`). The sibling's name qualifies
    /// its figure ("estimated"); the plain column is the figure as given, and a word set
    /// against the qualified one ("reported", "actual") can only mean it. The
    /// word and the column become one item naming the plain column.
    ///
    /// Why so narrow: without a qualified sibling an unknown qualifier may be a condition the
    /// data cannot express ("the audited revenue"), and is reported. A word that starts like the
    /// sibling's qualifier ("estimated" of `EST`) names the sibling, not the plain column, and
    /// leaves this reading out. Run after the loop over unknown words, which may place the
    /// column's own word only then ("revenue" of `REV`).
    mutating func linkQualifiersOfPlainColumns() {
        guard let wordNet = WordNet.shared else { return }
        var i = 0
        while i + 1 < items.count {
            defer { i += 1 }
            guard items[i].isUnknown, !items[i].used, items[i].range.count == 1, let ref = plainColumnQualified(at: i, wordNet) else { continue }
            let score = items[i + 1].columns.first { $0.ref == ref }?.score ?? 2
            items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: score)]
            items[i].keyword = nil
            items[i].isUnknown = false
            items[i].literal = nil
            merge(i...(i + 1))
        }
    }

    /// The plain column of a qualified pair named by the item after `i`, when the unknown word
    /// at `i` can qualify it (see `linkQualifiersOfPlainColumns`).
    private func plainColumnQualified(at i: Int, _ wordNet: WordNet) -> ColumnRef? {
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lower.count >= 4, token.lower.allSatisfy(\.isLetter) else { return nil }
        // A word the built-in vocabulary reads ("more boys") is no qualifier, even where that
        // reading found no place.
        guard EnglishLexicon.phrasesByFirstWord[token.lemma] == nil, EnglishLexicon.phrasesByFirstWord[token.lower] == nil else { return nil }
        let participle = token.lower.hasSuffix("ed") && wordNet.baseForms(token.lower, .verb).contains { $0 != token.lower }
        guard participle || wordNet.contains(token.lower, .adjective) else { return nil }
        let next = items[i + 1]
        guard !next.used, next.keyword == nil, !next.hasValue, next.table == nil else { return nil }
        let named = Set(next.columns.filter { !$0.negated && $0.score == next.bestSchemaScore }.map(\.ref))
        guard named.count == 1, let ref = named.first else { return nil }
        let plain = lexicon[ref]
        guard plain.isNumeric, !plain.isBooleanLike, plain.letters.count >= 2 else { return nil }
        var qualifiers: [String] = []
        for sibling in lexicon.tables[ref.table].columns where sibling.ref != ref && sibling.isNumeric && !sibling.isBooleanLike {
            // `females` beside `males` is a word of its own, not `males` qualified.
            guard !sibling.lettersAreEnglish else { continue }
            let letters = sibling.letters
            guard letters.count >= plain.letters.count + 2 else { continue }
            if letters.hasSuffix(plain.letters) { qualifiers.append(String(letters.dropLast(plain.letters.count))) }
            if letters.hasPrefix(plain.letters) { qualifiers.append(String(letters.dropFirst(plain.letters.count))) }
        }
        guard !qualifiers.isEmpty, qualifiers.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        // "estimated" of `ESTREV`: the sibling's own qualifier.
        guard !qualifiers.contains(where: { token.lower.hasPrefix($0) || token.lemma.hasPrefix($0) }) else { return nil }
        // "the expected revenue" beside `ESTREV`, "estimated sales" beside `projected_sales`:
        // a word that itself marks a figure as reckoned rather than given names the qualified
        // sibling, whatever word or abbreviation its name uses — never the plain column.
        guard Interpreter.isReckoningWord(token, wordNet) == false else { return nil }
        return ref
    }

    /// Verbs whose participles mark a figure as reckoned, foreseen or adjusted rather than as
    /// given ("estimated", "expected", "projected", "forecast", "budgeted", "adjusted"). WordNet
    /// files them apart (judging, thinking, creating), so it cannot say what they share here;
    /// this short list of general English can.
    static let reckoningVerbs: Set<String> = [
        "estimate", "expect", "predict", "project", "forecast", "plan", "budget", "target", "anticipate", "adjust",
        "model", "simulate", "extrapolate", "guess", "approximate", "calculate", "compute", "impute", "smooth", "fit", "assume",
    ]

    /// Whether the word, one of its verb's base forms or a synonym in any of their senses (or
    /// of the word as an adjective) is one of `reckoningVerbs`: "reckoned" shares a sense with
    /// "estimate", "foreseen" with "anticipate".
    static func isReckoningWord(_ token: Token, _ wordNet: WordNet) -> Bool {
        let bases = wordNet.baseForms(token.lower, .verb)
        var words = Set([token.lower, token.lemma] + bases)
        for base in bases { for sense in wordNet.synsets(base, .verb) { words.formUnion(sense.words) } }
        for sense in wordNet.synsets(token.lower, .adjective) { words.formUnion(sense.words) }
        return !words.isDisjoint(with: reckoningVerbs)
    }
}
