#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable run of bytes behind a raw pointer, for the trackers' copies of values.
///
/// A struct meant to live inside a class's pointer-held state (see `RowBatch`): appending to a
/// `[UInt8]` stored property of a class costs an exclusivity check and a uniqueness check per
/// call, which shows on a path run for every value of a file.
struct ByteArena {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Frees the storage; the arena must not be used afterwards.
    func deallocate() { base.deallocate() }

    /// Appends `bytes`, returning where they start.
    @inline(__always)
    @discardableResult
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int {
        let start = count
        let n = bytes.count
        if start + n > capacity { grow(toFit: start + n) }
        if n > 0 { memcpy(base + start, bytes.baseAddress!, n) }
        count = start + n
        return start
    }

    /// Appends a copy of `length` bytes of the arena itself, from `start`.
    mutating func appendCopy(of start: Int, _ length: Int) {
        if count + length > capacity { grow(toFit: count + length) }
        if length > 0 { memmove(base + count, base + start, length) }
        count += length
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        if count == capacity { grow(toFit: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func removeAll() { count = 0 }

    /// Forgets the bytes from `newCount` on.
    mutating func truncate(to newCount: Int) { count = min(count, newCount) }

    /// Whether the `length` bytes at `start` equal `bytes`.
    @inline(__always)
    func equals(_ start: Int, _ length: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        length == bytes.count && (length == 0 || memcmp(base + start, bytes.baseAddress!, length) == 0)
    }

    func bytes(_ start: Int, _ length: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: base + start, count: length))
    }

    private mutating func grow(toFit needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
