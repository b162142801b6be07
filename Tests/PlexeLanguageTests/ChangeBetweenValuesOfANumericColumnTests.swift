import Foundation
import Testing

@testable import PlexeLanguage

/// "How much did X rise from age 8 to age 14": a change between two values of a numeric
/// column that is no date and holds fractions besides (ages in years and months), each side
/// the rows at a value the column holds; and "how much did ship 2's fuel cost grow from 2001
/// to 2003", where a numbered column followed by a value it holds picks the rows instead of
/// being a second measure. Invented uploads.
@Suite(.serialized) struct ChangeBetweenValuesOfANumericColumnTests {
    /// Hours read per week by children, at ages mostly whole but some in years and months.
    static let reading: Result<FixtureUpload, Error> = Result {
        var rows = "child_id,age,reading_hours\n"
        for c in 1...6 {
            for (n, age) in ["8", "10", "11.25", "12", "14"].enumerated() {
                rows += "\(200 + c),\(age),\(1 + (c * 7 + n * 5) % 9).\(c % 4)\n"
            }
        }
        rows += "207,9.5,2.5\n"
        return try FixtureUpload([("reading_logs.csv", rows)], valueIndex: true)
    }

    /// Fuel cost per ship (numbered 1 to 3) and year.
    static let fleet: Result<FixtureUpload, Error> = Result {
        var rows = "ship,year,fuel_cost,crew\n"
        for ship in 1...3 {
            for year in 2001...2004 { rows += "\(ship),\(year),\(1000 + (ship * 311 + year * 17) % 700),\(20 + ship * 3 + year % 4)\n" }
        }
        return try FixtureUpload([("ship_years.csv", rows)], valueIndex: true)
    }

    /// "from age 8 to age 14" of a column holding 11.25: the average at each age, end minus
    /// start ("drop": start minus end).
    @Test func aChangeBetweenValuesOfAColumnOfFractions() throws {
        let f = try ChangeBetweenValuesOfANumericColumnTests.reading.get()
        let at = { (age: String) in "SELECT AVG(reading_hours) FROM reading_logs WHERE age = \(age)" }
        #expect(
            try f.check("How much did the average reading hours rise from age 8 to age 14?", "SELECT (\(at("14"))) - (\(at("8")))") == nil)
        #expect(try f.check("By how much did reading hours drop between age 10 and age 11.25?", "SELECT (\(at("10"))) - (\(at("11.25")))") == nil)
    }

    /// An age the column never holds is no period of the data: refused, not read as a bound.
    @Test func anAgeTheColumnDoesNotHoldIsRefused() throws {
        let f = try ChangeBetweenValuesOfANumericColumnTests.reading.get()
        #expect(throws: TranslationError.self) { try f.translator.translate("How much did the average reading hours rise from age 8 to age 13?") }
    }

    /// "ship 2's fuel cost", "the fuel cost of ship 2": the rows of ship 2, changing between
    /// two years.
    @Test func aNumberedColumnWithItsValuePicksTheRows() throws {
        let f = try ChangeBetweenValuesOfANumericColumnTests.fleet.get()
        let year = { (y: Int) in "SELECT fuel_cost FROM ship_years WHERE ship = 2 AND year = \(y)" }
        #expect(try f.check("How much did ship 2's fuel cost grow from 2001 to 2004?", "SELECT (\(year(2004))) - (\(year(2001)))") == nil)
        #expect(try f.check("How much did the fuel cost of ship 2 fall from 2001 to 2003?", "SELECT (\(year(2001))) - (\(year(2003)))") == nil)
    }

    /// A number the column does not hold ("ship 9" of ships 1 to 3) picks nothing: the
    /// question is refused, not answered over every ship.
    @Test func aNumberTheColumnDoesNotHoldIsNoPick() throws {
        let f = try ChangeBetweenValuesOfANumericColumnTests.fleet.get()
        #expect(throws: TranslationError.self) { try f.translator.translate("How much did ship 9's fuel cost grow from 2001 to 2004?") }
    }
}
