/// "How many female patients are there?" of a `sex` column holding 0 and 1: a word of one sex
/// that reaches a sex or gender column only through what the column is about (WordNet files
/// "female" under the attribute sex) names one of the column's codes, and the codes do not say
/// which. Where the values are spelled ('F', 'female', 'woman') the word names a value and
/// never comes here.
extension Interpreter {
    /// Refuses, naming the word, where a word that is not a word of the column's name
    /// ("female", "male", "women") is read only as a sex or gender column whose values are
    /// codes: `sex = 1` would be a guess between the two sexes. A name that spells the sex
    /// asked (`sex_male` of "male") says what its 1 means and is left to the other readings;
    /// the other sex of it ("female" of `sex_male`) is refused too, never read as its 1.
    func refuseSexWordsOfCodedColumns() throws(TranslationError) {
        for item in items where !item.used && !item.hasValue {
            let columns = item.columns
            guard let best = columns.map(\.score).max() else { continue }
            let said = Set(item.range.map { tokens[$0].lemma })
            let top = columns.filter { $0.score == best }.map(\.ref)
            let coded = top.filter { ref in
                let column = lexicon[ref]
                return column.namesSex && said.isDisjoint(with: column.words + ["sex", "gender"])
            }
            guard !coded.isEmpty, coded.count == top.count else { continue }
            let word = item.text
            let names = Set(coded.map { lexicon.columnName($0) }).sorted().joined(separator: ", ")
            throw TranslationError(
                kind: .unplacedWords([word]),
                message:
                    "Could not tell which values of \(names) mean \"\(word)\": the column holds codes, not the names of the sexes. Known tables and columns: \(lexicon.summary)."
            )
        }
    }
}
