import Foundation
import PlexeFoundation

/// A background job as the catalog holds it. Ingest, optimize, analysis and export jobs share it.
struct JobRecord: Sendable {
    enum Status: String, Sendable { case pending, running, completed, failed }

    var id: String
    var userID: Int64
    var uploadID: String?
    var status: Status
    var progress: Double
    var parameters: JobParameters
    /// What the job's handler returned, as the catalog stores it (JSON); the API layer
    /// decodes the results it serves (`AnalysisResult`).
    var resultJSON: String?
    var error: String?
    /// `JobFailure.Code` of a failed job.
    var errorCode: String?
    var attempts: Int
    var createdAt: Int64
    var startedAt: Int64?
    var completedAt: Int64?
    var estimatedCompletion: Int64?
    /// The node that holds the job while it runs, and until when (`JobLeases`).
    var leaseOwner: String? = nil
    var leaseExpiresAt: Int64? = nil

    var type: JobType { parameters.type }

    /// A new job, `pending`, as it goes into the queue.
    static func queued(id: String, userID: Int64, parameters: JobParameters, now: Int64, estimatedCompletion: Int64?) -> JobRecord {
        JobRecord(
            id: id, userID: userID, uploadID: parameters.uploadID, status: .pending, progress: 0, parameters: parameters, resultJSON: nil,
            error: nil, errorCode: nil, attempts: 0, createdAt: now, startedAt: nil, completedAt: nil, estimatedCompletion: estimatedCompletion)
    }
}

extension SQLCatalog {
    func insertJob(_ job: JobRecord) throws {
        try write { c in try Self.insert(job, c) }
    }

    private static func insert(_ job: JobRecord, _ c: any CatalogConnection) throws {
        try c.run(
            """
            INSERT INTO jobs (id, user_id, type, upload_id, status, progress, params_json, created_at, estimated_completion)
            VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)
            """,
            [
                .text(job.id), .integer(job.userID), .text(job.type.rawValue), job.uploadID.map(SQLiteValue.text) ?? .null,
                .text(job.status.rawValue), .text(try job.parameters.encoded()), .integer(job.createdAt),
                job.estimatedCompletion.map(SQLiteValue.integer) ?? .null,
            ])
    }

    func job(id: String) throws -> JobRecord? {
        try read { c in try c.first("\(Self.selectJobs) WHERE id = ?", [.text(id)], row: Self.job) }
    }

    /// Inserts `job` unless its user already has `limit` jobs of `types` pending or running,
    /// in one transaction, so two concurrent requests cannot both take the last place.
    /// Returns nil when inserted, else the soonest estimated completion among those jobs
    /// (nil estimates read as `now + 60`).
    func insertJob(_ job: JobRecord, ifUserHasFewerThan limit: Int, activeOf types: [JobType], now: Int64) throws -> Int64? {
        try write { c in
            try c.lockUser(job.userID)
            let placeholders = types.map { _ in "?" }.joined(separator: ",")
            let active = try c.all(
                """
                SELECT COALESCE(estimated_completion, ? + 60) AS done_by FROM jobs
                WHERE user_id = ? AND status IN ('pending', 'running') AND type IN (\(placeholders))
                """, [.integer(now), .integer(job.userID)] + types.map { .text($0.rawValue) }
            ) { try $0.int64("done_by") }
            if active.count >= limit { return active.min() ?? now + 60 }
            try Self.insert(job, c)
            return nil
        }
    }

