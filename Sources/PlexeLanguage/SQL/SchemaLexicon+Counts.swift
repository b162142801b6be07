extension SchemaLexicon {
    /// Calendar words that, in the plural, measure a span rather than count things
    /// (`tenure_years`, `stay_days`).
    private static let spanWords: Set<String> = ["year", "month", "week", "day", "hour", "minute", "second", "decade", "quarter"]

    /// A whole-number column that counts things, named after them in the plural (`storms`,
    /// `Arrests`, `BILLS2019`, `NewHiresK`) or with a count word (`visit_count`): each row
    /// holds how many of them there were, so "how many storms", "the most storms" and "storms
    /// by region" add the column up — never count rows, average or take the largest row.
    /// Plurals of units and calendar words (`age_years`, `weight_lbs`) measure, not count.
    func countsThings(_ ref: ColumnRef) -> Bool {
        let column = self[ref]
        guard column.type == .integer, !column.isBooleanLike, !isOrdinal(ref) else { return false }
        if column.words.contains(where: { SchemaLexicon.countWords.contains($0) }) { return true }
        if column.words.contains(where: { SchemaLexicon.identifierWords.contains($0) || SchemaLexicon.spanWords.contains($0) }) {
            return false
        }
        // The head noun: the last word of three letters or more that is not a unit.
        let words = Tokenizer.splitIdentifier(column.name).map { String($0.lowercased().filter(\.isLetter)) }
        guard let head = words.last(where: { $0.count >= 3 && SchemaLexicon.unitSpellings(of: $0) == nil }) else { return false }
        let singular = Morphology.singular(head)
        return singular != head && SchemaLexicon.unitSpellings(of: singular) == nil && !SchemaLexicon.spanWords.contains(singular)
    }
}
