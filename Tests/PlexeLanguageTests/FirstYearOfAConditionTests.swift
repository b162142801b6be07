import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The first year the depth dropped under 32" of a column of calendar years is the earliest
/// year meeting the comparison, not year 1 (refused as not fitting the column). "The depth in
/// the first year" stays refused. Invented upload: a pond's depth each year.
@Suite struct FirstYearOfAConditionTests {
    @Test func firstYearBeforeAComparisonIsTheEarliestSuchYear() throws {
        var pond = "Year,Depth m\n"
        for y in 1900...1960 { pond += "\(y),\(30 + (y * 7) % 11)\n" }
        let u = try FixtureUpload([("pond_depths.csv", pond)], valueIndex: true)
        #expect(
            try u.check("What was the first year the depth dropped under 32?", "SELECT MIN(Year) FROM pond_depths WHERE \"Depth m\" < 32") == nil)
        #expect(try u.check("Which was the first year the depth exceeded 39?", "SELECT MIN(Year) FROM pond_depths WHERE \"Depth m\" > 39") == nil)
        #expect((try? u.translator.translate("What was the depth in the first year?")) == nil)
    }
}
