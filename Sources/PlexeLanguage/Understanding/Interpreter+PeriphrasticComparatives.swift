/// Comparatives made with "more" and "less": "painters more expressive than 12" of a score
/// column `expression`, "wines less acidic than 3" of `acidity`. An inflected comparative
/// ("heavier than") is read with the column its adjective names (`comparativeLink`); an
/// adjective too long to inflect is graded by the word before it, which otherwise stays
/// unplaced.
extension Interpreter {
    /// "more <adjective> than <number>", where linking has already tied the adjective to one
    /// numeric column (WordNet: "expressive" is "characterized by expression"): the column
    /// above (or below, for "less") the number. Only a word WordNet knows as an adjective and
    /// not as a noun ("more goals than 3" counts goals, read elsewhere), and only when "than"
    /// and a number follow straight away. "How many more …" asks a difference, never this.
    mutating func readPeriphrasticComparatives() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices where i + 3 < items.count && items[i].range.count == 1 && !items[i].used {
            let word = tokens[items[i].range.lowerBound].lower
            guard word == "more" || word == "less", items[i].schema.isEmpty else { continue }
            if i > 0, ["many", "much"].contains(tokens[items[i - 1].range.upperBound - 1].lower) { continue }
            let a = i + 1
            guard items[a].range.count == 1, !items[a].used, items[a].keyword == nil else { continue }
            let adjective = tokens[items[a].range.lowerBound].lower
            guard !wordNet.baseForms(adjective, .adjective).isEmpty, wordNet.baseForms(adjective, .noun).isEmpty,
                wordNet.baseForms(adjective, .verb).isEmpty
            else { continue }
            let columns = items[a].columns.filter { !$0.negated && lexicon[$0.ref].isNumeric }
            guard columns.count == 1, items[a].schema.count == 1 else { continue }
            guard case .than? = items[a + 1].keyword, items[a + 2].number != nil else { continue }
            let op: Comparison = word == "more" ? .greater : .less
            meaning.conditions.append(
                Meaning.Condition(kind: .compare(columns[0].ref, op, SQLLiteral.number(items[a + 2].number ?? 0)), position: a))
            use(i, a, a + 1, a + 2)
        }
    }
}
