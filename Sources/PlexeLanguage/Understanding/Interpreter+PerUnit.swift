extension Interpreter {
    /// "earnings per share", "dividends per share", "10 dollars a share": a share after "per"
    /// or "a" is a unit of count — money for each share held — never a share of the rows, which
    /// the percentage reading of "share" would make of it (`100.0 * SUM(…) / COUNT(*)`).
    ///
    /// The phrase with the word or two before it names a numeric column when the name spells
    /// it: by its initials (`eps` of "earnings per share", or of "earn per share") or by its
    /// words (`dividend_per_share`); exactly one column across the tables, or none is taken.
    /// Where no column is spelled, the share word loses its percentage reading and stays
    /// unplaced: a refusal that names it, rather than a percentage nobody asked for.
    mutating func readPerUnitPhrases() {
        var s = 0
        while s < items.count {
            defer { s += 1 }
            guard s >= 1, case .percent? = items[s].keyword, !items[s].used, items[s].range.count == 1,
                tokens[items[s].range.lowerBound].lemma == "share", isPerUnitLink(s - 1)
            else { continue }
            // "a share of the vote" is a share.
            if tokens[items[s - 1].range.lowerBound].lower != "per",
                let n = nextIndex(from: s + 1, skipping: { _ in false }), tokens[items[n].range.lowerBound].lower == "of"
            {
                continue
            }
            if let (span, ref) = perUnitColumn(endingAt: s) {
                items[span.lowerBound].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
                items[span.lowerBound].keyword = nil
                items[span.lowerBound].alternateKeyword = nil
                items[span.lowerBound].isUnknown = false
                items[span.lowerBound].literal = nil
                merge(span)
                s = span.lowerBound
            } else {
                items[s].keyword = nil
                items[s].alternateKeyword = nil
                items[s].isUnknown = true
            }
        }
    }

    /// "per", or the article "a" of "ten dollars a share".
    private func isPerUnitLink(_ k: Int) -> Bool {
        guard !items[k].used, items[k].range.count == 1 else { return false }
        return ["per", "a"].contains(tokens[items[k].range.lowerBound].lower)
    }

    /// The one numeric column that the one or two words before the link, the link and the
    /// share word spell: by initials ("earnings per share" → `eps`) or by the name's words.
    private func perUnitColumn(endingAt s: Int) -> (ClosedRange<Int>, ColumnRef)? {
        let link = s - 1
        for start in stride(from: link - 2, through: link - 1, by: 1) where start >= 0 {
            let span = start...s
            let head = start..<link
            guard
                head.allSatisfy({ k in
                    !items[k].used && items[k].range.count == 1 && tokens[items[k].range.lowerBound].kind == .word && items[k].number == nil
                        && !items[k].hasValue && !isArticle(k)
                })
            else { continue }
            let words = span.map { tokens[items[$0].range.lowerBound] }
            let initials = String(words.compactMap(\.lower.first))
            let said = Set(head.map { tokens[items[$0].range.lowerBound].lemma } + ["share"])
            var found = Set<ColumnRef>()
            for table in lexicon.tables {
                for column in table.columns where column.isNumeric && !column.isBooleanLike {
                    if column.letters == initials || said.isSubset(of: Set(column.words)) { found.insert(column.ref) }
                }
            }
            if found.count == 1, let ref = found.first { return (span, ref) }
        }
        return nil
    }
}
