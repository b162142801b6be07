import Foundation
import Logging
import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct OperationsTests {
    func get(_ app: Application, _ path: String) -> HTTPResponse {
        app.makeResponder().respond(to: HTTPRequest(method: .get, path: path))
    }

    @Test func metricsCountRequestsByRoutePatternAndStatus() throws {
        let app = try TestApplication.make()
        _ = get(app, "/healthz")
        _ = get(app, "/healthz")
        _ = get(app, "/uploads/upload_abc")  // 401, counted under its pattern, not its path
        _ = get(app, "/no/such/route")
        let scrape = String(decoding: get(app, "/metrics").body, as: UTF8.self)
        #expect(scrape.contains(#"plexe_http_requests_total{method="GET",route="/healthz",status="200"} 2"#))
        #expect(scrape.contains(#"plexe_http_requests_total{method="GET",route="/uploads/{upload_id}",status="401"} 1"#))
        #expect(scrape.contains(#"plexe_http_requests_total{method="GET",route="unmatched",status="404"} 1"#))
        #expect(!scrape.contains("upload_abc"))
        #expect(scrape.contains(#"plexe_http_request_duration_seconds_count{method="GET",route="/healthz"} 2"#))
        #expect(scrape.contains(#"plexe_jobs_queued{status="pending"} 0"#))
        #expect(scrape.contains("plexe_mail_outbox_backlog 0"))
        #expect(scrape.contains(#"plexe_build_info{version="\#(BuildVersion.string)"} 1"#))
        #expect(scrape.contains("# HELP plexe_http_requests_total ") && scrape.contains("# TYPE plexe_http_requests_total counter"))
    }

    @Test func jobAndIngestCountersMove() throws {
        let metrics = OperationalMetrics()
        metrics.observeJob(type: "export", outcome: "failed", nanoseconds: 2_000_000_000)
        metrics.observeIngest(rows: 7, bytes: 1234)
        metrics.observeIngest(rows: 3, bytes: 1)
        let scrape = String(decoding: metrics.scrape(jobsByStatus: ["pending": 4, "running": 1], outboxBacklog: 2), as: UTF8.self)
        #expect(scrape.contains(#"plexe_jobs_total{type="export",outcome="failed"} 1"#))
        #expect(scrape.contains(#"plexe_job_duration_seconds_bucket{type="export",le="2.5"} 1"#))
        #expect(scrape.contains(#"plexe_job_duration_seconds_bucket{type="export",le="1.0"} 0"#))
        #expect(scrape.contains("plexe_ingest_rows_total 10") && scrape.contains("plexe_ingest_bytes_total 1235"))
        #expect(scrape.contains(#"plexe_jobs_queued{status="pending"} 4"#) && scrape.contains("plexe_mail_outbox_backlog 2"))
    }

    @Test func readinessReportsChecksAndFailsOnLowDisk() throws {
        let ready = get(try TestApplication.make(), "/readyz")
        #expect(ready.status == 200)
        let json = try JSON.parse(ready.body)
        #expect(json["status"] == "ready" && json["checks"]?["catalog_writable"] == true && json["checks"]?["queue_depth"] == 0)
        // More free space required than any disk has: not ready, in the error shape.
        let starved = get(try TestApplication.make(["PLEXE_READY_MIN_FREE_BYTES": String(Int64.max)]), "/readyz")
        #expect(starved.status == 503)
        let error = try JSON.parse(starved.body)["error"]
        #expect(error?["code"] == "service_unavailable" && error?["message"]?.stringValue?.contains("bytes free") == true)
        #expect(get(try TestApplication.make(), "/livez").status == 200)
    }

    @Test func healthAndOpenAPICarryTheBuildVersion() throws {
        let app = try TestApplication.make()
        #expect(try JSON.parse(get(app, "/healthz").body)["version"]?.stringValue == BuildVersion.string)
        #expect(try JSON.parse(get(app, "/openapi.json").body)["info"]?["version"]?.stringValue == BuildVersion.string)
        #expect(!BuildVersion.string.isEmpty)
    }

    @Test func jsonLogLinesParseWhateverTheValues() throws {
        let hostile = "a\"b\\c\nd\u{1}e\u{2028}f ünï"
        let line = JSONLogLine.make(
            timestamp: "2026-01-01T00:00:00Z", level: .warning, message: hostile,
            metadata: ["path": .string(hostile), "n": .stringConvertible(5), "msg": "shadow"])
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        #expect(object?["msg"] == hostile && object?["path"] == hostile && object?["n"] == "5" && object?["level"] == "warning")
        #expect(try LogFormat.fromEnvironment(["PLEXE_LOG_FORMAT": "json"]) == .json)
        #expect(throws: ConfigError.self) { try LogFormat.fromEnvironment(["PLEXE_LOG_FORMAT": "yaml"]) }
    }

    @Test func aCatalogFromANewerBinaryIsRefused() throws {
        let app = try TestApplication.make()
        let db = try SQLiteDatabase(path: app.config.catalogPath)
        try db.execute("PRAGMA user_version = \(Migrations.all.count + 2)")
        #expect(throws: CatalogTooNew.self) { _ = try SQLiteCatalog(path: app.config.catalogPath) }
        do {
            _ = try SQLiteCatalog(path: app.config.catalogPath)
        } catch {
            #expect("\(error)".contains("schema version \(Migrations.all.count + 2)"))
        }
        // Its own version still opens.
        try db.execute("PRAGMA user_version = \(Migrations.all.count)")
        _ = try SQLiteCatalog(path: app.config.catalogPath)
    }

    @Test func aPlainFileOrTerminalIsNoFastCGISocket() throws {
        let fd = open("/dev/null", O_RDONLY)
        defer { close(fd) }
        #expect(!SocketActivation.isListeningSocket(fd))
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-sock-\(UUID().uuidString.prefix(8))").path
        defer { unlink(path) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(!SocketActivation.isListeningSocket(listener))
        #expect(listen(listener, 1) == 0)
        #expect(SocketActivation.isListeningSocket(listener))
    }
}

@Suite struct BackupTests {
    /// A home with a user, a token, a revoked token, a data database, a stored file and mail.
    func populatedApp() throws -> (Application, token: String, revoked: String) {
        let app = try TestApplication.make()
        let token = try app.catalog.createToken(email: "a@example.com", expiresAt: nil)
        let revoked = try app.catalog.createToken(email: "a@example.com", expiresAt: nil)
        _ = try app.catalog.revokeTokens(.token(revoked))
        let data = try SQLiteDatabase(path: (app.data.files as! LocalDatabaseFiles).path(uploadID: "upload_x"))
        try data.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3);")
        try FileManager.default.createDirectory(atPath: app.config.filesDirectory + "/uploads/upload_x", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: app.config.filesDirectory + "/uploads/upload_x/0-a.csv", contents: Data("a\n1\n".utf8))
        FileManager.default.createFile(atPath: app.config.filesDirectory + "/incoming/unconfirmed", contents: Data("x".utf8))
        FileManager.default.createFile(atPath: app.config.outboxDirectory + "/m.eml", contents: Data("Subject: hi\r\n".utf8))
        _ = try app.config.signingSecret()
        return (app, token, revoked)
    }

    /// Directories a test made, removed when the suite value goes (each test has its own).
    final class Scratch: @unchecked Sendable {
        var paths: [String] = []
        deinit { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
    }
    let scratch = Scratch()

    func freshConfig() throws -> ServerConfig {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-restore-\(UUID().uuidString)").path
        scratch.paths.append(home)
        return try ServerConfig.fromEnvironment(["PLEXE_HOME": home])
    }

    func backupDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-backup-\(UUID().uuidString)").path
        scratch.paths.append(path)
        return path
    }

    @Test func backupThenRestoreKeepsTokensDataFilesAndSecret() throws {
        let (app, token, revoked) = try populatedApp()
        let dir = backupDirectory()
        let manifest = try HomeBackup.backup(config: app.config, to: dir) { _ in }
        #expect(manifest.catalogSchemaVersion == Migrations.all.count)
        #expect(
            Set(manifest.files.map(\.path)) == [
                "state/catalog.sqlite", "state/secret.key", "data/upload_x.sqlite",
                "files/uploads/upload_x/0-a.csv", "outbox/m.eml",
            ])
        let target = try freshConfig()
        _ = try HomeBackup.restore(from: dir, into: target) { _ in }
        let restored = try Application(config: target, logger: Logger(label: "test"))
        let auth = Authenticator(catalog: restored.catalog)
        #expect(try auth.authenticate(HTTPRequest(method: .get, path: "/", headers: ["authorization": "Bearer \(token)"])).email == "a@example.com")
        #expect(throws: APIError.self) {
            try auth.authenticate(HTTPRequest(method: .get, path: "/", headers: ["authorization": "Bearer \(revoked)"]))
        }
        #expect(try restored.config.signingSecret() == app.config.signingSecret())
        let rows = try SQLiteDatabase(path: (restored.data.files as! LocalDatabaseFiles).path(uploadID: "upload_x")).queryFirst(
            "SELECT SUM(a) FROM t"
        ) { $0.int(0) }
        #expect(rows == 6)
        #expect(FileManager.default.contents(atPath: target.filesDirectory + "/uploads/upload_x/0-a.csv") == Data("a\n1\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: target.filesDirectory + "/incoming/unconfirmed"))
    }

    @Test func restoreRefusesADamagedBackupANewerCatalogAndAHomeInUse() throws {
        let (app, _, _) = try populatedApp()
        let dir = backupDirectory()
        _ = try HomeBackup.backup(config: app.config, to: dir) { _ in }
        // Into the home it came from: not empty.
        #expect(throws: ConfigError.self) { try HomeBackup.restore(from: dir, into: app.config) { _ in } }
        // Into a non-empty backup directory: refused before anything is written.
        #expect(throws: ConfigError.self) { try HomeBackup.backup(config: app.config, to: dir) { _ in } }

        let damaged = try freshConfig()
        let file = dir + "/files/uploads/upload_x/0-a.csv"
        try Data("a\n2\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ConfigError.self) { try HomeBackup.restore(from: dir, into: damaged) { _ in } }
        #expect(!FileManager.default.fileExists(atPath: damaged.catalogPath))

        let newer = backupDirectory()
        _ = try HomeBackup.backup(config: app.config, to: newer) { _ in }
        let manifestPath = newer + "/manifest.json"
        let text = String(decoding: FileManager.default.contents(atPath: manifestPath)!, as: UTF8.self)
            .replacingOccurrences(of: "\"catalog_schema_version\" : \(Migrations.all.count)", with: "\"catalog_schema_version\" : 99")
        try Data(text.utf8).write(to: URL(fileURLWithPath: manifestPath))
        #expect(throws: CatalogTooNew.self) { try HomeBackup.restore(from: newer, into: try freshConfig()) { _ in } }
    }

    @Test func manifestPathsCannotLeaveTheHome() {
        #expect(HomeBackup.isSafeRelativePath("files/uploads/u/0-a.csv"))
        for bad in ["/etc/passwd", "files/../../x", "state//x", "bin/plexe-data", "./state/x"] {
            #expect(!HomeBackup.isSafeRelativePath(bad), "\(bad)")
        }
    }
}
