/// Applies the export's Parquet codec to page bodies.
enum PageCompressor {
    case none
    case snappy(SnappyCompressor)
    case gzip(GzipCompressor)

    init(_ compression: ParquetCompression) throws {
        switch compression {
        case .none: self = .none
        case .snappy: self = .snappy(SnappyCompressor())
        case .gzip: self = .gzip(try GzipCompressor())
        }
    }

    /// The compressed form of `page`, valid until the next call (or `page` itself for none).
    func compress(_ page: UnsafeRawBufferPointer) throws -> UnsafeRawBufferPointer {
        switch self {
        case .none: return page
        case .snappy(let compressor): return compressor.compress(page)
        case .gzip(let compressor): return try compressor.compress(page)
        }
    }
}
