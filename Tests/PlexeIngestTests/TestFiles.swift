import Foundation
import PlexeFoundation

@testable import PlexeIngest

/// A file written for one test in its own temporary directory, removed when released.
final class TemporaryFile {
    let path: String

    convenience init(_ contents: String, name: String = "data.csv") throws {
        try self.init(bytes: Array(contents.utf8), name: name)
    }

    init(bytes: [UInt8], name: String = "data.csv") throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    var directory: String { (path as NSString).deletingLastPathComponent }
    var filename: String { (path as NSString).lastPathComponent }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}

/// One ingest of test data into a fresh database, kept alive together.
struct Ingested {
    let file: TemporaryFile
    let database: SQLiteDatabase
    let result: IngestResult

    var table: DatasetTable { result.table }

    func column(_ name: String) -> ColumnInfo? { table.columns.first { $0.name == name } }

    /// Every row of the table, each value as SQLite returns it.
    func rows() throws -> [[SQLiteValue]] {
        try database.query("SELECT * FROM \(quoteIdentifier(table.tableName)) ORDER BY rowid") { row in
            (0..<row.columnCount).map { row.value($0) }
        }
    }

    /// `typeof()` of each value of one column, in row order.
    func storageClasses(_ column: String) throws -> [String] {
        try database.query("SELECT typeof(\(quoteIdentifier(column))) FROM \(quoteIdentifier(table.tableName)) ORDER BY rowid") { $0.string(0) }
    }
}

func ingest(
    _ contents: String, name: String = "data.csv", options: IngestOptions = .detect,
    uniquenessMemoryBudget: Int = FileIngestor.uniquenessMemoryBudget, spillsKeys: Bool = true,
    parquetPageMemoryLimit: Int = ParquetPageBudget.defaultLimit
) throws -> Ingested {
    try ingest(bytes: Array(contents.utf8), name: name, options: options, uniquenessMemoryBudget: uniquenessMemoryBudget, spillsKeys: spillsKeys)
}

func ingest(
    bytes: [UInt8], name: String = "data.csv", options: IngestOptions = .detect,
    uniquenessMemoryBudget: Int = FileIngestor.uniquenessMemoryBudget, spillsKeys: Bool = true,
    parquetPageMemoryLimit: Int = ParquetPageBudget.defaultLimit
) throws -> Ingested {
    let file = try TemporaryFile(bytes: bytes, name: name)
    let database = try SQLiteDatabase(path: file.directory + "/upload.db")
    let result = try FileIngestor.ingest(
        path: file.path, filename: name, tableName: TableNaming.baseName(for: name),
        into: database, options: options, uniquenessMemoryBudget: uniquenessMemoryBudget,
        spillsKeys: spillsKeys, parquetPageMemoryLimit: parquetPageMemoryLimit,
        progress: { _ in })
    return Ingested(file: file, database: database, result: result)
}

/// The error an ingest of `contents` throws (nil if it succeeds).
func ingestError(_ contents: String, name: String = "data.csv", options: IngestOptions = .detect) -> IngestError? {
    ingestError(bytes: Array(contents.utf8), name: name, options: options)
}

func ingestError(bytes: [UInt8], name: String = "data.csv", options: IngestOptions = .detect) -> IngestError? {
    do {
        _ = try ingest(bytes: bytes, name: name, options: options)
        return nil
    } catch let error as IngestError {
        return error
    } catch {
        return IngestError(line: -1, message: "unexpected error: \(error)")
    }
}

extension IngestOptions {
    /// Today's behaviour before repairs: fail at the first record that does not fit.
    static let strict = IngestOptions(strict: true)
}
