import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Long questions of unknown words against a table of terse names (`dpth`, `prbfrz`), whose
/// first letters the words share, so that every abbreviation pass looks at every run of words:
/// the time is printed to compare before and after a change (not asserted).
@Suite struct TerseNameSpeedTests {
    static let ponds: Result<FixtureUpload, Error> = Result {
        var ponds = "pond,dpth,wdth,prbfrz,fshrte,twn,mtn\n"
        for i in 0..<6 { ponds += "P\(i),\(10 + i),\(50 + i * 3),\(Double(i) / 10),\(i + 2),\(i + 20),\(i + 30)\n" }
        return try FixtureUpload([("ponds.csv", ponds)], valueIndex: true)
    }

    @Test(arguments: [
        Array(repeating: "dolph wimble pargle fithy", count: 38).joined(separator: " "),
        Array(repeating: "drath", count: 165).joined(separator: " "),
    ])
    func longUnknownQuestionsOverTerseNames(_ question: String) throws {
        let ponds = try Self.ponds.get()
        let clock = ContinuousClock()
        var refused = 0
        let elapsed = clock.measure {
            for _ in 0..<3 {
                do { _ = try ponds.translator.translate(question) } catch { refused += 1 }
            }
        }
        print("TIMING terse \(question.prefix(12))… (\(question.count) chars): \(elapsed / 3) per question")
        #expect(refused == 3)
    }
}
