import CSQLite3
import PlexeFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The distinct values of one key column, held in memory to test another column against.
///
/// Text is compared byte for byte, as SQLite's BINARY collation does: Swift's `String`
/// equality would also match canonically equivalent spellings (`é` and `e` + U+0301) that
/// a join in SQLite does not. (Ingest stores valid UTF-8 only, so decoding loses nothing.)
struct KeyValueSet {
    private var texts: Set<ExactText> = []
    private var integers: Set<Int64> = []
    private let type: ColumnType

    /// - Parameter expectedCount: the number of values, to size the set once.
    init(column: ForeignKeyFinder.KeyColumn, type: ColumnType, expectedCount: Int, database: SQLiteDatabase) throws {
        self.type = type
        switch type {
        case .integer: integers.reserveCapacity(expectedCount)
        default: texts.reserveCapacity(expectedCount)
        }
        let statement = try database.prepare(Self.valuesSQL(column))
        while try statement.step() {
            switch type {
            case .integer: integers.insert(statement.int64(0))
            default: texts.insert(ExactText(statement))
            }
        }
    }

    /// True when the non-null values of `column` missing from the set are at most
    /// `allowedMisses`; stops as soon as there are more.
    func containsValues(of column: ForeignKeyFinder.KeyColumn, allowedMisses: Int, database: SQLiteDatabase) throws -> Bool {
        let statement = try database.prepare(Self.valuesSQL(column))
        var misses = 0
        while try statement.step() {
            // A value stored in another class than the key's (text in an integer column)
            // equals no key, as in SQLite.
            let found: Bool
            switch type {
            case .integer:
                found = statement.columnStorageType(0) == SQLITE_INTEGER && integers.contains(statement.int64(0))
            default:
                found = statement.columnStorageType(0) == SQLITE_TEXT && texts.contains(ExactText(statement))
            }
            if !found {
                misses += 1
                if misses > allowedMisses { return false }
            }
        }
        return true
    }

    private static func valuesSQL(_ column: ForeignKeyFinder.KeyColumn) -> String {
        let name = quoteIdentifier(column.column)
        return "SELECT \(name) FROM \(quoteIdentifier(column.table)) WHERE \(name) IS NOT NULL"
    }
}

/// Text that is equal only to the same bytes.
private struct ExactText: Hashable {
    let value: String

    init(_ statement: SQLiteStatement) {
        value = statement.withUTF8(0) { String(decoding: $0, as: UTF8.self) }
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.value.utf8
        let right = rhs.value.utf8
        let count = left.count
        guard count == right.count else { return false }
        guard count > 0 else { return true }
        let compared = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, count) == 0
            }
        }
        return (compared ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = value.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in value.utf8 { hasher.combine(byte) }
        }
    }
}
