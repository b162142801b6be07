/// Decompresses Snappy's raw block format, as Parquet's SNAPPY codec stores pages.
///
/// Hand-written, like PlexeExport's `SnappyCompressor`, because no Snappy library is among the
/// allowed dependencies; the format (google/snappy, format_description.txt) is the uncompressed
/// length as a varint, then literals and back-references. The input is an uploaded file's, so
/// every length and offset is checked against both buffers before any byte moves.
enum SnappyDecompressor {
    struct Malformed: Error {}

    /// The uncompressed length the block declares.
    static func uncompressedLength(_ input: UnsafeRawBufferPointer) throws -> Int {
        var position = 0
        return try varint(input, &position)
    }

    /// Decompresses `input` into `output`, which must have exactly the declared length.
    static func decompress(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws {
        var position = 0
        let length = try varint(input, &position)
        guard length == output.count else { throw Malformed() }
        guard let src = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw Malformed() }
        let n = input.count
        guard length > 0 else {
            guard position == n else { throw Malformed() }
            return
        }
        let dst = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var out = 0
        while position < n {
            let tag = src[position]
            position += 1
            switch tag & 3 {
            case 0:  // literal
                var literal = Int(tag >> 2) + 1
                if literal > 60 {
                    let extra = literal - 60
                    guard n - position >= extra else { throw Malformed() }
                    literal = 0
                    for k in 0..<extra { literal |= Int(src[position + k]) << (8 * k) }
                    literal += 1
                    position += extra
                }
                guard n - position >= literal, length - out >= literal else { throw Malformed() }
                (dst + out).update(from: src + position, count: literal)
                position += literal
                out += literal
                continue
            case 1:
                guard position < n else { throw Malformed() }
                let copyLength = 4 + Int((tag >> 2) & 7)
                let offset = Int(tag >> 5) << 8 | Int(src[position])
                position += 1
                try copy(dst, &out, length: copyLength, offset: offset, limit: length)
            case 2:
                guard n - position >= 2 else { throw Malformed() }
                let offset = Int(src[position]) | Int(src[position + 1]) << 8
                position += 2
                try copy(dst, &out, length: Int(tag >> 2) + 1, offset: offset, limit: length)
            default:
                guard n - position >= 4 else { throw Malformed() }
                let offset = Int(src[position]) | Int(src[position + 1]) << 8 | Int(src[position + 2]) << 16 | Int(src[position + 3]) << 24
                position += 4
                try copy(dst, &out, length: Int(tag >> 2) + 1, offset: offset, limit: length)
            }
        }
        guard out == length else { throw Malformed() }
    }

    /// A back-reference: `length` bytes from `offset` bytes back; may overlap its own output
    /// (a run), so a short offset copies forward byte by byte.
    @inline(__always)
    private static func copy(_ dst: UnsafeMutablePointer<UInt8>, _ out: inout Int, length: Int, offset: Int, limit: Int) throws {
        guard offset > 0, offset <= out, limit - out >= length else { throw Malformed() }
        let from = dst + (out - offset)
        let to = dst + out
        if offset >= length {
            to.update(from: from, count: length)
        } else {
            for k in 0..<length { to[k] = from[k] }
        }
        out += length
    }

    private static func varint(_ input: UnsafeRawBufferPointer, _ position: inout Int) throws -> Int {
        var result = 0
        var shift = 0
        while position < input.count, shift <= 28 {
            let b = input[position]
            position += 1
            result |= Int(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
        throw Malformed()
    }
}
