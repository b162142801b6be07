import Foundation
import PlexeFoundation

/// A background job as the catalog holds it. Ingest, analysis and export jobs share it.
public struct JobRecord: Sendable {
    public enum Status: String, Sendable { case pending, running, completed, failed }

    public var id: String
    public var userID: Int64
    public var type: String
    public var uploadID: String?
    public var status: Status
    public var progress: Double
    public var params: JSON
    public var result: JSON?
    public var error: String?
    /// `JobFailure.Code` of a failed job.
    public var errorCode: String?
    public var attempts: Int
    public var createdAt: Int64
    public var startedAt: Int64?
    public var completedAt: Int64?
    public var estimatedCompletion: Int64?

    /// A new job, `pending`, as it goes into the queue.
    public static func queued(id: String, userID: Int64, type: String, uploadID: String?, params: JSON, now: Int64, estimatedCompletion: Int64?) -> JobRecord {
        JobRecord(id: id, userID: userID, type: type, uploadID: uploadID, status: .pending, progress: 0, params: params, result: nil,
                  error: nil, errorCode: nil, attempts: 0, createdAt: now, startedAt: nil, completedAt: nil, estimatedCompletion: estimatedCompletion)
    }
}

extension Catalog {
    public func insertJob(_ job: JobRecord) throws {
        try write { c in try Self.insert(job, c) }
    }

    private static func insert(_ job: JobRecord, _ c: CatalogConnection) throws {
        try c.run("""
            INSERT INTO jobs (id, user_id, type, upload_id, status, progress, params_json, created_at, estimated_completion)
            VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)
            """, [.text(job.id), .integer(job.userID), .text(job.type), job.uploadID.map(SQLiteValue.text) ?? .null,
                  .text(job.status.rawValue), .text(job.params.serializedString), .integer(job.createdAt),
                  job.estimatedCompletion.map(SQLiteValue.integer) ?? .null])
    }

    /// The job if it belongs to `userID`; `types` limits which kinds are visible.
    public func job(id: String, userID: Int64, types: [String]? = nil) throws -> JobRecord? {
        guard let job = try job(id: id), job.userID == userID else { return nil }
        if let types, !types.contains(job.type) { return nil }
        return job
    }

    public func job(id: String) throws -> JobRecord? {
        try read { c in try c.first("\(Self.jobColumns) WHERE id = ?", [.text(id)], row: Self.decodeJob) }
    }

    /// Inserts `job` unless its user already has `limit` jobs of `types` pending or running,
    /// in one transaction, so two concurrent requests cannot both take the last place.
    /// Returns nil when inserted, else the soonest estimated completion among those jobs
    /// (nil estimates read as `now + 60`).
    public func insertJob(_ job: JobRecord, ifUserHasFewerThan limit: Int, activeOf types: [String], now: Int64) throws -> Int64? {
        try write { c in
            let placeholders = types.map { _ in "?" }.joined(separator: ",")
            let active = try c.all("""
                SELECT COALESCE(estimated_completion, ? + 60) FROM jobs
                WHERE user_id = ? AND status IN ('pending', 'running') AND type IN (\(placeholders))
                """, [.integer(now), .integer(job.userID)] + types.map(SQLiteValue.text)) { $0.int64(0) }
            if active.count >= limit { return active.min() ?? now + 60 }
            try Self.insert(job, c)
            return nil
        }
    }

