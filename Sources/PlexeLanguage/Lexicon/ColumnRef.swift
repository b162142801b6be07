/// A column of the schema by position: table index and column index within it.
struct ColumnRef: Hashable, Sendable, Comparable {
    let table: Int
    let column: Int
    static func < (a: ColumnRef, b: ColumnRef) -> Bool { (a.table, a.column) < (b.table, b.column) }
}

/// A foreign key resolved to positions: `child` holds values of the parent's unique `parent`.
struct ForeignKeyLink: Sendable, Hashable {
    let child: ColumnRef
    let parent: ColumnRef
}
