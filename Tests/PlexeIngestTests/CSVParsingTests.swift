import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("CSV parsing")
struct CSVParsingTests {
    @Test(
        "each delimiter is detected and splits the fields",
        arguments: [
            (",", CSVDialect.Delimiter.comma), (";", .semicolon), ("\t", .tab), ("|", .pipe),
        ])
    func delimiters(symbol: String, expected: CSVDialect.Delimiter) throws {
        let text = ["id\(symbol)name\(symbol)score", "1\(symbol)Ann\(symbol)2.5", "2\(symbol)Bob\(symbol)3.5", ""].joined(separator: "\n")
        let ingested = try ingest(text)
        #expect(ingested.result.csvDialect?.delimiter == expected)
        #expect(ingested.table.columns.map(\.name) == ["id", "name", "score"])
        #expect(try ingested.rows() == [[1, "Ann", 2.5], [2, "Bob", 3.5]])
    }

    @Test("a semicolon file with decimal commas is not taken for a comma file")
    func semicolonWithDecimalCommas() throws {
        let ingested = try ingest("a;b;c\n\"1,5\";x;y\n\"2,5\";z;w\n")
        #expect(ingested.result.csvDialect?.delimiter == .semicolon)
        #expect(try ingested.rows() == [[1.5, "x", "y"], [2.5, "z", "w"]])  // decimal commas read as such
    }

    @Test("delimiters inside quotes do not count when sniffing")
    func sniffingRespectsQuotes() throws {
        let ingested = try ingest("name|note\n\"a,b,c\"|\"x,y\"\n\"d,e\"|z\n")
        #expect(ingested.result.csvDialect?.delimiter == .pipe)
        #expect(try ingested.rows() == [["a,b,c", "x,y"], ["d,e", "z"]])
    }

    @Test("a .tsv file with one column per line still reads as one column")
    func singleColumn() throws {
        let ingested = try ingest("word\nalpha\nbeta\n", name: "words.tsv")
        #expect(ingested.table.columns.map(\.name) == ["word"])
        #expect(ingested.table.rowCount == 2)
    }

    @Test("CRLF line endings")
    func crlf() throws {
        let ingested = try ingest("a,b\r\n1,x\r\n2,\"y\r\nz\"\r\n")
        #expect(ingested.result.csvDialect?.usesCRLF == true)
        #expect(try ingested.rows() == [[1, "x"], [2, "y\r\nz"]])
    }

    @Test("a UTF-8 byte order mark is not part of the first header")
    func byteOrderMark() throws {
        let ingested = try ingest(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Zoë\n".utf8))
        #expect(ingested.result.csvDialect?.hasByteOrderMark == true)
        #expect(ingested.table.columns.map(\.name) == ["id", "name"])
        #expect(ingested.column("id")?.type == .integer)
    }

    @Test("quoted fields keep delimiters, doubled quotes and line breaks")
    func quoting() throws {
        let text = [
            "name,quote,n",
            #""Doe, John","He said ""hi""",1"#,
            "\"multi",
            "line\",plain,2",
            #""","""",3"#,
        ].joined(separator: "\n")
        let ingested = try ingest(text)
        #expect(
            try ingested.rows() == [
                ["Doe, John", "He said \"hi\"", 1],
                ["multi\nline", "plain", 2],
                [.null, "\"", 3],
            ])
    }

    @Test("a quote inside an unquoted field is an ordinary character")
    func quoteInsideUnquotedField() throws {
        let ingested = try ingest("size,item\n5\" screen,tv\n")
        #expect(try ingested.rows() == [["5\" screen", "tv"]])
    }

    @Test("non-ASCII text is kept byte for byte")
    func nonASCII() throws {
        let names = ["José García", "Zoë Müller", "王伟", "Дмитрий", "Αλέξανδρος", "🙂 emoji"]
        let ingested = try ingest("name\n" + names.joined(separator: "\n") + "\n")
        #expect(try ingested.rows().map { $0[0] } == names.map { SQLiteValue.text($0) })
        #expect(ingested.column("name")?.distinctValues == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test("blank lines are skipped, and the last line may lack its line break")
    func blankLinesAndMissingFinalNewline() throws {
        let ingested = try ingest("a,b\n\n1,2\n\n\n3,4")
        #expect(try ingested.rows() == [[1, 2], [3, 4]])
    }

    @Test("a header without rows gives an empty table")
    func headerOnly() throws {
        let ingested = try ingest("a,b,c\n")
        #expect(ingested.table.rowCount == 0)
        #expect(ingested.table.columns.map(\.name) == ["a", "b", "c"])
        #expect(ingested.table.columns.allSatisfy { $0.type == .string && !$0.nullable && $0.unique && $0.distinctValues == [] })
        #expect(ingested.result.rowOffsets.isEmpty)
        #expect(try ingested.rows().isEmpty)
    }

    @Test("empty and repeated header names get stable generated names")
    func headerNames() throws {
        let ingested = try ingest("name,,name,Name,a,a,a_2,\n1,2,3,4,5,6,7,8\n")
        #expect(ingested.table.columns.map(\.name) == ["name", "column_2", "name_2", "Name_3", "a", "a_3", "a_2", "column_8"])
        #expect(try ingested.rows() == [[1, 2, 3, 4, 5, 6, 7, 8]])
    }

    @Test("a field longer than the 1 MiB read buffer")
    func longField() throws {
        let long = String(repeating: "x", count: 3 << 20)
        let ingested = try ingest("id,text\n1,\"\(long)\"\n2,short\n")
        #expect(try ingested.rows() == [[1, .text(long)], [2, "short"]])
    }

    @Test("records crossing the read buffer's boundary are read whole")
    func manyRowsAcrossBuffers() throws {
        let rows = (0..<60_000).map { "\($0),\"name \($0), with comma\",\($0 % 7 == 0 ? "" : "\($0).5")" }
        let ingested = try ingest("id,name,value\r\n" + rows.joined(separator: "\r\n") + "\r\n")
        #expect(ingested.table.rowCount == 60_000)
        let last = try ingested.database.queryFirst("SELECT id, name, value FROM data WHERE id = 59999") { [$0.value(0), $0.value(1), $0.value(2)] }
        #expect(last == [59999, "name 59999, with comma", 59999.5])
        #expect(ingested.column("value")?.nullCount == 8572)
    }
}
