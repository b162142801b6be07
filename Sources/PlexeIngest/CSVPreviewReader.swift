/// Rows of a CSV file exactly as written, for the preview route.
///
/// Fields are the file's text (quotes removed and `""` unescaped, as RFC 4180 reads them), not
/// typed values: `"007"` stays `007`, an empty field is `""`. Reading starts at the nearest
/// entry of the ingest's sparse row index below `offset`, so a preview deep in a large file
/// costs about the same as the first page.
public enum CSVPreviewReader {
    /// Up to `limit` data rows starting at data row `offset` (0-based, header excluded).
    ///
    /// - Parameter rowOffsets: `IngestResult.rowOffsets` of the same file.
    /// - Throws: `IngestError` when the file cannot be read (or no longer parses).
    public static func rows(path: String, dialect: CSVDialect, rowOffsets: [Int64], offset: Int, limit: Int) throws -> [[String]] {
        guard offset >= 0, limit > 0 else { return [] }
        let step = IngestResult.rowIndexStep
        let entry = offset / step
        guard entry < rowOffsets.count else { return [] }
        let reader = try CSVRecordReader(path: path, delimiter: dialect.delimiter.byte, startingAt: rowOffsets[entry])
        var toSkip = offset - entry * step
        while toSkip > 0 {
            guard try reader.nextRecord() else { return [] }
            toSkip -= 1
        }
        var rows: [[String]] = []
        rows.reserveCapacity(min(limit, 1000))
        while rows.count < limit, try reader.nextRecord() {
            rows.append(reader.fieldStrings())
        }
        return rows
    }
}
