import Foundation

/// A node's local copies of published upload databases (`$PLEXE_HOME/cache`), within a byte
/// budget (`PLEXE_CACHE_BYTES`), least recently used evicted first.
///
/// Each copy is named by upload and version (`upload_x.1733390000-9f2c….sqlite`) and is
/// never written after it appears: a fetch streams into a hidden `.fetch-…` file and renames
/// it into place, so a reader sees a whole database or none. A new version of an upload is a
/// new name; from then on the older copies are removed as soon as no reader holds them
/// (connections already open keep reading the old file until they close).
///
/// A copy in use (`withDatabase`) is pinned and never evicted; eviction first closes the
/// query engine's pooled connections on it (`onEvict`). One fetch per copy at a time: other
/// readers of the same copy wait for it instead of fetching it again. A database larger than
/// the whole budget is still served (it is evicted as soon as it is unpinned).
final class DatabaseCache: @unchecked Sendable {
    struct Entry {
        var uploadID: String
        var size: Int64
        var lastUse: UInt64
        var pins = 0
        /// A newer version of the upload arrived: removed once unpinned.
        var retired = false
    }

    let directory: String
    let budgetBytes: Int64
    private let onEvict: @Sendable (String) -> Void
    /// Guards everything below; waiters for a fetch in flight wait on it.
    private let condition = NSCondition()
    private var entries: [String: Entry] = [:]
    private var fetching: Set<String> = []
    private var clock: UInt64 = 0
    private var counters = (hits: 0, misses: 0)

    /// Takes over the copies a previous run left (oldest first in the LRU order, by
    /// modification time) and removes unfinished fetches.
    init(directory: String, budgetBytes: Int64, onEvict: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.directory = directory
        self.budgetBytes = budgetBytes
        self.onEvict = onEvict
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var found: [(name: String, uploadID: String, size: Int64, modified: Int)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let path = directory + "/" + name
            guard let parts = Self.parse(name) else {
                if name.hasPrefix(".fetch-") { unlink(path) }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            found.append((name, parts.uploadID, Int64(info.st_size), info.st_mtim.tv_sec))
        }
        for item in found.sorted(by: { ($0.modified, $0.name) < ($1.modified, $1.name) }) {
            clock += 1
            entries[item.name] = Entry(uploadID: item.uploadID, size: item.size, lastUse: clock)
        }
        condition.lock()
        evictOverBudget()
        condition.unlock()
    }

    static func fileName(uploadID: String, version: String) -> String { uploadID + "." + version + ".sqlite" }

    /// `upload_x.VERSION.sqlite` → its parts; nil for any other name.
    static func parse(_ name: String) -> (uploadID: String, version: String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].hasPrefix("upload_"), !parts[1].isEmpty, parts[2] == "sqlite" else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    func path(uploadID: String, version: String) -> String { directory + "/" + Self.fileName(uploadID: uploadID, version: version) }

    /// `body` with the local path of the copy, fetched first (by `fetch`, into the path it is
    /// given) when this node has none. The copy stays pinned while `body` runs.
    func withDatabase<T>(uploadID: String, version: String, fetch: (String) throws -> Void, _ body: (String) throws -> T) throws -> T {
        let name = Self.fileName(uploadID: uploadID, version: version)
        try pin(name, uploadID: uploadID, fetch: fetch)
        defer { unpin(name) }
        return try body(directory + "/" + name)
    }

    /// Moves a database this node built into the cache as the upload's `version` (no fetch
    /// needed for the node that published it).
    func insert(uploadID: String, version: String, builtAt path: String) throws {
        let name = Self.fileName(uploadID: uploadID, version: version)
        var info = stat()
        guard stat(path, &info) == 0 else { throw StorageFailure("cannot read \(path): \(String(cString: strerror(errno)))") }
        guard rename(path, directory + "/" + name) == 0 else {
            throw StorageFailure("cannot move \(path) into the cache: \(String(cString: strerror(errno)))")
        }
        condition.lock()
        defer { condition.unlock() }
        clock += 1
        entries[name] = Entry(uploadID: uploadID, size: Int64(info.st_size), lastUse: clock)
        retireOthers(of: uploadID, keeping: name)
        evictOverBudget()
    }

    /// Forgets every copy of an upload (deleted): removed now, or when its readers finish.
    func remove(uploadID: String) {
        condition.lock()
        defer { condition.unlock() }
        retireOthers(of: uploadID, keeping: nil)
    }

    /// The copies of an upload this node holds.
    func paths(uploadID: String) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        return entries.filter { $0.value.uploadID == uploadID }.keys.sorted().map { directory + "/" + $0 }
    }

    /// Hits and misses since start, and the bytes held (for tests and the log).
    var statistics: (hits: Int, misses: Int, bytes: Int64, copies: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (counters.hits, counters.misses, entries.values.reduce(0) { $0 + $1.size }, entries.count)
    }

    // MARK: Pins, fetches, eviction (`condition` held unless said otherwise)

    private func pin(_ name: String, uploadID: String, fetch: (String) throws -> Void) throws {
        condition.lock()
        while true {
            if var entry = entries[name] {
                clock += 1
                entry.pins += 1
                entry.lastUse = clock
                entries[name] = entry
                counters.hits += 1
                condition.unlock()
                return
            }
            guard fetching.contains(name) else { break }
            condition.wait()
        }
        fetching.insert(name)
        counters.misses += 1
        condition.unlock()

        // Without the lock: the transfer may take seconds, and other copies stay usable.
        let temporary = directory + "/.fetch-" + UUID().uuidString
        var size: Int64 = 0
        do {
            try fetch(temporary)
            var info = stat()
            guard stat(temporary, &info) == 0 else { throw StorageFailure("the fetched database \(name) is missing") }
            size = Int64(info.st_size)
            guard rename(temporary, directory + "/" + name) == 0 else {
                throw StorageFailure("cannot move the fetched \(name) into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            condition.lock()
            fetching.remove(name)
            condition.broadcast()
            condition.unlock()
            throw error
        }
        condition.lock()
        fetching.remove(name)
        clock += 1
        entries[name] = Entry(uploadID: uploadID, size: size, lastUse: clock, pins: 1)
        retireOthers(of: uploadID, keeping: name)
        evictOverBudget()
        condition.broadcast()
        condition.unlock()
    }

    private func unpin(_ name: String) {
        condition.lock()
        defer { condition.unlock() }
        guard var entry = entries[name] else { return }
        entry.pins -= 1
        entries[name] = entry
        if entry.pins == 0 && entry.retired {
            drop(name)
        } else {
            evictOverBudget()
        }
    }

    /// Removes the upload's other copies now, or marks them to go when their readers finish.
    private func retireOthers(of uploadID: String, keeping kept: String?) {
        for (name, entry) in entries where entry.uploadID == uploadID && name != kept {
            if entry.pins == 0 {
                drop(name)
            } else {
                entries[name]?.retired = true
            }
        }
    }

    private func evictOverBudget() {
        var total = entries.values.reduce(0) { $0 + $1.size }
        while total > budgetBytes {
            guard let victim = entries.filter({ $0.value.pins == 0 }).min(by: { $0.value.lastUse < $1.value.lastUse }) else { return }
            total -= victim.value.size
            drop(victim.key)
        }
    }

    private func drop(_ name: String) {
        entries.removeValue(forKey: name)
        let path = directory + "/" + name
        onEvict(path)
        unlink(path)
    }
}
