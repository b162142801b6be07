import Dispatch
import Foundation
import Logging
import PlexeFoundation
import Synchronization

/// What a job handler gets: the job and a way to report progress.
struct JobContext: Sendable {
    let job: JobRecord
    let reportProgress: @Sendable (Double) -> Void

    /// Reports progress in 0...1 (throttled before it reaches the catalog).
    func progress(_ fraction: Double) { reportProgress(min(1, max(0, fraction))) }
}

/// A job's handler: does the work, returns the result to store, or throws to fail the job.
/// Users read a thrown `JobFailure` as it is; any other error as an internal error, its
/// details in the log (`JobFailure.describing`).
typealias JobHandler = @Sendable (JobContext) throws -> JobResult?

/// What a job stores as its result (`jobs.result_json`).
struct JobResult: Sendable {
    let json: String

    init<T: Encodable>(_ value: T) throws { json = try CatalogJSON.encode(value) }
    init(json: String) { self.json = json }
}

/// The durable job queue and its worker pool.
///
/// Jobs live in the catalog, so the queue survives a crash: at start, this node's jobs left
/// `running` go back to `pending` and run again. Several nodes can share one catalog: each
/// claimed job is leased to its node, and renewed every third of the lease while it runs (the
/// heartbeat), so a job whose node died is taken over by another once the lease lapses, and a
/// node that lost its lease cannot record a result over the new holder's (`JobLeases`). A fixed number of workers (Dispatch queues, one per
/// worker) each claim the next pending job atomically (users take turns, see
/// `Catalog.claimNextJob`), run it, and record the outcome;
/// `submit` wakes an idle worker at once, and idle workers also poll, so a job queued by
/// another process is not stranded.
final class JobRunner: Sendable {
    let catalog: any Catalog
    let concurrency: Int
    let logger: Logger
    let metrics: OperationalMetrics?
    /// How long a claim lasts without a heartbeat (`PLEXE_JOB_LEASE_SECONDS`).
    let leaseSeconds: Int64
    private let handlers: Mutex<[JobType: JobHandler]>
    private let wake = DispatchSemaphore(value: 0)
    private let stopping = Atomic<Bool>(false)
    /// Measured bytes per second per job type, for `estimated_completion`.
    private let throughput: Mutex<[JobType: Double]>

    init(catalog: any Catalog, concurrency: Int, logger: Logger, metrics: OperationalMetrics? = nil, leaseSeconds: Int64 = JobLeases.defaultSeconds) {
        self.catalog = catalog
        self.leaseSeconds = leaseSeconds
        self.metrics = metrics
        self.concurrency = concurrency
        self.logger = logger
        self.handlers = Mutex([:])
        // Starting guesses, replaced by measurements after the first job of each type.
        self.throughput = Mutex([.ingest: 80e6, .analysis: 150e6, .export: 80e6])
    }

    func register(_ type: JobType, handler: @escaping JobHandler) {
        handlers.withLock { $0[type] = handler }
    }

    /// Requeues interrupted jobs and starts the workers.
    func start() throws {
        let requeued = try catalog.requeueInterruptedJobs()
        if requeued > 0 { logger.notice("requeued interrupted jobs", metadata: ["count": "\(requeued)"]) }
        for index in 0..<concurrency {
            DispatchQueue(label: "plexe.worker.\(index)", qos: .utility).async { [self] in
                self.workLoop()
            }
        }
    }

    func stop() { stopping.store(true, ordering: .relaxed) }

    /// Records a new pending job and wakes a worker.
    func submit(_ job: JobRecord) throws {
        try catalog.insertJob(job)
        wake.signal()
    }

    /// Records a new pending job unless its user already has `limit` jobs of `types` pending
    /// or running. Returns nil when queued, else when the soonest of those should be done.
    func submit(_ job: JobRecord, ifUserHasFewerThan limit: Int, activeOf types: [JobType]) throws -> Int64? {
        if let soonest = try catalog.insertJob(job, ifUserHasFewerThan: limit, activeOf: types, now: job.createdAt) { return soonest }
        wake.signal()
        return nil
    }

    /// When a job over `bytes` of data should be done, from measured throughput.
    func estimatedCompletion(type: JobType, bytes: Int64, now: Int64) -> Int64 {
        let rate = throughput.withLock { $0[type] } ?? 50e6
        return now + Int64((Double(bytes) / rate).rounded(.up)) + 1
    }

