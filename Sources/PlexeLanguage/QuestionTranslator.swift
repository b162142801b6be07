import Foundation
import PlexeFoundation

/// Turns an English question into one SQLite `SELECT` over a session's tables — offline,
/// deterministic, in well under a millisecond for a typical question.
///
/// The vocabulary comes from the data: table and column names (split on `_` and case,
/// singular and plural), column types, the distinct values of low-cardinality text columns,
/// and the foreign keys between tables, plus a small built-in English lexicon (aggregates,
/// comparisons, grouping and ordering words, dates, country names). A question whose words
/// cannot all be placed, or that fits two columns equally well, is refused with a message
/// that says so — the engine never answers a different question with confidence.
///
/// ```swift
/// let translator = QuestionTranslator(schema: LanguageSchema(tables: tables, foreignKeys: keys))
/// let answer = try translator.translate("How many customers are there in each country?")
/// // answer.sql == "SELECT country, COUNT(*) AS customer_count FROM customers GROUP BY country"
/// ```
public struct QuestionTranslator: Sendable {
    private let lexicon: SchemaLexicon

    /// The longest question translated, in characters. The longest of the 1,770 questions
    /// of the evaluation sets has 125. Several passes of the interpreter look along the
    /// question from each word, so their cost grows with the square of its length: measured
    /// through the stack, a 25,000-character question of one repeated phrase held a worker
    /// for 9.9 s, and 9,000 characters of hyphenated words 6.1 s. Past the bound the question
    /// is refused before any of that work, whatever it holds.
    public static let maximumQuestionLength = 1_000

    /// Precomputes the schema's vocabulary; build one translator per session and reuse it.
    public init(schema: LanguageSchema) {
        self.lexicon = SchemaLexicon(schema: schema)
        // The built-in vocabulary and WordNet's files are set up on first use: here, with the
        // translator, rather than in the first question's time.
        _ = EnglishLexicon.phrasesByFirstWord.count
        _ = WordNet.shared?.contains("entity", .noun)
    }

    /// The SQL for `question`, its result type (a visualization when the question asks to
    /// plot, chart, graph, draw or visualize, or for a distribution or histogram — unless
    /// `forcedResultType` says otherwise) and a title.
    public func translate(_ question: String, forcedResultType: ResultType? = nil) throws(TranslationError) -> Translation {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= Self.maximumQuestionLength else {
            throw TranslationError(
                kind: .tooLong(maximum: Self.maximumQuestionLength),
                message: "The question has \(trimmed.count) characters; at most \(Self.maximumQuestionLength) are read. Please ask it in fewer words."
            )
        }
        let tokens = Tokenizer.tokenize(trimmed)
        guard !tokens.isEmpty else {
            throw TranslationError(kind: .empty, message: "The question is empty. Ask about \(lexicon.summary).")
        }
        let items = Tagger(lexicon: lexicon).items(for: tokens)
        var interpreter = Interpreter(lexicon: lexicon, tokens: tokens, items: items)
        let meaning = try interpreter.interpret()
        if meaning.scatter == nil, meaning.measures.isEmpty, meaning.projections.isEmpty, meaning.groupings.isEmpty, meaning.conditions.isEmpty,
            meaning.answerEntity == nil, meaning.tableMentions.isEmpty, meaning.rankMeasure == nil,
            !(meaning.asksWho && (meaning.rankMeasureImplicit || meaning.verbMeasure != nil))
        {
            throw TranslationError(
                kind: .empty, message: "The question names no table, column or value to look at. Known tables and columns: \(lexicon.summary).")
        }
        let resultType = forcedResultType ?? (meaning.wantsChart ? .visualization : .table)
        let output = try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: resultType).plan()
        // Every schema word the reading claimed must show in the statement (see `Accountability`).
        try Accountability(lexicon: lexicon, items: interpreter.items, meaning: meaning).check(sql: output.sql)
        return Translation(
            sql: output.sql, resultType: resultType,
            visualizationType: resultType == .visualization ? (output.chart ?? .barChart) : nil,
            title: TitleMaker.title(for: trimmed))
    }
}
