/// A column whose every non-null value occurs in another table's unique column, found in the
/// data itself at ingest (`transactions.customer_id` → `customers.customer_id`).
///
/// The query layer indexes such columns (joins along them are the common expensive query),
/// and the language engine joins along them when a question spans two tables.
public struct ForeignKey: Sendable, Codable, Equatable, Hashable {
    public var table: String
    public var column: String
    public var referencedTable: String
    public var referencedColumn: String

    public init(table: String, column: String, referencedTable: String, referencedColumn: String) {
        self.table = table
        self.column = column
        self.referencedTable = referencedTable
        self.referencedColumn = referencedColumn
    }

    enum CodingKeys: String, CodingKey {
        case table, column
        case referencedTable = "referenced_table"
        case referencedColumn = "referenced_column"
    }
}
