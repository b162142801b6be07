extension Interpreter {
    /// "How many were caught", "the biggest catch" of a count column `foxesTrapped`: the
    /// question's general word names a column whose verb is a kind of it. WordNet files
    /// "trap" under "catch" and defines it as "catch in or as if in a trap", so what was
    /// trapped is what the question calls caught.
    ///
    /// Why both pieces of evidence: a verb's hypernym alone reaches very general verbs
    /// ("make", "change", "give"), and a gloss alone mentions words the verb is no kind of.
    /// A kind whose own definition starts from the asked word is what a careful reader takes
    /// for the same figure. The column word must be an inflected verb (`trapped`, `sold`):
    /// such a column counts or measures what was done; a plain noun (`trap`) names a thing.
    /// Only numeric columns, and exactly one across the tables in view, or the word stays
    /// unplaced.
    func narrowerVerbColumn(_ i: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lower.count >= 3, token.lower.allSatisfy(\.isLetter) else { return nil }
        let asked = Set(wordNet.baseForms(token.lower, .verb) + wordNet.baseForms(token.lower, .noun))
        guard !asked.isEmpty else { return nil }
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        var found = Set<ColumnRef>()
        // The column words' verbs, their kinds and definitions were looked up at upload
        // (`SchemaLexicon.verbSenses`); only the asked word is looked up here.
        for t in tables {
            for column in lexicon.tables[t].columns {
                for sense in lexicon.verbSenses(of: column.ref) where !asked.contains(sense.word) && !asked.contains(sense.base) {
                    if !asked.isDisjoint(with: sense.parentWords) && !asked.isDisjoint(with: sense.glossWords) { found.insert(column.ref) }
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
