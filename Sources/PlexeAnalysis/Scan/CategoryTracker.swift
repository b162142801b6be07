import Foundation

/// Counts the distinct values of a string column while there are at most
/// `CategoryCounts.distinctLimit` of them, keyed by the raw UTF-8 bytes SQLite hands out.
///
/// A `[String: Int]` would build a `String` per row (millions of allocations); a fixed
/// 128-slot open-addressing table on the precomputed hash with a byte comparison on hit keeps
/// the per-row cost at a probe and a `memcmp`. With at most 50 entries in 128 slots every
/// probe sequence is short and ends.
struct CategoryTracker {
    static let limit = CategoryCounts.distinctLimit
    private static let slotMask = 127

    private(set) var values: [[UInt8]] = []
    private(set) var counts: [Int] = []
    private var hashes: [UInt64] = []
    private var slots = [Int16](repeating: -1, count: 128)

    var distinctCount: Int { values.count }

    /// Counts one occurrence and answers the value's entry index, or nil when the value would
    /// be one distinct value too many (the tracker is then abandoned by its owner).
    @inline(__always)
    mutating func record(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Int? {
        record(bytes, hash: hash, occurrences: 1)
    }

    /// Counts `occurrences` of a value at once (merging another tracker).
    @inline(__always)
    mutating func record(_ bytes: UnsafeRawBufferPointer, hash: UInt64, occurrences: Int) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & Self.slotMask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if hashes[entry] == hash, Self.equal(values[entry], bytes) {
                counts[entry] += occurrences
                return entry
            }
            slot = (slot + 1) & Self.slotMask
        }
        guard values.count < Self.limit else { return nil }
        let entry = values.count
        values.append(Array(bytes))
        counts.append(occurrences)
        hashes.append(hash)
        slots[slot] = Int16(entry)
        return entry
    }

    /// Every counted occurrence as its hash: the multiset a distinct count continues from
    /// once the column turns out to have more values than the tracker keeps.
    func expandedHashes(reservingCapacity capacity: Int) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(capacity)
        for (hash, count) in zip(hashes, counts) {
            result.append(contentsOf: repeatElement(hash, count: count))
        }
        return result
    }

    /// Adds every value counted by `other` (read from another part of the same table).
    /// Answers, for each of `other`'s entries, its index here, or nil when the union has
    /// more distinct values than a tracker keeps.
    mutating func merge(_ other: CategoryTracker) -> [Int]? {
        var mapping: [Int] = []
        mapping.reserveCapacity(other.values.count)
        for entry in other.values.indices {
            let index = other.values[entry].withUnsafeBytes {
                record($0, hash: other.hashes[entry], occurrences: other.counts[entry])
            }
            guard let index else { return nil }
            mapping.append(index)
        }
        return mapping
    }

    /// (value, count) for every distinct value, values decoded as UTF-8.
    var entries: [CategoryCounts.Entry] {
        zip(values, counts).map { CategoryCounts.Entry(value: String(decoding: $0, as: UTF8.self), count: $1) }
    }

    private static func equal(_ stored: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard stored.count == bytes.count else { return false }
        guard let other = bytes.baseAddress, !stored.isEmpty else { return true }
        return stored.withUnsafeBytes { memcmp($0.baseAddress!, other, bytes.count) == 0 }
    }
}
