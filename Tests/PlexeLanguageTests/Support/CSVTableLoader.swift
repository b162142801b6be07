import Foundation
import PlexeFoundation
import PlexeLanguage

/// Loads CSV files into SQLite the way the data API stores them (the typing rules of
/// shared/nlq/load.py and ColumnType's storage convention), and describes the tables as ingest
/// would: `DatasetTable` with nullable/unique flags and the distinct values of low-cardinality
/// text columns, plus the foreign keys found in the data.
///
/// Test support only: ingest proper lives in PlexeIngest, which this module must not depend on.
struct CSVTableLoader {
    let database: SQLiteDatabase
    /// Serializes `rows(_:)` on `database` (see there).
    private let queryLock = NSLock()
    private(set) var tables: [DatasetTable] = []

    init() throws {
        database = try SQLiteDatabase(path: ":memory:")
    }

    /// RFC 4180 fields of a CSV text (delimiter sniffed among , ; TAB |).
    static func parse(_ text: String) -> [[String]] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" }
        let delimiter: Character =
            [",", ";", "\t", "|"].max { a, b in
                firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
            } ?? ","
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = body.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = n
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case delimiter:
                row.append(field)
                field = ""
            case "\r\n", "\n", "\r":
                row.append(field)
                field = ""
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// The narrowest type every non-empty value fits (load.py's `infer_type`).
    static func inferType(_ values: [String]) -> ColumnType {
        var kinds = Set<ColumnType>()
        for value in values where !value.isEmpty {
            kinds.insert(valueKind(value))
            if kinds.contains(.string) { return .string }
        }
        if kinds.isEmpty { return .string }
        if kinds.count == 1 { return kinds.first! }
        if kinds.isSubset(of: [.integer, .float]) { return .float }
        if kinds.isSubset(of: [.date, .datetime]) { return .datetime }
        return .string
    }

