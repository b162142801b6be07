/// Rows that repeat the people they are about: each row of `sim_runs(badge_id, attempt, error)`
/// is one measurement, each row of `scoring(id, year, club, goals)` one player's season, and a
/// person's id comes back in every row of theirs. A noun for those people counts them, not
/// their rows — `COUNT(DISTINCT badge_id)` — and "different", "distinct", "unique" before it
/// say so outright.
extension Interpreter {
    /// Whether a noun sense names people. (WordNet files one who operates a vehicle or machine
    /// under "causal agent", the kind a person is one of, not under "person".)
    static func namesPeople(_ sense: WordNet.Synset, _ wordNet: WordNet) -> Bool {
        wordNet.isKind(sense, within: 19) { $0.words.contains("person") || $0.words.contains("causal agent") }
    }

    /// The first noun sense of a word that names people, through any of its base forms or its
    /// lemma: "people" is first a group, and names people as the plural of "person".
    func personSense(of token: Token, _ wordNet: WordNet) -> WordNet.Synset? {
        (wordNet.baseForms(token.lower, .noun) + [token.lemma]).lazy.compactMap { wordNet.firstSynset($0, .noun) }.first {
            Interpreter.namesPeople($0, wordNet)
        }
    }

    /// Whether no column tells the rows of `table` apart: it has no key, or the column taken
    /// for it (an `id` column, by its name) repeats.
    func rowsRepeat(_ table: Int) -> Bool {
        guard let key = lexicon.tables[table].keyColumn else { return true }
        return !lexicon.tables[table].columns[key].unique
    }

    /// The people the name of `table` says its rows are of: a noun for people among its words
    /// (`player_seasons`), or one who does what a word of it names (`scoring`: to score, a
    /// scorer; `rowing`: a rower).
    func peopleNamedByTheTable(_ table: Int, _ wordNet: WordNet) -> [WordNet.Synset] {
        var found: [WordNet.Synset] = []
        for word in lexicon.tables[table].words {
            if let sense = wordNet.baseForms(word, .noun).lazy.compactMap({ wordNet.firstSynset($0, .noun) }).first,
                Interpreter.namesPeople(sense, wordNet)
            {
                found.append(sense)
            }
            for base in wordNet.baseForms(word, .verb) {
                for sense in wordNet.synsets(base, .verb) {
                    for link in wordNet.follow(sense, word: base)
                    where link.relation == .derivation && link.synset.partOfSpeech == .noun && Interpreter.namesPeople(link.synset, wordNet) {
                        found.append(link.synset)
                    }
                }
            }
        }
        return found
    }

    /// The identifier columns of `table` (names ending in "id") that repeat and may stand for
    /// the people `person` names: a bare `id`, where the table's name says whose rows they are
    /// (`peopleNamedByTheTable`) and those are the people or a narrower kind of them (a scorer
    /// is a player; a coach is none of the scoring's people); one named after no thing (`badge_id`: a badge is a sign, the person holds it); or
    /// one named after the same people or a narrower kind of them (`patient_id` for "people",
    /// never for "doctors"). An id of a thing (`product_id` for "customers") or of a group or
    /// place (`store_id`) is another thing's. Empty where the rows do not repeat.
    func repeatedPersonColumns(of table: Int, for person: WordNet.Synset, _ wordNet: WordNet) -> [ColumnRef] {
        guard rowsRepeat(table) else { return [] }
        let subjects = peopleNamedByTheTable(table, wordNet)
        return lexicon.tables[table].columns.filter { column in
            guard !column.unique, column.words.last == "id", !identifiesGroupOrPlace(column.ref) else { return false }
            guard let word = column.words.dropLast().last(where: { !SchemaLexicon.identifierWords.contains($0) && $0.allSatisfy(\.isLetter) })
            else {
                return subjects.contains { subject in wordNet.isKind(subject, within: 6) { $0.offset == person.offset } }
            }
            guard let sense = wordNet.baseForms(word, .noun).lazy.compactMap({ wordNet.firstSynset($0, .noun) }).first else { return false }
            guard Interpreter.namesThings(sense, wordNet) else { return true }
            return Interpreter.namesPeople(sense, wordNet) && wordNet.isKind(sense, within: 19) { $0.offset == person.offset }
        }.map(\.ref)
    }

