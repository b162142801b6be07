/// "How many patients died?" of `cohort(id, sex, age, outcome)`: a noun for a person that
/// nothing else placed names the rows of the one table whose columns say its rows are people
/// (`SchemaLexicon.tableOfUnnamedPeople`), where the table's name says nothing of who they are — a
/// study or an abbreviation (`cohort`, `trial7`) — so the question may call them what they
/// are to it: patients, participants, respondents, takers. Unlike the guess of
/// `linkRowNouns`, this holds beside other unknown words, and in uploads of several tables.
/// A noun of a sex or an age ("women", "children") where a column records it picks some rows
/// (`guessedNounFitsLivingRows`), and a table whose name is a noun for people (`employees`)
/// has its own words for its rows: a narrower noun ("managers") is some of them.
extension Interpreter {
    /// The table the unknown noun at `i` names as its people, if it names people and exactly
    /// one table's rows are people (see the type's note); nil otherwise.
    func peopleRowsTable(namedBy i: Int, _ wordNet: WordNet) -> Int? {
        guard let table = lexicon.tableOfUnnamedPeople else { return nil }
        // One word: a compound WordNet lists ("tennis player", "heart patient") is a narrower
        // kind of person, some of the rows at most.
        guard items[i].range.count == 1, case let last = tokens[items[i].range.lowerBound], last.kind == .word else { return nil }
        // "… are patients", "were the interns": after a copula a noun says what the rows are.
        if i > 0, Interpreter.auxiliaryVerbs.contains(tokens[items[i - 1].range.upperBound - 1].lower) || isArticleAfterCopula(i) {
            return nil
        }
        let phrase = last.lower
        // "people" is first a group, and names people as the plural of "person".
        let bases = wordNet.baseForms(phrase, .noun) + [last.lemma]
        // "patient age" before a column is that column's name (`linkRowNouns`); a bare
        // singular ("patient care") names no rows.
        let beforeColumn =
            i + 1 < items.count && items[i + 1].keyword == nil && !items[i + 1].used
            && items[i + 1].columns.contains(where: { $0.ref.table == table && $0.score >= 3 })
        let plural = last.lemma != last.lower || bases.contains { $0 != phrase }
        guard !beforeColumn, plural || previousWordIsDeterminer(i) else { return nil }
        guard
            let (base, sense) = bases.lazy.compactMap({ base in wordNet.firstSynset(base, .noun).map { (base, $0) } }).first(where: {
                Interpreter.namesPeople($0.1, wordNet)
            }),
            guessedNounFitsLivingRows(sense, of: table, wordNet), pluralOfAPersonFitsRows(last, base: base, of: table, wordNet)
        else { return nil }
        return table
    }

    /// "test takers", "survey respondents", "study participants": a noun for a collection of
    /// data (`contextNouns`) before the people noun says what the people took part in, which is
    /// the data itself — every row, not some of them. A modifier of any other kind ("cancer
    /// patients", "tennis players") picks some people and stays to be placed or refused.
    mutating func dropCollectionBefore(peopleNoun i: Int) {
        guard i > 0, items[i - 1].isUnknown, !items[i - 1].used, items[i - 1].range.count == 1 else { return }
        let token = tokens[items[i - 1].range.lowerBound]
        guard token.kind == .word, token.lemma == token.lower, Interpreter.contextNouns.contains(token.lemma) else { return }
        items[i - 1].isUnknown = false
        items[i - 1].literal = nil
        items[i - 1].used = true
    }
}
