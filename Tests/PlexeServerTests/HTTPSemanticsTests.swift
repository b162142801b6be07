import Foundation
import PlexeFoundation
import Testing
@testable import PlexeServer

/// `ETag` / `If-None-Match` on the routes clients poll (`ConditionalGET`).
@Suite struct ConditionalGETTests {
    @Test func anUnchangedUploadIsNotSentAgain() throws {
        let client = try APITestClient()
        let created = try client.createAndPut([("people.csv", APITestClient.people)])
        let id = try #require(created["upload_id"]?.stringValue)
        let first = client.get("/uploads/\(id)")
        let tag = try #require(first.header("ETag"))
        #expect(first.status == 200 && tag.hasPrefix("\"") && tag.count == 34 && first.header("Cache-Control") == "private, no-cache")
        for ifNoneMatch in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
            let again = client.request(.get, "/uploads/\(id)", headers: ["if-none-match": ifNoneMatch])
            #expect(again.status == 304 && again.response.body.isEmpty, "\(ifNoneMatch)")
            #expect(again.header("ETag") == tag && again.header("Cache-Control") == "private, no-cache")
            #expect(again.header("X-Request-Id") != nil && again.header("Content-Type") == nil)
        }
        let alias = client.request(.get, "/data/uploads/\(id)", headers: ["if-none-match": tag])
        #expect(alias.status == 304)
        let head = client.request(.head, "/uploads/\(id)", headers: ["if-none-match": tag])
        #expect(head.status == 304)
        let stale = client.request(.get, "/uploads/\(id)", headers: ["if-none-match": "\"0123\""])
        #expect(stale.status == 200 && stale.json["upload_id"] == .string(id))

        // Confirmed and ingested: the same tag now gets the new state, under a new tag.
        let files = created["files"]!.arrayValue!.map { f -> JSON in ["filename": f["filename"]!, "s3_key": f["s3_key"]!] }
        #expect(client.post("/uploads/\(id)/status", ["status": "complete", "files": .array(files)]).status == 202)
        client.runJobs()
        let changed = client.request(.get, "/uploads/\(id)", headers: ["if-none-match": tag])
        #expect(changed.status == 200 && changed.json["status"] == "complete")
        #expect(changed.header("ETag") != nil && changed.header("ETag") != tag)
    }

    @Test func jobsExportsAndTheDocumentRevalidate() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let job = try #require(client.post("/data/analyze", ["upload_id": .string(id)]).json["job_id"]?.stringValue)
        let pending = try #require(client.get("/jobs/\(job)").header("ETag"))
        #expect(client.request(.get, "/jobs/\(job)", headers: ["if-none-match": pending]).status == 304)
        let export = try #require(client.post("/data/export", ["upload_id": .string(id), "format": "csv"]).json["export_id"]?.stringValue)
        let processing = try #require(client.get("/data/export/\(export)").header("ETag"))
        client.runJobs()
        let done = client.request(.get, "/jobs/\(job)", headers: ["if-none-match": pending])
        #expect(done.status == 200 && done.json["status"] == "completed" && done.header("ETag") != pending)
        #expect(client.request(.get, "/data/export/\(export)", headers: ["if-none-match": processing]).status == 200)

        let document = client.get("/openapi.json", token: .some(nil))
        let documentTag = try #require(document.header("ETag"))
        #expect(documentTag == ConditionalGET.entityTag(for: document.response.body))
        #expect(client.request(.get, "/openapi.json", token: .some(nil), headers: ["if-none-match": documentTag]).status == 304)
    }

    @Test func otherAnswersStayUncachedAndUntagged() throws {
        let client = try APITestClient()
        let list = client.request(.get, "/data/uploads", headers: ["if-none-match": "*"])
        #expect(list.status == 200 && list.header("ETag") == nil && list.header("Cache-Control") == "no-store")
        // Errors of a tagged route are not tagged: a 404 is never "not modified".
        let missing = client.request(.get, "/uploads/upload_nope", headers: ["if-none-match": "*"])
        #expect(missing.status == 404 && missing.header("ETag") == nil && missing.header("Cache-Control") == "no-store")
        // Another user's If-None-Match for the same id learns nothing either.
        let id = try client.completeUpload()
        let tag = try #require(client.get("/uploads/\(id)").header("ETag"))
        let other = client.request(.get, "/uploads/\(id)", token: try client.otherToken(), headers: ["if-none-match": tag])
        #expect(other.status == 404)
    }
}
