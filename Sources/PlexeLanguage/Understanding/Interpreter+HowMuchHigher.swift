/// "How much higher is Lyon's rent than Nice's?", "how much lower was the average yield in
/// the north than in the south?", "how much higher was Ada's math score than her art score?":
/// a comparative after "how much" asks for the gap between the figure before "than" and the
/// one after it, read as the sides of "the difference between … and …" are
/// (`differenceOfSides`).
extension Interpreter {
    /// Comparatives after "how much" that are no adjective's "-er" form.
    private static let plainComparatives: [String: SortDirection] = ["more": .descending, "less": .ascending, "fewer": .ascending]

    /// The sign a comparative asks for: the first side minus the second for "higher" (a high
    /// pole, `.descending`), the second minus the first for "lower", "smaller" (adjectives of
    /// the low pole, `lowPoleAdjectives`), so that the answer is positive when the question
    /// is right.
    private func comparativeDirection(_ i: Int) -> SortDirection? {
        guard i < items.count, !items[i].used, items[i].range.count == 1 else { return nil }
        let word = tokens[items[i].range.lowerBound].lower
        if let direction = Interpreter.plainComparatives[word] { return direction }
        guard word.hasSuffix("er"), let wordNet = WordNet.shared,
            let base = wordNet.baseForms(word, .adjective).first(where: { $0 != word }) ?? Interpreter.irregularBase(of: word, wordNet)
        else { return nil }
        return Interpreter.lowPoleAdjectives.contains(base) ? .ascending : .descending
    }

    /// Read after `readHowManyMore` (which reads "how much more honey did … give than …",
    /// sides picked by two values of one column). The comparative is a word left unplaced,
    /// or one linked to a column ("heavier" of `weight_kg`), which then names the figure
    /// where neither side does. Every word of both sides must be placed by them: a side
    /// that cannot be read is refused, naming the comparative.
    mutating func readHowMuchComparative() throws(TranslationError) {
        guard let h = items.indices.first(where: { !items[$0].used && keyword($0) == .howMuch }),
            h + 1 < items.count, let direction = comparativeDirection(h + 1)
        else { return }
        let c = h + 1
        // A comparative linked to a column comes as two readings of one word: the column, then
        // the comparison.
        let last = c + 1 < items.count && items[c + 1].range == items[c].range && !items[c + 1].used ? c + 1 : c
        // "taller", "heavier": an adjective of a dimension, whose column is the figure where
        // neither side names one.
        var dimension: Dimension?
        if case .adjective(let d, _?)? = keyword(c), d != .time { dimension = d }
        guard items[c].isUnknown || dimension != nil || (c...last).contains(where: isComparativeLinkedToColumn),
            let t = items.indices.first(where: { $0 > last && !items[$0].used && keyword($0) == .than })
        else { return }
        var end = t + 1
        while end < items.count {
            if case .compare? = keyword(end) { break }
            end += 1
        }
        let refuse = TranslationError(
            kind: .unplacedWords([items[c].text]),
            message: unplacedMessage([items[c].text] + (h..<end).filter { $0 != c && items[$0].isUnknown && !items[$0].used }.map { items[$0].text }))
        guard var first = try ratioOperand(last + 1, t), var second = try ratioOperand(t + 1, end) else { throw refuse }
        let pronoun = takePronounValue(first, &second, secondStart: t + 1)
        // "How much heavier is the Vega than the Orion?": the comparative's own column.
        if first.column == nil, second.column == nil {
            var own = Set((c...last).flatMap { items[$0].columns.map(\.ref) }.filter { lexicon[$0].isNumeric && !lexicon[$0].isBooleanLike })
            if let dimension, let ref = try dimensionColumn(dimension, hint: direction.extremeFunction) { own.insert(ref) }
            guard own.count == 1 else { throw refuse }
            first.column = own.first
        }
        let (a, b) = direction == .descending ? (first, second) : (second, first)
        guard let difference = differenceOfSides(a, b, position: c) else { throw refuse }
        meaning.measures.append(Meaning.MeasureUse(measure: difference, position: c))
        // (The comparative says which way round; the column it was linked to is the sides' or
        // none of the answer's.)
        for k in c...last {
            items[k].isUnknown = false
            items[k].schema = []
        }
        for k in [h, t] + Array(c...last) + first.items + second.items { use(k) }
        if let pronoun { use(pronoun) }
        for k in (last + 1)..<end
        where !items[k].used
            && (isArticle(k) || ["of", "in", "for", "that", "those", "one", "ones"].contains(tokens[items[k].range.lowerBound].lower))
        {
            use(k)
        }
    }

    /// "heavier", "higher" (of `mast_height_m`): a comparative the lexical pass linked to the
    /// column it grades, as the column or as the comparison.
    private func isComparativeLinkedToColumn(_ i: Int) -> Bool {
        guard !items[i].used, items[i].range.count == 1 else { return false }
        if case .compare? = items[i].keyword { return true }
        return items[i].keyword == nil && !items[i].hasValue && items[i].columns.contains { lexicon[$0.ref].isNumeric }
    }
}
