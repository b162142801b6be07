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

/// Browser pages on other origins (`PLEXE_CORS_ORIGINS`, `CORSPolicy`).
@Suite struct CORSTests {
    static let app = "https://app.example.com"

    @Test func anAllowedOriginsPreflightNeedsNoToken() throws {
        let client = try APITestClient(["PLEXE_CORS_ORIGINS": "https://other.example.org, \(Self.app)"])
        let preflight = client.request(
            .options, "/uploads/upload_x", token: .some(nil),
            headers: [
                "origin": Self.app, "access-control-request-method": "DELETE", "access-control-request-headers": "authorization",
            ])
        #expect(preflight.status == 204 && preflight.response.body.isEmpty)
        #expect(preflight.header("Access-Control-Allow-Origin") == Self.app)
        #expect(preflight.header("Access-Control-Allow-Methods") == "GET, DELETE, HEAD")
        #expect(preflight.header("Access-Control-Allow-Headers")?.contains("Idempotency-Key") == true)
        #expect(preflight.header("Access-Control-Allow-Headers")?.contains("If-None-Match") == true)
        #expect(preflight.header("Access-Control-Max-Age") == "600" && preflight.header("Access-Control-Allow-Credentials") == nil)
        #expect(preflight.header("Vary")?.contains("Access-Control-Request-Method") == true)
        // Unknown paths stay 404; an OPTIONS that is no preflight stays 405.
        let unknown = client.request(.options, "/nope", token: .some(nil), headers: ["origin": Self.app, "access-control-request-method": "GET"])
        #expect(unknown.status == 404)
        #expect(client.request(.options, "/data/uploads", token: .some(nil)).status == 405)
    }

    @Test func otherOriginsGetNoPermission() throws {
        let client = try APITestClient(["PLEXE_CORS_ORIGINS": Self.app])
        let preflight = client.request(
            .options, "/data/uploads", token: .some(nil),
            headers: [
                "origin": "https://evil.example", "access-control-request-method": "POST",
            ])
        #expect(
            preflight.status == 204 && preflight.header("Access-Control-Allow-Origin") == nil
                && preflight.header("Access-Control-Allow-Methods") == nil)
        let answer = client.request(.get, "/data/uploads", headers: ["origin": "https://evil.example"])
        #expect(answer.status == 200 && answer.header("Access-Control-Allow-Origin") == nil && answer.header("Vary") == "Origin")
        // Nothing configured: no CORS header at all.
        let closed = try APITestClient()
        let refused = closed.request(
            .options, "/data/uploads", token: .some(nil), headers: ["origin": Self.app, "access-control-request-method": "POST"])
        #expect(refused.status == 204 && refused.header("Access-Control-Allow-Origin") == nil)
        #expect(closed.request(.get, "/data/uploads", headers: ["origin": Self.app]).header("Vary") == nil)
    }

    @Test func answersAndErrorsExposeTheirHeaders() throws {
        let client = try APITestClient(["PLEXE_CORS_ORIGINS": Self.app])
        // A 401 from a page: readable, so the page can show the request id.
        let anonymous = client.request(.get, "/data/uploads", token: .some(nil), headers: ["origin": Self.app])
        #expect(anonymous.status == 401 && anonymous.header("Access-Control-Allow-Origin") == Self.app)
        let exposed = try #require(anonymous.header("Access-Control-Expose-Headers"))
        for name in ["X-Request-Id", "RateLimit", "RateLimit-Policy", "Retry-After", "ETag", "Idempotent-Replayed"] {
            #expect(exposed.contains(name), "\(name)")
        }
        let any = try APITestClient(["PLEXE_CORS_ORIGINS": "*"])
        let anyAnswer = any.request(.get, "/openapi.json", token: .some(nil), headers: ["origin": "https://anywhere.example"])
        #expect(anyAnswer.header("Access-Control-Allow-Origin") == "*")
    }

    @Test func theSettingIsChecked() throws {
        #expect(try CORSPolicy.origins(fromSetting: " https://a.example , http://localhost:3000") == ["https://a.example", "http://localhost:3000"])
        #expect(try CORSPolicy.origins(fromSetting: "") == [])
        for bad in ["https://a.example/", "a.example", "*, https://a.example", "https://a.example/path", "javascript:x"] {
            #expect(throws: ConfigError.self, "\(bad)") { try CORSPolicy.origins(fromSetting: bad) }
        }
    }
}

/// `Idempotency-Key` on the POSTs that create things (`IdempotentRequests`).
@Suite struct IdempotencyKeyTests {
    static let file: JSON = ["files": [["filename": "a.csv", "content_type": "text/csv", "size_bytes": 4]]]

    func create(_ client: APITestClient, key: String, body: JSON = file, token: String? = nil, path: String = "/data/upload") -> APITestClient.Answer
    {
        client.request(.post, path, json: body, token: token.map { .some($0) } ?? nil, headers: ["idempotency-key": key])
    }

    @Test func theSameKeyAndBodyReplayTheFirstAnswer() throws {
        let client = try APITestClient()
        let first = create(client, key: "k-1")
        #expect(first.status == 201 && first.header("Idempotent-Replayed") == nil)
        // The same body written another way (key order) is the same request; the alias too
        // is another route, so not.
        let reordered: JSON = ["files": [["size_bytes": 4, "content_type": "text/csv", "filename": "a.csv"]]]
        let again = create(client, key: "k-1", body: reordered)
        #expect(again.status == 201 && again.header("Idempotent-Replayed") == "true")
        #expect(again.json["upload_id"] == first.json["upload_id"] && again.response.body == first.response.body)
        #expect(again.header("X-Request-Id") != first.header("X-Request-Id"))
        #expect(client.get("/data/uploads").json["pagination"]?["total"] == 1)
        // A different key is a different request.
        #expect(create(client, key: "k-2").json["upload_id"] != first.json["upload_id"])
        #expect(client.get("/data/uploads").json["pagination"]?["total"] == 2)
        // Without a key, nothing changes.
        #expect(client.post("/data/upload", Self.file).status == 201)
    }

