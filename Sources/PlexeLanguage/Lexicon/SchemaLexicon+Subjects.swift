/// Tables named after their subject followed by what is measured of it (`seedlings_height_width`,
/// `towns_area_population`): the rows are the subject, not the last word.
extension SchemaLexicon {
    /// The word of a table's name that says what its rows are when the words after it are the
    /// names of its own measures: in `seedlings_height_width` with the columns `height_cm` and
    /// `width_cm`, each row is a seedling and "height" and "width" are what is known of it, so
    /// "the seedlings" are the rows — not things that qualify a table of widths ("rides" of
    /// `ride_choices` still counts rides).
    ///
    /// Evidence on both sides, or nothing: every word after the subject must be a word of a
    /// numeric column's name (no identifier's) and, in WordNet, an attribute or quantity rather than a thing
    /// (`order_items` with an `item` column keeps its rows items); the subject itself is no
    /// column's word and its first noun sense is a thing rows can stand for (people, objects,
    /// places, groups).
    static func subjectRowNouns(of table: Table, wordNet: WordNet?) -> [String] {
        guard let wordNet, table.words.count >= 2 else { return [] }
        let columnWords = Set(table.columns.flatMap(\.words))
        // Not an identifier (`batch_id` of `brewing_batches`): it numbers the rows, it measures nothing.
        let measureWords = Set(
            table.columns.filter { column in
                column.isNumeric && !column.isBooleanLike && column.ref.column != table.keyColumn
                    && !column.words.contains(where: { SchemaLexicon.identifierWords.contains($0) })
            }.flatMap(\.words))
        var p = table.words.count - 1
        while p >= 0, measureWords.contains(table.words[p]) { p -= 1 }
        guard p >= 0, p < table.words.count - 1 else { return [] }
        let measures = table.words[(p + 1)...]
        let allMeasures = measures.allSatisfy { word in
            guard let base = wordNet.baseForms(word, .noun).first, let sense = wordNet.firstSynset(base, .noun) else { return false }
            return !Interpreter.namesThings(sense, wordNet)
        }
        let subject = table.words[p]
        guard allMeasures, subject.count >= 3, !columnWords.contains(subject), let base = wordNet.baseForms(subject, .noun).first,
            let sense = wordNet.firstSynset(base, .noun), Interpreter.namesThings(sense, wordNet)
        else { return [] }
        return [base]
    }
}
