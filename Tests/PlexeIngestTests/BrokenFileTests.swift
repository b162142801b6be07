import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Broken files")
struct BrokenFileTests {
    @Test("an unterminated quote is reported on the line it opened")
    func unterminatedQuote() {
        let error = ingestError("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        #expect(error == IngestError(line: 3, message: "unterminated quoted field"))
    }

    @Test("an unterminated quote after a multi-line field counts the physical lines")
    func unterminatedQuoteAfterMultilineField() {
        let error = ingestError("a,b\n1,\"x\ny\nz\"\n2,\"never closed\n")
        #expect(error?.line == 5)
        #expect(error?.message == "unterminated quoted field")
    }

    @Test("strict: a row with the wrong number of fields names the expected and found counts")
    func wrongFieldCount() {
        let header = (1...12).map { "c\($0)" }.joined(separator: ",")
        let good = (1...12).map(String.init).joined(separator: ",")
        let short = (1...11).map(String.init).joined(separator: ",")
        var lines = [header] + Array(repeating: good, count: 1040)
        lines.append(short)
        let error = ingestError(lines.joined(separator: "\n") + "\n" + good + "\n", options: .strict)
        #expect(error == IngestError(line: 1042, message: "expected 12 fields, found 11"))
        #expect(error?.description == "line 1042: expected 12 fields, found 11")
    }

    @Test("strict: a row with too many fields, after blank lines and CRLF endings")
    func tooManyFields() {
        let error = ingestError("a,b\r\n1,2\r\n\r\n3,4,5\r\n", options: .strict)
        #expect(error == IngestError(line: 4, message: "expected 2 fields, found 3"))
    }

    @Test("strict: text after a closing quote")
    func textAfterClosingQuote() {
        let error = ingestError("a,b\n\"x\"y,2\n", options: .strict)
        #expect(error?.line == 2)
        #expect(error?.message.contains("closing quote") == true)
    }

    @Test(
        "strict: invalid UTF-8 after a UTF-8 start is reported on its line",
        arguments: [
            [0xFF], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        ] as [[UInt8]])
    func invalidUTF8(bad: [UInt8]) {
        // Past the part of the file the encoding is detected from.
        let filler = String(repeating: "filler,0\n", count: 40_000)
        let bytes = Array(("name,n\nok,1\n\"multi\nline\",2\n" + filler + "bad").utf8) + bad + Array(",3\n".utf8)
        #expect(ingestError(bytes: bytes, options: .strict) == IngestError(line: 40_005, message: "invalid UTF-8: the file must be UTF-8 text"))
    }

    @Test("an empty or whitespace-only file is an error (a header alone is not: see CSV parsing)", arguments: ["", "   ", "\n\n", " \r\n\t"])
    func emptyFile(text: String) {
        #expect(ingestError(text) == IngestError(line: 1, message: "the file is empty"))
    }

    @Test("an empty file with a byte order mark only")
    func byteOrderMarkOnly() {
        #expect(ingestError(bytes: [0xEF, 0xBB, 0xBF]) == IngestError(line: 1, message: "the file is empty"))
    }

    @Test("malformed JSON is reported on the line of the problem")
    func malformedJSON() {
        let error = ingestError("[\n  {\"a\": 1},\n  {\"a\": 2,},\n  {\"a\": 3}\n]", name: "x.json")
        #expect(error?.line == 3)
        #expect(error?.message.hasPrefix("malformed JSON") == true)
        #expect(ingestError("[{\"a\": 1}\n,\n{\"a\": tru}]", name: "x.json")?.line == 3)
        #expect(ingestError("[{\"a\": 1}, {\"a\": 2}", name: "x.json")?.message.contains("not closed") == true)
        #expect(ingestError("[{\"a\": 1}] extra", name: "x.json")?.message.contains("after the end") == true)
        #expect(ingestError("[{\"a\": \"line\nbreak\"}]", name: "x.json")?.line == 1)
        #expect(ingestError("[{\"a\": 01}]", name: "x.json")?.message.contains("leading zero") == true)
    }

    @Test("an array element that is not an object")
    func elementNotObject() {
        let error = ingestError("[\n{\"a\": 1},\n{\"a\": 2},\n[3]\n]", name: "x.json")
        #expect(error == IngestError(line: 4, message: "element 3 of the array is not an object"))
    }

    @Test("an NDJSON line that is not an object")
    func ndjsonLineNotObject() {
        let error = ingestError("{\"a\": 1}\n\n\"text\"\n", name: "x.ndjson")
        #expect(error?.line == 3)
        #expect(error?.message == "malformed NDJSON: each line must be a JSON object")
    }

    @Test("JSON with no objects or no keys has no columns")
    func noColumns() {
        #expect(ingestError("[]", name: "x.json")?.message == "the file contains no objects")
        #expect(ingestError("[{}, {}]", name: "x.json")?.message == "the objects in the file have no keys")
    }

    @Test("invalid UTF-8 inside a JSON string")
    func invalidUTF8InJSON() {
        let bytes = Array("{\"a\": \"ok\"}\n{\"a\": \"".utf8) + [0xFE] + Array("\"}\n".utf8)
        #expect(ingestError(bytes: bytes, name: "x.ndjson") == IngestError(line: 2, message: "invalid UTF-8: the file must be UTF-8 text"))
    }

    @Test("more columns than a SQLite table may have")
    func tooManyColumns() {
        let header = (1...2001).map { "c\($0)" }.joined(separator: ",")
        #expect(ingestError(header + "\n") == IngestError(line: 1, message: "the file has more than 2000 columns, the most a table can have"))
        let object = "{" + (1...2001).map { "\"k\($0)\": 1" }.joined(separator: ",") + "}"
        #expect(ingestError("{\"a\": 1}\n" + object + "\n", name: "wide.ndjson")?.line == 2)
    }

    @Test("a NUL in a column name is reported on its line, not as a failed CREATE TABLE")
    func nulInColumnName() {
        let message = "a column name holds a control character (U+0000); rename the column"
        #expect(ingestError(bytes: Array("\n\nid,na".utf8) + [0] + Array("me\n1,x\n".utf8)) == IngestError(line: 3, message: message))
        // A JSON key spells it as an escape.
        #expect(ingestError("{\"a\": 1}\n{\"b\\u0000c\": 2}\n", name: "x.ndjson") == IngestError(line: 2, message: message))
        // In a value it is only data.
        #expect(ingestError(bytes: Array("id,name\n1,x".utf8) + [0] + Array("y\n".utf8)) == nil)
    }

    @Test("values nested too deep")
    func nestedTooDeep() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let error = ingestError("[{\"a\": \(deep)}]", name: "deep.json")
        #expect(error?.message == "malformed JSON: values nested more than 512 levels deep")
    }

    @Test("a failed ingest leaves the connection outside any transaction")
    func noOpenTransaction() throws {
        let file = try TemporaryFile("a,b\n1,2\n3,\"open\n")
        let database = try SQLiteDatabase(path: file.directory + "/upload.db")
        #expect(throws: IngestError.self) {
            try FileIngestor.ingest(path: file.path, filename: "data.csv", tableName: "data", into: database)
        }
        try database.execute("BEGIN; CREATE TABLE probe (x); COMMIT")
        // A database failure (the table exists already) is reported as such, and leaves no
        // transaction open either.
        let good = try TemporaryFile("a,b\n1,2\n")
        #expect(throws: SQLiteError.self) {
            try FileIngestor.ingest(path: good.path, filename: "data.csv", tableName: "probe", into: database)
        }
        try database.execute("BEGIN; DROP TABLE probe; COMMIT")
    }
}
