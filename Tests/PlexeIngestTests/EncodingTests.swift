import Foundation
import PlexeFoundation
import Testing

@testable import PlexeIngest

/// Text in the encodings people's tools write, as bytes.
enum Encoded {
    static func utf16(_ text: String, bigEndian: Bool = false, mark: Bool = true) -> [UInt8] {
        let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf32(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        ([0xFEFF] + text.unicodeScalars.map(\.value)).flatMap { v -> [UInt8] in
            let le = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
            return bigEndian ? le.reversed() : le
        }
    }

    static func windows1252(_ text: String) -> [UInt8] { Array(text.data(using: .windowsCP1252)!) }
}

extension Ingested {
    /// The rows as the preview serves them (fields as text), from the file or its copy.
    func previewRows(limit: Int = 10_000) throws -> [[String]] {
        try CSVPreviewReader.rows(
            path: file.path, dialect: #require(result.csvDialect), rowOffsets: result.rowOffsets,
            offset: 0, limit: limit)
    }

    var columnNames: [String] { table.columns.map(\.name) }

    func warning(_ kind: String) -> IngestWarning? { result.warnings.first { $0.kind == kind } }

    var copyExists: Bool { FileManager.default.fileExists(atPath: CSVNormalizer.copyPath(for: file.path)) }
}

@Suite("Encodings")
struct EncodingTests {
    static let text = "id;name;price\n1;Zoë Müller;1,50 €\n2;“Łódź” café;2,00 €\n3;😀 🙂;\n"
    static let rows = [["1", "Zoë Müller", "1,50 €"], ["2", "“Łódź” café", "2,00 €"], ["3", "😀 🙂", ""]]

    @Test(
        "a byte order mark names the encoding; the text is transcoded to UTF-8",
        arguments: [
            ("utf-16le", Encoded.utf16(text)), ("utf-16be", Encoded.utf16(text, bigEndian: true)),
            ("utf-32le", Encoded.utf32(text)), ("utf-32be", Encoded.utf32(text, bigEndian: true)),
        ])
    func byteOrderMarks(encoding: String, bytes: [UInt8]) throws {
        let ingested = try ingest(bytes: bytes)
        #expect(ingested.result.encoding == encoding)
        #expect(ingested.columnNames == ["id", "name", "price"])
        #expect(try ingested.previewRows() == EncodingTests.rows)
        #expect(try ingested.rows().map { $0[1] } == EncodingTests.rows.map { .text($0[1]) })
        let dialect = try #require(ingested.result.csvDialect)
        #expect(dialect.hasByteOrderMark && dialect.normalizedCopy && dialect.delimiter == .semicolon)
        #expect(ingested.copyExists)
        #expect(ingested.result.warnings.isEmpty)
    }

    @Test("UTF-8 with or without a byte order mark is read straight from the file")
    func utf8() throws {
        for bytes in [Array(EncodingTests.text.utf8), [0xEF, 0xBB, 0xBF] + Array(EncodingTests.text.utf8)] {
            let ingested = try ingest(bytes: bytes)
            #expect(ingested.result.encoding == "utf-8")
            #expect(ingested.result.csvDialect?.normalizedCopy == false)
            #expect(!ingested.copyExists)
            #expect(try ingested.previewRows() == EncodingTests.rows)
        }
    }

    @Test("UTF-16 without a byte order mark, from its NUL bytes", arguments: [false, true])
    func utf16WithoutMark(bigEndian: Bool) throws {
        let ingested = try ingest(bytes: Encoded.utf16(EncodingTests.text, bigEndian: bigEndian, mark: false))
        #expect(ingested.result.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
        #expect(ingested.result.csvDialect?.hasByteOrderMark == false)
        #expect(try ingested.previewRows() == EncodingTests.rows)
    }

