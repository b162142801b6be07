import Foundation
import PlexeFoundation

@testable import PlexeModel

/// The shared dev-set data (shared/nlq: customers.csv and transactions.csv) described the way
/// ingest describes an upload — the column types that datasets.json gives, nullability and
/// uniqueness from the data, the distinct values of text columns with at most
/// `ColumnInfo.lowCardinalityLimit` of them, and the foreign keys a column's values prove —
/// and loaded into an in-memory SQLite database in file order, for `SampleValues.read`.
struct DevSetSchema {
    /// shared/nlq beside the repository (found from this file, symlinks resolved).
    static let nlqDirectory: URL? = {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repo = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = repo.deletingLastPathComponent().appendingPathComponent("shared/nlq")
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent("datasets.json").path) ? dir : nil
    }()

    let tables: [DatasetTable]
    let foreignKeys: [ForeignKey]
    let database: SQLiteDatabase

    init(directory: URL) throws {
        let spec = try JSON.parse(Array(try Data(contentsOf: directory.appendingPathComponent("datasets.json"))))
        let files = spec["datasets"]?["retail"]?["files"]?.arrayValue ?? []
        let database = try SQLiteDatabase(path: ":memory:")
        self.database = database
        var tables: [DatasetTable] = []
        var values: [String: [String: [String?]]] = [:]
        for file in files {
            let path = file["path"]!.stringValue!
            let name = file["table"]!.stringValue!
            let types = (file["columns"]?.arrayValue ?? []).map { ($0["name"]!.stringValue!, ColumnType(rawValue: $0["type"]!.stringValue!)!) }
            let rows = Self.parseCSV(try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8))
            let header = rows[0]
            let body = rows.dropFirst()
            precondition(header == types.map(\.0), "datasets.json and \(path) disagree on the columns")
            var columns: [ColumnInfo] = []
            for (index, (column, type)) in types.enumerated() {
                let cells: [String?] = body.map { $0[index].isEmpty ? nil : $0[index] }
                let present = cells.compactMap { $0 }
                let distinct = Set(present)
                let listed =
                    type == .string && distinct.count <= ColumnInfo.lowCardinalityLimit
                    ? distinct.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } : nil
                columns.append(
                    ColumnInfo(
                        name: column, type: type, nullable: present.count < cells.count, unique: distinct.count == present.count,
                        nullCount: cells.count - present.count, distinctValues: listed))
                values[name, default: [:]][column] = cells
            }
            let quoted = columns.map { SampleValues.quoted($0.name) + " " + $0.type.declaredSQLType }.joined(separator: ", ")
            try database.execute("CREATE TABLE \(SampleValues.quoted(name)) (\(quoted))")
            try database.transaction {
                let statement = try database.prepare(
                    "INSERT INTO \(SampleValues.quoted(name)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ",")))")
                for row in body {
                    try statement.bind(row.map { $0.isEmpty ? SQLiteValue.null : .text($0) })
                    _ = try statement.step()
                    statement.reset(clearBindings: true)
                }
            }
            tables.append(
                DatasetTable(filename: URL(fileURLWithPath: path).lastPathComponent, tableName: name, rowCount: body.count, columns: columns))
        }
        // A text column whose every value is in another table's unique text column of the
        // same name refers to it (transactions.customer_id → customers.customer_id).
        var keys: [ForeignKey] = []
        for child in tables {
            for column in child.columns where column.type == .string && !column.unique {
                for parent in tables where parent.tableName != child.tableName {
                    guard let target = parent.columns.first(where: { $0.name == column.name && $0.unique }) else { continue }
                    let known = Set(values[parent.tableName]![target.name]!.compactMap { $0 })
                    if values[child.tableName]![column.name]!.allSatisfy({ $0 == nil || known.contains($0!) }) {
                        keys.append(
                            ForeignKey(table: child.tableName, column: column.name, referencedTable: parent.tableName, referencedColumn: target.name))
                    }
                }
            }
        }
        self.tables = tables
        self.foreignKeys = keys
    }

    /// RFC 4180 records: quoted fields with doubled quotes and embedded commas.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        for c in text.unicodeScalars {
            if quoted {
                if c == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
                afterQuote = false
            case ",":
                row.append(field)
                field = ""
                afterQuote = false
            case "\n":
                row.append(field)
                field = ""
                afterQuote = false
                rows.append(row)
                row = []
            case "\r":
                afterQuote = false
            default:
                field.unicodeScalars.append(c)
                afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
