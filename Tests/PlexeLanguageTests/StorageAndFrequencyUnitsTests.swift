import Foundation
import Testing

@testable import PlexeLanguage

/// Storage and frequency units after a number ("16 MB of memory", "100 MHz", "500 MB") on a
/// column named without its unit. Invented upload: second-hand workstations, with the clock
/// in megahertz and the memory and disk in megabytes.
@Suite struct StorageAndFrequencyUnitsTests {
    static let workstations: Result<FixtureUpload, Error> = Result {
        var csv = "tag,price,clock,disk,memory,monitor\n"
        for i in 0..<20 {
            csv +=
                "W\(i),\(1500 + i * 37),\([25, 33, 50, 66, 100][i % 5]),\([120, 240, 340, 500, 1000][i % 5]),\([4, 8, 16, 32][i % 4]),\([14, 15, 17][i % 3])\n"
        }
        return try FixtureUpload([("workstations.csv", csv)], valueIndex: true)
    }

    @Test(arguments: [
        // The column after "of" is the one the amount is of.
        ("How many workstations have 16 MB of memory?", "SELECT COUNT(*) FROM workstations WHERE memory = 16"),
        ("What is the average price of workstations with 32 megabytes of memory?", "SELECT AVG(price) FROM workstations WHERE memory = 32"),
        // No column named: the unit's dimension names it (a frequency is a clock speed).
        ("How many workstations run at 100 MHz?", "SELECT COUNT(*) FROM workstations WHERE clock = 100"),
        // The column named before the comparison.
        ("How many workstations have a disk of at least 500 MB?", "SELECT COUNT(*) FROM workstations WHERE disk >= 500"),
    ])
    func unitsAfterNumbers(_ question: String, _ reference: String) throws {
        let problem = try Self.workstations.get().check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
