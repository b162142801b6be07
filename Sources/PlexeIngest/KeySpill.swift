#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The uniqueness keys of one column written to a temporary file once they no longer fit in
/// memory, and the repeated keys found among them afterwards with bounded memory.
///
/// A file of millions of rows with a unique id needs more hash-set memory than the ingest may
/// take. Sorting the id column with SQL after the load would be exact too, but costs seconds per
/// million rows; writing 8 bytes per value and sorting them in memory-sized partitions costs a
/// fraction of that. The files are unlinked as soon as they are created, so nothing is left
/// behind whatever happens.
final class KeySpill {
    /// Bytes of keys held in memory at once when looking for repeats (by default).
    static let defaultSortMemory = 16 << 20
    private static let bufferKeys = 8192

    private let sortMemory: Int
    private let directory: String
    private let file: TemporaryKeyFile
    private var buffer: [UInt64] = []
    private(set) var count = 0

    /// - Parameter directory: where to put the temporary file (the upload database's folder).
    init(directory: String, sortMemory: Int = KeySpill.defaultSortMemory) throws {
        self.directory = directory
        self.sortMemory = sortMemory
        file = try TemporaryKeyFile(directory: directory)
        buffer.reserveCapacity(KeySpill.bufferKeys)
    }

    func append(_ keys: UnsafePointer<UInt64>, count n: Int) throws {
        for i in 0..<n {
            buffer.append(keys[i])
            if buffer.count == KeySpill.bufferKeys { try flush() }
        }
        count += n
    }

    func append(_ key: UInt64) throws {
        buffer.append(key)
        count += 1
        if buffer.count == KeySpill.bufferKeys { try flush() }
    }

    private func flush() throws {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Up to `limit` keys that occur more than once.
    func repeatedKeys(limit: Int) throws -> [UInt64] {
        try flush()
        let total = count
        var partitionCount = 1
        while total * 8 / partitionCount > sortMemory { partitionCount *= 2 }
        if partitionCount == 1 {
            var keys = try file.readAll(count: total)
            keys.sort()
            return KeySpill.repeats(inSorted: keys, limit: limit)
        }
        // Route each key to a partition by its top bits, then sort each partition alone.
        let shift = UInt64(64 - partitionCount.trailingZeroBitCount)
        let partitions = try (0..<partitionCount).map { _ in try TemporaryKeyFile(directory: directory) }
        var outgoing = Array(repeating: [UInt64](), count: partitionCount)
        let outgoingKeys = max(512, sortMemory / 8 / partitionCount / 2)
        try file.forEachChunk(count: total, chunkKeys: KeySpill.bufferKeys) { chunk in
            for key in chunk {
                let p = Int(truncatingIfNeeded: key >> shift)
                outgoing[p].append(key)
                if outgoing[p].count == outgoingKeys {
                    try partitions[p].write(outgoing[p])
                    outgoing[p].removeAll(keepingCapacity: true)
                }
            }
        }
        var found: [UInt64] = []
        for (p, partition) in partitions.enumerated() {
            try partition.write(outgoing[p])
            outgoing[p] = []
            var keys = try partition.readAll(count: partition.keysWritten)
            keys.sort()
            found += KeySpill.repeats(inSorted: keys, limit: limit - found.count)
            if found.count >= limit { break }
        }
        return found
    }

    private static func repeats(inSorted keys: [UInt64], limit: Int) -> [UInt64] {
        guard limit > 0 else { return [] }
        var found: [UInt64] = []
        var i = 1
        while i < keys.count && found.count < limit {
            if keys[i] == keys[i - 1] && found.last != keys[i] { found.append(keys[i]) }
            i += 1
        }
        return found
    }
}
