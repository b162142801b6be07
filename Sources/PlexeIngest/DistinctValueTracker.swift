import PlexeFoundation

/// The exact distinct texts of one column while there are at most
/// `ColumnInfo.lowCardinalityLimit` of them; it gives up at one more, or at a text longer than
/// `maxLength` (a long text is no category, and this bounds the memory per column).
///
/// Texts are compared byte for byte, so an exact repeat found here is a certain repeat of the
/// column's value whatever its final type (equal text means equal value), which lets the
/// uniqueness check settle low-cardinality columns without a second look. Storage is a few
/// fixed buffers behind pointers (no object per value, no exclusivity check per access): this
/// runs for every value of such columns.
final class DistinctValueTracker {
    static let limit = ColumnInfo.lowCardinalityLimit
    static let maxLength = 1024
    private static let tableSize = 128  // a power of two above 2 × limit

    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
    }

    private struct Storage {
        var count = 0
        var text = ByteArena(capacity: 1024)
    }

    /// Index into the entries + 1 (0 = empty), by the hash's low bits, linear probing.
    private let table: UnsafeMutablePointer<UInt8>
    private let entries: UnsafeMutablePointer<Entry>
    private let storage: UnsafeMutablePointer<Storage>

    init() {
        table = .allocate(capacity: DistinctValueTracker.tableSize)
        table.initialize(repeating: 0, count: DistinctValueTracker.tableSize)
        entries = .allocate(capacity: DistinctValueTracker.limit)
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage())
    }

    deinit {
        table.deallocate()
        entries.deallocate()
        storage.pointee.text.deallocate()
        storage.deallocate()
    }

    /// The distinct texts, in order of first appearance.
    var values: [[UInt8]] {
        (0..<storage.pointee.count).map { storage.pointee.text.bytes(entries[$0].start, entries[$0].length) }
    }

    enum Observation { case seenBefore, new, tooMany }

    @inline(__always)
    func observe(_ value: UnsafeRawBufferPointer, hash: UInt64) -> Observation {
        let mask = DistinctValueTracker.tableSize - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = Int(table[index])
            if slot == 0 { break }
            let entry = entries[slot - 1]
            if entry.hash == hash && storage.pointee.text.equals(entry.start, entry.length, value) { return .seenBefore }
            index = (index + 1) & mask
        }
        let count = storage.pointee.count
        guard count < DistinctValueTracker.limit, value.count <= DistinctValueTracker.maxLength else { return .tooMany }
        let start = storage.pointee.text.append(value)
        entries[count] = Entry(hash: hash, start: start, length: value.count)
        storage.pointee.count = count + 1
        table[index] = UInt8(count + 1)
        return .new
    }
}
