import Foundation
import PlexeFoundation
import Testing

@testable import PlexeExport

/// The file layout, checked without any reader: magic at both ends, the footer length, and
/// pages whose headers point where they should.
@Suite struct ParquetStructureTests {
    @Test func hasMagicAndAFooterOfTheStatedLength() throws {
        let table = try TestTable(
            columns: CSVExportTests.columns,
            rows: [
                [1, "a", 1.5, 1, "2024-01-01", "2024-01-01T00:00:00Z"],
                [nil, nil, nil, nil, nil, nil],
            ])
        for compression in ParquetCompression.allCases {
            let bytes = try table.export(.parquet, options: ExportOptions(parquetCompression: compression))
            #expect(bytes.count > 12)
            #expect(Array(bytes.prefix(4)) == Array("PAR1".utf8))
            #expect(Array(bytes.suffix(4)) == Array("PAR1".utf8))
            let footerLength = bytes[(bytes.count - 8)..<(bytes.count - 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            #expect(footerLength > 0 && footerLength < bytes.count - 12)
            let footer = Array(bytes[(bytes.count - 8 - footerLength)..<(bytes.count - 8)])
            #expect(footer.last == 0, "the footer is a Thrift struct, ended by a stop byte")
            let footerText = String(decoding: footer, as: UTF8.self)
            #expect(footerText.contains("plexe-data"))
            for (name, _) in CSVExportTests.columns { #expect(footerText.contains(name)) }
        }
    }

    @Test func firstPageHeaderFollowsTheMagic() throws {
        // One integer column, no compression, no dictionary: the first page is PLAIN and its
        // header says how many values and bytes follow.
        let table = try TestTable(columns: [("n", .integer)], rows: [[1], [2], [nil], [4]])
        let bytes = try table.export(.parquet, options: ExportOptions(parquetCompression: .none, dictionaryPageBytes: 0))
        // PageHeader: 1: type DATA_PAGE (0), 2: uncompressed, 3: compressed, 5: DataPageHeader{1: 4 values, 2: PLAIN, 3: RLE, 4: RLE}
        // Body: levels (4-byte length + bit-packed run of 1,1,0,1) then three 8-byte values.
        let levels: [UInt8] = [2, 0, 0, 0, 0x03, 0b1011]
        let bodySize = levels.count + 3 * 8
        let header: [UInt8] = [
            0x15, 0x00, 0x15, UInt8(bodySize * 2), 0x15, UInt8(bodySize * 2),
            0x2C, 0x15, 0x08, 0x15, 0x00, 0x15, 0x06, 0x15, 0x06, 0x00, 0x00,
        ]
        #expect(Array(bytes[4..<(4 + header.count)]) == header)
        #expect(Array(bytes[(4 + header.count)..<(4 + header.count + levels.count)]) == levels)
        let firstValue = bytes[(4 + header.count + levels.count)..<(4 + header.count + levels.count + 8)]
        #expect(Array(firstValue) == [1, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func rowGroupsAlsoEndBySize() throws {
        let rows: [[SQLiteValue]] = (0..<5_000).map { [.text(String(repeating: "x", count: 100) + String($0))] }
        let table = try TestTable(columns: [("s", .string)], rows: rows)
        let small = try table.export(.parquet, options: ExportOptions(rowGroupBytes: 100_000), to: "small.parquet")
        let large = try table.export(.parquet, options: ExportOptions(), to: "large.parquet")
        // Every row group repeats its column metadata in the footer, so more groups mean a
        // longer footer: compare footer lengths.
        func footerLength(_ bytes: [UInt8]) -> Int { bytes[(bytes.count - 8)..<(bytes.count - 4)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        #expect(footerLength(small) > 3 * footerLength(large))
    }

    @Test func columnsAreSplitIntoTwoEvenEncodingGroups() {
        #expect(ParquetTableWriter.balancedGroups([.integer]) == [[0]])
        // Strings weigh three numbers and are placed first: s s i (7) | s i f i (6).
        #expect(
            ParquetTableWriter.balancedGroups([.string, .integer, .string, .integer, .float, .string, .integer])
                == [[0, 5, 6], [1, 2, 3, 4]])
    }

    @Test func wideTablesShareTheDictionaryBudget() {
        #expect(ParquetTableWriter.dictionaryShare(1 << 20, columns: 12) == 1 << 20)
        #expect(ParquetTableWriter.dictionaryShare(1 << 20, columns: 64) == 256 << 10)
        #expect(ParquetTableWriter.dictionaryShare(1 << 20, columns: 5_000) == 64 << 10)
        #expect(ParquetTableWriter.dictionaryShare(0, columns: 12) == 0)
    }

    @Test func valuesStoredOffConventionAreReported() throws {
        // Column affinity converts anything numeric, so what is left in another storage class
        // has no typed meaning: a fraction in an integer column, text in a boolean one.
        let fraction = try TestTable(columns: [("i", .integer)], rows: [[1], [.real(2.5)]])
        #expect(throws: ExportError.valueDoesNotMatchType(table: "customers", column: "i", row: 2, type: .integer, value: "2.5")) {
            try fraction.export(.parquet)
        }
        let text = try TestTable(columns: [("b", .boolean)], rows: [["yes"]])
        #expect(throws: ExportError.valueDoesNotMatchType(table: "customers", column: "b", row: 1, type: .boolean, value: "yes")) {
            try text.export(.parquet)
        }
        let stamp = try TestTable(columns: [("t", .datetime)], rows: [["2024-01-01T10:00:00Z"], [.integer(5)]])
        #expect(throws: ExportError.valueDoesNotMatchType(table: "customers", column: "t", row: 2, type: .datetime, value: "5")) {
            try stamp.export(.parquet)
        }
    }
}
