import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct CatalogTests {
    func catalog() throws -> SQLiteCatalog { try temporaryCatalog() }

    @Test func tokensAreStoredHashed() throws {
        let c = try catalog()
        let token = try c.createToken(email: "a@example.com")
        #expect(try c.user(forToken: token)?.email == "a@example.com")
        #expect(try c.user(forToken: token + "x") == nil)
        let stored = try c.read { try $0.all("SELECT token_hash FROM tokens") { try $0.string("token_hash") } }
        #expect(stored == [Crypto.sha256Hex(token)])
        let second = try c.createToken(email: "a@example.com")
        #expect(try c.user(forToken: second)?.id == c.user(forToken: token)?.id)
    }

    @Test func migrationsAreIdempotent() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path
        _ = try SQLiteCatalog(path: path)
        let again = try SQLiteCatalog(path: path)
        let version = try again.read { try $0.first("PRAGMA user_version") { try $0.int("user_version") } }
        #expect(version == Migrations.all.count)
    }

    @Test func jobsAreClaimedOnceAndRequeuedAfterACrash() throws {
        let c = try catalog()
        _ = try c.createToken(email: "j@example.com")
        for i in 0..<3 {
            try c.insertJob(.test("job_\(i)", user: 1, type: .analysis, at: Int64(i)))
        }
        #expect(try c.claimNextJob(now: 10)?.id == "job_0")
        #expect(try c.claimNextJob(now: 10)?.id == "job_1")
        #expect(try c.requeueInterruptedJobs() == 2)
        let claimed = try c.claimNextJob(now: 11)
        #expect(claimed?.id == "job_0" && claimed?.attempts == 2)
    }

    @Test func sessionLimitIsAtomic() throws {
        let c = try catalog()
        _ = try c.createToken(email: "s@example.com")
        try c.insertUpload(
            UploadRecord(
                id: "upload_1", userID: 1, name: nil, description: nil, status: .complete, createdAt: 0, expiresAt: 0,
                processedAt: nil, foreignKeys: [], files: []))
        func session(_ i: Int) -> SessionRecord {
            SessionRecord(
                id: "session_\(i)", userID: 1, uploadID: "upload_1", name: nil, status: .ready, createdAt: 100, expiresAt: 1000 + Int64(i),
                endedAt: nil)
        }
        for i in 0..<2 { #expect(try c.insertSessionIfUnderLimit(session(i), limit: 2, now: 100) == nil) }
        #expect(try c.insertSessionIfUnderLimit(session(9), limit: 2, now: 100) == 1000)
        try c.endSession(id: "session_0", now: 200)
        #expect(try c.insertSessionIfUnderLimit(session(9), limit: 2, now: 200) == nil)
    }
}
