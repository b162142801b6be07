/// Words that a reading could take without their meaning reaching the answer: a word read as
/// the table where it names one of its columns ("heights and *weights*" of a table named
/// `heights_weights`), the first word of a place name whose last word alone is a stored value
/// ("*New* York" where only `York` is stored). Each such word either gets the reading that
/// makes it count or stays unplaced, so the question is refused rather than answered without it.
extension Interpreter {
    /// "the crime rate of New York" where the city column stores `York` (and `New.York`, which
    /// the words did not spell): a capitalised word inside the question right before a stored
    /// value that opens with a capital is part of the same name, so taking the value by its
    /// last word and reading the first as a filler ("new") answers about another place. Unless
    /// the words spell a value as a whole (`ValueIndex`), the first word is left unplaced.
    /// (The first word of the question, or of a sentence, is capitalised for the sentence.)
    mutating func leaveNameWordsBeforeValuesUnplaced() {
        for i in items.indices.dropFirst() where !items[i].used && items[i].hasValue && items[i].keyword == nil {
            let first = tokens[items[i].range.lowerBound]
            let p = i - 1
            guard first.kind == .word, first.text.first?.isUppercase == true, !items[p].used, items[p].isFiller, items[p].schema.isEmpty,
                items[p].range.count == 1, let w = items[p].range.first, w > 0
            else { continue }
            let word = tokens[w]
            guard word.kind == .word, word.text.count > 1, word.text.first?.isUppercase == true, !word.isAllCaps,
                tokens[w - 1].kind == .word || tokens[w - 1].kind == .number
            else { continue }
            items[p].keyword = nil
            items[p].isUnknown = true
            items[p].literal = nil
        }
    }
}
