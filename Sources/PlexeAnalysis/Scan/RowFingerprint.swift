import PlexeFoundation

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
    var value: UInt64 { ByteHash.mix(state) }
}
