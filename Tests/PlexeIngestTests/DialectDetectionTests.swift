import Foundation
import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Dialect and layout detection")
struct DialectDetectionTests {
    @Test("records ending with a lone CR")
    func carriageReturns() throws {
        let ingested = try ingest("id,name\r1,\"a\rb\"\r2,c\r")
        let dialect = try #require(ingested.result.csvDialect)
        #expect(dialect.recordDelimiter == .cr && dialect.normalizedCopy)
        #expect(ingested.columnNames == ["id", "name"])
        #expect(try ingested.previewRows() == [["1", "a\rb"], ["2", "c"]])
        #expect(try ingested.rows() == [[1, "a\rb"], [2, "c"]])
    }

    @Test("single quotes")
    func singleQuotes() throws {
        let ingested = try ingest("id,name,note\n1,'Doe, John','it''s'\n2,Ann's,'x'\n3,'a\nb',y\n")
        let dialect = try #require(ingested.result.csvDialect)
        #expect(dialect.quote == "'" && dialect.delimiter == .comma)
        #expect(try ingested.previewRows() == [["1", "Doe, John", "it's"], ["2", "Ann's", "x"], ["3", "a\nb", "y"]])
    }

    @Test("backslash escapes")
    func backslashEscapes() throws {
        let ingested = try ingest("id,text\n1,\"say \\\"hi\\\", ok\"\n2,\"back\\\\slash\"\n3,plain\n")
        let dialect = try #require(ingested.result.csvDialect)
        #expect(dialect.escape == "\\" && dialect.quote == "\"")
        #expect(try ingested.previewRows() == [["1", "say \"hi\", ok"], ["2", "back\\slash"], ["3", "plain"]])
    }

    @Test("other printable delimiters", arguments: [" ", ":", "#", "^", "~"])
    func otherDelimiters(delimiter: String) throws {
        let lines =
            ["id", "name", "score"].joined(separator: delimiter) + "\n"
            + (1...20).map { ["\($0)", "n\($0)", "\($0).5"].joined(separator: delimiter) }.joined(separator: "\n") + "\n"
        let ingested = try ingest(lines)
        #expect(ingested.result.csvDialect?.delimiter.rawValue == delimiter)
        #expect(ingested.columnNames == ["id", "name", "score"])
        #expect(try ingested.previewRows().first == ["1", "n1", "1.5"])
        #expect(ingested.column("score")?.type == .float)
    }

    @Test("a space-delimited file with quoted fields holding spaces")
    func spaceWithQuotes() throws {
        let ingested = try ingest("city population\n\"New York\" 8336817\n\"Los Angeles\" 3979576\nChicago 2693976\n")
        #expect(ingested.result.csvDialect?.delimiter.rawValue == " ")
        #expect(try ingested.previewRows() == [["New York", "8336817"], ["Los Angeles", "3979576"], ["Chicago", "2693976"]])
    }

    @Test("spaces after every delimiter are not part of the values")
    func initialSpaces() throws {
        let ingested = try ingest("id, name, note\n1, \"Doe, John\", x\n2, Ann, \"a, b\"\n3, Bob, y\n")
        #expect(ingested.result.csvDialect?.skipInitialSpace == true)
        #expect(ingested.columnNames == ["id", "name", "note"])
        #expect(try ingested.previewRows() == [["1", "Doe, John", "x"], ["2", "Ann", "a, b"], ["3", "Bob", "y"]])
    }

    @Test("a preamble above the header is left out and counted")
    func preamble() throws {
        let ingested = try ingest("Sales report\nExported 2024-01-05 by admin\n\nregion,units,price\nnorth,3,1.5\nsouth,4,2.5\n")
        #expect(ingested.columnNames == ["region", "units", "price"])
        #expect(try ingested.previewRows() == [["north", "3", "1.5"], ["south", "4", "2.5"]])
        let warning = try #require(ingested.warning("preamble"))
        #expect(warning.count == 2 && warning.firstLines == [1, 2])
        #expect(ingested.result.csvDialect?.preambleRows == 2)
    }

    @Test("a preamble padded with delimiters, as spreadsheets export it")
    func paddedPreamble() throws {
        let ingested = try ingest("PREAMBLE,,,\n,,,\nDATE,TIME,Qty,Price\n28/01/2018,00:00,2,$74.69\n29/01/2018,00:15,0,$29.81\n")
        #expect(ingested.columnNames == ["DATE", "TIME", "Qty", "Price"])
        #expect(ingested.table.rowCount == 2)
        #expect(ingested.warning("preamble")?.firstLines == [1, 2])
    }

    @Test("footnotes below the table are left out and counted; a short row inside it is padded")
    func footnotes() throws {
        let ingested = try ingest("a,b,c\n1,2,3\n4\n5,6,7\n\nSource: a survey\n* provisional figures,,\n")
        #expect(try ingested.previewRows() == [["1", "2", "3"], ["4", "", ""], ["5", "6", "7"]])
        #expect(ingested.warning("footnotes")?.firstLines == [6, 7])
        #expect(ingested.warning("padded_rows")?.firstLines == [3])
        #expect(ingested.result.csvDialect?.footnoteRows == 2)
    }

