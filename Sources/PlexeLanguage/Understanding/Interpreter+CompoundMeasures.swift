/// A column named by the first word of a compound that WordNet knows as a measure: "the boiling
/// point" of a column named only `boiling` — a short name keeps the word that tells the
/// measure apart and leaves its head out.
extension Interpreter {
    /// WordNet's noun lexicographer files of measures: attributes, quantities, time (rates).
    static let measureNounFiles: Set<Int> = [7, 23, 28]

    /// "the boiling point" where a numeric column is named by "boiling" alone and the next
    /// word names nothing in the schema: when WordNet lists the two words as one noun whose
    /// first sense is a measure — filed under attributes, quantities or time, where WordNet
    /// keeps its rates — and no thing, the pair is that column. A compound of anything else
    /// ("life insurance" is a possession) says nothing of a measure and keeps its words.
    mutating func readCompoundMeasureNames() {
        guard let wordNet = WordNet.shared else { return }
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            let m = i - 1
            guard items[m].keyword == nil, items[i].keyword == nil, !items[m].used, !items[i].used,
                items[m].range.count == 1, items[i].range.count == 1, items[i].schema.isEmpty, !items[i].hasValue,
                let ref = bestColumn(items[m]), items[m].columns.contains(where: { $0.ref == ref && $0.score >= 3 && !$0.negated }),
                lexicon[ref].isNumeric, !lexicon[ref].isBooleanLike, lexicon[ref].words.count == 1
            else { continue }
            let modifier = tokens[items[m].range.lowerBound]
            let head = tokens[items[i].range.lowerBound]
            guard modifier.kind == .word, head.kind == .word, lexicon[ref].words[0] == modifier.lemma,
                let sense = wordNet.firstSynset(modifier.lower + " " + head.lemma, .noun),
                Interpreter.measureNounFiles.contains(sense.lexicographerFile), !Interpreter.namesThings(sense, wordNet)
            else { continue }
            let schema = items[m].schema.filter { $0.target == .column(ref, negated: false) }
            merge(m...i)
            items[m].schema = schema
            items[m].isUnknown = false
            items[m].literal = nil
        }
    }
}
