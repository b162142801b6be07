import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Ragged rows and stray quotes")
struct RaggedRowTests {
    @Test("short rows are padded with NULLs, every one counted")
    func shortRows() throws {
        let ingested = try ingest("a,b,c\n1,2,3\n4,5\n6\n7,8,9\n")
        #expect(try ingested.rows() == [[1, 2, 3], [4, 5, .null], [6, .null, .null], [7, 8, 9]])
        let warning = try #require(ingested.warning("padded_rows"))
        #expect(warning.count == 2 && warning.firstLines == [3, 4])
        #expect(warning.message == "2 rows with fewer fields than the header padded with empty values (NULL)")
        #expect(ingested.column("b")?.nullCount == 1 && ingested.column("c")?.nullCount == 2)
    }

    @Test("long rows: kept without their extra fields when those are empty, left out otherwise")
    func longRows() throws {
        let ingested = try ingest("a,b\n1,2\n3,4,,\n5,6,7\n8,9\n")
        #expect(try ingested.previewRows() == [["1", "2"], ["3", "4"], ["8", "9"]])
        #expect(ingested.warning("extra_empty_fields")?.firstLines == [3])
        let rejected = try #require(ingested.warning("rejected_rows"))
        #expect(rejected.count == 1 && rejected.firstLines == [4])
        #expect(ingested.table.rowCount == 3)
    }

    @Test("the first lines noted are ten, the count is every line")
    func manyRepairs() throws {
        let rows = (0..<500).map { $0 % 2 == 0 ? "\($0),x" : "\($0)" }
        let ingested = try ingest("a,b\n" + rows.joined(separator: "\n") + "\n")
        let warning = try #require(ingested.warning("padded_rows"))
        #expect(warning.count == 250)
        #expect(warning.firstLines == [3, 5, 7, 9, 11, 13, 15, 17, 19, 21])
        #expect(ingested.table.rowCount == 500)
    }

    @Test("a ragged row past the sampled start switches to the copy instead of failing")
    func raggedRowLate() throws {
        let good = String(repeating: "1,name,2.5\n", count: 30_000)
        let ingested = try ingest("a,b,c\n" + good + "7,late\n" + good)
        #expect(ingested.result.csvDialect?.normalizedCopy == true)
        #expect(ingested.warning("padded_rows")?.firstLines == [30_002])
        #expect(ingested.table.rowCount == 60_001)
        let late = try CSVPreviewReader.rows(
            path: ingested.file.path, dialect: #require(ingested.result.csvDialect),
            rowOffsets: ingested.result.rowOffsets, offset: 30_000, limit: 2)
        #expect(late == [["7", "late", ""], ["1", "name", "2.5"]])
    }

    @Test("strict fails at the first ragged row with its line, as before repairs existed")
    func strict() {
        #expect(ingestError("a,b,c\n1,2,3\n4,5\n", options: .strict) == IngestError(line: 3, message: "expected 3 fields, found 2"))
        // Also when the file needs the copy for another reason (its encoding).
        #expect(
            ingestError(bytes: Encoded.utf16("a,b,c\n1,2,3\n4,5\n"), options: .strict) == IngestError(line: 3, message: "expected 3 fields, found 2"))
        // Or its preamble.
        #expect(ingestError("Report\n\na,b,c\n1,2,3\n4,5,6,7\n", options: .strict) == IngestError(line: 5, message: "expected 3 fields, found 4"))
        #expect(ingestError("a,b\n\"x\"y,2\n", options: .strict)?.message.contains("closing quote") == true)
    }

    @Test("a stray quote opening a field is read as a character")
    func strayOpeningQuote() throws {
        let ingested = try ingest("d,id,price,name\n1,A-1,$5.00,\"Pillow, red\"\n2,\"B-2,$6.00,\"Boots, 10\"\"\",x\n3,C-3,$7.00,plain\n")
        // The header says 4 columns; the row with the stray quote has 5 fields once repaired
        // (its last one, `x`, is extra and not empty), so it is reported as rejected, and its
        // stray quote counted.
        #expect(ingested.warning("stray_quotes")?.firstLines == [3])
        let clean = try ingest("d,id,price,name\n1,A-1,$5.00,\"Pillow, red\"\n2,\"B-2,$6.00,\"Boots, 10\"\"\"\n3,C-3,$7.00,plain\n")
        #expect(
            try clean.previewRows() == [
                ["1", "A-1", "$5.00", "Pillow, red"], ["2", "\"B-2", "$6.00", "Boots, 10\""], ["3", "C-3", "$7.00", "plain"],
            ])
        #expect(clean.warning("stray_quotes")?.count == 1)
    }

    @Test("an unescaped quote inside a quoted field is read as a character when that gives the header's width")
    func strayInnerQuote() throws {
        let ingested = try ingest("id,name,note\n1,\"Boots, 10\" lined\",x\n2,\"Hat\",y\n")
        #expect(try ingested.previewRows() == [["1", "Boots, 10\" lined", "x"], ["2", "Hat", "y"]])
        #expect(ingested.warning("stray_quotes")?.firstLines == [2])
    }

    @Test("an unterminated quote at the end of the file still fails with its line")
    func unterminatedQuote() {
        #expect(ingestError("a,b\n1,2\n3,\"open\n4,5\n6,7\n") == IngestError(line: 3, message: "unterminated quoted field"))
        #expect(ingestError("Report\n\na,b\n1,2\n3,\"open\n4,5\n") == IngestError(line: 5, message: "unterminated quoted field"))
        #expect(ingestError(bytes: Encoded.windows1252("a;b\nä;\"open\n4;5\n")) == IngestError(line: 2, message: "unterminated quoted field"))
    }

    @Test("the parser on its own: both readings of a stray quote")
    func parserReadings() {
        let bytes = Array("\"YY-5315,$45.39,\"Men's, crew\",x\n".utf8)
        var parser = TolerantRecordParser(syntax: .standard)
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            #expect(parser.parse(base, from: 0, end: buffer.count, atEOF: true) == .record(end: buffer.count))
            #expect(parser.hadStrayQuote && parser.fields.count == 4)
            #expect(parser.parse(base, from: 0, end: buffer.count, atEOF: true, policy: .literalQuote) == .record(end: buffer.count))
            #expect(parser.fields.count == 2)
        }
    }
}
