/// 64-bit hashes of column values, for counting distinct strings and fingerprinting rows in
/// the single pass over a table.
///
/// Hand-written because Swift's `Hasher` is randomly seeded per process and works on
/// `String` values (which the scan never builds: it hashes SQLite's UTF-8 bytes in place),
/// and no hashing package is allowed. The core is MurmurHash3's 64-bit block mix with its
/// `fmix64` finaliser: every step is a bijection, so no input can collapse the state.
enum ValueHash {
    private static let c1: UInt64 = 0x87C3_7B91_1142_53D5
    private static let c2: UInt64 = 0x4CF5_AD43_2745_937F

    /// Hash of raw bytes (a TEXT value). Whole 8-byte blocks first; the tail is read with
    /// overlapping word loads rather than byte by byte (the length is mixed in, so equal
    /// tails of different strings stay apart).
    static func bytes(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let n = buffer.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: n) &* c2)
        guard n > 0, let base = buffer.baseAddress else { return fmix(h) }
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
            return fmix(h)
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
        return fmix(h)
    }

    /// Hash of a 64-bit value (an INTEGER, the bits of a REAL, a day number), salted by kind
    /// so that 1 and 1.0 differ.
    @inline(__always)
    static func word(_ value: UInt64, salt: UInt64) -> UInt64 { fmix(value ^ salt) }

    @inline(__always)
    private static func block(_ k: UInt64) -> UInt64 { rotate(k &* c1, 31) &* c2 }

    @inline(__always)
    private static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always)
    static func fmix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}

/// The running fingerprint of one row: each column's value hash folded in order, so equal
/// rows always get equal fingerprints (NULLs included). Unequal rows rarely do, and
/// `DuplicateRowCounter` re-reads the few that share a fingerprint to make the count exact.
struct RowFingerprint {
    static let nullToken: UInt64 = 0x6A09_E667_F3BC_C908
    static let integerSalt: UInt64 = 0x3C6E_F372_FE94_F82B
    static let realSalt: UInt64 = 0xA54F_F53A_5F1D_36F1
    static let daySalt: UInt64 = 0x510E_527F_ADE6_82D1

    private var state: UInt64 = 0xBB67_AE85_84CA_A73B

    @inline(__always)
    mutating func add(_ hash: UInt64) {
        let mixed = state ^ hash
        state = ((mixed << 23) | (mixed >> 41)) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1B87_3593
    }

    /// The finished fingerprint, mixed so that its top and bottom bits are both uniform
    /// (`HashDistinct` partitions by the former and probes by the latter).
    var value: UInt64 { ValueHash.fmix(state) }
}
