import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The difference between the highest and the lowest median income": a statistic's word
/// between a spread's ends and its column describes the rows' own figures. Invented upload:
/// parishes with a yearly rent and a region.
@Suite struct SpreadDescribedMeasureTests {
    static let parishes: Result<FixtureUpload, Error> = Result {
        var parishes = "parish,region,RENT,households\n"
        for i in 0..<30 {
            parishes += "Parish \(i),\(["Uplands", "Coast", "Vale"][i % 3]),\(400 + (i * 37) % 500),\(100 + (i * 13) % 90)\n"
        }
        return try FixtureUpload([("parishes.csv", parishes)], valueIndex: true)
    }

    @Test func statisticWordBeforeTheColumn() throws {
        let u = try Self.parishes.get()
        let spread = "SELECT MAX(RENT) - MIN(RENT) FROM parishes"
        #expect(try u.check("What is the difference between the highest and the lowest median rent?", spread) == nil)
        // "Average" most likely means the averages of groups left unsaid: refused, never the
        // spread of the rows' own figures.
        #expect((try? u.translator.translate("What is the difference between the highest and lowest average rent?")) == nil)
        // Rows grouped: the spread of the groups' averages, not of the rows' figures: refused.
        #expect((try? u.translator.translate("What is the difference between the highest and the lowest average rent by region?")) == nil)
    }
}
