/// Eight-bytes-at-a-time tests ("SIMD within a register") for the parsers' scanning loops:
/// each returns the high bit of every matching byte of a little-endian word and no other bit,
/// so `trailingZeroBitCount / 8` is the index of the first match.
///
/// Plain integer arithmetic rather than `SIMD16<UInt8>`: it compiles to a handful of ALU
/// instructions on every target, with no dependence on vector codegen.
enum SWAR {
    static let everyByte: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// `byte` repeated in every byte of a word.
    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* everyByte }

    /// Bytes of `word` equal to the byte broadcast in `pattern` (exact: no borrow between bytes).
    @inline(__always)
    static func equal(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// Bytes of `word` below 0x20 (ASCII control characters).
    @inline(__always)
    static func control(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ 0x6060_6060_6060_6060) | word) & high
    }
}
