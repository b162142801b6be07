/// Decides exactly whether one column has a repeated non-null value, in bounded memory.
///
/// First pass: each value's key (`ValueKey`: values equal under the column's final type have
/// equal keys) goes into a `FingerprintSet`. A column whose keys never repeat is unique. A key
/// that repeats is only a *candidate*: its text is kept (a few of them), and the load pass counts
/// the candidate's occurrences with the final type's own equality (`CandidateVerifier`). Hash
/// collisions therefore never make a column non-unique by mistake.
///
/// The set is dropped, to save memory, as soon as a repeat is certain (an exact text repeat
/// seen by the distinct-value tracker), or after `maxCandidates` candidates (the column is then
/// almost surely not unique: the load pass confirms it, else SQL settles it after the load).
/// When the set would outgrow the memory budget, its keys and all later ones go to a
/// `KeySpill` file instead, where repeated keys are found at the end of the pass and become
/// *key* candidates, verified the same way.
///
/// Keys are queued and inserted `blockSize` at a time (see `FingerprintSet` on cache misses),
/// with a copy of their texts in case one turns out to be a candidate; call `finish()` before
/// reading the outcome.
final class UniquenessTracker {
    static let maxCandidates = 8
    /// Longer candidate texts are not kept (the column then falls back to the SQL check).
    static let maxCandidateBytes = 1024
    static let blockSize = 256
    /// The queue is also flushed past this many bytes of text (memory per column stays small
    /// whatever the values' length).
    static let blockBytes = 16 * 1024

    private var seenKeys: FingerprintSet?
    private var spill: KeySpill?
    private let spillDirectory: String?
    /// Texts whose key had been seen before: possible repeats.
    private(set) var candidates: [[UInt8]] = []
    /// Keys found more than once in the spill file: possible repeats.
    private(set) var candidateKeys: [UInt64] = []
    /// A repeat is certain (no further check needed).
    private(set) var hasCertainRepeat = false
    /// Every key was checked: no candidate confirmed ⇒ unique.
    private(set) var sawEveryValue = true

    /// Keys waiting to be inserted, with their texts one after the other.
    private struct Pending {
        var count = 0
        var text = ByteArena(capacity: 2048)
        /// Texts are only needed while keys go to the in-memory set.
        var keepsText = true
    }

    private let pendingKeys: UnsafeMutablePointer<UInt64>
    private let pendingStarts: UnsafeMutablePointer<Int>
    private let pending: UnsafeMutablePointer<Pending>

    /// - Parameter budget: shared by all columns; its `spillDirectory` (if any) takes the keys
    ///   that do not fit.
    init(budget: MemoryBudget) {
        seenKeys = FingerprintSet(budget: budget)
        spillDirectory = budget.spillDirectory
        pendingKeys = .allocate(capacity: UniquenessTracker.blockSize)
        pendingStarts = .allocate(capacity: UniquenessTracker.blockSize + 1)
        pending = .allocate(capacity: 1)
        pending.initialize(to: Pending())
        if seenKeys == nil { startSpilling(from: nil, keysFrom: 0) }
    }

    deinit {
        pendingKeys.deallocate()
        pendingStarts.deallocate()
        pending.pointee.text.deallocate()
        pending.deallocate()
    }

    /// Still looking at values.
    var isTracking: Bool { seenKeys != nil || spill != nil }

    /// Queues one value's key; returns whether the column is still tracked afterwards.
    @inline(__always)
    func observe(_ value: UnsafeRawBufferPointer, key: UInt64) -> Bool {
        let n = pending.pointee.count
        pendingKeys[n] = FingerprintSet.normalized(key)
        if pending.pointee.keepsText {
            // A text too long to become a candidate is not kept (a negative mark stands in).
            pendingStarts[n] =
                value.count <= UniquenessTracker.maxCandidateBytes
                ? pending.pointee.text.append(value) : -1 - pending.pointee.text.count
        }
        pending.pointee.count = n + 1
        if n + 1 == UniquenessTracker.blockSize || pending.pointee.text.count >= UniquenessTracker.blockBytes {
            flush()
            return isTracking
        }
        return true
    }

    /// Inserts (or spills) the queued keys.
    func flush() {
        let count = pending.pointee.count
        defer {
            pending.pointee.count = 0
            pending.pointee.text.removeAll()
        }
        guard count > 0 else { return }
        if let spill {
            do { try spill.append(pendingKeys, count: count) } catch { stopTracking() }
            return
        }
        guard let seenKeys else { return }
        pendingStarts[count] = pending.pointee.text.count
        var stop = false
        let outcome = seenKeys.insert(pendingKeys, count: count) { index in
            guard !stop else { return }
            let start = pendingStarts[index]
            guard start >= 0 else {
                stop = true
                return
            }  // too long to keep: leave it to SQL
            let next = pendingStarts[index + 1]
            let end = next >= 0 ? next : -1 - next
            candidates.append(pending.pointee.text.bytes(start, end - start))
            if candidates.count == UniquenessTracker.maxCandidates { stop = true }
        }
        if stop {
            stopTracking()
        } else if case .overBudget(let processed) = outcome {
            startSpilling(from: seenKeys, keysFrom: processed)
        }
    }

    /// Ends the first pass: flushes, and looks for repeated keys in the spill file.
    func finish() {
        flush()
        guard let spill else { return }
        do {
            candidateKeys = try spill.repeatedKeys(limit: UniquenessTracker.maxCandidates)
            // Only some repeated keys will be verified: the others are left to SQL.
            if candidateKeys.count == UniquenessTracker.maxCandidates { sawEveryValue = false }
        } catch {
            sawEveryValue = false
        }
        self.spill = nil
    }

    /// An exact repeat was seen: the column is not unique.
    func recordCertainRepeat() {
        hasCertainRepeat = true
        seenKeys = nil
        spill = nil
        pending.pointee.count = 0
        pending.pointee.text.removeAll()
    }

    /// Moves the set's keys and the queued ones from `keysFrom` on to a spill file; without a
    /// spill directory (or on an I/O error) the column is left to the SQL check.
    private func startSpilling(from set: FingerprintSet?, keysFrom: Int) {
        seenKeys = nil
        guard let spillDirectory else {
            stopTracking()
            return
        }
        do {
            let spill = try KeySpill(directory: spillDirectory)
            try set?.forEach { try spill.append($0) }
            let count = pending.pointee.count
            if count > keysFrom { try spill.append(pendingKeys + keysFrom, count: count - keysFrom) }
            self.spill = spill
            pending.pointee.keepsText = false
        } catch {
            stopTracking()
        }
    }

    private func stopTracking() {
        seenKeys = nil
        spill = nil
        sawEveryValue = false
    }
}
