/// Nouns for living things guessed to be a table's rows (see `Interpreter.linkRowNouns`): a
/// table's name that WordNet knows as people ("sailors", "births" — a baby born), animals or
/// plants says what sort of living thing a row is, and a noun of another sort cannot be its
/// rows. "Women" and "patients" of a table of sailors are the sailors under other names (a
/// question may call the people of a table what they are to it); "ruminants" are not, however
/// few other nouns the question has.
extension Interpreter {
    /// WordNet's noun lexicographer files of living things: animals, people, plants (`wndb(5)`).
    static let livingThingFiles: Set<Int> = [5, 18, 20]

    /// Whether the noun sense `sense`, guessed for the rows of `table`, is of a sort of living
    /// thing the table's name allows: always when either is no living thing, else when some
    /// sense of the name's head noun is filed with it (people with people).
    func guessedNounFitsLivingRows(_ sense: WordNet.Synset, of table: Int, _ wordNet: WordNet) -> Bool {
        guard Interpreter.livingThingFiles.contains(sense.lexicographerFile) else { return true }
        let words = lexicon.tables[table].words
        // Every base form ("people" and "person" of `people`), and the noun of a run-together name.
        let heads = Set(lexicon.tables[table].headNouns + (words.last.map { wordNet.baseForms($0, .noun) } ?? []))
        let files = Set(heads.flatMap { wordNet.synsets($0, .noun).map(\.lexicographerFile) }).intersection(Interpreter.livingThingFiles)
        guard files.isEmpty || files.contains(sense.lexicographerFile) else { return false }
        return !restrictsByAColumn(sense, of: table, wordNet)
    }

    /// "men": WordNet has the plural as a lemma of its own (the workforce, a group), which is
    /// what `guessedNounFitsLivingRows` sees; the singular the word is the plural of ("man") is
    /// the person the question means, and must fit the rows too.
    func pluralOfAPersonFitsRows(_ token: Token, base: String, of table: Int, _ wordNet: WordNet) -> Bool {
        guard token.lemma != base, let sense = wordNet.firstSynset(token.lemma, .noun) else { return true }
        return guessedNounFitsLivingRows(sense, of: table, wordNet)
    }

    /// WordNet's classes of people by sex ("female person", "male parent", "male child") and
    /// by age ("juvenile", "adult", "old person"): a noun under one of them names some people,
    /// not every row, wherever the table records what it picks them by.
    static let sexClasses: Set<String> = ["female", "male"]
    static let ageClasses: Set<String> = ["juvenile", "juvenile person", "adult", "grownup", "old person", "oldster"]

    /// Whether a person noun picks some of the rows by a column the table has: a noun of a sex
    /// ("women", "boys", "mothers") where a column is named sex or gender, a noun of an age
    /// ("children", "adults", "seniors") where one is named age. Read as every row it would
    /// answer "how many boys" of a register of both sexes with everyone; where the column's
    /// values spell the sex ("female", "F"), the value reading has placed the noun before this
    /// guess. Without such a column the noun is the rows (`pima`, a table of women only:
    /// "how many women are over 40"), as what else they could be the data cannot say.
    private func restrictsByAColumn(_ sense: WordNet.Synset, of table: Int, _ wordNet: WordNet) -> Bool {
        let classes = [sense.words] + wordNet.hypernyms(of: sense).map(\.synset.words)
        // "female parent", "male child": the class's first word.
        let bySex = classes.contains { words in words.contains { Interpreter.sexClasses.contains(String($0.split(separator: " ").first ?? "")) } }
        // "adult" is a class of its own for "adults", not for "women" (adult females: a sex).
        let byAge = !bySex && classes.contains { !Interpreter.ageClasses.isDisjoint(with: $0) }
        guard bySex || byAge else { return false }
        let columns = lexicon.tables[table].columns
        if bySex, columns.contains(where: \.namesSex) { return true }
        if byAge, columns.contains(where: \.namesAge) { return true }
        return false
    }
}
