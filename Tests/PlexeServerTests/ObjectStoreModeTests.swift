import Foundation
import Logging
import PlexeFoundation
import PlexeTestSupport
import Synchronization
import Testing

@testable import PlexeObjectStore
@testable import PlexeServer

/// `PLEXE_STORE=s3` in process, against moto's S3 server (which does not check signatures:
/// `SigV4SignerTests` compares the URLs with botocore's, and tests/e2e/test_s3_mode.py runs the
/// same path against radosgw, which does). Each test has a bucket of its own, so what is left
/// in it after a step can be listed.
@Suite(.serialized) struct ObjectStoreModeTests {
    /// The environment of a server in S3 mode on a new bucket, and a client of that bucket.
    static func environment(_ extra: [String: String] = [:]) throws -> ([String: String], S3Client) {
        let port = try MotoServer.shared.get().port
        let bucket = "plexe-" + Crypto.randomHex(byteCount: 6)
        let credentials = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID().uuidString)").path
        try Data("[default]\naws_access_key_id = AKIDTEST\naws_secret_access_key = secret\n".utf8).write(to: URL(fileURLWithPath: credentials))
        let endpoint = "http://127.0.0.1:\(port)"
        let client = S3Client(
            settings: try ObjectStoreSettings(
                endpoint: endpoint, region: "us-east-1", bucket: bucket,
                credentials: SigV4Credentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret")))
        try client.createBucket()
        var env = [
            "PLEXE_STORE": "s3", "PLEXE_S3_ENDPOINT": endpoint, "PLEXE_S3_REGION": "us-east-1", "PLEXE_S3_BUCKET": bucket,
            "PLEXE_S3_CREDENTIALS_FILE": credentials,
        ]
        env.merge(extra) { $1 }
        return (env, client)
    }

    static func keys(_ client: S3Client, _ prefix: String = "") throws -> [String] { try client.list(prefix: prefix).keys.sorted() }

    /// A CSV of `rows` rows: enough rows for previews to read from a byte range well inside it.
    static func numbers(_ rows: Int) -> String {
        "n,word\n" + (0..<rows).map { "\($0),w\($0 % 7)\n" }.joined()
    }

    @Test func theStoreSettingsAreCheckedAtStart() throws {
        let (env, _) = try Self.environment(["PLEXE_CACHE_BYTES": "1048576"])
        let config = try ServerConfig.fromEnvironment(env)
        #expect(config.store == .s3 && config.cacheBytes == 1_048_576 && config.objectStore?.bucket == env["PLEXE_S3_BUCKET"])
        #expect(try ServerConfig.fromEnvironment([:]).store == .local)
        for broken in [
            ["PLEXE_STORE": "nfs"], ["PLEXE_S3_ENDPOINT": ""], ["PLEXE_S3_BUCKET": "Not_A_Bucket"],
            ["PLEXE_S3_CREDENTIALS_FILE": "/nonexistent/credentials"], ["PLEXE_CACHE_BYTES": "0"],
        ] {
            #expect(throws: ConfigError.self, "\(broken)") { try ServerConfig.fromEnvironment(env.merging(broken) { $1 }) }
        }
    }

    @Test func theUserPathRunsThroughTheStore() throws {
        let (env, store) = try Self.environment(["PLEXE_FILTER_INDEX_MIN_ROWS": "100"])
        let client = try APITestClient(env)
        let created = try client.createAndPut([("people.csv", APITestClient.people), ("numbers.csv", Self.numbers(5000))])
        let id = try #require(created["upload_id"]?.stringValue)
        let url = try #require(created["files"]?[0]?["presigned_url"]?.stringValue)
        #expect(url.hasPrefix(env["PLEXE_S3_ENDPOINT"]! + "/" + env["PLEXE_S3_BUCKET"]! + "/incoming/uploads/\(id)/0-people.csv?"))
        #expect(url.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256") && url.contains("X-Amz-SignedHeaders=content-length%3Bhost"))
        #expect(try Self.keys(store) == ["incoming/uploads/\(id)/0-people.csv", "incoming/uploads/\(id)/1-numbers.csv"])

        let confirmed = client.post(
            "/uploads/\(id)/status",
            [
                "status": "complete",
                "files": .array(created["files"]!.arrayValue!.map { ["filename": $0["filename"]!, "s3_key": $0["s3_key"]!] }),
            ])
        #expect(confirmed.status == 202, "\(confirmed.text)")
        // Confirmed files moved to keys no URL was signed for; the staged objects are gone.
        #expect(try Self.keys(store) == ["uploads/\(id)/0-people.csv", "uploads/\(id)/1-numbers.csv"])
        client.runJobs()

        // The ingest published the database (and the optimize job a second version, replacing it).
        let upload = try #require(try client.app.catalog.upload(id: id))
        #expect(upload.status == .complete)
        let databaseKey = try #require(upload.databaseKey)
        #expect(try Self.keys(store, "uploads/\(id)/database-") == [databaseKey])
        #expect(try client.app.catalog.jobs(uploadID: id).map(\.type).sorted { $0.rawValue < $1.rawValue } == [.ingest, .optimize])
        #expect(!FileManager.default.fileExists(atPath: client.app.config.dataDirectory + "/\(id).sqlite"))
        let version = try #require(StorageKeys.databaseVersion(ofKey: databaseKey))
        #expect(FileManager.default.fileExists(atPath: client.app.config.cacheDirectory + "/\(id).\(version).sqlite"))

        // Previews: CSV rows from a byte range of the stored file, deep in it too.
        let deep = client.get("/data/uploads/\(id)/files/numbers.csv/preview?limit=3&offset=4097")
        #expect(deep.status == 200 && deep.json["data"] == [["4097", "w2"], ["4098", "w3"], ["4099", "w4"]], "\(deep.text)")
        let first = client.get("/data/uploads/\(id)/files/people.csv/preview?limit=2&offset=1")
        #expect(first.json["data"]?[0] == ["Bob", "41", "Rome", "false"])

        // SQL, a question and an analysis read the cached database.
        let session = client.session(id)
        let sql = client.post("/data/query", ["session_id": .string(session), "query_type": "sql", "query": "SELECT COUNT(*) FROM numbers"])
        #expect(sql.status == 200 && sql.json["rows"] == [[5000]], "\(sql.text)")
        let question = client.post(
            "/data/query", ["session_id": .string(session), "query_type": "natural_language", "query": "how many people are there"])
        #expect(question.status == 200 && question.json["rows"] == [[5]], "\(question.text)")
        let analysis = client.post("/data/analyze", ["upload_id": .string(id), "analysis_type": "basic"])
        client.runJobs()
        let analysed = client.get("/data/analysis/\(analysis.json["job_id"]!.stringValue!)")
        #expect(analysed.json["status"] == "completed")

        // An export is written to the store; download_url is the store's presigned GET.
        let started = client.post("/data/export", ["upload_id": .string(id), "files": ["people.csv"], "format": "json"])
        let export = try #require(started.json["export_id"]?.stringValue)
        client.runJobs()
        let status = client.get("/data/export/\(export)")
        #expect(status.json["status"] == "completed", "\(status.text)")
        let download = try #require(status.json["files"]?[0]?["download_url"]?.stringValue)
        #expect(download.hasPrefix(env["PLEXE_S3_ENDPOINT"]! + "/" + env["PLEXE_S3_BUCKET"]! + "/exports/\(export)/0-people.json?"))
        #expect(download.contains("response-content-disposition=attachment"))
        #expect(client.get("/data/export/\(export)").json["files"]?[0]?["download_url"]?.stringValue == download, "the same URL on every read")
        let fetched = try APITestClient.curl([download])
        #expect(fetched.status == 200)
        let headers = String(decoding: try APITestClient.curl(["-D", "-", "-o", "/dev/null", download]).body, as: UTF8.self).lowercased()
        #expect(headers.contains("content-type: application/json"), "the object keeps the format's type: \(headers)")
        let rows = try JSON.parse(Array(fetched.body))
        #expect(rows.arrayValue?.count == 5 && rows[0]?["name"] == "Ann")
        // The download route, with the owner's token, hands over to the store.
        let handoff = client.get("/data/export/\(export)/people.json")
        #expect(handoff.status == 302 && handoff.header("Location")?.hasPrefix(env["PLEXE_S3_ENDPOINT"]!) == true)
        #expect(try APITestClient.curl([handoff.header("Location")!]).body == fetched.body)

        // Deleting the upload deletes its objects, its export's and this node's cached copy.
        #expect(client.delete("/data/uploads/\(id)").status == 200)
        #expect(try Self.keys(store).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: client.app.config.cacheDirectory).isEmpty)
    }

    @Test func confirmRefusesWhatTheUserGotWrong() throws {
        let (env, store) = try Self.environment(["PLEXE_MAX_FILE_BYTES": "100"])
        let client = try APITestClient(env)
        func confirm(_ created: JSON) -> APITestClient.Answer {
            client.post(
                "/uploads/\(created["upload_id"]!.stringValue!)/status",
                [
                    "status": "complete",
                    "files": .array(created["files"]!.arrayValue!.map { ["filename": $0["filename"]!, "s3_key": $0["s3_key"]!] }),
                ])
        }
        // Nothing PUT: the object is missing.
        let nothing = client.post("/data/uploads", ["files": [["filename": "a.csv", "content_type": "text/csv"]]])
        let missing = confirm(nothing.json)
        #expect(missing.status == 422 && missing.errorCode == "validation_failed", "\(missing.text)")
        // No size declared, so the store took a body past the per-file limit: confirm refuses it.
        let url = try #require(nothing.json["files"]?[0]?["presigned_url"]?.stringValue)
        #expect(!url.contains("content-length"))
        #expect(try APITestClient.curl([url], input: Data(repeating: 65, count: 500)).status == 200)
        let tooLarge = confirm(nothing.json)
        #expect(tooLarge.status == 413, "\(tooLarge.text)")
        #expect(try Self.keys(store, "uploads/").isEmpty, "nothing too large is promoted")
    }

    @Test func aLatePutCannotChangeAConfirmedFile() throws {
        let (env, store) = try Self.environment()
        let client = try APITestClient(env)
        let created = try client.createAndPut([("people.csv", APITestClient.people)])
        let id = created["upload_id"]!.stringValue!
        let url = created["files"]![0]!["presigned_url"]!.stringValue!
        let confirmed = client.post(
            "/uploads/\(id)/status",
            ["status": "complete", "files": [["filename": "people.csv", "s3_key": created["files"]![0]!["s3_key"]!]]])
        #expect(confirmed.status == 202)
        let replacement = String(repeating: "x", count: APITestClient.people.utf8.count)
        #expect(try APITestClient.curl([url], input: Data(replacement.utf8)).status == 200)
        #expect(try store.get("uploads/\(id)/0-people.csv") == Array(APITestClient.people.utf8))
        // The sweep removes the staged object no pending upload owns.
        try client.app.sweeper.removeUnownedStorage()
        #expect(try Self.keys(store, "incoming/").isEmpty)
        #expect(try Self.keys(store, "uploads/").contains("uploads/\(id)/0-people.csv"))
    }

    @Test func storageNoCatalogRowOwnsIsSweptFromTheStore() throws {
        let (env, store) = try Self.environment()
        let client = try APITestClient(env)
        let id = try client.completeUpload()
        let kept = try Self.keys(store)
        for key in [
            "uploads/upload_gone/0-a.csv", "uploads/upload_gone/database-1-a.sqlite", "incoming/uploads/upload_gone/0-a.csv",
            "exports/export_gone/0-a.csv",
        ] {
            try store.put([1], as: key)
        }
        try client.app.sweeper.removeUnownedStorage()
        #expect(try Self.keys(store) == kept)
        #expect(kept.contains("uploads/\(id)/0-people.csv"))
    }

    @Test func anUnreachableStoreIsTheServersFault() throws {
        var (env, _) = try Self.environment()
        env["PLEXE_S3_ENDPOINT"] = "http://127.0.0.1:9"
        let client = try APITestClient(env)
        let created = client.post("/data/uploads", ["files": [["filename": "a.csv", "content_type": "text/csv", "size_bytes": 3]]])
        #expect(created.status == 201, "presigning needs no call to the store")
        let answer = client.post(
            "/uploads/\(created.json["upload_id"]!.stringValue!)/status",
            ["status": "complete", "files": [["filename": "a.csv", "s3_key": created.json["files"]![0]!["s3_key"]!]]])
        #expect(answer.status == 503 && answer.errorCode == "service_unavailable", "\(answer.text)")
        #expect(answer.json["error"]?["request_id"] != nil)
        #expect(client.log.all.contains { $0.message == "object store call failed" })
    }

    /// `/readyz` in S3 mode checks the store: ready while the bucket answers; not ready (503,
    /// the reason in the error shape) when the bucket is missing or nothing answers at the endpoint.
    @Test func readinessChecksTheStore() throws {
        let (env, _) = try Self.environment()
        let ready = try APITestClient(env).get("/readyz")
        #expect(ready.status == 200, "\(ready.text)")
        #expect(ready.json["checks"]?["object_store_reachable"] == true && ready.json["checks"]?["catalog_writable"] == true)
        #expect(try APITestClient().get("/readyz").json["checks"]?["object_store_reachable"] == nil, "no store check in local mode")

        let missingBucket = "plexe-missing-" + Crypto.randomHex(byteCount: 6)
        let missing = try APITestClient(env.merging(["PLEXE_S3_BUCKET": missingBucket]) { $1 }).get("/readyz")
        #expect(missing.status == 503 && missing.errorCode == "service_unavailable", "\(missing.text)")
        #expect(
            missing.json["error"]?["message"]?.stringValue?.contains(
                "the object store cannot be used: HEAD bucket \(missingBucket) answered HTTP 404 (no such bucket)")
                == true, "\(missing.text)")
        #expect(missing.json["error"]?["request_id"] != nil)

        let down = try APITestClient(env.merging(["PLEXE_S3_ENDPOINT": "http://127.0.0.1:9"]) { $1 }).get("/readyz")
        #expect(down.status == 503 && down.errorCode == "service_unavailable", "\(down.text)")
        #expect(
            down.json["error"]?["message"]?.stringValue?.contains("the object store cannot be used: the object store could not be reached") == true,
            "\(down.text)")
    }

    /// The store's answer is kept for a few seconds (one HEAD per 5 s however often /readyz is
    /// asked), then asked again: a bucket removed meanwhile shows at the next check.
    @Test func theStoreCheckIsKeptForAFewSeconds() throws {
        let (_, store) = try Self.environment()
        let now = Mutex(100.0)
        let readiness = StoreReadiness(client: store, cacheSeconds: 5, clock: { now.withLock { $0 } })
        #expect(readiness.problem() == nil)
        let removed = try store.perform("DELETE", store.bucketTarget, body: .none, sink: .discard)
        #expect(removed.status == 204, "moto removes the empty bucket")
        now.withLock { $0 = 104.9 }
        #expect(readiness.problem() == nil, "the outcome of the check at 100 s still stands")
        now.withLock { $0 = 105.1 }
        #expect(readiness.problem()?.contains("HTTP 404 (no such bucket)") == true)
        // Kept too: the bucket is back, but not asked for until 110.1 s.
        try store.createBucket()
        now.withLock { $0 = 110.0 }
        #expect(readiness.problem() != nil)
        now.withLock { $0 = 110.2 }
        #expect(readiness.problem() == nil)
    }

    @Test func anotherNodeFetchesTheDatabaseOnceAndFollowsNewVersions() throws {
        let (env, store) = try Self.environment()
        let client = try APITestClient(env)
        let id = try client.completeUpload()
        let stale = try #require(try client.app.catalog.upload(id: id))
        // A second node: the same catalog and bucket, a cache of its own.
        let otherCache = try DatabaseCache(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent("node2-\(UUID().uuidString)").path, budgetBytes: 1 << 30)
        let other = PublishedDatabaseFiles(
            workDirectory: client.app.config.dataDirectory, client: store, cache: otherCache, catalog: client.app.catalog,
            logger: Logger(label: "node2"))
        func count(_ files: PublishedDatabaseFiles, _ upload: UploadRecord) throws -> Int64? {
            try files.withDatabase(upload) { path in
                try SQLiteDatabase(path: path, options: .init(readOnly: true)).queryFirst("SELECT COUNT(*) FROM people") { $0.int64(0) }
            }
        }
        #expect(try count(other, stale) == 5)
        #expect(try count(other, stale) == 5)
        #expect(otherCache.statistics.misses == 1 && otherCache.statistics.hits == 1)

        // The first node publishes a new version (as the optimize job does): the old object goes.
        let files = client.app.data.files as! PublishedDatabaseFiles
        let rebuilt = files.workPath(uploadID: id, suffix: ".optimize")
        try files.withDatabase(stale) { path in try FileManager.default.copyItem(atPath: path, toPath: rebuilt) }
        #expect(try files.publish(uploadID: id, builtAt: rebuilt, replacingExisting: true))
        let current = try #require(try client.app.catalog.upload(id: id)?.databaseKey)
        #expect(current != stale.databaseKey)
        #expect(try Self.keys(store, "uploads/\(id)/database-") == [current])
        // The second node, asked with the stale record after its copy is gone, finds the
        // current version through the catalog and replaces its copy.
        otherCache.remove(uploadID: id)
        #expect(try count(other, stale) == 5)
        let version = try #require(StorageKeys.databaseVersion(ofKey: current))
        #expect(otherCache.paths(uploadID: id) == [otherCache.directory + "/\(id).\(version).sqlite"])
    }
}
