extension Interpreter {
    /// "How many patients died (outcome 1)?": a verb left unplaced and followed at once by a
    /// parenthesis holding a column and one of its stored values is defined by that
    /// condition, which the question states right there; the verb is absorbed and the column
    /// and value are read as any condition is.
    ///
    /// Only inside a parenthesis (without one, "how many cars failed test 2" would lose its
    /// verb and count every car of test 2), and only a column named by its whole name and a
    /// number or word it holds: anything looser would let a verb stand for a condition the
    /// question did not state.
    mutating func readVerbsDefinedByACondition() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices.dropLast(2) where plainVerb(at: i, wordNet) != nil {
            let column = items[i + 1]
            let value = items[i + 2]
            let refs = Set(column.columns.filter { !$0.negated && $0.score >= 3 }.map(\.ref))
            guard tokens[column.range.lowerBound].opensParenthesis, refs.count == 1, let ref = refs.first, !column.used, column.keyword == nil
            else { continue }
            let holds = value.values.contains { $0.ref == ref } || (value.number != nil && lexicon[ref].isNumeric)
            guard holds, !value.used else { continue }
            items[i].isUnknown = false
            items[i].keyword = nil
            items[i].literal = nil
            items[i].used = true
        }
    }
}
