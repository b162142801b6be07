/// "How many people died of the fever in 1701?" of `ledger(Year, Boys, Girls, Fever, Burials)`:
/// a verb of an event followed by "of" and a count column names the events that column
/// counts, by their cause.
extension Interpreter {
    /// An unplaced verb (one WordNet derives an event noun from: "die", death) followed by
    /// "of", an optional "the", and a word naming exactly one whole-number column
    /// is taken for that column: the column counts the verb's events of that cause, so "how
    /// many died of the fever" adds the column up.
    ///
    /// Only a noun filed by WordNet as an event (`noun.event`) counts — "consist of", "think
    /// of" derive no event — and the column must hold whole numbers, as a count does; the
    /// verb then says only what the column counts and is absorbed.
    mutating func readVerbsOfACause() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices {
            guard let bases = plainVerb(at: i, wordNet), namesAnEvent(bases, wordNet) else { continue }
            var j = i + 1
            guard j < items.count, items[j].range.count == 1, tokens[items[j].range.lowerBound].lower == "of" else { continue }
            let preposition = j
            j += 1
            if j < items.count, items[j].range.count == 1, tokens[items[j].range.lowerBound].lower == "the" { j += 1 }
            guard j < items.count, !items[j].used, items[j].keyword == nil || items[j].isFiller else { continue }
            let columns = items[j].columns.filter { !$0.negated }
            guard let best = columns.map(\.score).max(), best >= 2 else { continue }
            let top = Set(columns.filter { $0.score == best }.map(\.ref))
            guard top.count == 1, let ref = top.first, lexicon[ref].type == .integer, !lexicon[ref].isBooleanLike else { continue }
            // "died of the plague in 1636": a bare number after the column may be read as its
            // value (Plague = 1636) rather than the period meant; the verb stays unplaced there.
            var k = j + 1
            if k < items.count, items[k].range.count == 1, ["in", "during", "for", "at"].contains(tokens[items[k].range.lowerBound].lower) { k += 1 }
            guard k >= items.count || items[k].number == nil else { continue }
            items[i].isUnknown = false
            items[i].keyword = nil
            items[i].literal = nil
            items[i].used = true
            items[preposition].used = true
        }
    }

    /// Whether one of the verb's two commonest senses, of the verb's own word, derives a noun
    /// WordNet files as an event ("die" → death, "the event of dying").
    private func namesAnEvent(_ bases: [String], _ wordNet: WordNet) -> Bool {
        let eventFile = 11
        for base in bases {
            for sense in wordNet.synsets(base, .verb).prefix(2) where sense.words.contains(base) {
                for link in wordNet.follow(sense, word: base)
                where link.relation == .derivation && link.synset.partOfSpeech == .noun && link.synset.lexicographerFile == eventFile {
                    return true
                }
            }
        }
        return false
    }
}