    /// "How many pilots were tested?" of `sim_runs(badge_id, attempt, error)`: a noun for people
    /// that is not the table's own name, counting (or ranking by, "which club has the most
    /// players") the rows of a table whose rows repeat their people, counts the people — the
    /// one identifier column that may stand for them (`repeatedPersonColumns`). A noun for
    /// things ("organisms", "pots") still counts the rows, as does the table's own noun ("how
    /// many runs"), and so does a people noun where no one column, or several, could be theirs.
    mutating func countPeopleOfRepeatedMeasures() {
        guard let wordNet = WordNet.shared else { return }
        func people(_ measure: Meaning.Measure) -> Meaning.Measure? {
            guard case .rows(let table?) = measure, rowsRepeat(table) else { return nil }
            let tableWords = Set(lexicon.tables[table].words)
            var person: WordNet.Synset?
            for i in items.indices where person == nil {
                let item = items[i]
                guard item.used, !item.isContext, item.range.count == 1, item.keyword == nil, item.schema.count == 1,
                    item.table == table, isPlural(i)
                else { continue }
                let token = tokens[item.range.lowerBound]
                guard !tableWords.contains(token.lemma), let base = wordNet.baseForms(token.lower, .noun).first, !tableWords.contains(base),
                    let sense = wordNet.synsets(base, .noun).first, Interpreter.namesPeople(sense, wordNet)
                else { continue }
                person = sense
            }
            guard let person, case let columns = repeatedPersonColumns(of: table, for: person, wordNet), columns.count == 1 else { return nil }
            return .distinctValues(columns[0])
        }
        for m in meaning.measures.indices {
            if let counted = people(meaning.measures[m].measure) { meaning.measures[m].measure = counted }
        }
        if let ranked = meaning.rankMeasure, let counted = people(ranked) { meaning.rankMeasure = counted }
    }

    /// "How many different players appear in 2007?" of `scoring(id, year, club, goals)`, one row
    /// a player's season: "different" (distinct, unique, separate) before a noun for the rows
    /// says the rows repeat what it names, so the count is of the one column that tells those
    /// apart — `COUNT(DISTINCT id)`, never the rows. Nil where counting the rows is counting
    /// the different ones: each row is one (a unique key), or the noun is the table's own
    /// ("different visits") or names rows as rows ("different records"). Otherwise, where no
    /// one column can stand for the noun (a noun for things, "different stadiums" guessed for
    /// the player-seasons; no id, or several, for the people), the question is refused.
    func differentPeopleColumn(noun k: Int, distinctWord: String) throws(TranslationError) -> ColumnRef? {
        guard let wordNet = WordNet.shared else { return nil }
        let table: Int
        if isTable(k), let named = items[k].table {
            table = named
        } else if keyword(k) == .rowsNoun {
            let candidates = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
            guard candidates.count == 1 else { return nil }
            table = candidates[0]
        } else {
            return nil
        }
        guard rowsRepeat(table) else { return nil }
        let token = tokens[items[k].range.upperBound - 1]
        let own = Set(lexicon.tables[table].words + lexicon.tables[table].headNouns).union(lexicon.tables[table].rowWords)
        if own.contains(token.lemma) || wordNet.baseForms(token.lower, .noun).contains(where: own.contains) { return nil }
        let person = personSense(of: token, wordNet)
        if keyword(k) == .rowsNoun, person == nil { return nil }
        let phrase = "\(distinctWord) \(items[k].text)"
        let tableName = lexicon.tables[table].name
        guard let person else {
            throw unsupported(
                "\"\(phrase)\": the rows of \(tableName) are not one per \(token.lemma), and no column of it names them. Please name the column whose different values to count."
            )
        }
        let columns = repeatedPersonColumns(of: table, for: person, wordNet)
        if columns.count > 1 { throw ambiguity(phrase, columns.map { lexicon.columnName($0) }) }
        guard let column = columns.first else {
            throw unsupported(
                "\"\(phrase)\": the rows of \(tableName) are not one per \(token.lemma), and no one column tells them apart. Please name the column whose different values to count."
            )
        }
        return column
    }
}
