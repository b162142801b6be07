/// Decodes Parquet's RLE / bit-packing hybrid (Encodings.md, "RLE"): definition levels,
/// dictionary indices and RLE booleans.
///
/// Runs are a ULEB128 header, then either a repeated value (header's low bit 0; the value in
/// ⌈bitWidth/8⌉ little-endian bytes) or groups of 8 values packed LSB first (low bit 1). Every
/// read is checked against the buffer (the bytes come from an uploaded file); a bit-packed run
/// cut short by the end of the data yields only the values it holds, as the reference readers
/// do for the final run.
struct HybridRLEDecoder {
    struct Malformed: Error {}

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var position = 0
    let bitWidth: Int
    private let mask: UInt64

    private var remainingInRun = 0
    private var isRepeatedRun = false
    private var repeatedValue: UInt32 = 0
    /// Bit-packed run: where its bytes start, and the next value's index in it.
    private var packedStart = 0
    private var packedIndex = 0

    init(_ bytes: UnsafeRawBufferPointer, bitWidth: Int) throws {
        guard bitWidth >= 0, bitWidth <= 32 else { throw Malformed() }
        // An empty buffer is fine as long as nothing is read from it.
        base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(bitPattern: 1)!
        end = bytes.count
        self.bitWidth = bitWidth
        mask = bitWidth == 0 ? 0 : (UInt64(1) << UInt64(bitWidth)) - 1
    }

    /// Decodes the next `count` values into `out`.
    /// - Throws: `Malformed` when the data ends first.
    mutating func next(_ count: Int, into out: UnsafeMutablePointer<UInt32>) throws {
        var filled = 0
        while filled < count {
            if remainingInRun == 0 { try startRun() }
            let take = min(remainingInRun, count - filled)
            if isRepeatedRun {
                (out + filled).update(repeating: repeatedValue, count: take)
            } else {
                for k in 0..<take { out[filled + k] = unpack(packedIndex + k) }
                packedIndex += take
            }
            remainingInRun -= take
            filled += take
        }
    }

    /// Skips `count` values.
    mutating func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            if remainingInRun == 0 { try startRun() }
            let take = min(remainingInRun, left)
            if !isRepeatedRun { packedIndex += take }
            remainingInRun -= take
            left -= take
        }
    }

    private mutating func startRun() throws {
        var header: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw Malformed() }
            let b = base[position]
            position += 1
            header |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
        }
        if header & 1 == 0 {
            let runLength = header >> 1
            let valueBytes = (bitWidth + 7) / 8
            guard runLength > 0, runLength <= UInt64(Int32.max), end - position >= valueBytes else { throw Malformed() }
            var value: UInt32 = 0
            for k in 0..<valueBytes { value |= UInt32(base[position + k]) << UInt32(8 * k) }
            position += valueBytes
            isRepeatedRun = true
            repeatedValue = value
            remainingInRun = Int(runLength)
        } else {
            let groups = header >> 1
            guard groups > 0, groups <= UInt64(Int32.max / 8) else { throw Malformed() }
            let declaredBytes = Int(groups) * bitWidth
            let availableBytes = min(declaredBytes, end - position)
            let values = bitWidth == 0 ? Int(groups) * 8 : min(Int(groups) * 8, availableBytes * 8 / bitWidth)
            guard values > 0 else { throw Malformed() }
            isRepeatedRun = false
            packedStart = position
            packedIndex = 0
            remainingInRun = values
            position += availableBytes
        }
    }

    /// Value `index` of the current bit-packed run (known to lie within the buffer).
    @inline(__always)
    private func unpack(_ index: Int) -> UInt32 {
        guard bitWidth > 0 else { return 0 }
        let bit = index * bitWidth
        let byte = packedStart + bit >> 3
        let shift = UInt64(bit & 7)
        var word: UInt64
        if end - byte >= 8 {
            word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self).littleEndian
        } else {
            word = 0
            for k in 0..<(end - byte) { word |= UInt64(base[byte + k]) << UInt64(8 * k) }
        }
        return UInt32(truncatingIfNeeded: (word >> shift) & mask)
    }
}
