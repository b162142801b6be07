import Foundation
import Testing

@testable import PlexeLanguage

/// A bound that every row of a column meets, far outside its values ("Year > 1000" of years
/// 1700 to 1760), is a number bound to the wrong column: refused, never answered as a
/// condition that selects every row. Invented upload: a parish's yearly bills of baptisms and
/// deaths.
@Suite struct VacuousBoundTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        try FixtureUpload(
            [
                (
                    "parish_bills.csv",
                    "Year,Baptisms,Cholera,Mortality\n1700,900,1200,5000\n1710,950,300,4000\n1720,990,2500,7000\n1730,1000,90,3000\n1740,1010,1100,4500\n1750,1100,700,3900\n1760,1150,60,3500\n"
                )
            ], valueIndex: true)
    }

    @Test func aBoundEveryRowMeetsFarFromTheValuesIsRefused() throws {
        let upload = try Self.upload.get()
        for question in [
            "In how many years were more than 1,000 cholera deaths recorded?", "In how many years were there more than 1,000 cholera deaths?",
        ] {
            let sql = Result { try upload.translator.translate(question).sql }
            if case .success(let sql) = sql { #expect(!sql.contains("Year > 1000"), "\(question): \(sql)") }
        }
        // A bound among the values, or near them, still reads.
        #expect(try upload.check("How many years had more than 1,000 baptisms?", "SELECT COUNT(*) FROM parish_bills WHERE Baptisms > 1000") == nil)
    }
}
