import Foundation
import Testing

@testable import PlexeServer

@Suite struct UploadRemoverTests {
    @Test func workFilesOfEveryJobAreKnown() {
        #expect(
            Set(DataDatabases.workFileSuffixes) == [
                "-journal", "-wal", "-shm",
                ".tmp", ".tmp-journal", ".tmp-wal", ".tmp-shm",
                ".optimize", ".optimize-journal", ".optimize-wal", ".optimize-shm",
            ])
    }

    @Test func leftoversOfAKilledProcessGoAndDatabasesStay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let names = [
            "upload_a.sqlite", "upload_a.sqlite.optimize", "upload_a.sqlite.optimize-journal",
            "upload_b.sqlite.tmp", "upload_b.sqlite.tmp-journal", "notes.txt",
        ]
        for name in names { _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("x".utf8)) }
        let removed = UploadRemover.removeLeftoverWorkFiles(in: directory)
        #expect(removed == ["upload_a.sqlite.optimize", "upload_a.sqlite.optimize-journal", "upload_b.sqlite.tmp", "upload_b.sqlite.tmp-journal"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["notes.txt", "upload_a.sqlite"])
    }
}
