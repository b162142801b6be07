import Foundation
import PlexeFoundation
import Testing

@testable import PlexeExport

@Suite struct CSVExportTests {
    static let columns: [(String, ColumnType)] = [
        ("id", .integer), ("name", .string), ("score", .float), ("active", .boolean), ("joined", .date), ("seen", .datetime),
    ]

    @Test func writesTrickyValuesQuotedOnlyWhereNeeded() throws {
        let table = try TestTable(
            columns: CSVExportTests.columns,
            rows: [
                [1, "plain", 1250.5, 1, "2024-01-31", "2024-01-31T10:00:00Z"],
                [2, "Last, First", 12.0, 0, nil, "2024-01-31 10:00:00"],
                [-3, "say \"hi\"", -0.001, nil, "1969-12-31", nil],
                [nil, "two\nlines", 1e20, 1, "2000-02-29", nil],
                [.integer(.max), "José Zoë 王", nil, 0, nil, nil],
                [.integer(.min), " padded ", 0.1, nil, nil, nil],
                [7, "cr\rhere", 3.0, nil, nil, nil],
                [8, "", 2.5e-8, nil, nil, nil],
                [9, nil, nil, nil, nil, nil],
            ])
        let text = try table.exportText(.csv)
        #expect(
            text == #"""
                id,name,score,active,joined,seen
                1,plain,1250.5,true,2024-01-31,2024-01-31T10:00:00Z
                2,"Last, First",12.0,false,,2024-01-31 10:00:00
                -3,"say ""hi""",-0.001,,1969-12-31,
                ,"two
                lines",1e+20,true,2000-02-29,
                9223372036854775807,José Zoë 王,,false,,
                -9223372036854775808," padded ",0.1,,,
                7,"cr\#rhere",3.0,,,
                8,"",2.5e-08,,,
                9,,,,,

                """#)
    }

    @Test func headerIsOptionalAndQuotedLikeData() throws {
        let table = try TestTable(columns: [("a,b", .string), ("plain", .integer)], rows: [["x", 1]])
        #expect(try table.exportText(.csv) == "\"a,b\",plain\nx,1\n")
        #expect(try table.exportText(.csv, options: ExportOptions(includeHeaders: false)) == "x,1\n")
    }

    @Test func floatsReadBackAsTheSameDouble() throws {
        let values: [Double] = [1250.50, 0.1 + 0.2, 1.0 / 3.0, 123456789.125, .leastNonzeroMagnitude, 1.7976931348623157e308, -2.0]
        let table = try TestTable(columns: [("v", .float)], rows: values.map { [.real($0)] })
        let lines = try table.exportText(.csv).split(separator: "\n").dropFirst()
        #expect(lines.map { Double(String($0)) } == values)
        #expect(lines.first == "1250.5")
    }

    @Test func emptyTableHasOnlyTheHeader() throws {
        let table = try TestTable(columns: CSVExportTests.columns, rows: [])
        #expect(try table.exportText(.csv) == "id,name,score,active,joined,seen\n")
        #expect(try table.exportText(.csv, options: ExportOptions(includeHeaders: false)) == "")
    }

    @Test func rowsComeInTableOrderEvenWithAnIndexAndARowidColumn() throws {
        // A covering index would let SQLite scan the index (sorted by value) instead of the
        // table; the export must still follow insertion order, also when a column is named
        // `rowid` and shadows SQLite's own.
        let table = try TestTable(columns: [("rowid", .string)], rows: [["c"], ["a"], ["b"]])
        try table.database.execute("CREATE INDEX by_value ON customers(rowid)")
        #expect(try table.exportText(.csv) == "rowid\nc\na\nb\n")
    }

    @Test func valueStoredOffConventionIsWrittenAsStored() throws {
        // SQLite keeps text that does not look like a number in an INTEGER column.
        let table = try TestTable(columns: [("n", .integer)], rows: [["n/a"], [5]])
        #expect(try table.exportText(.csv) == "n\nn/a\n5\n")
    }

    @Test func largeExportsStreamThroughTheBuffer() throws {
        // More than the 1 MiB drain threshold, so the buffer is written out several times.
        let rows: [[SQLiteValue]] = (0..<40_000).map { [.integer(Int64($0)), .text("row \($0) with some padding text")] }
        let table = try TestTable(columns: [("i", .integer), ("s", .string)], rows: rows)
        let lines = try table.exportText(.csv).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 40_002)
        #expect(lines[1] == "0,row 0 with some padding text")
        #expect(lines[40_000] == "39999,row 39999 with some padding text")
        #expect(lines[40_001] == "")
    }
}
