import CZlib
import CZstd

/// Undoes a column chunk's codec on its pages: SNAPPY (hand-written, `SnappyDecompressor`),
/// GZIP (zlib), ZSTD (libzstd), LZ4_RAW (hand-written, the block format is tiny; it is what
/// pyarrow's `compression="lz4"` writes) or none. One per column reader; zlib's and zstd's
/// contexts are created once and reset per page.
final class ParquetPageDecompressor {
    private var zlibStream: UnsafeMutablePointer<z_stream>?
    private var zstdContext: OpaquePointer?

    init() {}

    deinit {
        if let zlibStream {
            inflateEnd(zlibStream)
            zlibStream.deinitialize(count: 1)
            zlibStream.deallocate()
        }
        if let zstdContext { ZSTD_freeDCtx(zstdContext) }
    }

    /// The codec's name for messages, or nil when this reader handles it.
    static func unsupportedName(_ codec: Int32) -> String? {
        switch ParquetFileMetadata.Codec(rawValue: codec) {
        case .uncompressed?, .snappy?, .gzip?, .zstd?, .lz4Raw?: return nil
        case .lzo?: return "LZO"
        case .brotli?: return "BROTLI"
        case .lz4?: return "LZ4 (the deprecated Hadoop framing)"
        case nil: return "codec \(codec)"
        }
    }

    /// Decompresses one page body into `output` (exactly the page's uncompressed size).
    /// - Throws: `IngestError` when the bytes do not decompress to that size.
    func decompress(_ input: UnsafeRawBufferPointer, codec: Int32, into output: UnsafeMutableRawBufferPointer) throws {
        let ok: Bool
        switch ParquetFileMetadata.Codec(rawValue: codec) {
        case .uncompressed?:
            ok = input.count == output.count
            if ok, output.count > 0 { output.baseAddress!.copyMemory(from: input.baseAddress!, byteCount: input.count) }
        case .snappy?:
            ok = (try? SnappyDecompressor.decompress(input, into: output)) != nil
        case .gzip?:
            ok = try inflate(input, into: output)
        case .zstd?:
            ok = zstd(input, into: output)
        case .lz4Raw?:
            ok = ParquetPageDecompressor.lz4Block(input, into: output)
        default:
            throw ParquetFileMetadata.unsupported(
                "the Parquet file is compressed with \(ParquetPageDecompressor.unsupportedName(codec) ?? "an unknown codec"), which cannot be read; write it with SNAPPY, GZIP, ZSTD, LZ4 or no compression"
            )
        }
        guard ok else { throw ParquetFileMetadata.damaged("a page does not decompress to its declared size") }
    }

    /// gzip (or zlib) framing, as Parquet's GZIP codec means; concatenated members are read on.
    private func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws -> Bool {
        let stream: UnsafeMutablePointer<z_stream>
        if let existing = zlibStream {
            stream = existing
            guard inflateReset(stream) == Z_OK else { return false }
        } else {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            // 15 + 32: a 32 KiB window, with the gzip or zlib header detected.
            guard inflateInit2_(stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                stream.deinitialize(count: 1)
                stream.deallocate()
                throw IngestError(line: 0, message: "cannot start zlib")
            }
            zlibStream = stream
        }
        guard input.count > 0 else { return output.count == 0 }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        var produced = 0
        while true {
            stream.pointee.next_out = output.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + produced }
            stream.pointee.avail_out = uInt(output.count - produced)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            produced = output.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                // Another member may follow (some writers concatenate them).
                if stream.pointee.avail_in > 0 && produced < output.count {
                    guard inflateReset(stream) == Z_OK else { return false }
                    continue
                }
                return produced == output.count
            case Z_OK:
                continue  // progress was made; zlib says when it cannot make more
            default:
                return false
            }
        }
    }

    private func zstd(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Bool {
        if zstdContext == nil { zstdContext = ZSTD_createDCtx() }
        guard let context = zstdContext, let source = input.baseAddress else { return output.count == 0 && input.count == 0 }
        let result = ZSTD_decompressDCtx(context, output.baseAddress, output.count, source, input.count)
        return ZSTD_isError(result) == 0 && result == output.count
    }

    /// The LZ4 block format (lz4/doc/lz4_Block_format.md): sequences of literals and
    /// back-references, every length checked against both buffers.
    static func lz4Block(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Bool {
        guard let src = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return output.count == 0 }
        guard let dst = output.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return false }
        let n = input.count
        let limit = output.count
        var i = 0
        var out = 0
        func length(_ base: Int) -> Int? {
            var value = base
            guard base == 15 else { return value }
            while i < n {
                let b = src[i]
                i += 1
                value += Int(b)
                if b != 255 { return value }
            }
            return nil
        }
        while i < n {
            let token = src[i]
            i += 1
            guard let literal = length(Int(token >> 4)), n - i >= literal, limit - out >= literal else { return false }
            (dst + out).update(from: src + i, count: literal)
            i += literal
            out += literal
            if i == n { break }  // the last sequence has literals only
            guard n - i >= 2 else { return false }
            let offset = Int(src[i]) | Int(src[i + 1]) << 8
            i += 2
            guard let matchBase = length(Int(token & 0x0F)) else { return false }
            let match = matchBase + 4
            guard offset > 0, offset <= out, limit - out >= match else { return false }
            let from = dst + (out - offset)
            let to = dst + out
            if offset >= match { to.update(from: from, count: match) } else { for k in 0..<match { to[k] = from[k] } }
            out += match
        }
        return out == limit
    }
}