    @Test("Windows-1252 with semicolons and decimal commas, as German Excel saves it")
    func windows1252() throws {
        let text = "Artikel;Preis;Bemerkung\r\nKäse;1,50;„gut“ – sehr\r\nÖl;12,99;€ und ‰\r\n"
        let ingested = try ingest(bytes: Encoded.windows1252(text))
        #expect(ingested.result.encoding == "windows-1252")
        #expect(ingested.result.csvDialect?.delimiter == .semicolon)
        #expect(ingested.result.csvDialect?.recordDelimiter == .crlf)
        #expect(ingested.columnNames == ["Artikel", "Preis", "Bemerkung"])
        #expect(try ingested.previewRows() == [["Käse", "1,50", "„gut“ – sehr"], ["Öl", "12,99", "€ und ‰"]])
    }

    @Test("a byte Windows-1252 leaves undefined makes it Latin-1")
    func latin1() throws {
        let bytes = Array("a,b\n".utf8) + [0x81, 0x41, 0x2C, 0xE9, 0x0A]
        let ingested = try ingest(bytes: bytes)
        #expect(ingested.result.encoding == "latin-1")
        #expect(try ingested.previewRows() == [["\u{81}A", "é"]])
    }

    @Test("bytes that are not UTF-8 after a UTF-8 start: Windows-1252 for a file with no UTF-8 characters before")
    func lateWindows1252() throws {
        let filler = String(repeating: "plain,1\n", count: 40_000)
        let bytes = Array(("name,n\n" + filler).utf8) + Encoded.windows1252("café,2\n")
        let ingested = try ingest(bytes: bytes)
        #expect(ingested.result.encoding == "windows-1252")
        #expect(ingested.result.warnings.isEmpty)
        #expect(try ingested.previewRows(limit: 50_000).last == ["café", "2"])
        #expect(ingested.table.rowCount == 40_001)
    }

    @Test("bytes that are not UTF-8 in a UTF-8 file are read as Windows-1252, with a warning naming their lines")
    func strayBytesInUTF8() throws {
        let filler = String(repeating: "plain,1\n", count: 40_000)
        let bytes = Array(("name,n\nZoë,0\n" + filler).utf8) + Encoded.windows1252("café,2\n") + Array("Zoë,3\n".utf8)
        let ingested = try ingest(bytes: bytes)
        #expect(ingested.result.encoding == "utf-8")
        let warning = try #require(ingested.warning("invalid_utf8"))
        #expect(warning.count == 1 && warning.firstLines == [40_003])
        #expect(try Array(ingested.previewRows(limit: 50_000).suffix(2)) == [["café", "2"], ["Zoë", "3"]])
    }

    @Test("a file no encoding fits is refused with the line")
    func noEncodingFits() {
        // Not UTF-8, and a NUL byte: binary data, not Windows-1252 text.
        #expect(
            ingestError(bytes: Array("a,b\n1,2\n".utf8) + [0xFF, 0x00, 0x31, 0x0A])
                == IngestError(
                    line: 3,
                    message: "the file is not text: it is neither UTF-8, UTF-16 nor UTF-32, and a NUL byte rules out windows-1252 and latin-1"))
        // UTF-16 with a lone surrogate on line 2.
        let bad = Encoded.utf16("a,b\n1,") + [0x00, 0xD8, 0x41, 0x00, 0x0A, 0x00]
        #expect(ingestError(bytes: bad) == IngestError(line: 2, message: "invalid utf-16le: an unpaired surrogate"))
        // UTF-16 cut in the middle of a code unit.
        #expect(ingestError(bytes: Encoded.utf16("a,b\n1,2\n") + [0x41])?.message == "invalid utf-16le: the file ends in the middle of a character")
    }

