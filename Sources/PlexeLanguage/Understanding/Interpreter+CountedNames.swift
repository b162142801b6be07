/// Terse names of a count: `n` (the number of) and the start of what is counted (`nvis` of
/// "visits"), read from the one plural noun that says what is counted.
extension Interpreter {
    /// Whether `column` is named `n` + the start of the one plural noun `words` holds ("the
    /// number of pregnancies", "how many pregnancies" of a name made that way): the noun says
    /// what is counted, and a name that starts with its letters after the `n` counts those
    /// things. A plural only (a count is of things), the name terse (no English word, no
    /// known expansion) and the noun's start three letters or more, with letters to spare.
    func countsShortenedNoun(_ column: SchemaLexicon.Column, _ words: [Token]) -> Bool {
        guard words.count == 1, column.letters.first == "n", column.letters.count >= 4, isTerseName(column) else { return false }
        let token = words[0]
        guard token.kind == .word, token.lemma != token.lower else { return false }
        let rest = String(column.letters.dropFirst())
        return token.lemma.count >= rest.count + 2 && token.lemma.hasPrefix(rest)
    }
}
