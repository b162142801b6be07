/// One word, number, date, quoted text or symbol of a question, with the normalised forms the
/// matcher compares against the schema.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// An ISO date (`2023-01-31`), normalised from the spellings the tokenizer accepts.
        case date
        /// Text between quotes, taken literally as a value.
        case quoted
        /// `,`, `%`, `=`, `>`, `>=`, `<`, `<=`, `<>`.
        case symbol
    }

    var kind: Kind
    /// As written (original case), used for messages and literal values.
    var text: String
    /// Lowercased text; for dates the ISO form, for numbers the digits as written.
    var lower: String
    /// Singular lowercase form of a word ("countries" → "country"); `lower` for the rest.
    var lemma: String
    /// A loose stem ("referred", "referral" → "refer"), so verbs can be linked to column words.
    var stem: String
    var number: Double?
    var isInteger = false
    /// The scale the number was written with: 1000 for "50 thousand", "40k" and "40,000",
    /// a million for "2 million" — the sign that it is counted in whole units, so a column kept
    /// in thousands (`income_k`) needs it rescaled (`Interpreter.rescaleScaledNumbers`).
    var magnitude: Double?
    /// Letters mixed with digits (`P0371`): looks like an identifier value.
    var isCode = false
    /// Written in capitals (`US`, `NL`): short uppercase data values only match such words,
    /// so the preposition "in" never reads as India's `IN`.
    var isAllCaps = false
    /// "1990s": the first year of a decade.
    var decade: Int?
    /// "1800s": the decade's year starts a century.
    var century = false
    /// Written joined to the word before by a hyphen or underscore ("ups" of "sit-ups").
    var joinedToPrevious = false
    /// Written right after an opening parenthesis ("status" of "died (status 1)"): the words a
    /// question sets apart, often to say what the word before them means in the data.
    var opensParenthesis = false

    init(kind: Kind, text: String, lower: String? = nil, lemma: String? = nil, stem: String? = nil) {
        self.kind = kind
        self.text = text
        let low = lower ?? text.lowercased()
        self.lower = low
        self.lemma = lemma ?? low
        self.stem = stem ?? low
    }

    /// A year-like integer (1800…2200) that a date phrase may claim.
    var yearValue: Int? {
        guard kind == .number, isInteger, let number, number >= 1800, number <= 2200 else { return nil }
        return Int(number)
    }

    var isWord: Bool { kind == .word }
}
