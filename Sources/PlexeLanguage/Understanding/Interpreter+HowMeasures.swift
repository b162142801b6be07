/// "How well did boys spell?", "How well educated are masons?", "How large were the crews in
/// 1950?": an opening "how" and a word that only asks *how much* of a measure the rest of the
/// question names. The measure is the one numeric column the question names; the words say no
/// more than "its value", so they are used up and the rest of the question is read as usual.
///
/// Runs after `linkWords`, where `readHowAdjective` has already taken the "how" of an adjective
/// that names a column by itself ("how old", "how tall") or of a magnitude WordNet ties to one
/// column ("how big is the island" of `area`). What is left here names no column: the column
/// comes from the other words, and only when they name exactly one measure.
extension Interpreter {
    mutating func readHowOfANamedMeasure() {
        guard
            let h = items.indices.first(where: { k in
                !items[k].used && items[k].isUnknown && items[k].range.count == 1 && tokens[items[k].range.lowerBound].lower == "how"
            }), h + 1 < items.count, items[h + 1].range.count == 1, !items[h + 1].used
        else { return }
        let word = tokens[items[h + 1].range.lowerBound].lower
        if word == "well" {
            // "how well did boys spell", "how well educated are the nurses": how good, which is
            // the score or level the rest names — even by a verb that names it only weakly
            // ("spell" of `spellingMark`), as the rest of the question is read anyway.
            guard onlyNamedMeasure(after: h + 1, minimumScore: 1) != nil else { return }
        } else {
            // "how large were the crews": an adjective of size or amount, then a copula
            // and the measure itself as the subject.
            guard items[h + 1].isUnknown, h + 2 < items.count,
                Interpreter.auxiliaryVerbs.contains(tokens[items[h + 2].range.lowerBound].lower),
                isMagnitudeAdjective(word),
                let subject = nextIndex(from: h + 3, skipping: { isArticle($0) }),
                let ref = onlyNamedMeasure(after: h + 2), bestNumericMeasure(subject) == ref
            else { return }
        }
        for k in [h, h + 1] {
            items[k].isUnknown = false
            items[k].keyword = nil
            items[k].schema = []
            items[k].used = true
        }
    }

    /// The one numeric measure (not a flag, not a year) named after `start`; nil when none or
    /// several are.
    private func onlyNamedMeasure(after start: Int, minimumScore: Int = 2) -> ColumnRef? {
        var found = Set<ColumnRef>()
        for k in items.indices where k > start && !items[k].used && items[k].keyword == nil {
            if let ref = bestNumericMeasure(k, minimumScore: minimumScore) { found.insert(ref) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The numeric measure an item names best, if that is what it names best and unambiguously.
    private func bestNumericMeasure(_ k: Int, minimumScore: Int = 2) -> ColumnRef? {
        let numeric = items[k].columns.filter { lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike && !lexicon[$0.ref].isYearNumber }
        guard let best = numeric.map(\.score).max(), best >= minimumScore, best >= items[k].bestSchemaScore else { return nil }
        let top = Set(numeric.filter { $0.score == best }.map(\.ref))
        return top.count == 1 ? top.first : nil
    }

    /// Whether WordNet says an adjective is the attribute of a magnitude (size, amount,
    /// height: "large", "big", "high", "great") — a word for how much, not for what.
    private func isMagnitudeAdjective(_ word: String) -> Bool {
        guard let wordNet = WordNet.shared else { return false }
        for sense in wordNet.synsets(word, .adjective).prefix(3) {
            for link in wordNet.follow(sense) where link.relation == .attribute && link.synset.partOfSpeech == .noun {
                if wordNet.kinds(of: link.synset, within: 2).contains(where: { $0.words.contains("magnitude") }) { return true }
            }
        }
        return false
    }
}
