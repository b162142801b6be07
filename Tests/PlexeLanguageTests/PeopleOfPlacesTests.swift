import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many people live in …" of a table of places counts the people its population column
/// holds, not the places; of a table whose rows are people (with a sex or an age) it counts
/// the rows, whatever population column stands beside them; "how many drivers" of a column
/// `drive` counts the people, not the column's few choices. Invented uploads.
@Suite struct PeopleOfPlacesTests {
    @Test func peopleOfPlacesAreTheirPopulation() throws {
        var csv = "town_id,town,region,population\n"
        for i in 1...20 { csv += "\(i),Town \(i),\(["North", "South", "Coast"][i % 3]),\(1000 + (i * 7919) % 50000)\n" }
        let towns = try FixtureUpload([("towns.csv", csv)], valueIndex: true)
        #expect(
            try towns.check("How many people live in the North region?", "SELECT SUM(population) FROM towns WHERE region = 'North'") == nil)
        #expect(try towns.check("How many towns have more than 20000 people?", "SELECT COUNT(*) FROM towns WHERE population > 20000") == nil)
        #expect(
            try towns.check(
                "Which region has the most people?",
                "SELECT region, SUM(population) FROM towns GROUP BY region ORDER BY 2 DESC LIMIT 1") == nil)
    }

    @Test func peopleWhoAreTheRowsAreCounted() throws {
        var csv = "respondent_no,sex,age,home_town_population\n"
        for i in 1...30 { csv += "\(i),\(i % 3 == 0 ? "F" : "M"),\(20 + i),\(5000 + (i % 4) * 20000)\n" }
        let survey = try FixtureUpload([("panel_answers.csv", csv)], valueIndex: true)
        let sql = (try? survey.translator.translate("How many people in the panel are women?").sql) ?? ""
        #expect(!sql.contains("SUM("), "\(sql)")
    }

    @Test func oneWhoDoesWhatTheColumnRecordsIsARow() throws {
        var csv = "owner_no,drive,km_per_year\n"
        for i in 1...24 { csv += "\(i),\(["FWD", "RWD", "AWD"][i % 3]),\(8000 + i * 350)\n" }
        let owners = try FixtureUpload([("car_owners.csv", csv)], valueIndex: true)
        #expect(try owners.check("How many drivers are there?", "SELECT COUNT(*) FROM car_owners") == nil)
        #expect(try owners.check("How many different drives are there?", "SELECT COUNT(DISTINCT drive) FROM car_owners") == nil)
    }
}