    /// Takes the next pending job, marks it running and leases it to this node
    /// (`JobLeases`), atomically, so two workers — on this node or another — never take the
    /// same one: SQLite's write lock makes claims take turns; PostgreSQL's `FOR UPDATE SKIP
    /// LOCKED` lets concurrent claims pass each other, each locking a different job.
    ///
    /// Users take turns, so one user's fifty exports do not hold back another user's
    /// analysis: the next job belongs to the user with the fewest jobs running, and among
    /// those to the one whose last turn is oldest (then whoever has waited longest). Within
    /// that user, an ingest goes first (their upload is unusable until it ends), then the
    /// oldest job. Ingest also jumps the turns: a user with an ingest waiting and none
    /// running goes before users with only other jobs, so a new upload is not held up until
    /// its owner's long export finishes; one running ingest per user keeps a user who
    /// confirms many uploads at once from taking every worker that way. The running jobs
    /// counted are those of every node.
    ///
    /// Jobs whose lease lapsed before `now` (their node died) go back to the queue first, or
    /// fail as `node_lost` once claimed `maxAttempts` times.
    ///
    /// A job whose row does not decode is failed at once (in the same transaction) and its
    /// error thrown, so that it is reported and does not come back at every claim.
    func claimNextJob(now: Int64) throws -> JobRecord? {
        var corrupt: CatalogError?
        let claimed: JobRecord? = try write { c in
            _ = try Self.releaseJobs(c, leasedWhere: "lease_expires_at < ?", [.integer(now)], now: now, maxAttempts: leases.maxAttempts)
            guard let next = try Self.nextJobInTurn(c) else { return nil }
            try c.run(
                "UPDATE jobs SET status = 'running', started_at = ?, attempts = attempts + 1, lease_owner = ?, lease_expires_at = ? WHERE id = ?",
                [.integer(now), .text(leases.nodeID), .integer(now + leases.seconds), .text(next.id)])
            // A counter rather than the time: turns often change hands within one second.
            try c.run("UPDATE users SET last_job_turn = (SELECT MAX(last_job_turn) FROM users) + 1 WHERE id = ?", [.integer(next.userID)])
            do {
                return try c.first("\(Self.selectJobs) WHERE id = ?", [.text(next.id)], row: Self.job)
            } catch let error as CatalogError {
                corrupt = error
                let failure = JobFailure.describing(error, jobID: next.id)
                try c.run(
                    "UPDATE jobs SET status = 'failed', error = ?, error_code = ?, completed_at = ? WHERE id = ?",
                    [.text(failure.message), .text(failure.code.rawValue), .integer(now), .text(next.id)])
                return nil
            }
        }
        if let corrupt { throw corrupt }
        return claimed
    }

    /// The job whose turn it is (`claimNextJob`), locked by this transaction in PostgreSQL.
    ///
    /// In two steps, so that a claim costs a few index probes per waiting user rather than an
    /// aggregate and a sort over every pending job (migration 10's indexes): the users in
    /// turn order (`usersInTurnOrder`), then the first of them with a job no concurrent claim
    /// holds, and that user's first job. Skipping a user whose every waiting job another
    /// claim has locked is what `SKIP LOCKED` over one statement ordered by user, then job,
    /// did; SQLite's writer lock leaves nothing locked, so there the first user always has one.
    static func nextJobInTurn(_ c: any CatalogConnection) throws -> (id: String, userID: Int64)? {
        let users = try c.all(usersInTurnOrder) { (id: try $0.int64("user_id"), hasIngest: try $0.int("has_ingest") == 1) }
        for user in users {
            if user.hasIngest, let id = try c.first(waitingJob(ingest: true, c.dialect), [.integer(user.id)], row: { try $0.string("id") }) {
                return (id, user.id)
            }
            if let id = try c.first(waitingJob(ingest: false, c.dialect), [.integer(user.id)], row: { try $0.string("id") }) {
                return (id, user.id)
            }
        }
        return nil
    }

    /// The users with pending jobs, whose turn first: a user with an ingest waiting and none
    /// running, then the fewest jobs running, the oldest last turn, the longest wait, the id.
    ///
    /// `waiting` lists the users with pending jobs by skipping along the index on (status,
    /// user_id, …) from one user to the next (a loose index scan: one probe per user, however
    /// many jobs each has queued); each user's oldest pending job and whether one is an ingest
    /// are one probe each (a correlated subquery with LIMIT, which PostgreSQL cannot turn into
    /// one scan of every pending ingest, as it did an EXISTS); the running jobs are few (the
    /// workers of all nodes).
    static var usersInTurnOrder: String {
        """
        WITH RECURSIVE waiting (user_id) AS (
            SELECT (SELECT user_id FROM jobs WHERE status = 'pending' ORDER BY user_id LIMIT 1)
            UNION ALL
            SELECT (SELECT j.user_id FROM jobs j WHERE j.status = 'pending' AND j.user_id > w.user_id ORDER BY j.user_id LIMIT 1)
            FROM waiting w WHERE w.user_id IS NOT NULL
        ), queued AS (
            SELECT w.user_id AS user_id,
                   (SELECT j.created_at FROM jobs j WHERE j.status = 'pending' AND j.user_id = w.user_id ORDER BY j.created_at LIMIT 1) AS since,
                   COALESCE((SELECT 1 FROM jobs j WHERE j.status = 'pending' AND j.user_id = w.user_id AND j.type = 'ingest' LIMIT 1), 0)
                       AS has_ingest
            FROM waiting w WHERE w.user_id IS NOT NULL
        ), busy AS (
            SELECT user_id, COUNT(*) AS running, MAX(CASE WHEN type = 'ingest' THEN 1 ELSE 0 END) AS ingesting
            FROM jobs WHERE status = 'running' GROUP BY user_id
        )
        SELECT q.user_id AS user_id, q.has_ingest AS has_ingest FROM queued q
        LEFT JOIN busy b ON b.user_id = q.user_id
        LEFT JOIN users u ON u.id = q.user_id
        ORDER BY CASE WHEN q.has_ingest = 1 AND COALESCE(b.ingesting, 0) = 0 THEN 0 ELSE 1 END, COALESCE(b.running, 0),
                 COALESCE(u.last_job_turn, 0), q.since, q.user_id
        """
    }

