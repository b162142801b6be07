import Dispatch
import Foundation
import PlexeFoundation

/// Periodic housekeeping: uploads left `pending` past their URLs' expiry are removed, and
/// exports past their retention are deleted. Runs on a Dispatch timer.
struct Sweeper {
    let app: Application

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "plexe.sweeper", qos: .background))
        let interval = app.config.sweepIntervalSeconds
        timer.schedule(deadline: .now() + .seconds(min(5, interval)), repeating: .seconds(interval))
        // An explicitly @Sendable closure: one inferred from top-level code would be
        // main-actor isolated and trap when the timer fires on its own queue.
        timer.setEventHandler { @Sendable in self.sweep(now: Timestamp.now()) }
        timer.resume()
        Self.keepAlive.withLock { $0.append(timer) }
    }

    private static let keepAlive = LockedTimers()

    func sweep(now: Int64) {
        do {
            for id in try app.catalog.expiredPendingUploads(now: now) {
                if let upload = try app.catalog.upload(id: id) {
                    try UploadRemover(app: app).remove(upload)
                    app.logger.info("swept expired pending upload", metadata: ["upload_id": "\(id)"])
                }
            }
            for extra in app.sweepTasks { try extra(now) }
        } catch {
            app.logger.error("sweep failed", metadata: ["error": "\(error)"])
        }
    }
}

/// Holds the timer sources so they are not released (and cancelled) while the server runs.
final class LockedTimers: @unchecked Sendable {
    private let lock = NSLock()
    private var timers: [any DispatchSourceTimer] = []
    func withLock(_ body: (inout [any DispatchSourceTimer]) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&timers)
    }
}
