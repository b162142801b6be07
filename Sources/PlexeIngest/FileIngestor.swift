import Foundation
import PlexeFoundation

/// Turns one uploaded file into one typed SQLite table: the module's entry point.
///
/// The server calls `ingest` on a worker thread with a fresh database file, which it renames
/// into place only on success. Memory does not grow with the file: both passes stream through a
/// 1 MiB buffer, and the exact uniqueness check keeps at most `uniquenessMemoryBudget` bytes of
/// hashes; beyond that a column's hashes go to an unlinked temporary file next to the database
/// (8 bytes per value) and are checked in memory-sized partitions.
///
/// Each ingest runs two short-lived parsing threads of its own (one per pass) besides the
/// calling thread; concurrent ingests of different files share nothing.
public enum FileIngestor {
    /// Bytes of hash sets the exact uniqueness check may hold at once, all columns together.
    static let uniquenessMemoryBudget = 40 << 20

    /// The file's format, by content when the name does not settle it.
    ///
    /// `.csv` / `.tsv` are CSV. Otherwise the first byte after an optional byte order mark and
    /// whitespace decides: `[` is a JSON array, `{` NDJSON; anything else is CSV for a name
    /// other than `.json` / `.ndjson` / `.jsonl`, and the name's format for those (whose parse
    /// then reports what is wrong).
    /// Parquet and Excel files are recognised first, by their signatures (see
    /// `BinaryFormatSniffer`), then by a `.parquet` / `.xlsx` name.
    /// - Throws: `IngestError` "the file is empty" for a file of zero bytes or only whitespace.
    public static func detectFormat(path: String, filename: String) throws -> FileFormat {
        if let binary = try BinaryFormatSniffer.format(path: path, filename: filename) { return binary }
        let first = try firstSignificantByte(path: path)
        guard let first else { throw IngestError.emptyFile() }
        let lowered = filename.lowercased()
        let ext = lowered.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let hasExtension = lowered.contains(".")
        if hasExtension && (ext == "csv" || ext == "tsv") { return .csv }
        if first == UInt8(ascii: "[") { return .json }
        if first == UInt8(ascii: "{") { return .ndjson }
        if hasExtension && ext == "json" { return .json }
        if hasExtension && (ext == "ndjson" || ext == "jsonl") { return .ndjson }
        return .csv
    }

    /// Reads the file at `path` into a new table `tableName` of `database`.
    ///
    /// - Parameters:
    ///   - filename: the upload's name for the file (format detection, `DatasetTable.filename`).
    ///   - tableName: from `TableNaming`; quoted in SQL.
    ///   - progress: called with 0…1 as the work advances (about once per percent, last with 1),
    ///     from this thread or a parsing thread, never from two at once.
    /// - Throws: `IngestError` for a file that cannot be read as a table (with the line of the
    ///   problem); `SQLiteError` when the database fails. The connection is never left inside a
    ///   transaction.
    ///   - options: what the uploader said instead of letting the ingest detect it.
    public static func ingest(
        path: String, filename: String, tableName: String, into database: SQLiteDatabase,
        options: IngestOptions = .detect,
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) throws -> IngestResult {
        try ingest(
            path: path, filename: filename, tableName: tableName, into: database, options: options,
            uniquenessMemoryBudget: uniquenessMemoryBudget, progress: progress)
    }

    /// `ingest` with another memory budget for the uniqueness check, with or without spilling
    /// to files, and another page budget for Parquet (tests drive the spill, the SQL fallback
    /// and the page budget with tiny budgets).
    static func ingest(
        path: String, filename: String, tableName: String, into database: SQLiteDatabase,
        options: IngestOptions = .detect, uniquenessMemoryBudget: Int, spillsKeys: Bool = true,
        parquetPageMemoryLimit: Int = ParquetPageBudget.defaultLimit,
        progress: @escaping @Sendable (Double) -> Void
    ) throws -> IngestResult {
        let format = try detectFormat(path: path, filename: filename)
        let reporter = ProgressReporter(progress)
        let budget = MemoryBudget(limit: uniquenessMemoryBudget, spillDirectory: spillsKeys ? spillDirectory(for: database) : nil)
        switch format {
        case .csv:
            return try CSVIngestor.ingest(
                path: path, filename: filename, tableName: tableName, into: database,
                options: options, budget: budget, progress: reporter)
        case .json, .ndjson:
            return try JSONIngestor.ingest(
                path: path, filename: filename, tableName: tableName, format: format,
                into: database, budget: budget, progress: reporter)
        case .parquet:
            return try ParquetIngestor.ingest(
                path: path, filename: filename, tableName: tableName, into: database,
                budget: budget, pageMemoryLimit: parquetPageMemoryLimit, progress: reporter)
        case .xlsx:
            return try XLSXIngestor.ingest(
                path: path, filename: filename, tableName: tableName, into: database,
                options: options, budget: budget, progress: reporter)
        }
    }

    /// The upload database's folder, where the server has room for files as large as the
    /// upload; the system's temporary folder for an in-memory or temporary database.
    static func spillDirectory(for database: SQLiteDatabase) -> String {
        let path = database.path
        if path.isEmpty || path == ":memory:" || path.hasPrefix("file:") {
            return FileManager.default.temporaryDirectory.path
        }
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? FileManager.default.currentDirectoryPath : directory
    }

    /// 3 when the file starts with the UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(path: String) throws -> Int64 {
        let source = try FileByteReader(path: path)
        while source.count < 3, try source.refill(keepingFrom: 0) == .readMore {}
        let b = source.buffer
        return source.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
    }

    /// The first byte that is not the byte order mark or ASCII whitespace; nil when none.
    private static func firstSignificantByte(path: String) throws -> UInt8? {
        let source = try FileByteReader(path: path, startingAt: byteOrderMarkLength(path: path))
        var position = 0
        while true {
            while position < source.count {
                switch source.buffer[position] {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: position += 1
                case let byte: return byte
                }
            }
            guard try source.refill(keepingFrom: position) == .readMore else { return nil }
            position = 0
        }
    }
}
