/// How an export is written. The defaults suit the API; the knobs exist so that tests can
/// force the rare paths (many row groups, many pages, dictionary fallback) on small tables.
public struct ExportOptions: Sendable, Equatable {
    /// Write a header row of column names (CSV only; the API's `include_headers`).
    public var includeHeaders: Bool
    /// Page compression for Parquet.
    public var parquetCompression: ParquetCompression
    /// A Parquet row group ends after this many rows. Row groups are buffered (compressed)
    /// in memory until complete, so this and `rowGroupBytes` bound the writer's memory.
    public var rowGroupRows: Int
    /// A Parquet row group also ends once its encoded, uncompressed size reaches this.
    public var rowGroupBytes: Int
    /// A Parquet data page ends once its encoded values reach about this size.
    public var pageBytes: Int
    /// Columns are dictionary-encoded (RLE_DICTIONARY) while the chunk's dictionary stays
    /// under this size, then fall back to PLAIN for the rest of the chunk; 0 disables
    /// dictionary encoding.
    public var dictionaryPageBytes: Int

    public init(
        includeHeaders: Bool = true,
        parquetCompression: ParquetCompression = .snappy,
        rowGroupRows: Int = 128 * 1024,
        rowGroupBytes: Int = 64 << 20,
        pageBytes: Int = 1 << 20,
        dictionaryPageBytes: Int = 1 << 20
    ) {
        self.includeHeaders = includeHeaders
        self.parquetCompression = parquetCompression
        self.rowGroupRows = rowGroupRows
        self.rowGroupBytes = rowGroupBytes
        self.pageBytes = pageBytes
        self.dictionaryPageBytes = dictionaryPageBytes
    }
}

/// The page compression codecs this writer produces (a subset of Parquet's).
public enum ParquetCompression: String, Sendable, CaseIterable {
    case none, snappy, gzip

    /// Parquet's `CompressionCodec` value.
    var codecID: Int32 {
        switch self {
        case .none: return 0
        case .snappy: return 1
        case .gzip: return 2
        }
    }
}
