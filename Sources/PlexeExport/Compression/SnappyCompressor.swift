/// A Snappy compressor (raw block format, as Parquet's SNAPPY codec stores pages).
///
/// Hand-written because no Snappy library is among the allowed dependencies (only zlib is),
/// and Snappy is Parquet's default codec, the one pyarrow and DuckDB users expect. The format
/// (google/snappy, format_description.txt) is small: the uncompressed length as a varint, then
/// literal and copy elements. This follows the reference compressor's greedy scheme: the input
/// is cut into 64 KiB blocks (so every copy offset fits 2 bytes), a hash table maps 4-byte
/// sequences to their last position, matches are extended 8 bytes at a time, and lookups skip
/// ahead faster the longer no match is found, so incompressible data passes quickly.
final class SnappyCompressor {
    private static let blockSize = 1 << 16
    private static let hashBits = 14
    /// The compressor stops looking for matches this close to a block's end, so 4- and 8-byte
    /// loads never read past it (the reference's input margin).
    private static let inputMargin = 15

    private let table: UnsafeMutablePointer<UInt16>
    private var output: UnsafeMutablePointer<UInt8>
    private var outputCapacity: Int

    init() {
        table = .allocate(capacity: 1 << SnappyCompressor.hashBits)
        outputCapacity = 1 << 16
        output = .allocate(capacity: outputCapacity)
    }

    deinit {
        table.deallocate()
        output.deallocate()
    }

    /// The most a compressed block of `length` bytes can take.
    static func maxCompressedLength(_ length: Int) -> Int { 32 + length + length / 6 }

    /// Compresses `input`; the result is valid until the next call.
    func compress(_ input: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let needed = SnappyCompressor.maxCompressedLength(input.count)
        if needed > outputCapacity {
            output.deallocate()
            outputCapacity = needed
            output = .allocate(capacity: needed)
        }
        var out = output
        var length = UInt64(input.count)
        while length >= 0x80 {
            out.pointee = UInt8(truncatingIfNeeded: length) | 0x80
            out += 1
            length >>= 7
        }
        out.pointee = UInt8(length)
        out += 1
        if let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) {
            var start = 0
            while start < input.count {
                let blockLength = min(SnappyCompressor.blockSize, input.count - start)
                out = compressBlock(base + start, blockLength, out)
                start += blockLength
            }
        }
        return UnsafeRawBufferPointer(start: output, count: out - output)
    }

    private func compressBlock(_ input: UnsafePointer<UInt8>, _ length: Int, _ start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var out = start
        guard length >= SnappyCompressor.inputMargin else {
            return SnappyCompressor.emitLiteral(input, length, out)
        }
        // A smaller table for a small block: clearing 32 KiB per tiny page would dominate.
        var hashBits = 8
        while hashBits < SnappyCompressor.hashBits && (1 << hashBits) < length { hashBits += 1 }
        let shift = UInt32(32 - hashBits)
        table.update(repeating: 0, count: 1 << hashBits)
        @inline(__always) func load32(_ position: Int) -> UInt32 {
            UnsafeRawPointer(input + position).loadUnaligned(as: UInt32.self)
        }
        @inline(__always) func hash(_ position: Int) -> Int {
            Int((load32(position) &* 0x1E35_A7BD) >> shift)
        }

        let limit = length - SnappyCompressor.inputMargin
        var nextEmit = 0
        // Position 0 is in the table (as its zeroed entries); searching starts at 1 so that a
        // candidate is always an earlier position.
        var position = 1
        search: while true {
            var skip = 32
            var candidate = 0
            var next = position
            repeat {
                position = next
                next = position + (skip >> 5)
                skip += 1
                if next > limit { break search }
                let slot = hash(position)
                candidate = Int(table[slot])
                table[slot] = UInt16(truncatingIfNeeded: position)
            } while load32(position) != load32(candidate)

            out = SnappyCompressor.emitLiteral(input + nextEmit, position - nextEmit, out)
            // Emit the match and any immediately following ones.
            repeat {
                let matchStart = position
                let matched = 4 + SnappyCompressor.matchLength(input + candidate + 4, input + position + 4, input + length)
                position += matched
                out = SnappyCompressor.emitCopy(offset: matchStart - candidate, length: matched, out)
                nextEmit = position
                if position >= limit { break search }
                table[hash(position - 1)] = UInt16(truncatingIfNeeded: position - 1)
                let slot = hash(position)
                candidate = Int(table[slot])
                table[slot] = UInt16(truncatingIfNeeded: position)
            } while load32(position) == load32(candidate)
            position += 1
        }
        if nextEmit < length {
            out = SnappyCompressor.emitLiteral(input + nextEmit, length - nextEmit, out)
        }
        return out
    }

    /// Equal bytes from `a` and `b` onwards, `b` running up to `end` (and `a` < `b`).
    @inline(__always)
    private static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int {
        var matched = 0
        while b + matched + 8 <= end {
            let x = UnsafeRawPointer(a + matched).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(b + matched).loadUnaligned(as: UInt64.self)
            if x != y { return matched + (x ^ y).littleEndian.trailingZeroBitCount / 8 }
            matched += 8
        }
        while b + matched < end && a[matched] == b[matched] { matched += 1 }
        return matched
    }

    private static func emitLiteral(_ source: UnsafePointer<UInt8>, _ length: Int, _ start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<
        UInt8
    > {
        guard length > 0 else { return start }
        var out = start
        let n = length - 1
        if n < 60 {
            out.pointee = UInt8(n << 2)
            out += 1
        } else {
            var extraBytes = 1
            while extraBytes < 4 && n >= 1 << (8 * extraBytes) { extraBytes += 1 }
            out.pointee = UInt8((59 + extraBytes) << 2)
            out += 1
            for index in 0..<extraBytes {
                out.pointee = UInt8(truncatingIfNeeded: n >> (8 * index))
                out += 1
            }
        }
        out.update(from: source, count: length)
        return out + length
    }

    /// Copy elements for a match: 64-byte pieces with 2-byte offsets while long, the last
    /// (4…64 bytes) with a 1-byte offset when short and near enough.
    @inline(__always)
    private static func emitCopy(offset: Int, length: Int, _ start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var out = start
        var remaining = length
        while remaining >= 68 {
            out = emitCopyWithTwoByteOffset(offset: offset, length: 64, out)
            remaining -= 64
        }
        if remaining > 64 {
            // Leaves 4…7 bytes, still long enough for the 1-byte-offset form.
            out = emitCopyWithTwoByteOffset(offset: offset, length: 60, out)
            remaining -= 60
        }
        if remaining < 12 && offset < 2048 {
            out[0] = UInt8(1 | ((remaining - 4) << 2) | ((offset >> 8) << 5))
            out[1] = UInt8(truncatingIfNeeded: offset)
            return out + 2
        }
        return emitCopyWithTwoByteOffset(offset: offset, length: remaining, out)
    }

    @inline(__always)
    private static func emitCopyWithTwoByteOffset(offset: Int, length: Int, _ out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        out[0] = UInt8(2 | ((length - 1) << 2))
        out[1] = UInt8(truncatingIfNeeded: offset)
        out[2] = UInt8(truncatingIfNeeded: offset >> 8)
        return out + 3
    }
}
