/// "check-up" of a table `vet_checkups`, "e-mail" of a column `email_address`: a word
/// written with a hyphen in the question and run together in the schema.
extension Interpreter {
    /// The span of the unknown word at `i` and the word joined to it by a hyphen, with the one
    /// table whose name ends in the two run together, or the one column named by them alone
    /// ("check-up" of `vet_checkup`, "check-ups" of `checkups`). The schema lexicon splits names on case,
    /// underscores and digits, never inside a run of lower-case letters, and the tokenizer
    /// splits the hyphenated word: neither half names anything alone. Nil unless exactly one
    /// table or column has that word.
    func hyphenatedSchemaWord(_ i: Int) -> (ClosedRange<Int>, SchemaLexicon.Target)? {
        guard i + 1 < items.count, items[i].range.count == 1, items[i + 1].range.count == 1, !items[i + 1].used,
            items[i + 1].number == nil, !items[i + 1].isQuoted
        else { return nil }
        let first = tokens[items[i].range.lowerBound]
        let second = tokens[items[i + 1].range.lowerBound]
        guard first.kind == .word, second.kind == .word, second.joinedToPrevious, first.lower.allSatisfy(\.isLetter),
            second.lower.allSatisfy(\.isLetter)
        else { return nil }
        let spellings = Set([first.lower + second.lower, first.lower + second.lemma, Morphology.singular(first.lower + second.lower)])
        var found = Set<SchemaLexicon.Target>()
        for (t, table) in lexicon.tables.enumerated() {
            // The head of a table's name, or a column's whole name: a word that names the
            // table or column alone, not a part of a longer name ("mid-season" of
            // `midseasonPrice`, which `abbreviation(around:)` reads with the words after it).
            if let head = table.words.last, spellings.contains(head) { found.insert(.table(t)) }
            for column in table.columns where column.words.count == 1 && spellings.contains(column.words[0]) {
                found.insert(.column(column.ref, negated: false))
            }
        }
        guard found.count == 1, let target = found.first else { return nil }
        return (i...(i + 1), target)
    }
}
