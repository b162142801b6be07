/// Rows of a CSV file exactly as written, for the preview route.
///
/// Fields are the file's text (quotes removed and `""` unescaped, as RFC 4180 reads them), not
/// typed values: `"007"` stays `007`, an empty field is `""`. Reading starts at the nearest
/// entry of the ingest's sparse row index below `offset`, so a preview deep in a large file
/// costs about the same as the first page.
public enum CSVPreviewReader {
    /// Up to `limit` data rows starting at data row `offset` (0-based, header excluded).
    ///
    /// - Parameters:
    ///   - path: the stored file; rows come from its normalized copy when the dialect says so
    ///     (a file that was not UTF-8, or not in the standard dialect: text decoded, quotes and
    ///     escapes resolved).
    ///   - rowOffsets: `IngestResult.rowOffsets` of the same file.
    ///   - maxBytes: the page ends before a row that would take its fields (measured as JSON
    ///     strings) past this many bytes, so fewer than `limit` rows may come back.
    /// - Throws: `IngestError` when the file cannot be read (or no longer parses).
    public static func rows(
        path: String, dialect: CSVDialect, rowOffsets: [Int64], offset: Int, limit: Int,
        maxBytes: Int = .max
    ) throws -> [[String]] {
        guard offset >= 0, limit > 0 else { return [] }
        let step = IngestResult.rowIndexStep
        let entry = offset / step
        guard entry < rowOffsets.count else { return [] }
        let reader = try CSVRecordReader(path: dialect.rowsPath(forFileAt: path), delimiter: dialect.delimiter.byte, startingAt: rowOffsets[entry])
        var toSkip = offset - entry * step
        while toSkip > 0 {
            guard try reader.nextRecord() else { return [] }
            toSkip -= 1
        }
        var rows: [[String]] = []
        rows.reserveCapacity(min(limit, 1000))
        var bytes = 0
        while rows.count < limit, try reader.nextRecord() {
            let row = reader.fieldStrings()
            bytes += row.reduce(2) { $0 + $1.utf8.count + 3 }
            guard bytes <= maxBytes else { break }
            rows.append(row)
        }
        return rows
    }
}
