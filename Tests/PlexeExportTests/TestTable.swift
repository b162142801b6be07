import Foundation
import PlexeFoundation

@testable import PlexeExport

/// A throwaway directory with one SQLite table laid out by the storage convention, the way
/// ingest leaves an upload: declared types from `ColumnType.declaredSQLType`, NULL for empty.
final class TestTable {
    let directory: String
    let database: SQLiteDatabase
    let table: DatasetTable

    /// `uniqueColumns` are marked `unique` in the column info, as ingest would.
    init(name: String = "customers", columns: [(String, ColumnType)], rows: [[SQLiteValue]], uniqueColumns: Set<String> = []) throws {
        directory = NSTemporaryDirectory() + "plexe-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: directory + "/data.sqlite")
        self.database = database
        let definitions = columns.map { "\(quoteIdentifier($0.0)) \($0.1.declaredSQLType)" }.joined(separator: ", ")
        try database.execute("CREATE TABLE \(quoteIdentifier(name)) (\(definitions))")
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try database.transaction {
            let insert = try database.prepare("INSERT INTO \(quoteIdentifier(name)) VALUES (\(placeholders))")
            for row in rows {
                insert.reset(clearBindings: true)
                try insert.bind(row)
                try insert.step()
            }
        }
        let infos = columns.enumerated().map { index, column in
            let nulls = rows.filter { $0[index] == .null }.count
            return ColumnInfo(name: column.0, type: column.1, nullable: nulls > 0, unique: uniqueColumns.contains(column.0), nullCount: nulls)
        }
        table = DatasetTable(filename: name + ".csv", tableName: name, rowCount: rows.count, columns: infos)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func path(_ name: String) -> String { directory + "/" + name }

    /// Exports and returns the file's bytes.
    func export(_ format: ExportFormat, options: ExportOptions = ExportOptions(), to name: String? = nil) throws -> [UInt8] {
        let path = self.path(name ?? "out.\(format.fileExtension)")
        let size = try TableExporter.export(table: table, from: database, format: format, to: path, options: options)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        precondition(Int64(bytes.count) == size, "returned size differs from the file's")
        return bytes
    }

    func exportText(_ format: ExportFormat, options: ExportOptions = ExportOptions()) throws -> String {
        String(decoding: try export(format, options: options), as: UTF8.self)
    }

    /// Files in the directory other than the database (to spot leftovers).
    func otherFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix("data.sqlite") }.sorted()
    }
}
