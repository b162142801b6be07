import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A statistic word that is also a stored value: "the average Price of cars of Type Small" of a
/// table whose `Reliability` holds 'average' filtered the grade and listed single prices. The
/// statistic wins before a numeric column of another name; said of its own column ("average
/// reliability"), capitalised as stored ("the Total amount"), or with no measure after it, the
/// word stays the value. Invented uploads.
@Suite(.serialized) struct StatisticWordAsAStoredValueTests {
    static let cars: Result<FixtureUpload, Error> = Result {
        let csv = """
            car,Type,Price,Mileage,Reliability,HP
            Acura Integra,Small,11950,25,Much better,130
            Buick Century,Medium,13150,,average,110
            Chevy Camaro,Sporty,11450,19,worse,170
            Ford Escort,Small,7400,33,average,90
            Honda Civic,Small,8000,31,Much better,92
            Mazda 929,Large,23300,21,better,158
            Nissan Maxima,Medium,17900,22,average,160

            """
        return try FixtureUpload([("cars.csv", csv)], valueIndex: true)
    }

    static let ledger: Result<FixtureUpload, Error> = Result {
        let csv = "region,line,amount\nNorth,Total,100\nNorth,Retail,60\nNorth,Wholesale,40\nSouth,Total,80\nSouth,Retail,50\nSouth,Wholesale,30\n"
        return try FixtureUpload([("lines.csv", csv)], valueIndex: true)
    }

    @Test func theStatisticBeforeAMeasure() throws {
        let u = try Self.cars.get()
        #expect(try u.check("What is the average Price of cars of Type Small?", "SELECT AVG(Price) FROM cars WHERE Type = 'Small'") == nil)
        #expect(try u.check("average price of small cars", "SELECT AVG(Price) FROM cars WHERE Type = 'Small'") == nil)
        #expect(try u.check("What is the average number of HP of small cars?", "SELECT AVG(HP) FROM cars WHERE Type = 'Small'") == nil)
    }

    @Test func theValueOfItsOwnColumn() throws {
        let u = try Self.cars.get()
        #expect(try u.check("How many cars have average reliability?", "SELECT COUNT(*) FROM cars WHERE Reliability = 'average'") == nil)
        #expect(
            try u.check("What is the mean HP of cars with an average reliability?", "SELECT AVG(HP) FROM cars WHERE Reliability = 'average'")
                == nil)
    }

    @Test func aCapitalisedStoredValue() throws {
        let u = try Self.ledger.get()
        #expect(try u.check("What is the total amount for the North?", "SELECT SUM(amount) FROM lines WHERE region = 'North'") == nil)
        #expect(
            try u.check("What is the Total amount for the South?", "SELECT SUM(amount) FROM lines WHERE line = 'Total' AND region = 'South'")
                == nil)
    }
}