    /// One user's (the parameter) first pending job: the oldest ingest (`ingest`), or the
    /// oldest of any type; locked, skipping jobs other claims hold, in PostgreSQL. An index
    /// probe each (migration 10), even with many jobs queued.
    static func waitingJob(ingest: Bool, _ dialect: CatalogDialect) -> String {
        """
        SELECT id FROM jobs WHERE status = 'pending' AND user_id = ?\(ingest ? " AND type = 'ingest'" : "")
        ORDER BY created_at, rowid LIMIT 1 \(dialect.skipLocked(of: "jobs"))
        """
    }

    /// At start: this node's jobs left `running` by its previous process, and jobs of any node
    /// whose lease lapsed, go back to `pending` (or fail as `node_lost` after `maxAttempts`
    /// claims); returns how many were requeued. Another live node's jobs are left alone.
    func requeueInterruptedJobs(now: Int64) throws -> Int {
        try write { c in
            try Self.releaseJobs(
                c, leasedWhere: "lease_owner = ? OR lease_owner IS NULL OR lease_expires_at < ?", [.text(leases.nodeID), .integer(now)], now: now,
                maxAttempts: leases.maxAttempts)
        }
    }

    /// Running jobs matching `condition` lose their lease: those claimed `maxAttempts` times
    /// fail (`node_lost`), the others go back to `pending`. Returns how many went back.
    ///
    /// An ingest that fails this way fails its upload too, with the reason on each file not
    /// already failed: left `processing`, the upload would be queued for ingest again by the
    /// sweep (`processingUploadsWithoutIngestJob`), and a file that brings down every node that
    /// reads it would be retried forever.
    private static func releaseJobs(
        _ c: any CatalogConnection, leasedWhere condition: String, _ arguments: [SQLiteValue], now: Int64, maxAttempts: Int
    ) throws -> Int {
        let failure = JobFailure.nodeLost(attempts: maxAttempts)
        let lostIngests = """
            SELECT upload_id FROM jobs
            WHERE type = 'ingest' AND upload_id IS NOT NULL AND status = 'running' AND attempts >= ? AND (\(condition))
            """
        let lostIngestArguments = [SQLiteValue.integer(Int64(maxAttempts))] + arguments
        try c.run(
            "UPDATE upload_files SET error_line = 0, error_message = ? WHERE error_message IS NULL AND upload_id IN (\(lostIngests))",
            [.text(uploadLostMessage(attempts: maxAttempts))] + lostIngestArguments)
        try c.run(
            "UPDATE uploads SET status = 'failed', processed_at = ? WHERE status = 'processing' AND id IN (\(lostIngests))",
            [.integer(now)] + lostIngestArguments)
        try c.run(
            """
            UPDATE jobs SET status = 'failed', error = ?, error_code = ?, completed_at = ?, lease_expires_at = NULL
            WHERE status = 'running' AND attempts >= ? AND (\(condition))
            """, [.text(failure.message), .text(failure.code.rawValue), .integer(now), .integer(Int64(maxAttempts))] + arguments)
        try c.run(
            "UPDATE jobs SET status = 'pending', progress = 0, lease_owner = NULL, lease_expires_at = NULL WHERE status = 'running' AND (\(condition))",
            arguments)
        return c.changes
    }

    /// What each file of an upload whose ingest failed as `node_lost` says.
    static func uploadLostMessage(attempts: Int) -> String {
        "the server loading this upload stopped before it finished, \(attempts) times, so it was not tried again; "
            + "the file may be too large or malformed for the server: check it, or upload it again"
    }

