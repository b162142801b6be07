import PlexeFoundation
import Testing

@testable import PlexeIngest

/// The smallest and largest value of every numeric column, kept while the rows are inserted,
/// for the language engine's checks of numbers against columns.
@Suite("Column ranges")
struct ColumnRangeTests {
    @Test("integer and float columns get their range; texts, dates, booleans and empty columns none")
    func ranges() throws {
        // More rows than one batch, the extremes far from the first rows, and a written number
        // ("1,250.5") read as its value.
        var csv = "n,x,label,day,flag,empty\n"
        for i in 0..<5000 {
            let x = i == 3210 ? "\"1,250.5\"" : i == 4321 ? "-7.25" : String(format: "%.2f", Double(i % 100) / 4)
            csv += "\(i == 2500 ? -40 : i % 900),\(x),item \(i),2024-01-\(String(format: "%02d", 1 + i % 28)),\(i % 2 == 0),\n"
        }
        let ingested = try ingest(csv)
        let n = try #require(ingested.column("n"))
        #expect(n.type == .integer && n.minimum == -40 && n.maximum == 899)
        let x = try #require(ingested.column("x"))
        #expect(x.type == .float && x.minimum == -7.25 && x.maximum == 1250.5)
        for name in ["label", "day", "flag", "empty"] {
            let column = try #require(ingested.column(name))
            #expect(column.minimum == nil && column.maximum == nil, "\(name)")
        }
    }
}