    /// Takes the next pending job and marks it running, atomically, so two workers never
    /// take the same one.
    ///
    /// Users take turns, so one user's fifty exports do not hold back another user's
    /// analysis: the next job belongs to the user with the fewest jobs running, and among
    /// those to the one whose last turn is oldest (then whoever has waited longest). Within
    /// that user, an ingest goes first (their upload is unusable until it ends), then the
    /// oldest job. Ingest also jumps the turns: a user with an ingest waiting and none
    /// running goes before users with only other jobs, so a new upload is not held up until
    /// its owner's long export finishes; one running ingest per user keeps a user who
    /// confirms many uploads at once from taking every worker that way.
    public func claimNextJob(now: Int64) throws -> JobRecord? {
        try write { c in
            guard let userID = try c.first("""
                WITH waiting AS (
                    SELECT user_id, MIN(created_at) AS since, MAX(type = 'ingest') AS has_ingest
                    FROM jobs WHERE status = 'pending' GROUP BY user_id
                ), busy AS (
                    SELECT user_id, COUNT(*) AS running, MAX(type = 'ingest') AS ingesting
                    FROM jobs WHERE status = 'running' GROUP BY user_id
                )
                SELECT w.user_id FROM waiting w
                LEFT JOIN busy b ON b.user_id = w.user_id
                LEFT JOIN users u ON u.id = w.user_id
                ORDER BY (w.has_ingest AND COALESCE(b.ingesting, 0) = 0) DESC, COALESCE(b.running, 0),
                         COALESCE(u.last_job_turn, 0), w.since, w.user_id
                LIMIT 1
                """, row: { $0.int64(0) }),
                  let id = try c.first("""
                    SELECT id FROM jobs WHERE user_id = ? AND status = 'pending'
                    ORDER BY type = 'ingest' DESC, created_at, rowid LIMIT 1
                    """, [.integer(userID)], row: { $0.string(0) }) else {
                return nil
            }
            try c.run("UPDATE jobs SET status = 'running', started_at = ?, attempts = attempts + 1 WHERE id = ?", [.integer(now), .text(id)])
            // A counter rather than the time: turns often change hands within one second.
            try c.run("UPDATE users SET last_job_turn = (SELECT MAX(last_job_turn) FROM users) + 1 WHERE id = ?", [.integer(userID)])
            return try c.first("\(Self.jobColumns) WHERE id = ?", [.text(id)], row: Self.decodeJob)
        }
    }

    /// Jobs left `running` by a process that died go back to `pending`; returns how many.
    public func requeueInterruptedJobs() throws -> Int {
        try write { c in
            try c.run("UPDATE jobs SET status = 'pending', progress = 0 WHERE status = 'running'")
            return c.changes
        }
    }

    public func updateJobProgress(id: String, progress: Double) throws {
        try write { c in try c.run("UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running'", [.real(progress), .text(id)]) }
    }

    public func finishJob(id: String, status: JobRecord.Status, result: JSON?, failure: JobFailure? = nil, now: Int64) throws {
        try write { c in
            try c.run("UPDATE jobs SET status = ?, progress = CASE WHEN ? = 'completed' THEN 1 ELSE progress END, result_json = ?, error = ?, error_code = ?, completed_at = ? WHERE id = ?",
                      [.text(status.rawValue), .text(status.rawValue), result.map { .text($0.serializedString) } ?? .null,
                       failure.map { .text($0.message) } ?? .null, failure.map { .text($0.code.rawValue) } ?? .null, .integer(now), .text(id)])
        }
    }

    /// Jobs of one type whose `completed_at` is before `cutoff` (for retention).
    public func jobs(type: String, completedBefore cutoff: Int64) throws -> [String] {
        try read { c in
            try c.all("SELECT id FROM jobs WHERE type = ? AND completed_at IS NOT NULL AND completed_at < ?", [.text(type), .integer(cutoff)]) { $0.string(0) }
        }
    }

    public func deleteJob(id: String) throws {
        try write { c in try c.run("DELETE FROM jobs WHERE id = ?", [.text(id)]) }
    }

    /// Jobs (of any type) that belong to an upload.
    public func jobs(uploadID: String) throws -> [JobRecord] {
        try read { c in try c.all("\(Self.jobColumns) WHERE upload_id = ?", [.text(uploadID)], row: Self.decodeJob) }
    }

    static let jobColumns = """
        SELECT id, user_id, type, upload_id, status, progress, params_json, result_json, error, attempts,
               created_at, started_at, completed_at, estimated_completion, error_code FROM jobs
        """

    static func decodeJob(_ s: SQLiteStatement) throws -> JobRecord {
        JobRecord(id: s.string(0), userID: s.int64(1), type: s.string(2), uploadID: s.optionalString(3),
                  status: JobRecord.Status(rawValue: s.string(4)) ?? .failed, progress: s.double(5),
                  params: (try? JSON.parse(s.string(6))) ?? .object([]), result: s.optionalString(7).flatMap { try? JSON.parse($0) },
                  error: s.optionalString(8), errorCode: s.optionalString(14), attempts: s.int(9), createdAt: s.int64(10), startedAt: s.optionalInt64(11),
                  completedAt: s.optionalInt64(12), estimatedCompletion: s.optionalInt64(13))
    }
}
