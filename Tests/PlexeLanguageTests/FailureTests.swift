import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The engine says plainly when it cannot understand: unknown words are named, ambiguous
/// columns are listed, and nothing is guessed.
@Suite struct FailureTests {
    private var translator: QuestionTranslator { get throws { try HRFixture.shared.get().translator } }

    @Test func gibberishNamesTheWordsAndTheSchema() throws {
        #expect {
            try translator.translate("flurb the wozzle quantumly")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words == ["flurb", "wozzle", "quantumly"]
                && error.message.contains("\"flurb\"") && error.message.contains("\"wozzle\"")
                && error.message.contains("employees (employee_id, full_name")
                && error.message.contains("departments (department_id")
        }
    }

    @Test func oneUnknownWordInAnOtherwiseClearQuestion() throws {
        #expect {
            try translator.translate("What is the average shoe size of employees?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words == ["shoe", "size"]
        }
    }

    /// A value that is not in the data is not silently matched to something else.
    @Test func unknownValueIsReported() throws {
        #expect {
            try translator.translate("How many employees are interns?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words == ["interns"]
        }
    }

    /// Nouns taken for the rows on weak evidence are named too when the question is refused,
    /// and two different such nouns are never both the rows.
    @Test func guessedRowNounsAreReportedWithTheRest() throws {
        let single = QuestionTranslator(
            schema: LanguageSchema(tables: [
                DatasetTable(
                    filename: "people.csv", tableName: "people", rowCount: 3,
                    columns: [
                        ColumnInfo(name: "age", type: .integer, nullable: false, unique: false)
                    ])
            ]))
        #expect {
            try single.translate("How many zebras flew over the moon?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("zebras") && words.contains("flew") && error.message.contains("\"zebras\"")
        }
        // One noun for the rows, and nothing else unknown: those are the rows.
        #expect(try single.translate("How many patients are older than 40?").sql == "SELECT COUNT(*) AS person_count FROM people WHERE age > 40")
    }

    @Test func twoColumnsFitEquallyIsAmbiguous() throws {
        #expect {
            try translator.translate("How many employees are there per city?")
        } throws: { error in
            guard let error = error as? TranslationError, case .ambiguous(_, let candidates) = error.kind else { return false }
            return Set(candidates) == ["employees.home_city", "employees.work_city"] && error.message.contains("home_city")
        }
    }

    @Test func valueInTwoColumnsIsAmbiguous() throws {
        #expect {
            try translator.translate("How many employees are in Madrid?")
        } throws: { error in
            guard let error = error as? TranslationError, case .ambiguous(let phrase, let candidates) = error.kind else { return false }
            return phrase == "Madrid" && candidates.count == 2
        }
    }

    @Test func dateWithTwoCandidateColumnsIsAmbiguous() throws {
        let translator = QuestionTranslator(
            schema: LanguageSchema(tables: [
                DatasetTable(
                    filename: "loans.csv", tableName: "loans", rowCount: 10,
                    columns: [
                        ColumnInfo(name: "loan_id", type: .integer, nullable: false, unique: true),
                        ColumnInfo(name: "opened", type: .date, nullable: false, unique: false),
                        ColumnInfo(name: "closed", type: .date, nullable: true, unique: false),
                        ColumnInfo(name: "principal", type: .float, nullable: false, unique: false),
                    ])
            ]))
        #expect {
            try translator.translate("How many loans in 2021?")
        } throws: { error in
            guard let error = error as? TranslationError, case .ambiguous(_, let candidates) = error.kind else { return false }
            return Set(candidates) == ["loans.opened", "loans.closed"]
        }
        // Naming the column settles it.
        #expect(
            try translator.translate("How many loans were opened in 2021?").sql
                == "SELECT COUNT(*) AS loan_count FROM loans WHERE strftime('%Y', opened) = '2021'")
    }

    @Test func blankQuestionIsEmpty() throws {
        for question in ["", "   ", "?!"] {
            #expect {
                try translator.translate(question)
            } throws: { error in
                (error as? TranslationError)?.kind == .empty
            }
        }
    }

    @Test func questionWithoutDataWordsIsEmpty() throws {
        #expect {
            try translator.translate("What is the?")
        } throws: { error in
            (error as? TranslationError)?.kind == .empty
        }
    }

    /// A superlative with nothing to rank is reported, not dropped.
    @Test func danglingSuperlativeIsReported() throws {
        #expect {
            try translator.translate("What is the highest?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words == ["highest"]
        }
    }

    @Test func unrelatedTablesAreRefused() throws {
        let translator = QuestionTranslator(
            schema: LanguageSchema(tables: [
                DatasetTable(
                    filename: "cats.csv", tableName: "cats", rowCount: 3,
                    columns: [
                        ColumnInfo(name: "cat_id", type: .integer, nullable: false, unique: true),
                        ColumnInfo(name: "weight", type: .float, nullable: false, unique: false),
                    ]),
                DatasetTable(
                    filename: "dogs.csv", tableName: "dogs", rowCount: 3,
                    columns: [
                        ColumnInfo(name: "dog_id", type: .integer, nullable: false, unique: true),
                        ColumnInfo(name: "breed", type: .string, nullable: false, unique: false, distinctValues: ["beagle", "pug"]),
                    ]),
            ]))
        #expect {
            try translator.translate("What is the average weight of cats by dog breed?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unsupported = error.kind else { return false }
            return error.message.contains("cats") && error.message.contains("dogs")
        }
    }
}
