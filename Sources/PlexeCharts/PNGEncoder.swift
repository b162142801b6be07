import CZlib

/// Encodes an RGB image as a PNG file: signature, `IHDR`, one `IDAT`, `IEND`.
///
/// Hand-written because no package the project may use writes PNG (Foundation on Linux has no
/// image codecs, and the allowed set holds no Swift image library); the format itself is
/// small: chunks with a CRC-32, and scanlines deflated by zlib, which the project already
/// links. zlib's `compress2` produces exactly the zlib stream PNG wants and `crc32` is the CRC
/// PNG specifies, so only the framing is written here.
enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The PNG bytes of a `width` × `height` image whose `rgb` holds 3 bytes per pixel, row
    /// by row from the top.
    static func encode(rgb: [UInt8], width: Int, height: Int) -> [UInt8] {
        precondition(rgb.count == width * height * 3, "pixel buffer does not match the image size")
        var header: [UInt8] = []
        appendBigEndian(UInt32(width), to: &header)
        appendBigEndian(UInt32(height), to: &header)
        // Bit depth 8, colour type 2 (truecolour RGB), deflate, adaptive filtering, no interlace.
        header += [8, 2, 0, 0, 0]

        // Each scanline starts with its filter type. "Up" (2) turns rows that repeat the row
        // above, which is most of a chart, into zeros that deflate to almost nothing.
        let rowLength = width * 3
        var scanlines = [UInt8](repeating: 0, count: height * (rowLength + 1))
        for row in 0..<height {
            let target = row * (rowLength + 1)
            let source = row * rowLength
            scanlines[target] = 2
            for column in 0..<rowLength {
                let above = row > 0 ? rgb[source - rowLength + column] : 0
                scanlines[target + 1 + column] = rgb[source + column] &- above
            }
        }

        var file = signature
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", zlibStream(scanlines), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// `data` as a zlib stream at zlib's default level: level 9 measured two to three times
    /// slower on chart thumbnails for files only about 20 % smaller. Should zlib fail (it can
    /// only run out of memory here, the output buffer being sized by `compressBound`), the
    /// data go out in stored blocks, which every PNG reader accepts: a larger file beats no
    /// thumbnail.
    static func zlibStream(_ data: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { target in
            data.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &capacity, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { return storedZlibStream(data) }
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// `data` as a zlib stream of uncompressed ("stored") deflate blocks (RFC 1950/1951).
    static func storedZlibStream(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]  // deflate, 32 KiB window; 0x7801 is a multiple of 31
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let isFinal = offset + length == data.count
            stream.append(isFinal ? 1 : 0)
            stream += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            stream += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        let checksum = data.withUnsafeBufferPointer { adler32(adler32(0, nil, 0), $0.baseAddress, uInt($0.count)) }
        appendBigEndian(UInt32(truncatingIfNeeded: checksum), to: &stream)
        return stream
    }

    /// The CRC-32 PNG puts after each chunk (ISO 3309, as zlib computes it).
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        let value = bytes.withUnsafeBufferPointer { buffer in
            crc32(crc32(0, nil, 0), buffer.baseAddress, uInt(buffer.count))
        }
        return UInt32(truncatingIfNeeded: value)
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        appendBigEndian(UInt32(data.count), to: &file)
        let typeAndData = Array(type.utf8) + data
        file += typeAndData
        appendBigEndian(crc(typeAndData), to: &file)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
