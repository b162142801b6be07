/// The frequency table of a low-cardinality string or boolean column: the reference's
/// `categorical_counts` entry.
///
/// Only columns with at most `CategoryCounts.distinctLimit` distinct values get one (the
/// contract's rule); it then lists the `CategoryCounts.shownValues` most frequent values
/// (ties broken by value, in byte order, so the answer is deterministic) and sums the rest
/// into `other`. Booleans are keyed `"true"` / `"false"`.
public struct CategoryCounts: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var value: String
        public var count: Int
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// Columns with more distinct values than this get no counts.
    public static let distinctLimit = 50
    /// How many values are listed before the rest is summed into `other`.
    public static let shownValues = 10

    /// The most frequent values, most frequent first.
    public var top: [Entry]
    /// Rows holding any of the values not in `top` (0 when every value is listed).
    public var other: Int
    /// Distinct non-null values in the column.
    public var distinctCount: Int

    public init(top: [Entry], other: Int, distinctCount: Int) {
        self.top = top
        self.other = other
        self.distinctCount = distinctCount
    }

    /// Builds the table from every (value, count) pair of a column.
    static func from(_ all: [Entry]) -> CategoryCounts {
        let ranked = all.sorted { a, b in
            a.count != b.count ? a.count > b.count : Array(a.value.utf8).lexicographicallyPrecedes(Array(b.value.utf8))
        }
        let top = Array(ranked.prefix(shownValues))
        let other = ranked.dropFirst(shownValues).reduce(0) { $0 + $1.count }
        return CategoryCounts(top: top, other: other, distinctCount: all.count)
    }
}
