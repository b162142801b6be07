/// 64-bit hashes of raw bytes and 64-bit words, for the hash tables that ingest (unique and
/// distinct values), analysis (distinct counts, row fingerprints) and export (Parquet
/// dictionaries) build over values read straight from SQLite's or a file's buffers.
///
/// Hand-written because Swift's `Hasher` cannot hash a raw pointer range without building a
/// value first, costs a stateful combine per step, and is seeded per process; and no hashing
/// package is among the allowed dependencies. The core is MurmurHash3's 64-bit block mix with
/// its `fmix64` finaliser: every step is a bijection, so no input collapses the state. Every
/// user confirms a hash match on the values themselves, so quality affects speed only.
/// `@inlinable` because the callers sit in per-value loops of other modules.
public enum ByteHash {
    @usableFromInline static let c1: UInt64 = 0x87C3_7B91_1142_53D5
    @usableFromInline static let c2: UInt64 = 0x4CF5_AD43_2745_937F

    /// Hash of raw bytes. Whole 8-byte blocks first; the tail is read with overlapping word
    /// loads rather than byte by byte (the length is mixed in, so equal tails of different
    /// strings stay apart).
    @inlinable
    public static func bytes(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let n = buffer.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: n) &* c2)
        guard n > 0, let base = buffer.baseAddress else { return mix(h) }
        if n < 8 {
            let word: UInt64
            if n >= 4 {
                let first = UInt64(base.loadUnaligned(as: UInt32.self))
                let last = UInt64(base.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
                word = first << 32 | last
            } else {
                let first = UInt64(base.load(as: UInt8.self))
                let middle = UInt64(base.load(fromByteOffset: n / 2, as: UInt8.self))
                let last = UInt64(base.load(fromByteOffset: n - 1, as: UInt8.self))
                word = first << 16 | middle << 8 | last
            }
            h ^= block(word)
            return mix(h)
        }
        var offset = 0
        while offset + 8 <= n {
            h ^= block(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            h = rotate(h, 27) &* 5 &+ 0x52DC_E729
            offset += 8
        }
        if offset < n {
            h ^= block(base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) ^ 0x5851_F42D_4C95_7F2D)
        }
        return mix(h)
    }

    /// Hash of a 64-bit word (an INTEGER, the bits of a REAL, a day number). A `salt` keeps
    /// words of different kinds apart (1 and 1.0).
    @inlinable
    public static func word(_ value: UInt64, salt: UInt64 = 0) -> UInt64 { mix(value ^ salt) }

    /// MurmurHash3's `fmix64`: every input bit reaches every output bit.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    @inlinable
    static func block(_ k: UInt64) -> UInt64 { rotate(k &* c1, 31) &* c2 }

    @inlinable
    static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
}
