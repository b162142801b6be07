extension DatasetTable {
    /// The name that reaches SQLite's rowid of this table: `rowid`, or `_rowid_` / `oid` when
    /// an uploaded column already takes that name (a file may well have a `rowid` column);
    /// nil when columns shadow all three. Scans order and split by it, because a rowid table
    /// is stored in rowid order and its ranges are cheap to seek.
    public var rowidAlias: String? {
        let taken = Set(columns.map { $0.name.lowercased() })
        return ["rowid", "_rowid_", "oid"].first { !taken.contains($0) }
    }
}
