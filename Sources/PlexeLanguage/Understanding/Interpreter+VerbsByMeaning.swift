/// Verbs that name what the data records by what they mean rather than by a column's word:
/// "How many patients died?" of a `status` column holding 'dead', "How many climbers died?"
/// of a yes/no column `survived`, "What did hen 7 weigh?" of a column `weight_kg`.
extension Interpreter {
    /// A verb left unplaced by linking names the one thing of the tables in view that WordNet
    /// ties to it:
    /// - a stored value that is a noun made from the verb, or an adjective of such a noun, or
    ///   the head adjective of that adjective's cluster: "died" is 'death' or 'deceased', and
    ///   'deceased' is filed under 'dead' ("died" of a status column holding 'dead');
    /// - a yes/no column named by a verb of the opposite sense, or of a sense whose opposite
    ///   is a kind of the asked verb: WordNet files "succumb" as the opposite of "survive"
    ///   (pull through) and as a kind of "die", so those who died are those with `survived`
    ///   no; "lost" of `won`;
    /// - a numeric column named by a noun made from the verb ("died" of `deaths`), or by the
    ///   attribute a verb of state is defined by having ("weigh": "have a certain weight").
    ///
    /// Only the verb's two commonest senses are read (a rare sense is not what the question
    /// meant), and exactly one thing must be found, or the word stays unplaced: a refusal
    /// that names it is better than a guess between two columns.
    mutating func readVerbsByMeaning() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices {
            // The verb may name only the table of its rows ("weigh" of `weigh_ins`): the
            // column found must then be of that table.
            let namedTables = items[i].schema.compactMap { match -> Int? in
                if case .table(let t) = match.target { return t }
                return nil
            }
            let tableOnly = !items[i].isUnknown && items[i].keyword == nil && !namedTables.isEmpty && namedTables.count == items[i].schema.count
            // Three letters at least: the verb alone is read for a meaning here, and a
            // two-letter verb ("is", "am") is grammar, not something the data records.
            guard let bases = plainVerb(at: i, orNamingATable: tableOnly, minimumLetters: 3, wordNet) else { continue }
            let senses = bases.flatMap { wordNet.synsets($0, .verb).prefix(2) }
            var found = Set<SchemaLexicon.Target>()
            if let value = derivedValue(senses, bases: bases, wordNet: wordNet) { found.insert(value) }
            for ref in oppositeYesNoColumns(senses, bases: Set(bases), wordNet: wordNet) {
                found.insert(.column(ref, negated: true))
            }
            if !listsMeasureOfSeveralRows(before: i), let ref = derivedMeasureColumn(senses, bases: bases, wordNet: wordNet) {
                found.insert(.column(ref, negated: false))
            }
            guard found.count == 1, let target = found.first else { continue }
            if tableOnly {
                guard case .column(let ref, false) = target, namedTables.contains(ref.table) else { continue }
            }
            items[i].schema = [Item.SchemaMatch(target: target, score: 3)]
            items[i].keyword = nil
            items[i].isUnknown = false
            items[i].literal = nil
        }
    }

    /// "What did the hens of flock A weigh?": a measure of several rows named by a plural
    /// noun, neither aggregated nor ranked, is a list of values whose reader wants each row
    /// named beside its value, which the plain listing does not add; the verb stays unplaced
    /// there rather than answer with values no one can tell apart.
    private func listsMeasureOfSeveralRows(before i: Int) -> Bool {
        let summarised = items.contains { item in
            switch item.keyword {
            case .aggregate?, .extreme?, .count?, .onAverage?, .inTotal?: return true
            default: return false
            }
        }
        guard !summarised else { return false }
        return items[..<i].contains { item in
            // ("hens" may name the table, its `hen` column, or be taken already for the rows.)
            guard item.range.count == 1, item.values.isEmpty, item.keyword == nil || item.keyword == .rowsNoun else { return false }
            let word = tokens[item.range.lowerBound].lower
            return item.table != nil || item.hasColumn || item.isContext
                ? (WordNet.shared?.baseForms(word, .noun).contains { $0 != word } ?? false) : false
        }
    }

    private var tablesInView: [Int] { contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables }

    /// The nouns derived from the verb's own word (`nouns`), and with them (`all`) the
    /// adjectives derived from any noun of the senses and the heads of those adjectives'
    /// clusters: die → death; decease → dead person → deceased → dead.
    private func derivedWords(_ senses: [WordNet.Synset], bases: [String], wordNet: WordNet) -> (nouns: Set<String>, all: Set<String>) {
        var nouns = Set<String>()
        var all = Set<String>()
        for sense in senses {
            // The nouns of the verb's own word ("death" of "die"), not of its synonyms
            // ("exit", "release" of "go", "pass").
            for base in bases where sense.words.contains(base) {
                for link in wordNet.follow(sense, word: base) where link.relation == .derivation && link.synset.partOfSpeech == .noun {
                    if let word = link.word { nouns.insert(word) }
                }
            }
            for link in wordNet.follow(sense) where link.relation == .derivation && link.synset.partOfSpeech == .noun {
                for adjective in wordNet.follow(link.synset) where adjective.relation == .derivation && adjective.synset.partOfSpeech == .adjective {
                    all.formUnion(adjective.synset.words)
                    for head in wordNet.follow(adjective.synset) where head.relation == .similar { all.formUnion(head.synset.words) }
                }
            }
        }
        return (nouns, all.union(nouns))
    }

    /// The one stored value (a single word of a text column) among the verb's derived words.
    private func derivedValue(_ senses: [WordNet.Synset], bases: [String], wordNet: WordNet) -> SchemaLexicon.Target? {
        let words = derivedWords(senses, bases: bases, wordNet: wordNet).all.filter { !$0.contains(" ") }
        let tables = Set(tablesInView)
        var found = Set<SchemaLexicon.Target>()
        for word in words {
            for phrase in lexicon.phrasesByKey["l:" + word] ?? [] where phrase.elements.count == 1 {
                guard case .value(let ref, let value) = phrase.target, tables.contains(ref.table),
                    value.lowercased() == word, !lexicon[ref].isBooleanLike
                else { continue }
                found.insert(phrase.target)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Yes/no columns whose one-word name is a verb of a sense opposite to the asked one, or
    /// opposite to a kind of it.
    private func oppositeYesNoColumns(_ senses: [WordNet.Synset], bases: Set<String>, wordNet: WordNet) -> [ColumnRef] {
        let askedOffsets = Set(senses.map(\.offset))
        var found: [ColumnRef] = []
        for t in tablesInView {
            for column in lexicon.tables[t].columns where column.isBooleanLike && column.words.count == 1 {
                let word = column.words[0]
                let columnBases = wordNet.baseForms(word, .verb)
                guard !columnBases.isEmpty, bases.isDisjoint(with: columnBases) else { continue }
                let opposite = columnBases.flatMap { wordNet.synsets($0, .verb).prefix(2) }.contains { sense in
                    wordNet.follow(sense).contains { link in
                        guard link.relation == .antonym else { return false }
                        if askedOffsets.contains(link.synset.offset) { return true }
                        return wordNet.follow(link.synset).contains { $0.relation == .hypernym && askedOffsets.contains($0.synset.offset) }
                    }
                }
                if opposite { found.append(column.ref) }
            }
        }
        return found
    }

    /// The one numeric column best named by a noun derived from the verb's own word, or by
    /// the attribute its definition says it has ("have a certain weight").
    private func derivedMeasureColumn(_ senses: [WordNet.Synset], bases: [String], wordNet: WordNet) -> ColumnRef? {
        var nouns = derivedWords(senses, bases: bases, wordNet: wordNet).nouns
        for sense in senses {
            let gloss = sense.gloss.lowercased()
            for opening in ["have a certain ", "have certain "] where gloss.hasPrefix(opening) {
                if let noun = gloss.dropFirst(opening.count).split(whereSeparator: { !$0.isLetter }).first { nouns.insert(String(noun)) }
            }
        }
        let tables = Set(tablesInView)
        var best: (score: Int, refs: Set<ColumnRef>) = (0, [])
        for noun in nouns where !noun.contains(" ") {
            for phrase in lexicon.phrasesByKey["l:" + Morphology.singular(noun)] ?? [] where phrase.elements.count == 1 && phrase.score >= 2 {
                guard case .column(let ref, false) = phrase.target, tables.contains(ref.table), lexicon[ref].isNumeric,
                    !lexicon[ref].isBooleanLike
                else { continue }
                if phrase.score > best.score {
                    best = (phrase.score, [ref])
                } else if phrase.score == best.score {
                    best.refs.insert(ref)
                }
            }
        }
        // `weight_kg` and `feed_kg` are both weights by their unit; the one whose name says
        // "weight" is meant.
        let named = best.refs.filter { ref in lexicon[ref].words.contains { nouns.contains($0) || nouns.contains(Morphology.singular($0)) } }
        if best.refs.count > 1, named.count == 1 { return named.first }
        return best.refs.count == 1 ? best.refs.first : nil
    }

    /// The verb's base forms where the item at `i` is a plain verb left unplaced: one word,
    /// not yet used, unknown to the other readings (or, `orNamingATable`, naming only a
    /// table), of letters only, at least `minimumLetters` long, that WordNet has as a verb and
    /// not as a noun — a word that is also a noun ("bills", "matches", "die") is read as the
    /// noun. Nil for anything else. The verb readers (`readVerbsByMeaning`,
    /// `readVerbsOfACause`, `readVerbsDefinedByACondition`) all start from it.
    func plainVerb(at i: Int, orNamingATable: Bool = false, minimumLetters: Int = 1, _ wordNet: WordNet) -> [String]? {
        guard !items[i].used, items[i].range.count == 1, items[i].isUnknown || orNamingATable else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lower.count >= minimumLetters, token.lower.allSatisfy(\.isLetter) else { return nil }
        let bases = wordNet.baseForms(token.lower, .verb)
        guard !bases.isEmpty, wordNet.baseForms(token.lower, .noun).isEmpty else { return nil }
        return bases
    }
}
