import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Generated CSV files loaded as one upload would be, with the translator the upload would get.
struct FixtureUpload {
    let loader: CSVTableLoader
    let translator: QuestionTranslator

    /// `valueIndex`: give the translator the stored texts of the text columns, as ingest does.
    init(_ files: [(name: String, csv: String)], valueIndex: Bool) throws {
        var loader = try CSVTableLoader()
        for file in files { try loader.load(csv: file.csv, filename: file.name) }
        self.loader = loader
        let schema =
            valueIndex
            ? LanguageSchema(tables: loader.tables, foreignKeys: try loader.foreignKeys(), values: try loader.textValues())
            : LanguageSchema(tables: loader.tables, foreignKeys: try loader.foreignKeys())
        translator = QuestionTranslator(schema: schema)
    }

    /// Translates `question`, runs it and compares with the rows of `reference` (the SQL a
    /// person would write), by the dev-set scorer's rules. Returns nil when they agree, else
    /// a description of the difference.
    func check(_ question: String, _ reference: String, ordered: Bool = false) throws -> String? {
        let translation = try translator.translate(question)
        let expected = try loader.rows(reference).map { $0.map(\.normalised) }
        var answer = try loader.rows(translation.sql).map { $0.map(\.normalised) }
        if translation.resultType == .visualization { answer = answer.map { Array($0.prefix(2)) } }
        guard let problem = ResultMatcher.mismatch(gold: expected, answer: answer, ordered: ordered) else { return nil }
        return "\(question)\n  generated: \(translation.sql)\n  reference: \(reference)\n  \(problem)"
    }
}

/// A question and the SQL a person would write for it: the case passes when the generated SQL
/// returns the same rows.
struct QuestionCase: CustomTestStringConvertible, Sendable {
    let question: String
    let reference: String
    var ordered = false
    var testDescription: String { question }
}
