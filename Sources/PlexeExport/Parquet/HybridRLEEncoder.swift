/// Parquet's RLE / bit-packing hybrid encoding (Encodings.md, "Run Length Encoding /
/// Bit-Packing Hybrid"), used for definition levels (bit width 1) and dictionary indices.
///
/// A run of at least 8 equal values becomes an RLE run (`count << 1` varint, then the value
/// in ⌈width/8⌉ little-endian bytes); everything else is bit-packed in groups of 8 values
/// (`groups << 1 | 1` varint, then the values packed LSB first). Only the final group of the
/// data may be padded, which the spec allows because readers know the value count.
enum HybridRLEEncoder {
    /// Bit-packed runs are capped at 63 groups so their header fits one byte, as other
    /// writers do; longer literal stretches simply become several runs.
    private static let maxGroupsPerLiteralRun = 63

    /// Appends the encoding of `values` (each < 2^bitWidth, 1 ≤ bitWidth ≤ 32) to `out`.
    static func encode<Value: FixedWidthInteger & UnsignedInteger>(_ values: UnsafeBufferPointer<Value>, bitWidth: Int, into out: inout [UInt8]) {
        let count = values.count
        var index = 0
        while index < count {
            let run = runLength(values, at: index)
            if run >= 8 {
                appendVarint(UInt64(run) << 1, to: &out)
                var value = UInt64(values[index])
                for _ in 0..<((bitWidth + 7) / 8) {
                    out.append(UInt8(truncatingIfNeeded: value))
                    value >>= 8
                }
                index += run
                continue
            }
            // Literal stretch: whole groups of 8 until a group would start a long run.
            var end = index
            var groups = 0
            repeat {
                end += 8
                groups += 1
            } while end < count && groups < maxGroupsPerLiteralRun && runLength(values, at: end) < 8
            appendVarint(UInt64(groups << 1 | 1), to: &out)
            bitPack(values, from: index, groups: groups, bitWidth: bitWidth, into: &out)
            index = end
        }
    }

    /// Appends the 4-byte little-endian length prefix and the encoding, the form a v1 data
    /// page uses for its definition levels.
    static func encodeLengthPrefixed(_ values: UnsafeBufferPointer<UInt8>, bitWidth: Int, into out: inout [UInt8]) {
        let lengthOffset = out.count
        out.append(contentsOf: [0, 0, 0, 0])
        encode(values, bitWidth: bitWidth, into: &out)
        let length = UInt32(out.count - lengthOffset - 4)
        for shift in 0..<4 { out[lengthOffset + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift)) }
    }

    /// The length-prefixed encoding of `count` copies of a 1-bit `value`: a single RLE run.
    static func encodeLengthPrefixedRun(of value: UInt8, count: Int, into out: inout [UInt8]) {
        var run: [UInt8] = []
        appendVarint(UInt64(count) << 1, to: &run)
        run.append(value)
        let length = UInt32(run.count)
        withUnsafeBytes(of: length.littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: run)
    }

    /// Bits needed for values up to `maxValue` (at least 1: a width of 0 is legal but not
    /// every reader takes it).
    static func bitWidth(forMaxValue maxValue: UInt64) -> Int {
        max(1, 64 - maxValue.leadingZeroBitCount)
    }

    /// How many values from `start` equal `values[start]`, counting at most far enough to
    /// decide (a run is only ever taken whole, so it is counted to its end).
    @inline(__always)
    private static func runLength<Value: FixedWidthInteger>(_ values: UnsafeBufferPointer<Value>, at start: Int) -> Int {
        let first = values[start]
        var end = start + 1
        while end < values.count && values[end] == first { end += 1 }
        return end - start
    }

    /// Packs `groups` × 8 values from `start`, LSB first; positions past the end are zeros.
    private static func bitPack<Value: FixedWidthInteger & UnsignedInteger>(
        _ values: UnsafeBufferPointer<Value>, from start: Int, groups: Int,
        bitWidth: Int, into out: inout [UInt8]
    ) {
        let end = start + groups * 8
        var accumulator: UInt64 = 0
        var pendingBits = 0
        for position in start..<end {
            let value = position < values.count ? UInt64(values[position]) : 0
            accumulator |= value << UInt64(pendingBits)
            pendingBits += bitWidth
            while pendingBits >= 8 {
                out.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                pendingBits -= 8
            }
        }
        // 8 values × width bits is a whole number of bytes: nothing is left over.
    }

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}
