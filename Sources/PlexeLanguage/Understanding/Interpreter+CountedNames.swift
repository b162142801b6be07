/// Terse names of a count: `n` (the number of) and the start of what is counted (`nvis` of
/// "visits"), read from the one plural noun that says what is counted.
extension Interpreter {
    /// Whether `column` is named `n` + the start of the one plural noun `words` holds ("the
    /// number of pregnancies", "how many pregnancies" of a name made that way): the noun says
    /// what is counted, and a name that starts with its letters after the `n` counts those
    /// things. A plural only (a count is of things), the name terse (no English word, no
    /// known expansion) and the noun's start three letters or more, with letters to spare.
    ///
    /// The names made so, and their starts, are found once per schema
    /// (`SchemaLexicon.countedNounStarts`).
    func countsShortenedNoun(_ column: SchemaLexicon.Column, _ words: [Token]) -> Bool {
        guard words.count == 1, let start = lexicon.countedNounStarts[column.ref] else { return false }
        return Interpreter.isPlural(words[0], startingWith: start)
    }

    /// Whether `token` is a plural noun that some such name counts: a word that may open one.
    func namesACountedNoun(_ token: Token) -> Bool {
        lexicon.countedNounStarts.values.contains { Interpreter.isPlural(token, startingWith: $0) }
    }

    private static func isPlural(_ token: Token, startingWith start: String) -> Bool {
        guard token.kind == .word, token.lemma != token.lower else { return false }
        return token.lemma.count >= start.count + 2 && token.lemma.hasPrefix(start)
    }
}
