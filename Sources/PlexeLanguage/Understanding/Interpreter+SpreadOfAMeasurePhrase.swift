/// "The range of January temperatures", "the range of ACME's share across all polls", "the
/// range of the yearly rainfall figures": a spread word ("range", "spread") before "of" and a
/// measure phrase that `readSpread` cannot take as a plain column right away — a value picking
/// the rows, a month, a period adjective sit in it. The phrase is the one an aggregate word
/// would measure in the same place ("the average January temperature"), so the word is read by
/// the aggregate path (`readAggregateChain`) once the values, dates and comparisons have taken
/// their words, and the aggregate it finds becomes `MAX(X) - MIN(X)`. Whatever that path would
/// refuse (an ambiguous column) stays refused; whatever it reads that is not one column's
/// aggregate (a count of rows, an average per customer) is refused rather than spread.
extension Interpreter {
    /// Keeps the spread word `i` for the aggregate path: only "range of …" / "spread of …",
    /// and not after "and" ("the average and range of …" would read it as a second average).
    mutating func deferSpread(_ i: Int) {
        guard items[i].keyword == nil, !items[i].hasValue, i + 1 < items.count, tokens[items[i + 1].range.lowerBound].lower == "of",
            items[i + 1].range.count == 1, keyword(i - 1) != .and
        else { return }
        items[i].isUnknown = false
        items[i].schema = []
        spreadWordTokens.insert(items[i].range.lowerBound)
    }

    /// Right before the measures: the kept spread words become aggregate words, so the
    /// measure phrase after them is read as "the average …" would be.
    mutating func readSpreadWordsAsAggregates() {
        spreadWords = Set(items.indices.filter { items[$0].range.count == 1 && spreadWordTokens.contains(items[$0].range.lowerBound) })
        for i in spreadWords.sorted() where !items[i].used {
            items[i].keyword = .aggregate(.average)
        }
    }

    /// The spread of what the aggregate path read for a kept spread word: one numeric or
    /// temporal column's aggregate, whatever function it chose, is that column's spread.
    func spread(of measure: Meaning.Measure, at i: Int) throws(TranslationError) -> Meaning.Measure {
        if case .aggregate(_, let ref) = measure, lexicon[ref].isNumeric || lexicon[ref].isTemporal {
            return Interpreter.spreadMeasure(of: ref, lexicon)
        }
        throw unreadSpread(i)
    }

    /// `MAX − MIN` of a number; of dates, the days from the first to the last (the difference
    /// of two stored date texts, `'2007-02-20' - '2005-01-10'`, is the difference of their
    /// years: 2).
    static func spreadMeasure(of ref: ColumnRef, _ lexicon: SchemaLexicon) -> Meaning.Measure {
        if lexicon[ref].isTemporal { return .combined(.aggregate(.minimum, ref), .daysUntil, .aggregate(.maximum, ref)) }
        return .combined(.aggregate(.maximum, ref), .minus, .aggregate(.minimum, ref))
    }

    /// After the measures: a kept spread word that did not become a spread (left over, or
    /// taken as something else: "the range of total spend per customer") is refused.
    func refuseUnreadSpreads() throws(TranslationError) {
        for i in spreadWords.sorted() {
            let spread = meaning.measures.contains { use in
                guard use.position == i, case .combined(_, .minus, _) = use.measure else { return false }
                return true
            }
            if !spread { throw unreadSpread(i) }
        }
    }

    private func unreadSpread(_ i: Int) -> TranslationError {
        let words = tokens[items[i].range.lowerBound..<tokens.count].map(\.text).joined(separator: " ")
        return TranslationError(
            kind: .unsupported("spread"),
            message: "Could not tell which single column \"\(words)\" spans; name the column whose range you want.")
    }
}
