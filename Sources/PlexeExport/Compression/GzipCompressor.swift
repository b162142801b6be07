import CZlib

/// Compresses Parquet pages with zlib in gzip framing (windowBits 31), the form Parquet's
/// GZIP codec means (Compression.md). One deflate stream is kept and reset per page, so its
/// ~256 KiB of state is allocated once per export rather than once per page.
final class GzipCompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: UnsafeMutablePointer<UInt8>
    private var outputCapacity: Int

    init(level: Int32 = Z_DEFAULT_COMPRESSION) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ExportError.compressionFailed(codec: "gzip", code: status)
        }
        outputCapacity = 1 << 16
        output = .allocate(capacity: outputCapacity)
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `input` as one gzip member; the result is valid until the next call.
    func compress(_ input: UnsafeRawBufferPointer) throws -> UnsafeRawBufferPointer {
        var status = deflateReset(stream)
        guard status == Z_OK else { throw ExportError.compressionFailed(codec: "gzip", code: status) }
        let bound = Int(deflateBound(stream, UInt(input.count)))
        if bound > outputCapacity {
            output.deallocate()
            outputCapacity = bound
            output = .allocate(capacity: bound)
        }
        // zlib's `next_in` is not const in its C declaration, but deflate only reads it.
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        stream.pointee.next_out = output
        stream.pointee.avail_out = uInt(outputCapacity)
        status = deflate(stream, Z_FINISH)
        guard status == Z_STREAM_END else { throw ExportError.compressionFailed(codec: "gzip", code: status) }
        return UnsafeRawBufferPointer(start: output, count: Int(stream.pointee.total_out))
    }
}