    private func workLoop() {
        while !stopping.load(ordering: .relaxed) {
            if !runNextJob() { _ = wake.wait(timeout: .now() + 1) }
        }
    }

    /// Claims the next pending job and runs it on this thread; false when none was waiting
    /// (or none could be claimed). The workers loop on it; tests call it to run jobs in turn.
    @discardableResult
    func runNextJob() -> Bool {
        let job: JobRecord?
        do {
            job = try catalog.claimNextJob(now: Timestamp.now())
        } catch {
            logger.error("cannot claim job", metadata: ["error": "\(error)"])
            return false
        }
        guard let job else { return false }
        run(job)
        return true
    }

    private func run(_ job: JobRecord) {
        guard let handler = handlers.withLock({ $0[job.type] }) else {
            logger.error("job of a type no handler is registered for", metadata: ["job_id": "\(job.id)", "type": "\(job.type.rawValue)"])
            _ = try? catalog.finishJob(
                id: job.id, attempt: job.attempts, status: .failed, resultJSON: nil,
                failure: JobFailure.describing(ServerFailure("no handler for \(job.type.rawValue) jobs"), jobID: job.id), now: Timestamp.now())
            return
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let lastReport = Mutex<(UInt64, Double)>((0, 0))
        let context = JobContext(job: job) { [catalog] fraction in
            let now = DispatchTime.now().uptimeNanoseconds
            let due = lastReport.withLock { last -> Bool in
                guard now - last.0 > 200_000_000 || fraction - last.1 >= 0.1 else { return false }
                last = (now, fraction)
                return true
            }
            if due { try? catalog.updateJobProgress(id: job.id, attempt: job.attempts, progress: fraction) }
        }
        let heartbeat = startHeartbeat(job)
        defer { heartbeat.cancel() }
        logger.info("job started", metadata: ["job_id": "\(job.id)", "type": "\(job.type.rawValue)", "attempt": "\(job.attempts)"])
        do {
            let result = try handler(context)
            guard
                try catalog.finishJob(
                    id: job.id, attempt: job.attempts, status: .completed, resultJSON: result?.json, failure: nil, now: Timestamp.now())
            else {
                logger.warning("job finished after its lease was lost; another node's run stands", metadata: ["job_id": "\(job.id)"])
                return
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            if let bytes = job.parameters.bytes, bytes > 0, seconds > 0 {
                throughput.withLock { rates in
                    let measured = Double(bytes) / seconds
                    rates[job.type] = 0.5 * (rates[job.type] ?? measured) + 0.5 * measured
                }
            }
            metrics?.observeJob(type: job.type.rawValue, outcome: "completed", nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
            logger.info(
                "job completed", metadata: ["job_id": "\(job.id)", "type": "\(job.type.rawValue)", "seconds": "\(String(format: "%.3f", seconds))"])
        } catch {
            let failure = JobFailure.describing(error, jobID: job.id)
            logger.warning(
                "job failed",
                metadata: ["job_id": "\(job.id)", "type": "\(job.type.rawValue)", "code": "\(failure.code.rawValue)", "error": "\(error)"])
            _ = try? catalog.finishJob(id: job.id, attempt: job.attempts, status: .failed, resultJSON: nil, failure: failure, now: Timestamp.now())
            metrics?.observeJob(type: job.type.rawValue, outcome: "failed", nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
        }
    }

    /// Renews the job's lease every third of the lease time until cancelled, on a timer of its
    /// own (the worker thread is busy with the job). Two missed renewals still leave the lease
    /// standing; a renewal refused (the lease lapsed and another node took the job) is logged,
    /// and the run's outcome will be refused too.
    private func startHeartbeat(_ job: JobRecord) -> any DispatchSourceTimer {
        let interval = max(1, Double(leaseSeconds) / 3)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "plexe.heartbeat.\(job.id)", qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [catalog, logger] in
            do {
                if try !catalog.renewJobLease(id: job.id, attempt: job.attempts, now: Timestamp.now()) {
                    logger.warning("job lease lost: another node may be running this job", metadata: ["job_id": "\(job.id)"])
                    timer.cancel()
                }
            } catch {
                logger.warning("cannot renew job lease", metadata: ["job_id": "\(job.id)", "error": "\(error)"])
            }
        }
        timer.resume()
        return timer
    }
}