    private static func valueKind(_ s: String) -> ColumnType {
        if s.range(of: #"^[+-]?\d+$"#, options: .regularExpression) != nil { return Int64(s) != nil ? .integer : .float }
        if s.range(of: #"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"#, options: .regularExpression) != nil { return .float }
        if ["true", "false"].contains(s.lowercased()) { return .boolean }
        if s.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil { return .date }
        if s.range(of: #"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"#, options: .regularExpression) != nil {
            return .datetime
        }
        return .string
    }

    /// Creates and fills one table from CSV text; returns its description.
    @discardableResult
    mutating func load(csv text: String, filename: String) throws -> DatasetTable {
        let rows = CSVTableLoader.parse(text)
        guard let header = rows.first else { throw SQLiteError(code: 1, message: "empty CSV \(filename)") }
        let body = Array(rows.dropFirst())
        let types = header.indices.map { i in CSVTableLoader.inferType(body.map { i < $0.count ? $0[i] : "" }) }
        let name = TableNaming.baseName(for: filename)
        let columnsSQL = zip(header, types).map { "\(quoteIdentifier($0)) \($1.declaredSQLType)" }.joined(separator: ", ")
        try database.execute("CREATE TABLE \(quoteIdentifier(name)) (\(columnsSQL))")
        let insert = try database.prepare("INSERT INTO \(quoteIdentifier(name)) VALUES (\(header.map { _ in "?" }.joined(separator: ", ")))")
        try database.execute("BEGIN")
        for row in body {
            var values: [SQLiteValue] = []
            for (i, type) in types.enumerated() {
                let raw = i < row.count ? row[i] : ""
                if raw.isEmpty {
                    values.append(.null)
                    continue
                }
                switch type {
                case .integer: values.append(.integer(Int64(raw)!))
                case .float: values.append(.real(Double(raw)!))
                case .boolean: values.append(.integer(raw.lowercased() == "true" ? 1 : 0))
                case .string, .date, .datetime: values.append(.text(raw))
                }
            }
            insert.reset(clearBindings: true)
            try insert.bind(values)
            try insert.step()
        }
        try database.execute("COMMIT")
        var columns: [ColumnInfo] = []
        for (column, type) in zip(header, types) {
            let q = quoteIdentifier(column)
            let t = quoteIdentifier(name)
            let nulls = try database.queryFirst("SELECT COUNT(*) FROM \(t) WHERE \(q) IS NULL") { $0.int(0) } ?? 0
            let distinct = try database.queryFirst("SELECT COUNT(DISTINCT \(q)) FROM \(t)") { $0.int(0) } ?? 0
            // Like ingest: the sorted distinct values of any column with few of them, spelled as
            // the column's type reads them.
            var values: [String]? = nil
            if distinct <= ColumnInfo.lowCardinalityLimit {
                values = try database.query("SELECT DISTINCT \(q) FROM \(t) WHERE \(q) IS NOT NULL ORDER BY \(q)") { row -> String in
                    switch type {
                    case .integer: return String(row.int64(0))
                    case .float: return "\(row.double(0))"
                    case .boolean: return row.int64(0) == 1 ? "true" : "false"
                    case .string, .date, .datetime: return row.string(0)
                    }
                }
            }
            // Like ingest: the smallest and largest value of a numeric column.
            var range: (Double, Double)? = nil
            if type == .integer || type == .float {
                range =
                    try database.queryFirst("SELECT MIN(\(q)), MAX(\(q)) FROM \(t) WHERE \(q) IS NOT NULL") { row in
                        row.isNull(0) ? nil : (row.double(0), row.double(1))
                    } ?? nil
            }
            columns.append(
                ColumnInfo(
                    name: column, type: type, nullable: nulls > 0, unique: distinct == body.count - nulls && nulls <= 1,
                    nullCount: nulls, distinctValues: values, minimum: range?.0, maximum: range?.1))
        }
        let table = DatasetTable(filename: filename, tableName: name, rowCount: body.count, columns: columns)
        tables.append(table)
        return table
    }

    /// Columns whose every value occurs in a unique column of the same name in another table.
    func foreignKeys() throws -> [ForeignKey] {
        var keys: [ForeignKey] = []
        for child in tables {
            for column in child.columns where !column.unique {
                for parent in tables where parent.tableName != child.tableName {
                    guard let referenced = parent.columns.first(where: { $0.name == column.name && $0.unique && $0.type == column.type }) else {
                        continue
                    }
                    let orphans =
                        try database.queryFirst(
                            """
                            SELECT COUNT(*) FROM \(quoteIdentifier(child.tableName)) WHERE \(quoteIdentifier(column.name)) IS NOT NULL
                            AND \(quoteIdentifier(column.name)) NOT IN (SELECT \(quoteIdentifier(referenced.name)) FROM \(quoteIdentifier(parent.tableName)))
                            """
                        ) { $0.int(0) } ?? 1
                    if orphans == 0 {
                        keys.append(
                            ForeignKey(
                                table: child.tableName, column: column.name, referencedTable: parent.tableName, referencedColumn: referenced.name))
                    }
                }
            }
        }
        return keys
    }

    /// The value index as the server builds it: the distinct texts of every text column that
    /// has more than `ColumnInfo.distinctValues` keeps.
    func textValues() throws -> [ColumnValues] {
        var result: [ColumnValues] = []
        for table in tables {
            for column in table.columns
            where (column.type == .string || column.type == .date || column.type == .datetime) && column.distinctValues == nil {
                let q = quoteIdentifier(column.name)
                let t = quoteIdentifier(table.tableName)
                let rows = column.type == .string ? 100_000 : 20_000
                let values = try database.query(
                    "SELECT DISTINCT v FROM (SELECT \(q) AS v FROM \(t) WHERE \(q) IS NOT NULL AND length(\(q)) <= 200 LIMIT \(rows)) LIMIT 5000"
                ) { $0.string(0) }
                result.append(ColumnValues(table: table.tableName, column: column.name, values: values))
            }
        }
        return result
    }

    /// All rows of a query as plain values (Int64, Double, String or nil).
    func rows(_ sql: String) throws -> [[ResultValue]] {
        // One connection (opened NOMUTEX, as the server's are) serves every case of a shared
        // fixture, and Swift Testing runs a parameterized test's cases in parallel: unserialized,
        // a case sometimes saw "no such table" halfway through another's statement.
        queryLock.lock()
        defer { queryLock.unlock() }
        let statement = try database.prepare(sql)
        var result: [[ResultValue]] = []
        while try statement.step() {
            var row: [ResultValue] = []
            for i in 0..<statement.columnCount {
                switch statement.value(i) {
                case .null: row.append(.null)
                case .integer(let v): row.append(.number(Double(v)))
                case .real(let v): row.append(.number(v))
                case .text(let s): row.append(.text(s))
                case .blob: row.append(.text("<blob>"))
                }
            }
            result.append(row)
        }
        return result
    }
}
