import Foundation
import PlexeFoundation

/// Names for the optimizer's indexes that say what they are for and clash with nothing in
/// the schema (SQLite compares names case-insensitively, and tables, indexes and views share
/// one namespace).
struct IndexNames {
    private var taken: Set<String>
    private var assigned: [String: String] = [:]

    init(database: SQLiteDatabase) throws {
        taken = Set(try database.query("SELECT name FROM sqlite_master") { $0.string(0).lowercased() })
    }

    /// `plexe_key_customers_customer_id`: the UNIQUE index on a referenced key.
    mutating func name(forUnique key: ForeignKeyFinder.KeyColumn) -> String {
        name(for: "plexe_key_\(key.table)_\(key.column)")
    }

    /// `plexe_ref_transactions_customer_id`: the index on a referencing column.
    mutating func name(forReferencing column: ForeignKeyFinder.KeyColumn) -> String {
        name(for: "plexe_ref_\(column.table)_\(column.column)")
    }

    /// `plexe_filter_customers_age`: the single-column index for filters and ranges. Only
    /// letters, digits and `_`, whatever the column is called, so that the name reads back
    /// unambiguously out of a query plan's text (see `FilterIndexes`).
    mutating func name(forFilter column: ForeignKeyFinder.KeyColumn) -> String {
        let safe = "\(column.table)_\(column.column)".unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_") ? Character(scalar) : "_"
        }
        return name(for: FilterIndexes.namePrefix + String(safe))
    }

    private mutating func name(for base: String) -> String {
        if let existing = assigned[base] { return existing }
        var candidate = base
        var suffix = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        taken.insert(candidate.lowercased())
        assigned[base] = candidate
        return candidate
    }
}
