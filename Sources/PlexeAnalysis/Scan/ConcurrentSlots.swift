/// One result slot per task of a `DispatchQueue.concurrentPerform`.
///
/// Each slot is written by exactly one task and read only after `concurrentPerform` has
/// returned (which orders the writes before the reads), so no two threads ever touch the same
/// memory at once: that is why the unchecked sendability is sound. A Swift array could not
/// serve: mutating different elements of one array from several threads is a data race on
/// the array itself.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ index: Int, _ value: Value) { slots[index] = value }

    /// Moves the value out (the slot no longer keeps its memory alive).
    func take(_ index: Int) -> Value? {
        defer { slots[index] = nil }
        return slots[index]
    }
}