    /// The runner's heartbeat: extends this node's lease on a running job to `now` plus the
    /// lease time. False when the node no longer holds it (it lapsed and another node claimed
    /// the job, or the job is no longer running): the worker's result will not be recorded.
    func renewJobLease(id: String, attempt: Int, now: Int64) throws -> Bool {
        try write { c in
            try c.run(
                "UPDATE jobs SET lease_expires_at = ? WHERE id = ? AND \(Self.leaseHeld)",
                [.integer(now + leases.seconds), .text(id), .text(leases.nodeID), .integer(Int64(attempt))])
            return c.changes == 1
        }
    }

    /// Records progress, if this node still holds the job's lease.
    func updateJobProgress(id: String, attempt: Int, progress: Double) throws {
        try write { c in
            try c.run(
                "UPDATE jobs SET progress = ? WHERE id = ? AND \(Self.leaseHeld)",
                [.real(progress), .text(id), .text(leases.nodeID), .integer(Int64(attempt))])
        }
    }

    /// Records a job's outcome, if this node still holds its lease from claim `attempt`;
    /// false (nothing written) when it does not: a node that stalled past its lease, whose job
    /// another node took over, cannot overwrite that node's result.
    @discardableResult
    func finishJob(id: String, attempt: Int, status: JobRecord.Status, resultJSON: String?, failure: JobFailure?, now: Int64) throws -> Bool {
        try write { c in
            try c.run(
                """
                UPDATE jobs SET status = ?, progress = CASE WHEN ? = 'completed' THEN 1 ELSE progress END, result_json = ?, error = ?,
                    error_code = ?, completed_at = ?, lease_expires_at = NULL
                WHERE id = ? AND \(Self.leaseHeld)
                """,
                [
                    .text(status.rawValue), .text(status.rawValue), resultJSON.map(SQLiteValue.text) ?? .null,
                    failure.map { .text($0.message) } ?? .null, failure.map { .text($0.code.rawValue) } ?? .null, .integer(now), .text(id),
                    .text(leases.nodeID), .integer(Int64(attempt)),
                ])
            return c.changes == 1
        }
    }

    /// The condition (two parameters: node, attempt) under which this node holds a job's
    /// lease. The attempt tells apart two claims by the same node: a worker that stalled past
    /// its lease, whose job this node claimed again, holds it no more.
    private static var leaseHeld: String { "status = 'running' AND lease_owner = ? AND attempts = ?" }

    /// Jobs of one type whose `completed_at` is before `cutoff` (for retention).
    func jobs(type: JobType, completedBefore cutoff: Int64) throws -> [String] {
        try read { c in
            try c.all(
                "SELECT id FROM jobs WHERE type = ? AND completed_at IS NOT NULL AND completed_at < ?",
                [.text(type.rawValue), .integer(cutoff)]
            ) { try $0.string("id") }
        }
    }

    func deleteJob(id: String) throws {
        try write { c in try c.run("DELETE FROM jobs WHERE id = ?", [.text(id)]) }
    }

    /// Jobs (of any type) that belong to an upload.
    func jobs(uploadID: String) throws -> [JobRecord] {
        try read { c in try c.all("\(Self.selectJobs) WHERE upload_id = ?", [.text(uploadID)], row: Self.job) }
    }

    /// The SELECT `job(_:)` decodes; each caller adds its WHERE.
    private static var selectJobs: String {
        """
        SELECT id, user_id, type, upload_id, status, progress, params_json, result_json, error, error_code, attempts,
               created_at, started_at, completed_at, estimated_completion, lease_owner, lease_expires_at FROM jobs
        """
    }

    private static func job(_ row: CatalogRow) throws -> JobRecord {
        let type = try row.value(JobType.self, "type")
        return JobRecord(
            id: try row.string("id"), userID: try row.int64("user_id"), uploadID: try row.optionalString("upload_id"),
            status: try row.value(JobRecord.Status.self, "status"), progress: try row.double("progress"),
            parameters: try JobParameters.decode(type, from: row, column: "params_json"),
            resultJSON: try row.optionalString("result_json"), error: try row.optionalString("error"),
            errorCode: try row.optionalString("error_code"), attempts: try row.int("attempts"),
            createdAt: try row.int64("created_at"), startedAt: try row.optionalInt64("started_at"),
            completedAt: try row.optionalInt64("completed_at"), estimatedCompletion: try row.optionalInt64("estimated_completion"),
            leaseOwner: try row.optionalString("lease_owner"), leaseExpiresAt: try row.optionalInt64("lease_expires_at"))
    }
}
