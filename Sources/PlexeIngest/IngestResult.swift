import PlexeFoundation

/// What one ingest produced: the table's description for the catalog, and what the CSV preview
/// needs to serve rows straight from the uploaded file.
public struct IngestResult: Sendable {
    public var format: FileFormat
    /// Name, row count and per-column facts (type, nullable, unique, null count, distinct values).
    public var table: DatasetTable
    /// The CSV file's dialect as detected (or said), and where its rows are read from, for
    /// `CSVPreviewReader`; nil for JSON and NDJSON (their previews are read back, typed, from
    /// the loaded table).
    public var csvDialect: CSVDialect?
    /// Byte offset in the file (its normalized copy when the dialect says so) of the first byte
    /// of data row 0, `rowIndexStep`, 2×`rowIndexStep`…
    /// A preview at any offset starts reading at the nearest entry below it, so its cost does not
    /// grow with the offset. Empty when the file has no data rows.
    public var rowOffsets: [Int64]
    /// The text encoding the file was read in (`utf-8`, `utf-16le`, `windows-1252`…); nil for
    /// formats that are not text.
    public var encoding: String?
    /// What was repaired or set apart instead of failing the file (empty for a clean file).
    public var warnings: [IngestWarning]

    /// The distance, in data rows, between two `rowOffsets` entries.
    public static let rowIndexStep = 1024

    public init(
        format: FileFormat, table: DatasetTable, csvDialect: CSVDialect?, rowOffsets: [Int64],
        encoding: String? = "utf-8", warnings: [IngestWarning] = []
    ) {
        self.format = format
        self.table = table
        self.csvDialect = csvDialect
        self.rowOffsets = rowOffsets
        self.encoding = encoding
        self.warnings = warnings
    }
}
