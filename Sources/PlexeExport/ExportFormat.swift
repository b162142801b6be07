/// A file format an upload's table can be exported to (the API's `format` values).
public enum ExportFormat: String, Sendable, Codable, CaseIterable {
    /// RFC 4180 CSV, comma-delimited, LF line endings (see `CSVTableWriter`).
    case csv
    /// One JSON array of objects, keys in column order, values typed.
    case json
    /// Apache Parquet, columns typed after the upload's column types.
    case parquet

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The `Content-Type` to serve the file with.
    public var mediaType: String {
        switch self {
        case .csv: return "text/csv; charset=utf-8"
        case .json: return "application/json"
        case .parquet: return "application/vnd.apache.parquet"
        }
    }

    /// The export's file name by the contract's rule: the source file's stem plus this
    /// format's extension (`customers.csv` → `customers.parquet`).
    public func exportFilename(forSource sourceFilename: String) -> String {
        var stem = Substring(sourceFilename)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        return "\(stem).\(fileExtension)"
    }
}