    @Test("the encoding the uploader names wins")
    func encodingOverride() throws {
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0x80, 0x2C, 0xE9, 0x0A]
        #expect(try ingest(bytes: bytes).previewRows() == [["€", "é"]])
        #expect(try ingest(bytes: bytes, options: IngestOptions(encoding: "ISO-8859-1")).previewRows() == [["\u{80}", "é"]])
        let ingested = try ingest(bytes: Encoded.utf16("a,b\n1,2\n"), options: IngestOptions(encoding: "UTF-16LE"))
        #expect(ingested.result.encoding == "utf-16le" && ingested.result.csvDialect?.hasByteOrderMark == true)
        #expect(ingested.columnNames == ["a", "b"])
        #expect(ingestError("a\n1\n", options: IngestOptions(encoding: "ebcdic"))?.message.hasPrefix("unsupported encoding ebcdic") == true)
    }

    @Test("characters cut by the decoder's chunks, surrogate pairs included, come out whole")
    func acrossChunks() throws {
        // Over 4 MiB of UTF-16: several raw reads, with 4-byte characters at every offset.
        var lines = ["n,text"]
        var expected: [[String]] = []
        for i in 0..<40_000 {
            let text = String(repeating: "😀", count: i % 7) + "é\(i)" + String(repeating: "x", count: i % 3)
            lines.append("\(i),\(text)")
            expected.append(["\(i)", text])
        }
        let ingested = try ingest(bytes: Encoded.utf16(lines.joined(separator: "\n") + "\n"))
        #expect(ingested.table.rowCount == 40_000)
        #expect(try ingested.previewRows(limit: 40_000) == expected)
        let deep = try CSVPreviewReader.rows(
            path: ingested.file.path, dialect: #require(ingested.result.csvDialect),
            rowOffsets: ingested.result.rowOffsets, offset: 33_333, limit: 2)
        #expect(deep == Array(expected[33_333...33_334]))
    }

    @Test("a failed ingest leaves no normalized copy behind")
    func noCopyAfterFailure() throws {
        let file = try TemporaryFile(bytes: Encoded.utf16("a,b\n1,\"open\n2,3\n"))
        let database = try SQLiteDatabase(path: file.directory + "/upload.db")
        #expect(throws: IngestError(line: 2, message: "unterminated quoted field")) {
            try FileIngestor.ingest(path: file.path, filename: "data.csv", tableName: "data", into: database)
        }
        #expect(!FileManager.default.fileExists(atPath: CSVNormalizer.copyPath(for: file.path)))
        #expect(!FileManager.default.fileExists(atPath: CSVNormalizer.copyPath(for: file.path) + ".tmp"))
    }

    @Test(
        "the detector on its own",
        arguments: [
            ([0xEF, 0xBB, 0xBF, 0x61], TextEncoding.utf8, 3), ([0xFF, 0xFE, 0x61, 0x00], .utf16LE, 2), ([0xFE, 0xFF, 0x00, 0x61], .utf16BE, 2),
            ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], .utf32LE, 4), ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61], .utf32BE, 4),
            (Array("plain ascii".utf8), .utf8, 0), (Array("café".utf8), .utf8, 0), ([0x63, 0x61, 0x66, 0xE9], .windows1252, 0),
            ([0x63, 0x8D, 0xE9], .latin1, 0),
        ] as [([UInt8], TextEncoding, Int)])
    func detector(bytes: [UInt8], encoding: TextEncoding, markLength: Int) throws {
        let detection = try bytes.withUnsafeBufferPointer { try EncodingDetector.detect(sample: $0, isWholeFile: true) }
        #expect(detection == EncodingDetector.Detection(encoding: encoding, byteOrderMarkLength: markLength))
    }

    @Test("a UTF-8 character cut by the end of the sample does not make it Windows-1252")
    func cutSample() throws {
        let bytes = Array("abc".utf8) + [0xC3]
        #expect(try bytes.withUnsafeBufferPointer { try EncodingDetector.detect(sample: $0, isWholeFile: false) }.encoding == .utf8)
        #expect(try bytes.withUnsafeBufferPointer { try EncodingDetector.detect(sample: $0, isWholeFile: true) }.encoding == .windows1252)
    }
}
