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

    public init(tables: [DatasetTable], foreignKeys: [ForeignKey] = []) {
        self.tables = tables
        self.foreignKeys = foreignKeys
    }
}
