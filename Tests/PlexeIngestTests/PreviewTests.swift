import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("CSV previews")
struct PreviewTests {
    /// 3000 rows whose raw fields are known, with quoting, an embedded line break every 100th
    /// row, empty fields and codes with leading zeros; CRLF endings and a byte order mark.
    static func sample() -> (text: [UInt8], rows: [[String]]) {
        var expected: [[String]] = []
        var lines = ["id;label;code;note"]
        for i in 0..<3000 {
            let label = i % 100 == 0 ? "multi\r\nline \(i)" : "label; \(i) \"q\""
            let code = String(format: "%05d", i)
            let note = i % 3 == 0 ? "" : "n\(i)"
            expected.append(["\(i)", label, code, note])
            lines.append("\(i);\"\(label.replacingOccurrences(of: "\"", with: "\"\""))\";\(code);\(note)")
        }
        return ([0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8), expected)
    }

    @Test("rows at any offset equal the raw fields, across the 1024-row index step")
    func offsets() throws {
        let (text, expected) = PreviewTests.sample()
        let ingested = try ingest(bytes: text)
        let dialect = try #require(ingested.result.csvDialect)
        #expect(dialect.delimiter == .semicolon && dialect.hasByteOrderMark && dialect.usesCRLF)
        #expect(ingested.result.rowOffsets.count == 3)
        for (offset, limit) in [(0, 10), (5, 3), (99, 3), (1020, 10), (1023, 1), (1024, 5), (1500, 100), (2040, 20), (2999, 10), (0, 3000)] {
            let rows = try CSVPreviewReader.rows(
                path: ingested.file.path, dialect: dialect, rowOffsets: ingested.result.rowOffsets,
                offset: offset, limit: limit)
            #expect(rows == Array(expected[offset..<min(offset + limit, expected.count)]), "offset \(offset)")
        }
    }

    @Test("past the end, or with nothing to return")
    func beyondTheEnd() throws {
        let ingested = try ingest("a,b\n1,2\n")
        let dialect = try #require(ingested.result.csvDialect)
        let offsets = ingested.result.rowOffsets
        #expect(try CSVPreviewReader.rows(path: ingested.file.path, dialect: dialect, rowOffsets: offsets, offset: 1, limit: 10) == [])
        #expect(try CSVPreviewReader.rows(path: ingested.file.path, dialect: dialect, rowOffsets: offsets, offset: 5000, limit: 10) == [])
        #expect(try CSVPreviewReader.rows(path: ingested.file.path, dialect: dialect, rowOffsets: offsets, offset: 0, limit: 0) == [])
        #expect(try CSVPreviewReader.rows(path: ingested.file.path, dialect: dialect, rowOffsets: offsets, offset: 0, limit: 10) == [["1", "2"]])
        let empty = try ingest("a,b\n")
        #expect(try CSVPreviewReader.rows(path: empty.file.path, dialect: dialect, rowOffsets: empty.result.rowOffsets, offset: 0, limit: 10) == [])
    }

    @Test("fields stay as written: leading zeros, empty fields, unnormalised numbers and booleans")
    func rawFields() throws {
        let ingested = try ingest("a,b,c,d\n007,,1.50,TRUE\n\"x\"\"y\",\"\",2,false\n")
        let rows = try CSVPreviewReader.rows(
            path: ingested.file.path, dialect: try #require(ingested.result.csvDialect),
            rowOffsets: ingested.result.rowOffsets, offset: 0, limit: 10)
        #expect(rows == [["007", "", "1.50", "TRUE"], ["x\"y", "", "2", "false"]])
    }
}
