import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeExport

/// The real proof that the Parquet writer is right: pyarrow and DuckDB read our files back
/// with the contract's types and the values SQLite holds, across row groups, pages,
/// dictionary fallback and every codec. Needs `python3` with `pyarrow` and `duckdb`
/// (`pip install pyarrow duckdb`; the project's test script installs them): without them the
/// test fails and says so, rather than passing silently.
@Suite struct ParquetInteropTests {
    static let columns: [(String, ColumnType)] = [
        ("id", .integer), ("score", .float), ("never set", .integer), ("active", .boolean),
        ("day", .date), ("stamp", .datetime), ("category", .string), ("note, \"quoted\"", .string),
    ]
    static let arrowTypes = ["int64", "double", "int64", "bool", "date32[day]", "timestamp[us, tz=UTC]", "string", "string"]
    static let duckDBTypes = ["BIGINT", "DOUBLE", "BIGINT", "BOOLEAN", "DATE", "TIMESTAMP WITH TIME ZONE", "VARCHAR", "VARCHAR"]

    /// 2,500 rows of every type with NULLs, as stored values plus the canonical text each
    /// reader should report (integers and day/microsecond counts in decimal, doubles as their
    /// bit pattern, booleans `true`/`false`).
    static func generate() -> (rows: [[SQLiteValue]], expected: [[String?]]) {
        var random = SeededRandom(seed: 2024)
        var rows: [[SQLiteValue]] = []
        var expected: [[String?]] = []
        let categories = ["basic", "premium", "enterprise", "Zoë", ""]
        // No -0.0: SQLite stores an integral REAL as an integer, so it would come back as 0.
        let specialDoubles: [Double] = [0, 1250.5, 0.1, -1e300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 12]
        for row in 0..<2_500 {
            func isNull(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
            var stored: [SQLiteValue] = []
            var canonical: [String?] = []

            let id: Int64 = row == 0 ? .min : row == 1 ? .max : Int64(row) * 7_919 - 1_000_000
            stored.append(.integer(id))
            canonical.append(String(id))

            if isNull(10) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                let value = row < specialDoubles.count ? specialDoubles[row] : Double.random(in: -1e6...1e6, using: &random).rounded() / 100
                stored.append(.real(value))
                canonical.append(String(Int64(bitPattern: value.bitPattern)))
            }

            stored.append(.null)
            canonical.append(nil)

            if isNull(10) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                let value = Bool.random(using: &random)
                stored.append(.integer(value ? 1 : 0))
                canonical.append(value ? "true" : "false")
            }

            if isNull(10) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                let days = Int64.random(in: -50_000...50_000, using: &random)
                stored.append(.text(CivilTime.dateText(days: days)))
                canonical.append(String(days))
            }

