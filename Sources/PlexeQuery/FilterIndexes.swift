import CSQLite3
import PlexeFoundation

/// The filter indexes of one dataset database (see `DatasetOptimizer.buildIndexes`), and the
/// rule that keeps them from making any query slower.
///
/// Why a rule is needed: Debian's SQLite is built without STAT4, so the planner has no
/// histogram and guesses that a range such as `age > 40` keeps a quarter of the rows. For a
/// query the index *covers* (`COUNT(*) … WHERE age > 40`) that guess costs nothing: reading
/// the narrow index beats reading the table whatever the real share. For a query it does not
/// cover (`AVG(lifetime_value) … WHERE age > 40`), each matching row is then fetched from the
/// table through the index, and when the real share is 60 % that is four times slower than
/// the plain scan SQLite would otherwise do. Statistics cannot fix this: the guessed share is
/// fixed without STAT4, and no index sizes in `sqlite_stat1` make a covering range cheaper
/// than a scan while a non-covering one is dearer.
///
/// So the query engine looks at each statement's plan (`EXPLAIN QUERY PLAN`) before running
/// it. A plan that reads a filter index only as a covering index, or looks values up through
/// one where that is cheap (an inner loop of a join, where SQLite would otherwise build an
/// automatic index on the same column; or a value that `sqlite_stat1` says matches at most
/// 1 % of the rows, like `age = 33`), runs as planned. Any other plan that uses a filter index
/// is put on trial: it runs for at most `defaultTrial` (2 ms), which is enough for what such
/// an index is good at even without covering (`ORDER BY lifetime_value DESC LIMIT 10`, a
/// narrow range) and little beside a full scan of a table big enough to have filter indexes
/// (60 ms and more for 1M rows). A plan that does not finish in time is given up, and the
/// statement goes to a connection that does not see the filter indexes: there each indexed
/// table is shadowed by a temporary view of the same name, `SELECT a, +b AS b, … FROM
/// main.t`, in which every filter-indexed column is wrapped in a unary `+`, SQLite's own way
/// of saying "no index for this term". Other indexes, and the automatic indexes joins build,
/// stay usable (`NOT INDEXED` would forbid those too, and turn a join into a nested scan).
/// Only integer, float, date and datetime columns are wrapped, and they are typed by their
/// values anyway; booleans, which need their declared type, keep it.
///
/// Because a wrapped column cannot be a join's lookup key either, the shadowed plan is used
/// only if it has no more nested full scans than the first plan; otherwise the statement
/// runs as first planned.
public struct FilterIndexes: Sendable {
    static let namePrefix = "plexe_filter_"

    /// How long a plan that may lose with a filter index runs before it is given up.
    public static let defaultTrial: Duration = .milliseconds(2)

    /// A value looked up through a non-covering filter index may match at most this share of
    /// the rows, by `sqlite_stat1`'s average, for the plan to be kept.
    static let selectiveShare = 0.01

    /// Lowercased index name → the share of the table's rows one value matches on average
    /// (1 when unknown).
    private(set) var shares: [String: Double] = [:]
    /// Table → its filter-indexed columns.
    private(set) var indexedColumns: [String: Set<String>] = [:]

    /// The tables that carry filter indexes.
    var tables: [String] { indexedColumns.keys.sorted() }

    var isEmpty: Bool { shares.isEmpty }

    /// No filter indexes (what a connection that hides them sees).
    static let none = FilterIndexes()

    private init() {}

    /// Reads the filter indexes and their statistics. Runs before the authorizer is
    /// installed, which would refuse these reads of the schema's internals.
    init(database: SQLiteDatabase) throws {
        let indexes = try database.query(
            """
            SELECT i.name, i.tbl_name, c.name FROM sqlite_master AS i, pragma_index_info(i.name) AS c
            WHERE i.type = 'index' AND i.name GLOB '\(Self.namePrefix)*'
            """
        ) { ($0.string(0), $0.string(1), $0.string(2)) }
        guard !indexes.isEmpty else { return }
        for (name, table, column) in indexes {
            shares[name.lowercased()] = 1
            indexedColumns[table, default: []].insert(column)
        }
        let hasStatistics = try database.queryFirst("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'") { $0.int(0) } != nil
        guard hasStatistics else { return }
        let statistics = try database.query("SELECT idx, stat FROM sqlite_stat1 WHERE idx GLOB '\(Self.namePrefix)*'") {
            ($0.string(0), $0.string(1))
        }
        for (name, stat) in statistics {
            // "rows rowsPerValue [options]"
            let numbers = stat.split(separator: " ").prefix(2).compactMap { Double($0) }
            if numbers.count == 2, numbers[0] > 0 {
                shares[name.lowercased()] = min(1, numbers[1] / numbers[0])
            }
        }
    }

    /// True when a statement with this plan may run where the filter indexes are visible.
    func allows(plan: QueryPlan) -> Bool {
        plan.steps.allSatisfy { allows(step: $0.detail, isInnerLoop: $0.isInnerLoop) }
    }

    /// One plan step, e.g. `SEARCH c USING INDEX plexe_filter_customers_age (age>?)`.
    private func allows(step detail: String, isInnerLoop: Bool) -> Bool {
        // Covering uses read as "USING COVERING INDEX name", which this does not match.
        guard let range = detail.range(of: " USING INDEX ") else { return true }
        let rest = detail[range.upperBound...]
        let name = rest.prefix { $0 != " " }
        guard let share = shares[name.lowercased()] else { return true }  // not a filter index
        // Only "(col=?)" lookups are kept; a range, or a walk in the index's order for an
        // ORDER BY or GROUP BY, fetches rows without bound.
        let constraint = rest.dropFirst(name.count).trimmingPrefix(" ")
        guard constraint.hasPrefix("("), constraint.hasSuffix("=?)"), !constraint.contains(">"), !constraint.contains("<") else {
            return false
        }
        return isInnerLoop || share <= Self.selectiveShare
    }

    /// Shadows every table that has filter indexes with a view that cannot use them (see the
    /// type's comment). For a connection that has not yet been made read-only: the views
    /// live in its own temporary schema, never in the file.
    func hide(on database: SQLiteDatabase) throws {
        for (table, indexed) in indexedColumns.sorted(by: { $0.key < $1.key }) {
            let columns = try database.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", [.text(table)]) { $0.string(0) }
            let list = columns.map { column in
                indexed.contains(column) ? "+\(quoteIdentifier(column)) AS \(quoteIdentifier(column))" : quoteIdentifier(column)
            }.joined(separator: ", ")
            try database.execute("CREATE TEMP VIEW \(quoteIdentifier(table)) AS SELECT \(list) FROM main.\(quoteIdentifier(table))")
        }
    }
}
