import PlexeFoundation

/// The catalog: users, tokens, uploads, files, jobs, sessions, queries, exports, models and
/// visualizations — everything the server knows besides the users' data.
///
/// Two implementations share one body of SQL (`SQLCatalog`): `SQLiteCatalog`, one machine's
/// (the default), and `PostgresCatalog`, for several machines (`PLEXE_CATALOG_URL`). What an
/// implementation promises:
/// - every method that reads sees one snapshot: two tables read by one call (an upload and
///   its files) come from the same commit;
/// - every method that writes is one transaction, and the `…IfUnderLimit`-style methods
///   check their limit inside it, so two concurrent requests cannot both take the last place;
/// - a stored row it cannot decode is reported (`CatalogError.corruptRow`), never read as a
///   default value.
protocol Catalog: Sendable {
    // MARK: Users and tokens
    func createToken(email: String, expiresAt: Int64?) throws -> String
    func user(forToken token: String, now: Int64) throws -> User?
    func user(id: Int64) throws -> User?
    func tokens(email: String?) throws -> [TokenRecord]
    func revokeTokens(_ selector: TokenSelector, now: Int64) throws -> (matched: Int, revoked: Int)

    // MARK: Uploads
    func insertUpload(_ upload: UploadRecord, maxStoredBytes: Int64, maxPendingUploads: Int, now: Int64) throws -> UploadQuotaRefusal?
    func upload(id: String, userID: Int64) throws -> UploadRecord?
    func upload(id: String) throws -> UploadRecord?
    func uploads(userID: Int64, status: UploadRecord.Status?, sort: UploadSort, ascending: Bool, limit: Int, offset: Int) throws -> UploadPage
    @discardableResult
    func setUploadStatus(id: String, to status: UploadRecord.Status, from: [UploadRecord.Status]) throws -> Bool
    func setFileSizes(uploadID: String, userID: Int64, sizes: [String: Int64], maxStoredBytes: Int64) throws -> Int64?
    func completeIngest(uploadID: String, results: [UploadFileRecord], foreignKeys: [ForeignKey], status: UploadRecord.Status) throws
    /// Records where the upload's current database is published (`PLEXE_STORE=s3`).
    func setDatabaseKey(uploadID: String, key: String) throws -> Bool
    func deleteUpload(id: String) throws
    func processingUploadsWithoutIngestJob() throws -> [(id: String, userID: Int64)]
    func expiredPendingUploads(now: Int64) throws -> [String]
    func fileForStorageKey(_ key: String) throws -> StoredFile?
    func storedBytes(userID: Int64) throws -> Int64

    // MARK: Models bound to uploads
    func insertModel(_ model: ModelRecord, userID: Int64) throws
    func models(uploadID: String) throws -> [ModelRecord]
    func model(id: String, userID: Int64) throws -> ModelRecord?
    func deleteModel(id: String) throws

    // MARK: Jobs
    func insertJob(_ job: JobRecord) throws
    func insertJob(_ job: JobRecord, ifUserHasFewerThan limit: Int, activeOf types: [JobType], now: Int64) throws -> Int64?
    func job(id: String) throws -> JobRecord?
    func jobs(uploadID: String) throws -> [JobRecord]
    func jobs(type: JobType, completedBefore cutoff: Int64) throws -> [String]
    func claimNextJob(now: Int64) throws -> JobRecord?
    func requeueInterruptedJobs(now: Int64) throws -> Int
    func renewJobLease(id: String, attempt: Int, now: Int64) throws -> Bool
    func updateJobProgress(id: String, attempt: Int, progress: Double) throws
    @discardableResult
    func finishJob(id: String, attempt: Int, status: JobRecord.Status, resultJSON: String?, failure: JobFailure?, now: Int64) throws -> Bool
    func deleteJob(id: String) throws

    // MARK: Sessions and queries
    func insertSessionIfUnderLimit(_ session: SessionRecord, limit: Int, now: Int64) throws -> Int64?
    func session(id: String, userID: Int64) throws -> SessionRecord?
    func activeSessions(userID: Int64, now: Int64) throws -> [SessionRecord]
    func endSession(id: String, now: Int64) throws
    func insertQuery(_ query: QueryRecord) throws
    func queries(sessionID: String) throws -> [QueryRecord]

    // MARK: Exports and visualizations
    func replaceExportFiles(exportID: String, files: [ExportFileRecord]) throws
    func exportFiles(exportID: String) throws -> [ExportFileRecord]
    func insertVisualization(_ chart: ChartSpec, jobID: String, userID: Int64) throws -> String
    func deleteVisualizations(jobID: String) throws
    func visualization(id: String, userID: Int64) throws -> ChartSpec?

    // MARK: Idempotency keys
    func claimIdempotencyKey(_ claim: IdempotencyKeyClaim, now: Int64) throws -> IdempotencyKeyState
    func finishIdempotencyKey(userID: Int64, key: String, answer: StoredAnswer) throws
    func releaseIdempotencyKey(userID: Int64, key: String) throws
    @discardableResult
    func deleteIdempotencyKeys(createdBefore cutoff: Int64) throws -> Int

    /// True when the catalog answers a trivial query (for `/healthz`).
    func isHealthy() -> Bool

    // MARK: Operations
    /// Jobs by status (`pending`, `running`, ...), one grouped count (`/readyz`, `/metrics`).
    func jobCountsByStatus() throws -> [String: Int]
    /// True when a write transaction can begin and commit: the database, its journal and
    /// the directory are writable and the disk takes a write (`/readyz`).
    func isWritable() -> Bool
}

extension Catalog {
    func createToken(email: String) throws -> String { try createToken(email: email, expiresAt: nil) }
    func user(forToken token: String) throws -> User? { try user(forToken: token, now: Timestamp.now()) }
    func tokens() throws -> [TokenRecord] { try tokens(email: nil) }
    func requeueInterruptedJobs() throws -> Int { try requeueInterruptedJobs(now: Timestamp.now()) }
    func revokeTokens(_ selector: TokenSelector) throws -> (matched: Int, revoked: Int) { try revokeTokens(selector, now: Timestamp.now()) }

    /// The job if it belongs to `userID`; `types` limits which kinds are visible.
    func job(id: String, userID: Int64, types: [JobType]? = nil) throws -> JobRecord? {
        guard let job = try job(id: id), job.userID == userID else { return nil }
        if let types, !types.contains(job.type) { return nil }
        return job
    }
}

/// A catalog state that should not be possible.
enum CatalogError: Error, CustomStringConvertible {
    case inconsistent(String)
    /// A stored row that cannot be read back: a column missing or NULL where a value must be,
    /// an unknown enum value, JSON that does not decode.
    case corruptRow(table: String, column: String, problem: String)

    var description: String {
        switch self {
        case .inconsistent(let m): return "catalog inconsistency: \(m)"
        case .corruptRow(let table, let column, let problem): return "corrupt catalog row in \(table).\(column): \(problem)"
        }
    }
}
