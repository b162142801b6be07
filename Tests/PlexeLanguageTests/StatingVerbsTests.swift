import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Verbs of telling that say a row holds a value ("reported an income", "did not give their
/// shoe size"), on an invented table of residents where some values were left empty.
@Suite struct StatingVerbsTests {
    typealias Case = QuestionCase

    /// Residents with an income and a shoe size that some of them left empty.
    static let residents: Result<FixtureUpload, Error> = Result {
        var csv = "resident,district,income,shoe_size\n"
        for i in 0..<30 {
            let income = i % 4 == 0 ? "" : "\(18000 + i * 900)"
            let shoe = i % 5 == 0 ? "" : "\(36 + i % 10)"
            csv += "Resident \(i),\(["North", "South", "East"][i % 3]),\(income),\(shoe)\n"
        }
        return try FixtureUpload([("residents.csv", csv)], valueIndex: true)
    }

    static let cases: [Case] = [
        Case(question: "How many residents reported an income?", reference: "SELECT COUNT(*) FROM residents WHERE income IS NOT NULL"),
        Case(
            question: "How many residents in the North district declared an income?",
            reference: "SELECT COUNT(*) FROM residents WHERE district = 'North' AND income IS NOT NULL"),
        Case(question: "How many residents did not give their shoe size?", reference: "SELECT COUNT(*) FROM residents WHERE shoe_size IS NULL"),
    ]

    /// Arm spans and reaches measured and as told, in a table named for the telling: the verb
    /// says the told span is the one a climber did not report.
    static let spans: Result<FixtureUpload, Error> = Result {
        var csv = "climber,span_cm,reach_cm,reported_span_cm,reported_reach_cm\n"
        for i in 0..<24 {
            csv += "Climber \(i),\(150 + i),\(190 + i),\(i % 3 == 0 ? "" : "\(152 + i)"),\(i % 4 == 0 ? "" : "\(193 + i)")\n"
        }
        return try FixtureUpload([("climber_reports.csv", csv)], valueIndex: true)
    }

    @Test func theVerbNamesWhichColumnIsTold() throws {
        let problem = try Self.spans.get().check(
            "How many climbers did not report their span?", "SELECT COUNT(*) FROM climber_reports WHERE reported_span_cm IS NULL")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: cases)
    func residentQuestions(_ testCase: Case) throws {
        let problem = try Self.residents.get().check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
