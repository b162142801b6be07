/// "Which clinic had the most severe cases?" of a table of case counts per clinic
/// (`visits(clinic, Severe, Mild)`): the superlative ranks the groups by how many severe
/// cases they had — the sum of the count column the adjective names (`countsQualifiedThings`),
/// as "how many severe cases" is its sum (`readQualifiedTally`) — not by their largest row.
/// The same guards as the count: rows named as rows ("the most severe records") stay rows,
/// a table of named things (a unique text key) or a count taken for the key is refused, and
/// the noun must be plural — "the most severe case" is the worst one, a superlative of the
/// adjective — and "on average" keeps the average per row.
extension Interpreter {
    /// The ranking measure when the superlative's phrase at `t` is a qualified count column
    /// followed by a plural generic noun ("severe cases") and the question ranks groups (an
    /// answer entity or a grouping); nil to leave the phrase to the other readings. Claims the
    /// column's item and the noun (as context).
    mutating func rankedQualifiedTally(at t: Int) throws(TranslationError) -> Meaning.Measure? {
        // ("the most severe cases on average" is the average per row: left to that reading.)
        guard !meaning.namesRowsAsSuch, !meaning.onAverage, !items.contains(where: { $0.keyword == .onAverage }),
            meaning.answerEntity != nil || !meaning.groupings.isEmpty, t + 1 < items.count, !items[t].used,
            !isTable(t), let best = items[t].columns.map(\.score).max(), best >= 3,
            case let top = items[t].columns.filter({ $0.score == best }), top.count == 1, !top[0].negated,
            !items[t + 1].used, keyword(t + 1) == .rowsNoun, isPlural(t + 1),
            lexicon.countsQualifiedThings(top[0].ref, wordNet: WordNet.shared, evenAsKey: true)
        else { return nil }
        let ref = top[0].ref
        let table = lexicon.tables[ref.table]
        if let key = table.keyColumn, table.columns[key].isText || key == ref.column {
            throw ambiguity(
                tokens[items[t].range].map(\.text).joined(separator: " ") + " " + tokens[items[t + 1].range].map(\.text).joined(separator: " "),
                ["the total of \(lexicon.columnName(ref))", "the \(table.name) rows"])
        }
        use(t)
        useAsContext(t + 1)
        noteTable(ref.table, at: t)
        return .aggregate(.sum, ref)
    }
}
