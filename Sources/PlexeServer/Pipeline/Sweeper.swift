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
            try removeUnownedStorage()
        } catch {
            app.logger.error("sweep failed", metadata: ["error": "\(error)"])
        }
    }
}

extension Sweeper {
    /// Removes stored files that no catalog row owns: those a presigned PUT wrote after its
    /// upload was deleted (or, staged, after it was confirmed), and anything a crash left
    /// between a catalog delete and the files' removal.
    func removeUnownedStorage() throws {
        for id in app.fileStore.directories(under: "uploads", staged: true) {
            let upload = try app.catalog.upload(id: id)
            if upload == nil || upload?.status != .pending { removeStorage("uploads/\(id)", staged: true, id: id) }
        }
        for id in app.fileStore.directories(under: "uploads", staged: false) where try app.catalog.upload(id: id) == nil {
            removeStorage("uploads/\(id)", staged: false, id: id)
        }
        for id in app.fileStore.directories(under: "exports", staged: false) where try app.catalog.job(id: id) == nil {
            removeStorage("exports/\(id)", staged: false, id: id)
        }
        // Data databases (and their work files) of uploads that are gone.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: app.config.dataDirectory)) ?? []
        for name in names where name.hasPrefix("upload_") {
            let id = String(name.prefix { $0 != "." })
            if try app.catalog.upload(id: id) == nil {
                unlink(app.config.dataDirectory + "/" + name)
                app.logger.info("swept a data file no upload owns", metadata: ["file": "\(name)"])
            }
        }
    }

    private func removeStorage(_ prefix: String, staged: Bool, id: String) {
        if staged {
            app.fileStore.removeStaged(prefix: prefix)
        } else {
            app.fileStore.removeAll(prefix: prefix)
        }
        app.logger.info("swept storage no upload or export owns", metadata: ["key": "\(prefix)", "staged": "\(staged)"])
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
