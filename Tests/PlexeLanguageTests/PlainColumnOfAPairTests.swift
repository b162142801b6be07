import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A word two columns share, where one column is the plain measure and the other carries a
/// qualifier the question does not say (`load_kg` beside `declared_load_kg`), or where the other
/// is that measure only by its unit (`weight_oz` beside `twine_oz`): the plain one is meant. Two
/// qualified columns (`low_temp`, `high_temp`) stay ambiguous. On invented tables.
@Suite struct PlainColumnOfAPairTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Crates with a weighed load and the load the sender declared (missing for some).
        let crates: FixtureUpload
        /// Bales weighed with the twine that binds them, both in pounds.
        let bales: FixtureUpload
        /// Days with two qualified temperatures and neither plain.
        let days: FixtureUpload
        /// Riders by sex, age and points.
        let riders: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var crates = "crate,dock,load_kg,declared_load_kg,width_cm,declared_width_cm\n"
            for i in 0..<10 {
                let declared = i % 4 == 3 ? "" : "\(18 + (i * 11) % 40)"
                crates += "C\(i),\(i % 2 == 0 ? "East" : "West"),\(20 + (i * 13) % 45),\(declared),\(50 + i * 3),\(52 + i * 3)\n"
            }
            self.crates = try FixtureUpload([("crates.csv", crates)], valueIndex: true)

            var bales = "bale,field,weight_oz,twine_oz\n"
            for i in 0..<8 { bales += "B\(i),\(["Upper", "Lower"][i % 2]),\(600 + (i * 37) % 200),\(2 + i % 3)\n" }
            self.bales = try FixtureUpload([("bales.csv", bales)], valueIndex: true)

            var days = "day,low_temp,high_temp\n"
            for i in 1...7 { days += "2024-03-0\(i),\(i + 2),\(i + 12)\n" }
            self.days = try FixtureUpload([("days.csv", days)], valueIndex: true)

            var riders = "rider_id,sex,age,points\n"
            for i in 0..<10 { riders += "\(100 + i),\(i % 2 == 0 ? "F" : "M"),\(22 + (i * 7) % 20),\(40 + (i * 17) % 60)\n" }
            self.riders = try FixtureUpload([("riders.csv", riders)], valueIndex: true)
        }
    }

    static let crates: [Case] = [
        Case(question: "What is the average load of the crates at dock East?", reference: "SELECT AVG(load_kg) FROM crates WHERE dock = 'East'"),
        Case(question: "How many crates are heavier than 40 kg?", reference: "SELECT COUNT(*) FROM crates WHERE load_kg > 40"),
        Case(question: "Which crate is the heaviest?", reference: "SELECT crate, load_kg FROM crates ORDER BY load_kg DESC LIMIT 1"),
        Case(
            question: "What is the average width in cm of the crates at dock West?", reference: "SELECT AVG(width_cm) FROM crates WHERE dock = 'West'"
        ),
        // The qualifier said: the qualified column, as before.
        Case(question: "What is the average declared load?", reference: "SELECT AVG(declared_load_kg) FROM crates"),
    ]
    @Test(arguments: crates)
    func crateQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().crates.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// "did not declare their load" says the qualifier (as a verb): never the plain column.
    @Test func aQualifierSaidAnywhereKeepsThePlainColumnOut() throws {
        let crates = try Fixture.shared.get().crates
        let sql = try? crates.translator.translate("How many crates did not declare their load?").sql
        #expect(sql.map { !$0.contains("load_kg IS NULL") || $0.contains("declared_load_kg IS NULL") } ?? true, "\(sql ?? "")")
    }

    static let bales: [Case] = [
        Case(question: "What is the average weight of the bales?", reference: "SELECT AVG(weight_oz) FROM bales"),
        Case(question: "Which bale is the heaviest?", reference: "SELECT bale, weight_oz FROM bales ORDER BY weight_oz DESC LIMIT 1"),
    ]
    @Test(arguments: bales)
    func baleQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().bales.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Neither of two qualified columns is plainer: the word is refused as ambiguous.
    @Test func twoQualifiedColumnsStayAmbiguous() throws {
        let days = try Fixture.shared.get().days
        #expect {
            try days.translator.translate("What is the average temp?")
        } throws: { error in
            guard let error = error as? TranslationError, case .ambiguous = error.kind else { return false }
            return true
        }
    }

    /// "with her points" lists each row with the column, as "with their points" does.
    @Test func withHerListsEachRowBesideTheColumn() throws {
        let problem = try Fixture.shared.get().riders.check(
            "Show every woman older than 30 with her points", "SELECT rider_id, points FROM riders WHERE sex = 'F' AND age > 30", ordered: false)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
