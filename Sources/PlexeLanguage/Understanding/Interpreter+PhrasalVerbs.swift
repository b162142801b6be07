/// Phrasal verbs that name a column by a synonym WordNet files for the verb and its particle
/// together: "how many hours did the girls work out" of `records(subject, age, exercise)` —
/// WordNet keeps `work_out` as a verb whose sense "do physical exercise" is also "exercise".
/// The verb alone ("work") means something else, so the pair is looked up as one lemma.
extension Interpreter {
    /// Particles that may follow a verb to make a phrasal verb WordNet keeps as one lemma.
    static let phrasalParticles: Set<String> = ["out", "up", "off", "down", "in", "over", "away", "back"]

    /// Reads a verb and the particle right after it as one WordNet lemma ("work out"), and
    /// places the pair on the one numeric column whose one-word name is a synonym in one of
    /// the lemma's senses, where that sense's synonym is tied by derivation to a noun of the
    /// same word (the verb "exercise" of this sense makes the noun "exercise", the activity;
    /// "figure" in "calculate, figure, work out" is not tied to the noun of a number). The
    /// verb must name no column itself with any confidence, and exactly one column must be
    /// found across all the tables, or the words are left as they were.
    mutating func readPhrasalVerbs() {
        guard let wordNet = WordNet.shared else { return }
        var i = items.count - 2
        while i >= 0 {
            defer { i -= 1 }
            guard i + 1 < items.count, !items[i].used, !items[i + 1].used, items[i].range.count == 1, items[i + 1].range.count == 1,
                items[i].number == nil, items[i + 1].number == nil, !items[i].hasValue, items[i].table == nil,
                items[i].bestSchemaScore <= 2
            else { continue }
            let verb = tokens[items[i].range.lowerBound]
            let particle = tokens[items[i + 1].range.lowerBound].lower
            guard verb.kind == .word, verb.lower.allSatisfy(\.isLetter), Interpreter.phrasalParticles.contains(particle) else { continue }
            let lemmas = Set(wordNet.baseForms(verb.lower, .verb).map { $0 + " " + particle }).filter { wordNet.contains($0, .verb) }
            guard !lemmas.isEmpty, let ref = phrasalVerbColumn(lemmas, wordNet) else { continue }
            merge(i...(i + 1))
            items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
            items[i].keyword = nil
            items[i].alternateKeyword = nil
            items[i].isUnknown = false
            items[i].literal = nil
        }
    }

    /// The one numeric column of all the tables whose one-word name is a synonym of the
    /// phrasal lemma in a sense where that word makes a noun of itself.
    private func phrasalVerbColumn(_ lemmas: Set<String>, _ wordNet: WordNet) -> ColumnRef? {
        var synonyms = Set<String>()
        for lemma in lemmas {
            for sense in wordNet.synsets(lemma, .verb) {
                for word in sense.words where !word.contains(" ") {
                    let nominal = wordNet.follow(sense, word: word).contains { link in
                        link.relation == .derivation && link.synset.partOfSpeech == .noun && link.synset.words.contains(word)
                    }
                    if nominal { synonyms.insert(word) }
                }
            }
        }
        // Every table, not only those the question's nouns named: "the girls" names the table
        // of girls, while what they did is kept in another (joined through their key).
        var found = Set<ColumnRef>()
        for t in lexicon.tables.indices {
            for column in lexicon.tables[t].columns where column.words.count == 1 && synonyms.contains(column.words[0]) {
                guard column.isNumeric, !column.isBooleanLike, !column.isYearNumber, !lexicon.isIdentifier(column.ref) else { continue }
                found.insert(column.ref)
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