    @Test("a last row with one number is a row, not a footnote")
    func lastRowWithOneValue() throws {
        let ingested = try ingest("a,b,c\n1,2,3\n4\n")
        #expect(try ingested.previewRows() == [["1", "2", "3"], ["4", "", ""]])
        #expect(ingested.warning("footnotes") == nil)
    }

    @Test("a header over several rows is joined with a space")
    func multiRowHeader() throws {
        let ingested = try ingest(
            "DATE,TIME,Qty,Price\nday,hour,units,\n28/01/2018,00:00,2,74.69\n29/01/2018,00:15,0,29.81\n30/01/2018,00:30,1,80.08\n")
        #expect(ingested.columnNames == ["DATE day", "TIME hour", "Qty units", "Price"])
        #expect(ingested.table.rowCount == 3)
        #expect(ingested.warning("joined_header_rows")?.firstLines == [2])
        #expect(ingested.result.csvDialect?.headerRows == 2)
    }

    @Test("no header: columns are named column_1…, and the first row is data")
    func noHeader() throws {
        let ingested = try ingest("28/01/2018,00:00,2,MG-8769,$74.69\n29/01/2018,00:15,0,RI-3895,$29.81\n30/01/2018,00:30,1,RI-8070,$80.08\n")
        #expect(ingested.columnNames == ["column_1", "column_2", "column_3", "column_4", "column_5"])
        #expect(ingested.table.rowCount == 3)
        #expect(try ingested.previewRows().first == ["28/01/2018", "00:00", "2", "MG-8769", "$74.69"])
        #expect(ingested.result.csvDialect?.header == false)
    }

    @Test("text columns alone do not make a first row data")
    func textOnlyKeepsHeader() throws {
        let ingested = try ingest("alpha,beta\ngamma,delta\nepsilon,zeta\n")
        #expect(ingested.columnNames == ["alpha", "beta"])
        #expect(ingested.result.csvDialect?.normalizedCopy == false)
    }

    @Test("the uploader's dialect wins: delimiter, quote, escape, header, lines to skip")
    func overrides() throws {
        // Both split every line in two: detection takes `,`, the uploader says `;`.
        let semicolons = "a;b,c\n1;2,3\n4;5,6\n"
        #expect(try ingest(semicolons).columnNames == ["a;b", "c"])
        #expect(try ingest(semicolons, options: IngestOptions(delimiter: ";")).columnNames == ["a", "b,c"])
        // Header said absent on a file that has one.
        let named = try ingest("x,y\n1,2\n", options: IngestOptions(header: false))
        #expect(named.columnNames == ["column_1", "column_2"])
        #expect(try named.previewRows() == [["x", "y"], ["1", "2"]])
        // Header said present on a file detection would read without one.
        let numbers = "1,2\n3,4\n5,6\n"
        #expect(try ingest(numbers).columnNames == ["column_1", "column_2"])
        #expect(try ingest(numbers, options: IngestOptions(header: true)).columnNames == ["1", "2"])
        // Lines to skip.
        let skipped = try ingest("title\nsub,title,here\na,b\n1,2\n", options: IngestOptions(skipRows: 2))
        #expect(skipped.columnNames == ["a", "b"])
        #expect(skipped.warning("preamble")?.firstLines == [1, 2])
        // No quote character: quotes are text.
        let unquoted = try ingest("a,b\n\"x,y\n", options: IngestOptions(quote: ""))
        #expect(try unquoted.previewRows() == [["\"x", "y"]])
        // An escape character.
        let escaped = try ingest("a,b\n\"x\\\"y\",2\n", options: IngestOptions(escape: "\\"))
        #expect(try escaped.previewRows() == [["x\"y", "2"]])
        // What cannot be.
        #expect(ingestError("a\n", options: IngestOptions(delimiter: ",,"))?.message.hasPrefix("the delimiter must be one ASCII character") == true)
        #expect(ingestError("a\n", options: IngestOptions(delimiter: "\n"))?.line == 0)
        #expect(
            ingestError("a\n", options: IngestOptions(delimiter: "'", quote: "'"))?.message == "the delimiter and the quote character must differ")
    }

    @Test("the dialect is stored as JSON with snake_case keys, and old records still decode")
    func dialectJSON() throws {
        let dialect = CSVDialect(
            delimiter: .semicolon, hasByteOrderMark: true, usesCRLF: true, quote: "'", escape: "\\",
            recordDelimiter: .crlf, headerRows: 2, preambleRows: 1, footnoteRows: 3, normalizedCopy: true)
        let json = try JSONEncoder().encode(dialect)
        let object = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "delimiter", "quote", "escape", "record_delimiter", "header", "header_rows", "preamble_rows",
                "footnote_rows", "has_byte_order_mark", "uses_crlf", "normalized_copy", "skip_initial_space",
            ])
        #expect(try JSONDecoder().decode(CSVDialect.self, from: json) == dialect)
        let old = try JSONDecoder().decode(CSVDialect.self, from: Data(#"{"delimiter":"\t","has_byte_order_mark":false,"uses_crlf":true}"#.utf8))
        #expect(old == CSVDialect(delimiter: .tab, hasByteOrderMark: false, usesCRLF: true))
        #expect(old.quote == "\"" && old.recordDelimiter == .crlf && old.headerRows == 1 && !old.normalizedCopy)
        let none = CSVDialect(quote: nil)
        #expect(try JSONDecoder().decode(CSVDialect.self, from: JSONEncoder().encode(none)).quote == nil)
    }
}
