/// Why a question could not be turned into SQL, with a message fit to show the person who
/// asked it.
///
/// The engine never guesses: when words cannot be placed on the schema, or two columns fit a
/// phrase equally well, it says so rather than answering a different question confidently.
public struct TranslationError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Words of the question that match no table, column, value or known English word.
        case unplacedWords([String])
        /// A phrase that fits several columns (or values) equally well.
        case ambiguous(phrase: String, candidates: [String])
        /// The question is blank, or holds nothing that could be asked of the data.
        case empty
        /// Every word was understood, but together they ask for something the engine cannot
        /// express (two tables with no foreign key between them, say).
        case unsupported(String)
        /// The question is longer than the engine reads (`QuestionTranslator.maximumQuestionLength`).
        case tooLong(maximum: Int)
    }

    public var kind: Kind
    /// The user-facing explanation. For unplaced words it names them and lists the tables and
    /// columns the engine knows, so the person can rephrase.
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