    @Test func aKeyReusedForAnotherRequestIsRefused() throws {
        let client = try APITestClient()
        #expect(create(client, key: "k").status == 201)
        let otherBody = create(client, key: "k", body: ["files": [["filename": "b.csv", "content_type": "text/csv"]]])
        #expect(
            otherBody.status == 422 && otherBody.errorParam == "Idempotency-Key"
                && otherBody.json["error"]?["message"]?.stringValue?.contains("different request body") == true)
        let otherRoute = create(client, key: "k", path: "/data/uploads")
        #expect(otherRoute.status == 422 && otherRoute.json["error"]?["message"]?.stringValue?.contains("POST /data/upload") == true)
        for bad in ["", String(repeating: "x", count: 256), "caf\u{e9}", "a\u{1}b"] {
            let refused = create(client, key: bad)
            #expect(refused.status == 422 && refused.errorParam == "Idempotency-Key", "\(bad.debugDescription)")
        }
        #expect(client.get("/data/uploads").json["pagination"]?["total"] == 1)
    }

    @Test func keysArePerUser() throws {
        let client = try APITestClient()
        let other = try client.otherToken()
        let mine = create(client, key: "shared")
        let theirs = create(client, key: "shared", token: other)
        #expect(mine.status == 201 && theirs.status == 201 && theirs.header("Idempotent-Replayed") == nil)
        #expect(mine.json["upload_id"] != theirs.json["upload_id"])
        #expect(client.get("/data/uploads", token: other).json["pagination"]?["total"] == 1)
    }

    @Test func refusalsOfTheRequestAreReplayedButConflictsAndQuotasRunAgain() throws {
        let client = try APITestClient(["PLEXE_MAX_ACTIVE_SESSIONS": "1"])
        let id = try client.completeUpload()
        let pending = try #require(try client.createAndPut([("b.csv", "x\n1\n")])["upload_id"]?.stringValue)
        func session(_ key: String, _ upload: String) -> APITestClient.Answer {
            client.request(.post, "/data/sessions", json: ["upload_id": .string(upload)], headers: ["idempotency-key": key])
        }
        // 404 is the request's own outcome: replayed.
        #expect(session("s-missing", "upload_nope").status == 404)
        #expect(session("s-missing", "upload_nope").header("Idempotent-Replayed") == "true")
        // 409 (the upload is not complete) depends on the moment: the key is free again.
        #expect(session("s-pending", pending).status == 409)
        #expect(session("s-pending", pending).header("Idempotent-Replayed") == nil)
        let opened = session("s-1", id)
        #expect(opened.status == 201)
        // The replay counts against no quota: one session is the limit, and it is this one.
        let replay = session("s-1", id)
        #expect(replay.status == 201 && replay.json["session_id"] == opened.json["session_id"] && replay.header("Idempotent-Replayed") == "true")
        // A new key hits the quota (429), which is not kept either.
        #expect(session("s-2", id).status == 429)
        #expect(
            try client.app.catalog.claimIdempotencyKey(
                IdempotencyKeyClaim(
                    userID: try #require(try client.app.catalog.user(forToken: client.token)).id, key: "s-2", route: "POST /data/sessions",
                    requestHash: IdempotentRequests.requestHash(
                        route: "POST /data/sessions", body: (["upload_id": .string(id)] as JSON).serialized()),
                    expiredBefore: 0, abandonedBefore: 0), now: Timestamp.now()) == .claimed)
    }

    @Test func aKeyInFlightAnswers409AndExpiredKeysAreForgotten() throws {
        let client = try APITestClient(["PLEXE_IDEMPOTENCY_TTL_SECONDS": "60"])
        let user = try #require(try client.app.catalog.user(forToken: client.token))
        let route = "POST /data/upload"
        let now = Timestamp.now()
        // A request that holds the key and has not answered yet.
        let claim = IdempotencyKeyClaim(
            userID: user.id, key: "busy", route: route,
            requestHash: IdempotentRequests.requestHash(route: route, body: Self.file.serialized()),
            expiredBefore: now - 60, abandonedBefore: now - 300)
        #expect(try client.app.catalog.claimIdempotencyKey(claim, now: now) == .claimed)
        let busy = create(client, key: "busy")
        #expect(busy.status == 409 && busy.header("Retry-After") == "1" && busy.errorParam == "Idempotency-Key")
        // One held since long ago belongs to a request that died: taken over.
        #expect(
            try client.app.catalog.claimIdempotencyKey(
                IdempotencyKeyClaim(
                    userID: user.id, key: "dead", route: route, requestHash: claim.requestHash, expiredBefore: now - 60, abandonedBefore: now - 300),
                now: now - 400) == .claimed)
        #expect(create(client, key: "dead").status == 201)

        // Answered two minutes ago with a 60 s lifetime: expired, so the key runs anew.
        let first = create(client, key: "old")
        try (client.app.catalog as! SQLiteCatalog).write { c in
            try c.run("UPDATE idempotency_keys SET created_at = created_at - 120 WHERE key = 'old'")
        }
        let after = create(client, key: "old")
        #expect(after.status == 201 && after.header("Idempotent-Replayed") == nil && after.json["upload_id"] != first.json["upload_id"])
        // The sweep's deletion.
        #expect(try client.app.catalog.deleteIdempotencyKeys(createdBefore: Timestamp.now() + 1) == 3)
    }
}
