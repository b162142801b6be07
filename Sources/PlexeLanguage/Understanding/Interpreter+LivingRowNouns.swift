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
        return files.isEmpty || files.contains(sense.lexicographerFile)
    }
}
