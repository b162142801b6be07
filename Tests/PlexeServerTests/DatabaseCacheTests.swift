import Foundation
import Synchronization
import Testing

@testable import PlexeServer

/// The node-local cache of upload databases: the budget and the LRU order, pins, versions
/// replacing each other, one fetch for concurrent readers, and a restart keeping the copies.
@Suite struct DatabaseCacheTests {
    func directory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
    }

    /// A fetch that writes `size` bytes of `byte`, counting its calls.
    final class Fetcher: Sendable {
        let calls = Atomic<Int>(0)
        func fetch(size: Int, byte: UInt8 = 1, delay: UInt32 = 0) -> (String) throws -> Void {
            { path in
                self.calls.add(1, ordering: .relaxed)
                if delay > 0 { usleep(delay) }
                guard FileManager.default.createFile(atPath: path, contents: Data(repeating: byte, count: size)) else {
                    throw StorageFailure("cannot write \(path)")
                }
            }
        }
    }

    func contents(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    @Test func theLeastRecentlyUsedCopiesGoWhenTheBudgetIsPassed() throws {
        let evicted = Mutex<[String]>([])
        let cache = try DatabaseCache(directory: directory(), budgetBytes: 250) { path in evicted.withLock { $0.append(path) } }
        let fetcher = Fetcher()
        func read(_ upload: String) throws -> String {
            try cache.withDatabase(uploadID: upload, version: "1-a", fetch: fetcher.fetch(size: 100)) { $0 }
        }
        let a = try read("upload_a")
        let b = try read("upload_b")
        _ = try read("upload_a")  // a is now more recent than b
        let c = try read("upload_c")  // 300 bytes > 250: b goes
        #expect(evicted.withLock { $0 } == [b])
        #expect(FileManager.default.fileExists(atPath: a) && FileManager.default.fileExists(atPath: c))
        #expect(!FileManager.default.fileExists(atPath: b))
        #expect(fetcher.calls.load(ordering: .relaxed) == 3)
        let statistics = cache.statistics
        #expect(statistics.hits == 1 && statistics.misses == 3 && statistics.bytes == 200 && statistics.copies == 2)
    }

    @Test func aCopyInUseIsNeverEvicted() throws {
        let cache = try DatabaseCache(directory: directory(), budgetBytes: 150)
        let fetcher = Fetcher()
        try cache.withDatabase(uploadID: "upload_a", version: "1-a", fetch: fetcher.fetch(size: 100)) { a in
            // b does not fit beside a, and a is pinned: b itself goes as soon as it is unpinned.
            let b = try cache.withDatabase(uploadID: "upload_b", version: "1-a", fetch: fetcher.fetch(size: 100)) { b in
                #expect(FileManager.default.fileExists(atPath: b))
                return b
            }
            #expect(FileManager.default.fileExists(atPath: a))
            #expect(!FileManager.default.fileExists(atPath: b))
        }
        // Unpinned and alone within the budget: a stays.
        #expect(cache.statistics.copies == 1)
    }

    @Test func aNewVersionReplacesTheOldOnceItsReadersAreDone() throws {
        let dir = directory()
        let cache = try DatabaseCache(directory: dir, budgetBytes: 1 << 20)
        let fetcher = Fetcher()
        try cache.withDatabase(uploadID: "upload_a", version: "1-old", fetch: fetcher.fetch(size: 10, byte: 1)) { old in
            let new = try cache.withDatabase(uploadID: "upload_a", version: "2-new", fetch: fetcher.fetch(size: 10, byte: 2)) { $0 }
            // The reader of the old version keeps its file until it is done.
            #expect(contents(old) == [UInt8](repeating: 1, count: 10))
            #expect(contents(new) == [UInt8](repeating: 2, count: 10))
            #expect(cache.paths(uploadID: "upload_a").count == 2)
        }
        #expect(cache.paths(uploadID: "upload_a") == [dir + "/upload_a.2-new.sqlite"])
        #expect(!FileManager.default.fileExists(atPath: dir + "/upload_a.1-old.sqlite"))
        // A database the node built itself arrives by rename and retires the fetched one at once.
        let built = dir + "/../built-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: built, contents: Data([3, 3]))
        try cache.insert(uploadID: "upload_a", version: "3-built", builtAt: built)
        #expect(cache.paths(uploadID: "upload_a") == [dir + "/upload_a.3-built.sqlite"])
        #expect(try cache.withDatabase(uploadID: "upload_a", version: "3-built", fetch: fetcher.fetch(size: 1)) { contents($0) } == [3, 3])
        #expect(fetcher.calls.load(ordering: .relaxed) == 2)
        cache.remove(uploadID: "upload_a")
        #expect(cache.paths(uploadID: "upload_a").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func concurrentReadersShareOneFetch() throws {
        let cache = try DatabaseCache(directory: directory(), budgetBytes: 1 << 20)
        let fetcher = Fetcher()
        let sizes = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let size = try? cache.withDatabase(uploadID: "upload_a", version: "1-a", fetch: fetcher.fetch(size: 4096, delay: 200_000)) { path in
                contents(path).count
            }
            sizes.withLock { $0.append(size ?? -1) }
        }
        #expect(fetcher.calls.load(ordering: .relaxed) == 1)
        #expect(sizes.withLock { $0 } == [Int](repeating: 4096, count: 8))
    }

    @Test func aFailedFetchLeavesNothingUnderTheName() throws {
        let dir = directory()
        let cache = try DatabaseCache(directory: dir, budgetBytes: 1 << 20)
        let interrupted: (String) throws -> Void = { path in
            FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3]))
            throw StorageFailure("the connection dropped")
        }
        #expect(throws: StorageFailure.self) {
            try cache.withDatabase(uploadID: "upload_a", version: "1-a", fetch: interrupted) { _ in () }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        // The next reader fetches again.
        let fetcher = Fetcher()
        _ = try cache.withDatabase(uploadID: "upload_a", version: "1-a", fetch: fetcher.fetch(size: 5)) { $0 }
        #expect(fetcher.calls.load(ordering: .relaxed) == 1)
    }

    @Test func aRestartKeepsTheCopiesAndDropsUnfinishedFetches() throws {
        let dir = directory()
        let fetcher = Fetcher()
        do {
            let cache = try DatabaseCache(directory: dir, budgetBytes: 1 << 20)
            _ = try cache.withDatabase(uploadID: "upload_a", version: "1-a", fetch: fetcher.fetch(size: 100)) { $0 }
        }
        FileManager.default.createFile(atPath: dir + "/.fetch-interrupted", contents: Data([1]))
        let restarted = try DatabaseCache(directory: dir, budgetBytes: 1 << 20)
        _ = try restarted.withDatabase(uploadID: "upload_a", version: "1-a", fetch: fetcher.fetch(size: 100)) { $0 }
        #expect(fetcher.calls.load(ordering: .relaxed) == 1)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.fetch-interrupted"))
        // A smaller budget at start evicts down to it.
        let smaller = try DatabaseCache(directory: dir, budgetBytes: 50)
        #expect(smaller.statistics.copies == 0)
    }
}
