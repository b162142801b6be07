extension Interpreter {
    /// "How many were dismissed?" of `staff(year, staffHired, staffFired)`: a participle after a
    /// form of "be" that a column's verb is a kind of (`narrowerVerbColumn`) or a synonym of
    /// (WordNet lists "fire" and "dismiss" in one sense) names that column, even where an
    /// earlier pass took it for a verb saying only that the rows were collected ("dismiss" is
    /// filed under judging) or for a filler ("taken"), or left it unplaced ("sacked").
    /// Counted, the column is added up, as "how many were fired" is.
    ///
    /// A filler participle that names no column and is all that says what "how many" counts
    /// ("How many were taken?") is left unplaced: counting the rows would drop the one word
    /// that says what is counted, and a refusal that names it is better than a wrong count.
    mutating func readVerbsOfTheData() {
        for i in items.indices.dropFirst() where items[i].range.count == 1 && isAfterCopula(i) {
            let token = tokens[items[i].range.lowerBound]
            guard token.kind == .word, token.lower.allSatisfy(\.isLetter), let wordNet = WordNet.shared,
                wordNet.baseForms(token.lower, .verb).contains(where: { $0 != token.lower })
            else { continue }
            let absorbed = items[i].used && items[i].schema.isEmpty && items[i].keyword == nil && !items[i].isContext
            let filler = !items[i].used && items[i].schema.isEmpty && items[i].isFiller
            let unplaced = !items[i].used && items[i].isUnknown
            guard absorbed || filler || unplaced else { continue }
            if let ref = narrowerVerbColumn(i) ?? synonymVerbColumn(i) {
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].keyword = nil
                items[i].isUnknown = false
                items[i].literal = nil
                items[i].used = false
            } else if filler, i >= 2, items[i - 2].keyword == .count, !items[i - 2].used,
                tokens[items[i - 2].range.lowerBound].lower == "how"
            {
                items[i].keyword = nil
                items[i].isUnknown = true
            }
        }
    }

    /// Whether the item before `i` is a form of "be".
    private func isAfterCopula(_ i: Int) -> Bool {
        guard i >= 1, items[i - 1].range.count == 1 else { return false }
        return ["are", "were", "was", "is", "been", "be", "being"].contains(tokens[items[i - 1].range.lowerBound].lower)
    }

    /// The one numeric column (of the tables in view) whose name holds an inflected verb
    /// (`fired`) that shares a sense with the word at `i` ("dismissed": WordNet's "fire, give
    /// notice, can, dismiss, …"). Words of many senses ("take", "make", "get") share one with
    /// nearly any verb, so a word of more than a dozen senses, on either side, links nothing.
    /// The columns' verbs and their senses were looked up at upload (`SchemaLexicon.verbSenses`);
    /// only the asked word is looked up here.
    func synonymVerbColumn(_ i: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        let asked = wordNet.baseForms(token.lower, .verb)
        let askedSenses = asked.map { wordNet.synsets($0, .verb) }
        guard !asked.isEmpty, askedSenses.allSatisfy({ $0.count <= SchemaLexicon.synonymSenseLimit }) else { return nil }
        let offsets = Set(askedSenses.joined().map(\.offset))
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        var found = Set<ColumnRef>()
        for t in tables {
            for column in lexicon.tables[t].columns {
                for sense in lexicon.verbSenses(of: column.ref)
                where sense.baseSenseCount <= SchemaLexicon.synonymSenseLimit && !offsets.isDisjoint(with: sense.baseOffsets)
                    && !asked.contains(sense.word) && !asked.contains(sense.base)
                {
                    found.insert(column.ref)
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
