import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A word that qualifies a measure chooses the column rather than vanishing: "the flu
/// infection rate" beside `flu_infections` and `flu_rate_per_1000` is the rate, the phrase's
/// head noun ("rate") naming that column. Invented upload: a clinic's monthly infections.
@Suite(.serialized) struct QualifierChoosesColumnTests {
    struct Fixture {
        let clinic: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var clinic = "month_date,patients,flu_infections,cold_infections,flu_rate_per_1000,cold_rate_per_1000\n"
            for i in 0..<24 {
                let month = String(format: "%04d-%02d-01", 2020 + i / 12, i % 12 + 1)
                let patients = 4000 + (i * 137) % 900
                let flu = 10 + (i * 37) % 80
                let cold = 20 + (i * 53) % 90
                clinic += "\(month),\(patients),\(flu),\(cold),\(Double(flu * 10000 / patients) / 10),\(Double(cold * 10000 / patients) / 10)\n"
            }
            self.clinic = try FixtureUpload([("clinic_months.csv", clinic)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func theHeadNounChoosesTheColumn() throws {
        let f = try fixture
        #expect(
            try f.clinic.check(
                "What was the flu infection rate in March 2021?", "SELECT flu_rate_per_1000 FROM clinic_months WHERE month_date = '2021-03-01'"
            ) == nil)
        #expect(
            try f.clinic.check(
                "In which month was the cold infection rate highest?",
                "SELECT month_date, cold_rate_per_1000 FROM clinic_months ORDER BY cold_rate_per_1000 DESC LIMIT 1") == nil)
    }

    /// Without the noun the qualified count stays the count.
    @Test func withoutTheNounTheCountStays() throws {
        let f = try fixture
        #expect(
            try f.clinic.check(
                "How many flu infections were there in March 2021?",
                "SELECT flu_infections FROM clinic_months WHERE month_date = '2021-03-01'") == nil)
    }
}
