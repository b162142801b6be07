/// The kinds of file an upload may hold.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    /// Delimited text: RFC 4180 with a header row in UTF-8, or any encoding and dialect that
    /// `CSVStructureDetector` and `EncodingDetector` recognise (read through a normalized copy).
    case csv
    /// One top-level array of objects.
    case json
    /// One object per line (blank lines allowed).
    case ndjson
    /// Apache Parquet with a flat schema (see `ParquetIngestor`).
    case parquet
    /// Excel 2007+ workbook; its first sheet is the table (see `XLSXIngestor`).
    case xlsx
}
