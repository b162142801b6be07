import Dispatch
import Foundation
import Logging
import PlexeFoundation

/// Periodic housekeeping: uploads left `pending` past their URLs' expiry are removed, and
/// exports past their retention are deleted. Runs on a Dispatch timer.
struct Sweeper: Sendable {
    let catalog: any Catalog
    let fileStore: any FileStore
    let remover: UploadRemover
    let dataDirectory: String
    let interval: Int
    /// Housekeeping besides expired pending uploads and unowned storage: expired exports,
    /// mail due for another attempt.
    let tasks: [@Sendable (Int64) throws -> Void]
    let logger: Logger

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "plexe.sweeper", qos: .background))
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
            for id in try catalog.expiredPendingUploads(now: now) {
                if let upload = try catalog.upload(id: id) {
                    try remover.remove(upload)
                    logger.info("swept expired pending upload", metadata: ["upload_id": "\(id)"])
                }
            }
            for task in tasks { try task(now) }
            try removeUnownedStorage()
        } catch {
            logger.error("sweep failed", metadata: ["error": "\(error)"])
        }
    }
}

extension Sweeper {
    /// Removes stored files that no catalog row owns: those a presigned PUT wrote after its
    /// upload was deleted (or, staged, after it was confirmed), and anything a crash left
    /// between a catalog delete and the files' removal.
    func removeUnownedStorage() throws {
        for id in try fileStore.directories(under: StorageKeys.uploads, staged: true) {
            let upload = try catalog.upload(id: id)
            if upload == nil || upload?.status != .pending { removeStorage(StorageKeys.upload(id), staged: true, id: id) }
        }
        for id in try fileStore.directories(under: StorageKeys.uploads, staged: false) where try catalog.upload(id: id) == nil {
            removeStorage(StorageKeys.upload(id), staged: false, id: id)
        }
        for id in try fileStore.directories(under: StorageKeys.exports, staged: false) where try catalog.job(id: id) == nil {
            removeStorage(StorageKeys.export(id), staged: false, id: id)
        }
        // Data databases (and their work files) of uploads that are gone.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory)) ?? []
        for name in names where name.hasPrefix("upload_") {
            let id = String(name.prefix { $0 != "." })
            if try catalog.upload(id: id) == nil {
                unlink(dataDirectory + "/" + name)
                logger.info("swept a data file no upload owns", metadata: ["file": "\(name)"])
            }
        }
    }

    private func removeStorage(_ prefix: String, staged: Bool, id: String) {
        do {
            if staged {
                try fileStore.removeStaged(prefix: prefix)
            } else {
                try fileStore.removeAll(prefix: prefix)
            }
        } catch {
            logger.error("sweep could not remove storage", metadata: ["key": "\(prefix)", "error": "\(error)"])
            return
        }
        logger.info("swept storage no upload or export owns", metadata: ["key": "\(prefix)", "staged": "\(staged)"])
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
