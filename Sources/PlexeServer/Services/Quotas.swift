import PlexeFoundation
import Synchronization

/// The per-user quotas (`PLEXE_USER_*`) where requests meet them. Bytes over the quota
/// answer 413 `payload_too_large` (waiting does not help: something must be deleted);
/// counts over theirs answer 429 `rate_limited` with `Retry-After` and the `RateLimit`
/// headers (a place frees up by itself).
struct Quotas: Sendable {
    let catalog: any Catalog
    let jobs: JobRunner
    let runningQueries: RunningQueries
    let limits: ServerConfig

    /// Records a new upload unless its declared sizes take the user past their stored
    /// bytes, or they already have the most pending uploads allowed.
    func insertUpload(_ upload: UploadRecord, now: Int64) throws {
        let config = limits
        switch try catalog.insertUpload(
            upload, maxStoredBytes: config.maxStoredBytesPerUser,
            maxPendingUploads: config.maxPendingUploadsPerUser, now: now)
        {
        case nil:
            return
        case .storedBytes(let stored):
            throw APIError.tooLarge(
                "the declared sizes would take what you store past \(config.maxStoredBytesPerUser) bytes, the limit per user; "
                    + "you store \(stored) bytes in uploads and exports: delete some to make room", param: "files")
        case .pendingUploads(let soonestExpiry):
            throw APIError.quotaReached(
                "at most \(config.maxPendingUploadsPerUser) uploads of one user can wait for their files; confirm one "
                    + "(POST /uploads/{upload_id}/status) or delete one (DELETE /data/uploads/{upload_id})",
                limit: config.maxPendingUploadsPerUser, scope: "pending uploads per user", retryAfter: Int(max(1, soonestExpiry - now)))
        }
    }

    /// Records the sizes found in the file store at confirm, unless they take the user past
    /// their stored bytes (the upload then stays pending and can be confirmed again).
    func recordFileSizes(_ upload: UploadRecord, sizes: [String: Int64]) throws {
        let limit = limits.maxStoredBytesPerUser
        if let others = try catalog.setFileSizes(uploadID: upload.id, userID: upload.userID, sizes: sizes, maxStoredBytes: limit) {
            throw APIError.tooLarge(
                "the files are \(sizes.values.reduce(0, +)) bytes; with the \(others) bytes you store besides they pass \(limit) bytes, "
                    + "the limit per user: delete uploads or exports and confirm again", param: "files")
        }
    }

    /// Queues an analysis or export job unless the user already has the most allowed queued
    /// or running.
    func submit(_ job: JobRecord) throws {
        let limit = limits.maxQueuedJobsPerUser
        if let soonest = try jobs.submit(job, ifUserHasFewerThan: limit, activeOf: JobType.userStarted) {
            throw APIError.quotaReached(
                "at most \(limit) analysis and export jobs of one user can be queued or running; wait for one to finish",
                limit: limit, scope: "queued jobs per user", retryAfter: Int(max(1, soonest - job.createdAt)))
        }
    }

    /// An export adds files: refused while the user's stored bytes are at or past the limit.
    func requireRoomToStore(userID: Int64) throws {
        let limit = limits.maxStoredBytesPerUser
        let stored = try catalog.storedBytes(userID: userID)
        guard stored < limit else {
            throw APIError.tooLarge(
                "you store \(stored) bytes in uploads and exports, the limit per user is \(limit) bytes: delete some before exporting",
                param: "upload_id")
        }
    }

    /// Counts a query of the user as running, or answers 429 when they already have the most
    /// allowed, so one user cannot hold every request thread. The caller calls
    /// `runningQueries.leave(userID)` when the query ends.
    func enterQuery(userID: Int64) throws {
        let limit = limits.maxConcurrentQueriesPerUser
        guard runningQueries.enter(userID, limit: limit) else {
            // Queries end within the query timeout; most within a second.
            throw APIError.quotaReached(
                "at most \(limit) queries of one user run at once; wait for one to finish",
                limit: limit, scope: "concurrent queries per user", retryAfter: 1)
        }
    }
}

/// How many queries each user has running, in this process. Per node with several nodes,
/// like `RateLimiter`'s windows (a token's requests reach one node; README, "Several machines").
final class RunningQueries: Sendable {
    private let counts = Mutex<[Int64: Int]>([:])

    /// Counts one more query of `userID` if they have fewer than `limit` running.
    func enter(_ userID: Int64, limit: Int) -> Bool {
        counts.withLock { counts in
            let running = counts[userID, default: 0]
            guard running < limit else { return false }
            counts[userID] = running + 1
            return true
        }
    }

    func leave(_ userID: Int64) {
        counts.withLock { counts in
            let running = counts[userID, default: 0] - 1
            counts[userID] = running > 0 ? running : nil
        }
    }

    func running(_ userID: Int64) -> Int { counts.withLock { $0[userID, default: 0] } }
}

extension APIError {
    /// 429 for a quota on a count (active sessions, pending uploads, queued jobs, running
    /// queries), with `Retry-After` and the `RateLimit-Policy` / `RateLimit` pair the
    /// contract puts on every 429.
    static func quotaReached(_ message: String, limit: Int, scope: String, retryAfter: Int) -> APIError {
        .rateLimited(message, retryAfter: retryAfter, headers: RateLimiter.countHeaders(limit: limit, scope: scope, resetAfter: retryAfter))
    }
}
