extension Interpreter {
    /// "How many snails died" of a table of snail groups with a `Deaths` column: the verb names
    /// a column that counts things (`countsThings`: a plural noun, whole numbers), so each row
    /// is a group and the question adds up how many of them did it — `SUM(Deaths)`, not the
    /// rows counted beside a column left unexplained. The table's own noun ("snails") only says
    /// what is counted.
    ///
    /// Only of rows that name no one (no label or key column), where the verb is not the column's own word (the noun reached through WordNet's
    /// derivations: die → death), and nothing compares the column after it ("how many shops sold
    /// more than 100" counts the shops whose sales exceed 100).
    func columnCountedByAVerb(after noun: Int, table: Int) -> (verb: Int, column: ColumnRef)? {
        // Rows that name someone (`patient`) are one each: "how many patients were admitted"
        // counts them, whatever an `admissions` column holds.
        guard lexicon.tables[table].labelColumn == nil, lexicon.tables[table].keyColumn == nil else { return nil }
        guard
            let verb = nextIndex(
                from: noun + 1,
                skipping: { j in
                    isArticle(j) || Interpreter.auxiliaryVerbs.contains(tokens[items[j].range.lowerBound].lower) && items[j].range.count == 1
                }),
            !items[verb].used, items[verb].keyword == nil, items[verb].range.count == 1, isColumn(verb)
        else { return nil }
        let candidates = items[verb].columns
        guard let best = candidates.map(\.score).max() else { return nil }
        let top = Set(candidates.filter { $0.score == best }.map(\.ref))
        guard top.count == 1, let ref = top.first, ref.table == table, lexicon.countsThings(ref) else { return nil }
        // The verb itself, not the column's noun: "how many snails deaths" is no verb.
        let token = tokens[items[verb].range.lowerBound]
        guard !lexicon[ref].words.contains(token.lemma), !lexicon[ref].words.contains(token.lower) else { return nil }
        if verb + 1 < items.count {
            switch items[verb + 1].keyword {
            case .compare?, .between?, .postfixCompare?: return nil
            default: if items[verb + 1].number != nil { return nil }
            }
            // "how many patients visited ward A": an object right after the verb says whom
            // each row's patient visited, a condition on the rows counted.
            if items[verb + 1].keyword == nil, !items[verb + 1].schema.isEmpty || items[verb + 1].isUnknown { return nil }
        }
        return (verb, ref)
    }
}
