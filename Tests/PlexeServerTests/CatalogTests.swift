import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct CatalogTests {
    func catalog(_ backend: CatalogBackend) throws -> any SQLCatalog { try backend.temporaryCatalog() }

    @Test(arguments: CatalogBackend.tested) func tokensAreStoredHashed(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        let token = try c.createToken(email: "a@example.com")
        #expect(try c.user(forToken: token)?.email == "a@example.com")
        #expect(try c.user(forToken: token + "x") == nil)
        let stored = try c.read { try $0.all("SELECT token_hash FROM tokens") { try $0.string("token_hash") } }
        #expect(stored == [Crypto.sha256Hex(token)])
        let second = try c.createToken(email: "a@example.com")
        #expect(try c.user(forToken: second)?.id == c.user(forToken: token)?.id)
    }

    @Test(arguments: CatalogBackend.tested) func migrationsAreIdempotent(_ backend: CatalogBackend) throws {
        let first = try catalog(backend)
        _ = try first.createToken(email: "m@example.com")
        let again = try CatalogBackend.otherNode(of: first, node: "node-b")
        #expect(try again.schemaVersion() == Migrations.all.count)
        #expect(try again.tokens().count == 1)
    }

    @Test(arguments: CatalogBackend.tested) func jobsAreClaimedOnceAndRequeuedAfterACrash(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
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

    @Test(arguments: CatalogBackend.tested) func sessionLimitIsAtomic(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
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
