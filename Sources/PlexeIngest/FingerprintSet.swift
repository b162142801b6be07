/// An open-addressing set of 64-bit hashes (linear probing, 8 bytes a slot, load ≤ 0.75).
///
/// It answers "was a value with this hash seen before?" with no false negatives and only
/// astronomically rare false positives, which the caller confirms on the values. Hand-written
/// rather than `Set<UInt64>` to know and bound its exact memory (one allocation, charged to a
/// `MemoryBudget`) and to insert many hashes in one tight loop: a table of millions of slots
/// misses the CPU cache on nearly every probe, and only independent probes issued back to back
/// let those misses overlap (one probe per row, between parsing work, costs a full miss each).
final class FingerprintSet {
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    /// 64 - log2(capacity): the home slot is the hash's top bits.
    private var shift: UInt64
    private var count = 0
    private let budget: MemoryBudget

    private static let empty: UInt64 = 0
    private static let initialCapacity = 1024

    /// nil when even the initial table does not fit the budget.
    init?(budget: MemoryBudget) {
        guard budget.reserve(FingerprintSet.initialCapacity * 8) else { return nil }
        self.budget = budget
        capacity = FingerprintSet.initialCapacity
        shift = UInt64(64 - FingerprintSet.initialCapacity.trailingZeroBitCount)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: FingerprintSet.empty, count: capacity)
    }

    deinit {
        slots.deallocate()
        budget.release(capacity * 8)
    }

    /// The hash as stored: 0 marks an empty slot, so it is stored as 1.
    @inline(__always)
    static func normalized(_ hash: UInt64) -> UInt64 { hash == empty ? 1 : hash }

    enum BatchOutcome: Equatable {
        /// Every hash was inserted; `present` got the indexes of those already there.
        case inserted
        /// The table could not grow within the budget after inserting the first `processed`
        /// hashes; the set holds those and takes no more.
        case overBudget(processed: Int)
    }

    /// Calls `body` with every hash in the set.
    func forEach(_ body: (UInt64) throws -> Void) rethrows {
        for i in 0..<capacity where slots[i] != FingerprintSet.empty { try body(slots[i]) }
    }

    /// Inserts `hashes[0..<count]`, calling `present` with the index of each hash that was
    /// already in the set (or earlier in the same batch).
    func insert(_ hashes: UnsafePointer<UInt64>, count batchCount: Int, present: (Int) -> Void) -> BatchOutcome {
        var i = 0
        while i < batchCount {
            // Insert up to the next growth point with everything in locals.
            let room = (capacity * 3) / 4 - count
            let end = min(batchCount, i + max(0, room))
            let slots = self.slots
            let mask = capacity - 1
            let shift = self.shift
            var inserted = 0
            while i < end {
                let key = FingerprintSet.normalized(hashes[i])
                var index = Int(truncatingIfNeeded: key >> shift)
                while true {
                    let slot = slots[index]
                    if slot == key {
                        present(i)
                        break
                    }
                    if slot == FingerprintSet.empty {
                        slots[index] = key
                        inserted += 1
                        break
                    }
                    index = (index + 1) & mask
                }
                i += 1
            }
            count += inserted
            if count * 4 >= capacity * 3 {
                guard grow() else { return .overBudget(processed: i) }
            }
        }
        return .inserted
    }

    /// Rehashes into a table sized for the rows the file is expected to hold (at least double).
    private func grow() -> Bool {
        var newCapacity = capacity * 2
        let expected = budget.expectedRows * 4 / 3 + 1
        if expected > newCapacity {
            let sized = 1 << (Int.bitWidth - (expected - 1).leadingZeroBitCount)
            // Jump straight to the expected size when it fits; else settle for doubling.
            if budget.used + sized * 8 <= budget.limit { newCapacity = sized }
        }
        guard budget.reserve(newCapacity * 8) else { return false }
        let newSlots = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        newSlots.initialize(repeating: FingerprintSet.empty, count: newCapacity)
        let newShift = UInt64(64 - newCapacity.trailingZeroBitCount)
        let newMask = newCapacity - 1
        for i in 0..<capacity {
            let key = slots[i]
            if key == FingerprintSet.empty { continue }
            var index = Int(truncatingIfNeeded: key >> newShift)
            while newSlots[index] != FingerprintSet.empty { index = (index + 1) & newMask }
            newSlots[index] = key
        }
        slots.deallocate()
        budget.release(capacity * 8)
        slots = newSlots
        capacity = newCapacity
        shift = newShift
        return true
    }
}
