import CSQLite3
import PlexeFoundation

/// What the model is told about a session's data: the tables as ingest described them
/// (columns, types, nullability, uniqueness, row counts), the foreign keys found between them,
/// and — unless sample values are turned off — a few values of each text column.
public struct PromptSchema: Sendable, Equatable {
    public var tables: [DatasetTable]
    public var foreignKeys: [ForeignKey]
    /// Table name → column name → a few values of that text column; empty when samples are
    /// off (`PLEXE_NL_MODEL_SEND_SAMPLES=0`).
    public var samples: [String: [String: [String]]]

    public init(tables: [DatasetTable], foreignKeys: [ForeignKey], samples: [String: [String: [String]]] = [:]) {
        self.tables = tables
        self.foreignKeys = foreignKeys
        self.samples = samples
    }
}

/// The sample values of text columns that go into a prompt, chosen so that the model learns
/// how values are spelled (`'premium'`, `'C0000001'`, `'UK'` rather than `'United Kingdom'`)
/// at a bounded cost in tokens and in reading:
///
/// - a column whose distinct values ingest already listed (at most
///   `ColumnInfo.lowCardinalityLimit`) gets up to `maxListedValues` of them, without
///   reading the data;
/// - any other text column gets its first `maxReadValues` distinct values in file order,
///   read from at most `maxScannedRows` rows of the data database.
///
/// Each value is cut to `maxValueCharacters`. Only `string` columns are sampled: numbers,
/// booleans and dates are described by their type and the dialect notes.
public enum SampleValues {
    public static let maxListedValues = 12
    public static let maxReadValues = 3
    public static let maxScannedRows = 1000
    public static let maxValueCharacters = 40

    /// The samples of every text column of `tables`, from the data database `database`.
    public static func read(from database: SQLiteDatabase, tables: [DatasetTable]) throws -> [String: [String: [String]]] {
        var samples: [String: [String: [String]]] = [:]
        for table in tables {
            var columns: [String: [String]] = [:]
            for column in table.columns where column.type == .string {
                if let listed = column.distinctValues {
                    columns[column.name] = Array(listed.prefix(maxListedValues)).map(shortened)
                    continue
                }
                // NOT INDEXED: file order (rowid), never the order of a join index on the column.
                let sql = "SELECT \(quoted(column.name)) FROM \(quoted(table.tableName)) NOT INDEXED LIMIT \(maxScannedRows)"
                var seen: [String] = []
                for value in try database.query(sql, row: { $0.isNull(0) ? nil : $0.string(0) }) {
                    guard let value, !value.isEmpty, !seen.contains(value) else { continue }
                    seen.append(value)
                    if seen.count == maxReadValues { break }
                }
                columns[column.name] = seen.map(shortened)
            }
            samples[table.tableName] = columns
        }
        return samples
    }

    static func shortened(_ value: String) -> String {
        value.count <= maxValueCharacters ? value : String(value.prefix(maxValueCharacters)) + "…"
    }

    /// `name` as SQLite reads it back as this identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

/// Identifiers in the prompt: bare when SQLite would read them bare (so the model copies the
/// plain spelling), else in double quotes (so it copies the quotes too).
enum PromptIdentifier {
    static func sql(_ name: String) -> String {
        let plain =
            name.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } ?? false
            && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        if plain && sqlite3_keyword_check(name, Int32(name.utf8.count)) == 0 { return name }
        return SampleValues.quoted(name)
    }

    /// A snake_case word for aliases made from a column name (`Unit Price` → `unit_price`).
    static func alias(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.hasSuffix("_") { out.append("_") }
        }
        out = String(out.drop { $0 == "_" })
        while out.hasSuffix("_") { out.removeLast() }
        if out.isEmpty || out.first!.isNumber { out = "c_" + out }
        return out
    }

    /// Words for a question made from a name (`plan_type` → `plan type`).
    static func words(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
    }
}