            if isNull(10) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                let micros = Int64.random(in: -2_000_000_000_000_000...4_000_000_000_000_000, using: &random)
                let (text, value) = CivilTime.datetimeText(micros: micros, style: row % 4)
                stored.append(.text(text))
                canonical.append(String(value))
            }

            if isNull(10) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                let value = categories[Int.random(in: 0..<categories.count, using: &random)]
                stored.append(.text(value))
                canonical.append(value)
            }

            if isNull(5) {
                stored.append(.null)
                canonical.append(nil)
            } else {
                var value = "note \(row): \"quoted\", comma\nnewline 王 \(Int.random(in: 0...1_000_000, using: &random))"
                if row % 500 == 7 { value += String(repeating: "long ", count: 80) }  // past the statistics cap
                stored.append(.text(value))
                canonical.append(value)
            }
            rows.append(stored)
            expected.append(canonical)
        }
        return (rows, expected)
    }

    @Test func pyarrowAndDuckDBReadBackEveryTypeAndCodec() throws {
        let (rows, expected) = ParquetInteropTests.generate()
        let table = try TestTable(columns: ParquetInteropTests.columns, rows: rows, uniqueColumns: ["id"])
        let variants: [(String, ExportOptions)] = [
            // Small pages and a small dictionary limit: many pages per chunk, and the unique
            // column falls back from dictionary to PLAIN inside a chunk.
            ("snappy.parquet", ExportOptions(parquetCompression: .snappy, rowGroupRows: 1_000, pageBytes: 2_048, dictionaryPageBytes: 4_096)),
            ("gzip.parquet", ExportOptions(parquetCompression: .gzip, rowGroupRows: 1_000)),
            ("plain.parquet", ExportOptions(parquetCompression: .none, rowGroupRows: 1_000, dictionaryPageBytes: 0)),
        ]
        for (name, options) in variants { _ = try table.export(.parquet, options: options, to: name) }

        let results = try PythonReader.read(variants.map { table.path($0.0) }, resultPath: table.path("result.json"))
        #expect(results.count == variants.count)
        for (result, variant) in zip(results, variants) {
            let file = variant.0
            #expect(result.arrowNames == ParquetInteropTests.columns.map(\.0), "\(file)")
            #expect(result.arrowTypes == ParquetInteropTests.arrowTypes, "\(file)")
            #expect(result.duckDBNames == ParquetInteropTests.columns.map(\.0), "\(file)")
            #expect(result.duckDBTypes == ParquetInteropTests.duckDBTypes, "\(file)")
            #expect(result.createdBy == "plexe-data", "\(file)")
            #expect(result.rowGroups.count == 3, "\(file)")
            expectSameRows(result.arrowRows, expected, reader: "pyarrow", file: file)
            expectSameRows(result.duckDBRows, expected, reader: "DuckDB", file: file)
            expectStatistics(result.rowGroups, expected, file: file)
        }

        let snappy = results[0].rowGroups
        #expect(snappy.allSatisfy { $0.columns[0].encodings == ["PLAIN", "RLE"] }, "a column ingest found unique gets no dictionary")
        #expect(snappy[0].columns[1].encodings.contains("RLE_DICTIONARY"), "other numbers do")
        #expect(snappy[0].columns[6].encodings.contains("RLE_DICTIONARY"), "low-cardinality strings use a dictionary")
        #expect(
            snappy[0].columns[7].encodings.contains("RLE_DICTIONARY") && snappy[0].columns[7].encodings.contains("PLAIN"),
            "a unique column starts with a dictionary and falls back to PLAIN within the chunk")
        #expect(!snappy[1].columns[7].encodings.contains("RLE_DICTIONARY"), "and stays PLAIN in later chunks")
        #expect(results[2].rowGroups.allSatisfy { $0.columns.allSatisfy { !$0.encodings.contains("RLE_DICTIONARY") } })
        #expect(results[0].rowGroups[0].columns[0].compression == "SNAPPY")
        #expect(results[1].rowGroups[0].columns[0].compression == "GZIP")
        #expect(results[2].rowGroups[0].columns[0].compression == "UNCOMPRESSED")
    }

    @Test func emptyTableIsReadableWithItsSchema() throws {
        let table = try TestTable(columns: ParquetInteropTests.columns, rows: [])
        _ = try table.export(.parquet)
        let result = try #require(try PythonReader.read([table.path("out.parquet")], resultPath: table.path("result.json")).first)
        #expect(result.arrowTypes == ParquetInteropTests.arrowTypes)
        #expect(result.duckDBTypes == ParquetInteropTests.duckDBTypes)
        #expect(result.arrowRows.isEmpty && result.duckDBRows.isEmpty)
        #expect(result.rowGroups.isEmpty)
    }

    private func expectSameRows(_ actual: [[String?]], _ expected: [[String?]], reader: String, file: String) {
        #expect(actual.count == expected.count, "\(reader) read \(actual.count) rows of \(file)")
        if let index = actual.indices.first(where: { $0 < expected.count && actual[$0] != expected[$0] }) {
            Issue.record("\(reader), \(file), row \(index): read \(actual[index]), stored \(expected[index])")
        }
    }

    /// Chunk statistics against the stored values: null counts always, min/max where the
    /// column order is plain (integers, days, microseconds, booleans, bytes).
    private func expectStatistics(_ groups: [PythonReader.RowGroup], _ expected: [[String?]], file: String) {
        for (groupIndex, group) in groups.enumerated() {
            let rows = expected[(groupIndex * 1_000)..<min(expected.count, (groupIndex + 1) * 1_000)]
            for (column, chunk) in group.columns.enumerated() {
                let values = rows.compactMap { $0[column] }
                let context = "\(file) group \(groupIndex) column \(column)"
                #expect(chunk.nullCount == rows.count - values.count, "\(context)")
                switch ParquetInteropTests.columns[column].1 {
                case .integer, .date, .datetime:
                    let numbers = values.compactMap { Int64($0) }
                    #expect(chunk.min == numbers.min().map(String.init) && chunk.max == numbers.max().map(String.init), "\(context)")
                case .boolean:
                    #expect(chunk.min == values.min() && chunk.max == values.max(), "\(context)")
                case .float:
                    let numbers = values.compactMap { Int64($0) }.map { Double(bitPattern: UInt64(bitPattern: $0)) }
                    let min = chunk.min.flatMap(Int64.init).map { Double(bitPattern: UInt64(bitPattern: $0)) }
                    let max = chunk.max.flatMap(Int64.init).map { Double(bitPattern: UInt64(bitPattern: $0)) }
                    #expect(min == numbers.min() && max == numbers.max(), "\(context)")
                case .string:
                    let bytes = values.map { Array($0.utf8) }
                    let smallest = bytes.min { $0.lexicographicallyPrecedes($1) }
                    let largest = bytes.max { $0.lexicographicallyPrecedes($1) }
                    if let smallest, let largest, smallest.count <= 256, largest.count <= 256 {
                        #expect(chunk.min.map { Array($0.utf8) } == smallest && chunk.max.map { Array($0.utf8) } == largest, "\(context)")
                    } else {
                        #expect(chunk.min == nil && chunk.max == nil, "\(context): long values get no min/max")
                    }
                }
            }
        }
    }
}
