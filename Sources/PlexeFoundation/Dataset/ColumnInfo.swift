/// What ingest learned about one column of one file: the reference's `column_info` entry,
/// plus the few facts other modules need without rescanning the data.
public struct ColumnInfo: Sendable, Codable, Equatable {
    public var name: String
    public var type: ColumnType
    /// At least one empty / null value.
    public var nullable: Bool
    /// No non-null value repeats.
    public var unique: Bool
    /// Number of null values.
    public var nullCount: Int
    /// The column's distinct non-null values when there are at most
    /// `ColumnInfo.lowCardinalityLimit` of them (sorted), else nil. The language engine maps
    /// words like "premium" or "Canada" onto these.
    public var distinctValues: [String]?

    /// The smallest and largest value of a numeric (integer or float) column, seen while it
    /// was loaded; nil for other columns, a column of nulls, and files loaded before ingest
    /// kept them. The language engine checks a number compared with the column against them
    /// ("above 50 billion" of a column holding 0 to 300 is not a reading of that column).
    public var minimum: Double?
    public var maximum: Double?

    public static let lowCardinalityLimit = 50

    public init(
        name: String, type: ColumnType, nullable: Bool, unique: Bool, nullCount: Int = 0, distinctValues: [String]? = nil,
        minimum: Double? = nil, maximum: Double? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.unique = unique
        self.nullCount = nullCount
        self.distinctValues = distinctValues
        self.minimum = minimum
        self.maximum = maximum
    }

    enum CodingKeys: String, CodingKey {
        case name, type, nullable, unique, minimum, maximum
        case nullCount = "null_count"
        case distinctValues = "distinct_values"
    }
}

/// One file of an upload as a queryable table.
public struct DatasetTable: Sendable, Codable, Equatable {
    /// The file's name in the upload (`customers.csv`).
    public var filename: String
    /// The SQL table name derived from it (`customers`), see `TableNaming`.
    public var tableName: String
    public var rowCount: Int
    public var columns: [ColumnInfo]

    public init(filename: String, tableName: String, rowCount: Int, columns: [ColumnInfo]) {
        self.filename = filename
        self.tableName = tableName
        self.rowCount = rowCount
        self.columns = columns
    }

    enum CodingKeys: String, CodingKey {
        case filename
        case tableName = "table_name"
        case rowCount = "row_count"
        case columns
    }
}
