import Testing

@testable import PlexeIngest

@Suite("Format detection")
struct FormatDetectionTests {
    @Test(
        "by name and content",
        arguments: [
            ("a.csv", "a,b\n1,2\n", FileFormat.csv),
            ("a.tsv", "a\tb\n", .csv),
            ("a.txt", "a|b\n", .csv),
            ("a.json", "[{\"a\": 1}]", .json),
            ("a.json", "{\"a\": 1}\n{\"a\": 2}\n", .ndjson),
            ("a.jsonl", "{\"a\": 1}\n", .ndjson),
            ("a.ndjson", "{\"a\": 1}\n", .ndjson),
            ("a.txt", "  \n [{\"a\": 1}]", .json),
            ("data", "{\"a\": 1}\n", .ndjson),
            ("a.dat", "x,y\n", .csv),
            ("a.csv", "[not json],b\n", .csv),
            ("a.json", "oops", .json),
        ])
    func detection(filename: String, content: String, expected: FileFormat) throws {
        let file = try TemporaryFile(content, name: filename)
        #expect(try FileIngestor.detectFormat(path: file.path, filename: filename) == expected)
    }

    @Test("content wins over an odd name after a byte order mark")
    func byteOrderMark() throws {
        let file = try TemporaryFile(bytes: [0xEF, 0xBB, 0xBF] + Array("[{\"a\": 1}]".utf8), name: "upload.bin")
        #expect(try FileIngestor.detectFormat(path: file.path, filename: "upload.bin") == .json)
        let ingested = try ingest(bytes: [0xEF, 0xBB, 0xBF] + Array("[{\"a\": 1}]".utf8), name: "upload.bin")
        #expect(try ingested.rows() == [[1]])
    }

    @Test("an empty file cannot be detected")
    func empty() throws {
        let file = try TemporaryFile("", name: "a.csv")
        #expect(throws: IngestError(line: 1, message: "the file is empty")) {
            try FileIngestor.detectFormat(path: file.path, filename: "a.csv")
        }
    }
}
