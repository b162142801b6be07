import Foundation
import Testing

@testable import PlexeLanguage

/// Differences between named rows with no aggregate word ("the difference between the mast
/// heights of the Kestrel and the Plover", "how much taller is the Kestrel's mast height than
/// the Plover's?"), a possessive pronoun that stands for the first side's row ("her bow score
/// … than her sling score"), and the refusals where a value picks several rows. Invented
/// uploads.
@Suite(.serialized) struct DifferenceOfRowsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let ships = """
            ship,mast_height_m,hull_tons,port
            Kestrel,31.5,420,Hull
            Plover,24.0,310,Hull
            Tern,28.25,380,Leith

            """
        let archers = """
            archer,bow_score,sling_score,guild
            Maud,88,61,Red
            Ivo,70,79,Red
            Sela,75,75,Blue

            """
        return try FixtureUpload([("ships.csv", ships), ("archers.csv", archers)], valueIndex: true)
    }

    @Test func theDifferenceBetweenTwoNamedRows() throws {
        let f = try DifferenceOfRowsTests.upload.get()
        let reference = "SELECT (SELECT mast_height_m FROM ships WHERE ship = 'Kestrel') - (SELECT mast_height_m FROM ships WHERE ship = 'Plover')"
        #expect(try f.check("What is the difference between the mast heights of the Kestrel and the Plover?", reference) == nil)
        #expect(try f.check("What is the difference between the Kestrel's mast height and the Plover's?", reference) == nil)
    }

    @Test func howMuchHigherIsOneRowsFigureThanAnothers() throws {
        let f = try DifferenceOfRowsTests.upload.get()
        #expect(
            try f.check(
                "How much higher is the Kestrel's mast height than the Plover's?",
                "SELECT (SELECT mast_height_m FROM ships WHERE ship = 'Kestrel') - (SELECT mast_height_m FROM ships WHERE ship = 'Plover')") == nil)
        // "lower": the second side minus the first, positive when the question is right.
        #expect(
            try f.check(
                "How much lower is the Plover's mast height than the Tern's?",
                "SELECT (SELECT mast_height_m FROM ships WHERE ship = 'Tern') - (SELECT mast_height_m FROM ships WHERE ship = 'Plover')")
                == nil)
        // "taller" graded the mast height: the figure neither side names.
        #expect(
            try f.check(
                "How much taller is the Kestrel than the Tern?",
                "SELECT (SELECT mast_height_m FROM ships WHERE ship = 'Kestrel') - (SELECT mast_height_m FROM ships WHERE ship = 'Tern')") == nil)
        #expect(
            try f.check(
                "How much higher is the average mast height in Hull than in Leith?",
                "SELECT (SELECT AVG(mast_height_m) FROM ships WHERE port = 'Hull') - (SELECT AVG(mast_height_m) FROM ships WHERE port = 'Leith')")
                == nil)
    }

    @Test func aPossessivePronounIsTheFirstSidesRow() throws {
        let f = try DifferenceOfRowsTests.upload.get()
        #expect(
            try f.check(
                "How much higher was Maud's bow score than her sling score?",
                "SELECT (SELECT bow_score FROM archers WHERE archer = 'Maud') - (SELECT sling_score FROM archers WHERE archer = 'Maud')") == nil)
    }

    /// "Hull" names two ships: their total or their mean? Refused rather than guessed.
    @Test func aValueOfSeveralRowsWithNoAggregateIsRefused() throws {
        let f = try DifferenceOfRowsTests.upload.get()
        #expect((try? f.translator.translate("What is the difference between the mast heights of Hull and Leith?")) == nil)
        #expect((try? f.translator.translate("How much higher is Hull's mast height than Leith's?")) == nil)
    }
}
