import Dispatch
import PlexeObjectStore
import Synchronization

/// Whether this node reaches its object store (`PLEXE_STORE=s3`), for `/readyz`: a node that
/// cannot read or write the bytes of uploads, databases and exports must not get traffic.
///
/// The check is a `HEAD` of the bucket (the endpoint answers, the bucket exists, the
/// credentials reach it), bounded by `timeoutMs`. Its outcome is kept for `cacheSeconds`, so a
/// load balancer polling every second costs the store one request every few seconds; while one
/// request checks, others answer with the previous outcome instead of piling onto a slow store.
final class StoreReadiness: Sendable {
    static let defaultCacheSeconds = 5.0
    static let defaultTimeoutMs = 2_000

    private let check: @Sendable () throws -> Void
    private let cacheSeconds: Double
    /// Seconds on a monotonic clock (tests pass their own).
    private let clock: @Sendable () -> Double

    private struct Outcome {
        var problem: String?
        var at: Double
    }
    private struct State {
        var last: Outcome?
        var checking = false
    }
    private let state = Mutex(State())

    init(
        client: S3Client, cacheSeconds: Double = defaultCacheSeconds, timeoutMs: Int = defaultTimeoutMs,
        clock: @escaping @Sendable () -> Double = StoreReadiness.uptimeSeconds
    ) {
        self.check = { try client.checkBucket(timeoutMs: timeoutMs) }
        self.cacheSeconds = cacheSeconds
        self.clock = clock
    }

    static func uptimeSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Nil when the store answered the last check (at most `cacheSeconds` ago), else why not.
    func problem() -> String? {
        let now = clock()
        let known: Outcome? = state.withLock { state in
            if let last = state.last, now - last.at < cacheSeconds || state.checking { return last }
            state.checking = true
            return nil
        }
        if let known { return known.problem }
        var problem: String? = nil
        do {
            try check()
        } catch {
            problem = "the object store cannot be used: \(error)"
        }
        let checkedAt = clock()
        state.withLock { state in
            state.last = Outcome(problem: problem, at: checkedAt)
            state.checking = false
        }
        return problem
    }
}
