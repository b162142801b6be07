import PlexeFoundation

/// Everything one analysis learned about one column.
///
/// The reference's `stats` object is a projection of these profiles (`missing_values`,
/// `column_types`, `summary`, `categorical_counts`); the remaining fields feed insights and
/// recommendations and are kept public so that a caller can explain a finding.
public struct ColumnProfile: Sendable, Equatable, Codable {
    public var name: String
    public var type: ColumnType
    /// NULL values (empty fields).
    public var missingCount: Int
    /// Non-null values.
    public var valueCount: Int
    /// Distinct non-null values. Nil when not measured: at `basic` depth a string column with
    /// more than `CategoryCounts.distinctLimit` values is not counted further. For strings
    /// past that limit the count compares 64-bit hashes of the values (a false merge has a
    /// probability near n²/2⁶⁵, about 3·10⁻⁸ for a million values).
    public var distinctCount: Int?
    /// Integer and float columns with at least one value.
    public var summary: NumericSummary?
    /// String and boolean columns with at most `CategoryCounts.distinctLimit` distinct values.
    public var categoryCounts: CategoryCounts?
    /// Values exactly 0 (integer and float columns, `comprehensive`).
    public var zeroCount: Int?
    /// Values more than 3 sample standard deviations from the mean (integer and float
    /// columns, `comprehensive`).
    public var outlierCount: Int?
    /// Adjusted Fisher–Pearson skewness G₁ = √(n(n−1))/(n−2) · m₃/m₂^{3/2}, as pandas'
    /// `Series.skew()` (integer and float columns with three or more values, `comprehensive`).
    public var skewness: Double?
    /// Date and datetime values that could not be read as a calendar date; they count as
    /// present but take no part in correlations.
    public var unparseableCount: Int
    /// Earliest and latest value of a `date` column (`YYYY-MM-DD`, `comprehensive`).
    public var earliestDate: String?
    public var latestDate: String?

    public init(
        name: String, type: ColumnType, missingCount: Int, valueCount: Int,
        distinctCount: Int? = nil, summary: NumericSummary? = nil,
        categoryCounts: CategoryCounts? = nil, zeroCount: Int? = nil,
        outlierCount: Int? = nil, skewness: Double? = nil, unparseableCount: Int = 0,
        earliestDate: String? = nil, latestDate: String? = nil
    ) {
        self.name = name
        self.type = type
        self.missingCount = missingCount
        self.valueCount = valueCount
        self.distinctCount = distinctCount
        self.summary = summary
        self.categoryCounts = categoryCounts
        self.zeroCount = zeroCount
        self.outlierCount = outlierCount
        self.skewness = skewness
        self.unparseableCount = unparseableCount
        self.earliestDate = earliestDate
        self.latestDate = latestDate
    }

    /// One distinct value in a column that has values.
    var isConstant: Bool { distinctCount == 1 }
    /// Every non-null value distinct (at least two of them), the profile of an identifier.
    var isUnique: Bool { valueCount >= 2 && distinctCount == valueCount }
}
