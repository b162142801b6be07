import PlexeFoundation

/// The rows of one query, typed for JSON, in the shape the API returns them.
public struct QueryResult: Sendable, Equatable {
    /// Column names as SQLite reports them (`AS` aliases included).
    public var columns: [String]
    /// One array per row, one value per column. Integers are `.int`, reals `.double`,
    /// columns declared `BOOLEAN` `.bool`, text and dates `.string`, NULL `.null`, and a blob
    /// (only an expression can make one) its bytes in base64.
    public var rows: [[JSON]]
    /// True when the statement had more rows than `maxRows`, or the result was cut at
    /// `maxResultBytes`.
    public var truncated: Bool
    /// The number of rows returned (`rows.count`).
    public var rowCount: Int
    /// Wall time from preparing the statement (and checking its plan, see `FilterIndexes`)
    /// to reading its last returned row.
    public var executionTimeMs: Int

    public init(columns: [String], rows: [[JSON]], truncated: Bool, executionTimeMs: Int) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.rowCount = rows.count
        self.executionTimeMs = executionTimeMs
    }
}
