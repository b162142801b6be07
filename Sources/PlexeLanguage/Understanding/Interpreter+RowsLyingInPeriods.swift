/// "How many readings fall in 1985", "how many observations fall on a Monday", "how many
/// records lie in the 1970s": when the rows themselves are counted, a verb of being or
/// occurring somewhere ("fall" as in "Christmas falls on a Monday", "lie", "belong") only
/// places them in the period that follows; it is not the change "fall" of a measure ("how
/// much did the price fall from 1984 to 1985"), which needs two periods and a measure.
extension Interpreter {
    /// Reads such a verb as a filler, so the period after it is the rows' condition. Only
    /// right after "how many" and the rows' noun ("observations", or a plural table name),
    /// and right before "in"/"on" and a date, a decade, a month or a value: "how many prices
    /// fell in 1985" (a measure, not the rows) and "how many readings fell below 3" stay as
    /// they were.
    mutating func readRowsLyingInPeriods() {
        for i in items.indices where !items[i].used && items[i].keyword == nil && items[i].range.count == 1 && items[i].schema.isEmpty {
            guard let noun = previousIndex(from: i - 1, skipping: { isArticle($0) }), !items[noun].used,
                keyword(noun) == .rowsNoun || (isTable(noun) && isPlural(noun)),
                let count = previousIndex(from: noun - 1, skipping: { _ in false }), keyword(count) == .count,
                tokens[items[count].range.lowerBound].lower == "how",
                i + 1 < items.count, keyword(i + 1) == .dateRelation(.during) || keyword(i + 1) == .dateRelation(.on),
                let period = nextIndex(from: i + 2, skipping: { isArticle($0) }),
                datePoint(at: period, allowYear: true) != nil || isValue(period),
                isVerbOfBeingSomewhere(tokens[items[i].range.lowerBound].lower)
            else { continue }
            items[i].isUnknown = false
            items[i].keyword = .filler
        }
    }

    /// Whether a sense of the verb is a kind of occurring ("fall": "occur at a specified time
    /// or place"), or of being that places or files the thing ("lie": "be located or situated
    /// somewhere", "belong": "be rightly classified in a class"); "rise", "drop" and "grow"
    /// have none, nor "stay" ("remain in a certain state": patients who stayed in 1985 are not
    /// those admitted then).
    private func isVerbOfBeingSomewhere(_ word: String) -> Bool {
        guard let wordNet = WordNet.shared else { return false }
        for base in wordNet.baseForms(word, .verb) where base != "be" {
            for sense in wordNet.synsets(base, .verb) {
                let parents = wordNet.follow(sense).filter { $0.relation == .hypernym }.map(\.synset)
                if parents.contains(where: { $0.words.contains("occur") }) { return true }
                let places = ["located", "situated", "classified", "included"].contains { sense.gloss.contains($0) }
                if places, parents.contains(where: { $0.words.contains("be") }) { return true }
            }
        }
        return false
    }
}
