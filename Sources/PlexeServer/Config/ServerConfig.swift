import Foundation
import PlexeFoundation
import PlexeModel
import PlexeNotify
import PlexeObjectStore
import PlexeQuery

/// Everything the server can be told, read from the environment (`PLEXE_*`).
///
/// Every path derives from `home`, so two stacks with different `PLEXE_HOME` and ports run
/// side by side without touching each other. The README lists each variable.
package struct ServerConfig: Sendable {
    /// The data directory: catalog, stored files, per-upload databases, outbox, logs.
    package var home: String
    var httpsPort: Int
    /// The externally visible base URL, used for presigned and download URLs.
    var baseURL: String
    package var fastCGIThreads: Int
    /// How many background jobs (ingest, analysis, export) run at once.
    var workerConcurrency: Int

    package var maxJSONBodyBytes: Int
    var maxFilesPerUpload: Int
    var maxFileBytes: Int64
    var maxUploadBytes: Int64
    var uploadURLTTLSeconds: Int64

    var maxActiveSessions: Int
    var queriesPerMinute: Int
    var queryTimeoutMs: Int
    var maxQueryResultBytes: Int
    /// A preview page ends before a row that would take it past this many bytes.
    var maxPreviewBytes: Int
    /// SQLite memory one query may use (`QueryLimits.maxMemoryBytes`).
    var queryMemoryBytes: Int
    /// Tables with at least this many rows get filter indexes after ingest (0: none); see
    /// `DatasetOptimizer.buildIndexes`.
    var filterIndexMinimumRows: Int

    // Per-user quotas, so one user cannot fill the disk, the job queue or the query threads
    // for everyone else. The defaults leave ordinary use untouched; an operator can raise them.
    /// Bytes one user may keep stored: uploaded files (declared sizes until confirmed) plus exports.
    var maxStoredBytesPerUser: Int64
    /// Uploads of one user waiting for their files (`pending`, URLs not yet expired).
    var maxPendingUploadsPerUser: Int
    /// Analysis and export jobs of one user queued or running.
    var maxQueuedJobsPerUser: Int
    /// Queries of one user running at the same moment.
    var maxConcurrentQueriesPerUser: Int
    /// Queries per minute of one user across all their sessions, so ending a session and
    /// opening another does not multiply `queriesPerMinute`.
    var userQueriesPerMinute: Int

    var exportRetentionSeconds: Int64
    /// Origins whose browser pages may call the API (`PLEXE_CORS_ORIGINS`); `["*"]` for any.
    var corsOrigins: [String]
    /// How long an `Idempotency-Key` and its first answer are kept.
    var idempotencyTTLSeconds: Int64
    var sweepIntervalSeconds: Int
    /// Seconds to wait before each retry of a message the SMTP relay did not take.
    var mailRetryDelays: [Int64]
    /// Which engine answers English questions (`PLEXE_NL_ENGINE`).
    var questionEngine: QuestionEngine
    /// The language model behind the embedded engine; nil when `questionEngine` is `embedded`.
    var languageModel: ModelSettings?
    /// `PLEXE_CATALOG_URL`: a PostgreSQL connection URI (`postgres://USER@HOST:PORT/DB`) for a
    /// catalog that several nodes share; nil: the SQLite catalog in the state directory.
    package var catalogURL: String?
    /// How long the PostgreSQL catalog waits for a connection, a statement, a lock
    /// (`PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS`, `PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS`).
    var catalogTimeouts: PostgresTimeouts = .standard
    /// This node's claim on the jobs it runs (`PLEXE_NODE_ID`, `PLEXE_JOB_LEASE_SECONDS`,
    /// `PLEXE_JOB_MAX_ATTEMPTS`).
    var jobLeases: JobLeases
    package var environment: [String: String]

    /// Where uploaded and exported bytes and the upload databases live (`PLEXE_STORE`).
    enum Store: String, Sendable { case local, s3 }
    var store: Store = .local
    /// The object store of `PLEXE_STORE=s3` (`PLEXE_S3_*`); nil for the local store.
    var objectStore: ObjectStoreSettings? = nil
    /// The budget of this node's cache of upload databases fetched from the object store.
    var cacheBytes: Int64 = 2 << 30

    /// The catalog and the signing secret: the service's own directory, since `home` itself
    /// belongs to root when the stack is started by root (README, "Security").
    var stateDirectory: String { home + "/state" }
    package var catalogPath: String { stateDirectory + "/catalog.sqlite" }
    var filesDirectory: String { home + "/files" }
    var dataDirectory: String { home + "/data" }
    var outboxDirectory: String { home + "/outbox" }
    var secretPath: String { stateDirectory + "/secret.key" }
    /// This node's copies of upload databases published to the object store.
    var cacheDirectory: String { home + "/cache" }
    /// Temporary local copies of stored objects being read or written (object store only),
    /// in `data` because the service user may create nothing at the top of `home`.
    var storeWorkDirectory: String { dataDirectory + "/.store-work" }

    /// `PLEXE_CATALOG_URL`, checked for its scheme (libpq reads the rest, and says what is wrong).
    private static func catalogURL(_ value: String?) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") else {
            throw ConfigError(
                message: "PLEXE_CATALOG_URL must be a PostgreSQL URI, postgres://USER@HOST:PORT/DATABASE (a password goes in PGPASSFILE)")
        }
        return value
    }

    /// `PLEXE_NODE_ID`, or the host name: letters, digits and `.-_:`, as it appears in leases and logs.
    private static func nodeID(_ value: String?) throws -> String {
        guard let value, !value.isEmpty else { return JobLeases.hostName }
        guard value.count <= 128, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-_:".contains($0)) }) else {
            throw ConfigError(message: "PLEXE_NODE_ID=\(value) must be up to 128 letters, digits, dots, dashes, underscores or colons")
        }
        return value
    }

    package static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> ServerConfig {
        func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int> = 1...Int.max) throws -> Int {
            guard let text = env[name], !text.isEmpty else { return fallback }
            guard let value = Int(text), range.contains(value) else {
                throw ConfigError(message: "\(name)=\(text) is not a number in \(range.lowerBound)...\(range.upperBound)")
            }
            return value
        }
        func delays(_ name: String) throws -> [Int64] {
            guard let text = env[name], !text.isEmpty else { return MailDispatcher.defaultRetryDelays }
            let parts = text.split(separator: ",").map { Int64($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.allSatisfy({ $0 != nil && $0! >= 0 }) else {
                throw ConfigError(message: "\(name)=\(text) must list seconds separated by commas, e.g. 60,300,1800")
            }
            return parts.map { $0! }
        }
        let gib: Int64 = 1 << 30
        var home = env["PLEXE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "./var"
        if !home.hasPrefix("/") { home = FileManager.default.currentDirectoryPath + "/" + home }
        home = URL(fileURLWithPath: home).standardizedFileURL.path
        let port = try int("PLEXE_HTTPS_PORT", 8443, 1...65535)
        var base = env["PLEXE_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://localhost:\(port)"
        while base.hasSuffix("/") { base.removeLast() }
        let queriesPerMinute = try int("PLEXE_QUERIES_PER_MINUTE", 30)
        let questions: (engine: QuestionEngine, model: ModelSettings?)
        do {
            questions = try ModelSettings.fromEnvironment(env)
        } catch {
            throw ConfigError(message: error.description)
        }
        var config = ServerConfig(
            home: home,
            httpsPort: port,
            baseURL: base,
            fastCGIThreads: try int("PLEXE_THREADS", 16, 1...512),
            workerConcurrency: try int("PLEXE_WORKERS", 2, 1...64),
            maxJSONBodyBytes: try int("PLEXE_MAX_JSON_BYTES", 1 << 20),
            maxFilesPerUpload: try int("PLEXE_MAX_FILES_PER_UPLOAD", 50),
            maxFileBytes: Int64(try int("PLEXE_MAX_FILE_BYTES", Int(5 * gib))),
            maxUploadBytes: Int64(try int("PLEXE_MAX_UPLOAD_BYTES", Int(20 * gib))),
            uploadURLTTLSeconds: Int64(try int("PLEXE_UPLOAD_URL_TTL_SECONDS", 3600)),
            maxActiveSessions: try int("PLEXE_MAX_ACTIVE_SESSIONS", 5),
            queriesPerMinute: queriesPerMinute,
            queryTimeoutMs: try int("PLEXE_QUERY_TIMEOUT_MS", 10_000),
            maxQueryResultBytes: try int("PLEXE_MAX_QUERY_RESULT_BYTES", 100 << 20),
            maxPreviewBytes: try int("PLEXE_MAX_PREVIEW_BYTES", 8 << 20),
            queryMemoryBytes: try int("PLEXE_QUERY_MEMORY_BYTES", QueryLimits.defaultMaxMemoryBytes, (1 << 20)...Int.max),
            filterIndexMinimumRows: try int("PLEXE_FILTER_INDEX_MIN_ROWS", DatasetOptimizer.defaultFilterIndexMinimumRows, 0...Int.max),
            maxStoredBytesPerUser: Int64(try int("PLEXE_USER_MAX_STORED_BYTES", Int(100 * gib))),
            maxPendingUploadsPerUser: try int("PLEXE_USER_MAX_PENDING_UPLOADS", 20),
            maxQueuedJobsPerUser: try int("PLEXE_USER_MAX_QUEUED_JOBS", 20),
            maxConcurrentQueriesPerUser: try int("PLEXE_USER_MAX_CONCURRENT_QUERIES", 4),
            // Three sessions' worth by default: a user working in several sessions is not
            // slowed, one cycling through sessions cannot multiply the session rate.
            userQueriesPerMinute: try int(
                "PLEXE_USER_QUERIES_PER_MINUTE", queriesPerMinute.multipliedReportingOverflow(by: 3).overflow ? Int.max : queriesPerMinute * 3),
            exportRetentionSeconds: Int64(try int("PLEXE_EXPORT_RETENTION_SECONDS", 7 * 24 * 3600)),
            corsOrigins: try CORSPolicy.origins(fromSetting: env["PLEXE_CORS_ORIGINS"] ?? ""),
            idempotencyTTLSeconds: Int64(try int("PLEXE_IDEMPOTENCY_TTL_SECONDS", 24 * 3600)),
            sweepIntervalSeconds: try int("PLEXE_SWEEP_INTERVAL_SECONDS", 60),
            mailRetryDelays: try delays("PLEXE_SMTP_RETRY_DELAYS"),
            questionEngine: questions.engine,
            languageModel: questions.model,
            catalogURL: try catalogURL(env["PLEXE_CATALOG_URL"]),
            jobLeases: JobLeases(
                nodeID: try nodeID(env["PLEXE_NODE_ID"]),
                seconds: Int64(try int("PLEXE_JOB_LEASE_SECONDS", Int(JobLeases.defaultSeconds), 3...86_400)),
                maxAttempts: try int("PLEXE_JOB_MAX_ATTEMPTS", JobLeases.defaultMaxAttempts, 1...100)),
            environment: env
        )
        config.catalogTimeouts = PostgresTimeouts(
            connectSeconds: try int("PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS", PostgresTimeouts.defaultConnectSeconds, 2...3600),
            statementSeconds: try int("PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS", PostgresTimeouts.defaultStatementSeconds, 1...86_400))
        switch env["PLEXE_STORE"].flatMap({ $0.isEmpty ? nil : $0 }) ?? "local" {
        case "local": break
        case "s3":
            config.store = .s3
            config.objectStore = try objectStoreSettings(env)
            config.cacheBytes = Int64(try int("PLEXE_CACHE_BYTES", Int(2 * gib)))
        case let other: throw ConfigError(message: "PLEXE_STORE=\(other) must be local or s3")
        }
        return config
    }

    /// `PLEXE_S3_ENDPOINT`, `PLEXE_S3_REGION` (default us-east-1), `PLEXE_S3_BUCKET` and the
    /// credentials file `PLEXE_S3_CREDENTIALS_FILE`, read once here (the secret is never in
    /// the environment or a command line).
    private static func objectStoreSettings(_ env: [String: String]) throws -> ObjectStoreSettings {
        func required(_ name: String) throws -> String {
            guard let value = env[name], !value.isEmpty else { throw ConfigError(message: "PLEXE_STORE=s3 needs \(name)") }
            return value
        }
        let credentialsPath = try required("PLEXE_S3_CREDENTIALS_FILE")
        guard let text = try? String(contentsOfFile: credentialsPath, encoding: .utf8) else {
            throw ConfigError(message: "PLEXE_S3_CREDENTIALS_FILE=\(credentialsPath) cannot be read")
        }
        do {
            return try ObjectStoreSettings(
                endpoint: try required("PLEXE_S3_ENDPOINT"), region: env["PLEXE_S3_REGION"].flatMap { $0.isEmpty ? nil : $0 } ?? "us-east-1",
                bucket: try required("PLEXE_S3_BUCKET"), credentials: try ObjectStoreSettings.credentials(fromFileContents: text))
        } catch let error as ObjectStoreError {
            throw ConfigError(message: error.message)
        }
    }

    /// Creates the data directory tree (idempotent).
    package func createDirectories() throws {
        for dir in [
            home, stateDirectory, filesDirectory, filesDirectory + "/uploads", filesDirectory + "/exports", filesDirectory + "/incoming",
            dataDirectory, outboxDirectory,
        ] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
    }

    /// The HMAC key for signed URLs: made once from secure randomness, kept with mode 0600.
    func signingSecret() throws -> [UInt8] {
        if let data = FileManager.default.contents(atPath: secretPath), data.count >= 32 {
            return Array(data)
        }
        try createDirectories()
        let secret = Crypto.randomBytes(32)
        let temp = secretPath + ".tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw ConfigError(message: "cannot write \(temp): \(String(cString: strerror(errno)))") }
        _ = secret.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard rename(temp, secretPath) == 0 else { throw ConfigError(message: "cannot create \(secretPath)") }
        return secret
    }
}

struct ConfigError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
