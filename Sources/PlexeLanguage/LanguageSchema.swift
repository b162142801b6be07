import PlexeFoundation

/// What the language engine knows about a session's data: its tables (with the column facts
/// ingest gathered, notably `ColumnInfo.distinctValues`) and the foreign keys found between
/// them.
///
/// The translator learns its whole vocabulary from this value: table and column names,
/// their types and the low-cardinality text values. Nothing about any particular dataset is
/// built in.
public struct LanguageSchema: Sendable {
    public var tables: [DatasetTable]
    public var foreignKeys: [ForeignKey]
    /// The value index: distinct texts of text columns with more values than
    /// `ColumnInfo.distinctValues` keeps (names, codes, places), so a literal in a question is
    /// placed in its column by a lookup. Bounded per column by whoever builds it.
    public var values: [ColumnValues]

    public init(tables: [DatasetTable], foreignKeys: [ForeignKey] = [], values: [ColumnValues] = []) {
        self.tables = tables
        self.foreignKeys = foreignKeys
        self.values = values
    }
}

/// Distinct stored texts of one column, for the value index.
public struct ColumnValues: Sendable, Equatable {
    public var table: String
    public var column: String
    public var values: [String]

    public init(table: String, column: String, values: [String]) {
        self.table = table
        self.column = column
        self.values = values
    }
}
