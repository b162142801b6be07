/// Tables whose rows are people, by what their columns record: a table named by an
/// abbreviation or a study (`cohort`, `trial7`) whose columns give each row's sex, age, race,
/// schooling or surname holds one person a row, whatever the name calls them — so a noun for a
/// person the question uses ("patients", "test takers", "respondents") names those rows
/// (`Interpreter.peopleRowsTable`). Decided once per upload (`tablesOfPeople`, `tableOfUnnamedPeople`).
extension SchemaLexicon {
    /// Column words that record who a person is, besides a sex (`Column.namesSex`): a thing
    /// has an age too, so one of these alone is no evidence; two different ones are. (WordNet
    /// files these under properties, groups and acts, never under a person: it cannot say
    /// that they describe one.)
    static let personDescriptionWords: [String: String] = [
        "age": "age", "birth": "birth", "dob": "birth", "born": "birth", "birthday": "birth", "birthdate": "birth",
        "race": "race", "ethnicity": "race", "ethnic": "race", "education": "education", "schooling": "education",
        "marital": "marital", "surname": "name", "firstname": "name", "lastname": "name", "forename": "name",
    ]

    /// WordNet's noun lexicographer file of people (`wndb(5)`: noun.person).
    static let peopleNounFile = 18

    /// Whether the rows of `table` are people (`tablesOfPeople`): a column names a sex, or
    /// columns record two different things about a person (`personDescriptionWords`; `first`
    /// or `last` before `name`). Not where a person's id repeats down the rows (`patient_id` of
    /// a visits table): each row is then an event of someone's, and a noun for the people
    /// is counted by that id or refused (`Interpreter.countPeopleOfRepeatedMeasures`), never
    /// by the rows.
    func findRowsArePeople(_ table: Int, wordNet: WordNet?) -> Bool {
        guard let wordNet else { return false }
        let columns = tables[table].columns
        var described = Set<String>()
        for column in columns {
            for (n, word) in column.words.enumerated() {
                if let kind = SchemaLexicon.personDescriptionWords[word] { described.insert(kind) }
                if word == "name", n > 0, ["first", "last", "given", "family"].contains(column.words[n - 1]) { described.insert("name") }
            }
        }
        guard columns.contains(where: \.namesSex) || described.count >= 2 else { return false }
        // `penguins(tag, sex, age)`: a name WordNet knows only as animals or plants says what
        // the rows are, whatever their columns record.
        let heads = Set(tables[table].headNouns + (tables[table].words.last.map { wordNet.baseForms($0, .noun) } ?? []))
        let living = Set(heads.flatMap { wordNet.synsets($0, .noun).map(\.lexicographerFile) }).intersection(Interpreter.livingThingFiles)
        if !living.isEmpty, !living.contains(SchemaLexicon.peopleNounFile) { return false }
        let repeatsAPerson = columns.contains { column in
            guard !column.unique, column.words.count >= 2, column.words.last == "id",
                let word = column.words.dropLast().last(where: { $0.allSatisfy(\.isLetter) }),
                let sense = wordNet.baseForms(word, .noun).lazy.compactMap({ wordNet.firstSynset($0, .noun) }).first
            else { return false }
            return Interpreter.namesPeople(sense, wordNet)
        }
        return !repeatsAPerson
    }

    /// The one table whose rows are people (`findRowsArePeople`) where its name says nothing
    /// of who they are; nil when no table or several are of people, or when the name is itself
    /// a noun for people (`employees`: a narrower noun, "managers", is some of them).
    func findTableOfUnnamedPeople(among tablesOfPeople: [Bool], wordNet: WordNet?) -> Int? {
        guard let wordNet else { return nil }
        let people = tablesOfPeople.indices.filter { tablesOfPeople[$0] }
        guard people.count == 1, let table = people.first, !nameSaysWhoTheRowsAre(table, wordNet) else { return nil }
        return table
    }

    /// Whether a word of the table's name (or the noun it runs into, `ukbirds`) is first a noun
    /// for people: the rows are then named, and other nouns for people are other people or
    /// some of them.
    private func nameSaysWhoTheRowsAre(_ table: Int, _ wordNet: WordNet) -> Bool {
        (tables[table].words + tables[table].headNouns).contains { word in
            guard let sense = wordNet.baseForms(word, .noun).lazy.compactMap({ wordNet.firstSynset($0, .noun) }).first else { return false }
            return Interpreter.namesPeople(sense, wordNet)
        }
    }
}
