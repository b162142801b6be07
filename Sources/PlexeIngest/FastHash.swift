/// 64-bit hashes of field bytes and numbers for the uniqueness and distinct-value trackers.
///
/// Not `Hasher`: it is randomly seeded per process (fine) but costs a stateful combine per byte
/// run and cannot hash a raw pointer range without building a value first. Quality only affects
/// speed here: every hash match is confirmed on the values themselves before a column is said
/// to have a repeat (see `UniquenessTracker`).
enum FastHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let seed: UInt64 = 0x2545_F491_4F6C_DD1D

    /// Murmur3's 64-bit finaliser: every input bit affects every output bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Hash of a byte range, eight bytes per step.
    @inline(__always)
    static func bytes(_ value: UnsafeRawBufferPointer) -> UInt64 {
        var n = value.count
        var h = seed ^ (UInt64(truncatingIfNeeded: n) &* multiplier)
        guard var p = value.baseAddress else { return mix(h) }
        while n >= 8 {
            h = (h ^ p.loadUnaligned(as: UInt64.self)) &* multiplier
            h = (h << 29) | (h >> 35)
            p += 8
            n -= 8
        }
        if n > 0 {
            var tail: UInt64 = 0
            for k in 0..<n { tail |= UInt64(p.load(fromByteOffset: k, as: UInt8.self)) << (8 * UInt64(k)) }
            h = (h ^ tail) &* multiplier
        }
        return mix(h)
    }

    @inline(__always)
    static func integer(_ value: Int64) -> UInt64 {
        mix(UInt64(bitPattern: value) ^ 0x6A09_E667_F3BC_C909)
    }
}
