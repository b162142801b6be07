/// "the spot rate" of `yen(date, s, f)`, "the forward price" of `f`: a column named by one
/// letter is a word cut to its initial, and a word nothing else placed that starts with that
/// letter, before a noun for a measure, names it — the shortest of short forms
/// (`initialism(around:)` reads two letters and more).
///
/// One letter is weak evidence, so the reading is narrow and comes after every other link of
/// an unknown word (values, units, abbreviations, WordNet) but before the guess that a noun
/// names the rows: the word is an English noun or adjective of three letters or more, and it
/// qualifies a noun for a measure ("rate", "price", "value": `measureNouns`) — "the average
/// salary" of the same table is no spot rate, and stays refused; exactly one numeric column
/// of the upload has that letter for its whole name; and no text column stores the letter as
/// a value (`IncParty` holding 'R' and 'D' beside vote columns `R` and `D`: "Republican"
/// could be either, and stays unplaced).
extension Interpreter {
    mutating func linkOneLetterColumns() {
        guard let wordNet = WordNet.shared else { return }
        let columns = lexicon.tables.flatMap(\.columns).filter { $0.name.count == 1 && $0.name.first!.isLetter }
        guard !columns.isEmpty else { return }
        for i in items.indices where items[i].isUnknown && !items[i].used && items[i].keyword == nil {
            // The word and the measure noun it qualifies ("spot rate"); the noun is read with
            // the column later (`absorbMeasureNouns`).
            let span = items[i].range
            let word = tokens[span.lowerBound]
            guard span.count == 1, i + 1 < items.count, items[i + 1].range.count == 1, !items[i + 1].used else { continue }
            let measureNoun = tokens[items[i + 1].range.lowerBound]
            guard Interpreter.measureNouns.contains(measureNoun.lemma), word.kind == .word, !word.isCode, word.lower.count >= 3,
                word.lower.allSatisfy(\.isLetter), !SchemaLexicon.partialStopWords.contains(word.lower), let initial = word.lower.first
            else { continue }
            let named = columns.filter { $0.name.lowercased() == String(initial) }
            guard named.count == 1, let column = named.first, column.isNumeric, !column.isBooleanLike, !lexicon.isIdentifier(column.ref),
                !storesLetterAsValue(initial),
                [WordNet.PartOfSpeech.noun, .adjective].contains(where: { pos in
                    wordNet.baseForms(word.lower, pos).contains { !wordNet.synsets($0, pos).isEmpty }
                })
            else { continue }
            items[i].schema = [Item.SchemaMatch(target: .column(column.ref, negated: false), score: 2)]
            items[i].isUnknown = false
            items[i].literal = nil
        }
    }

    /// Whether some text column stores the letter, in either case, as a whole value.
    private func storesLetterAsValue(_ letter: Character) -> Bool {
        let value = String(letter)
        return lexicon.tables.contains { table in
            table.columns.contains { column in
                column.isText && (column.distinctValues ?? []).contains { $0.lowercased() == value }
            }
        }
    }
}
