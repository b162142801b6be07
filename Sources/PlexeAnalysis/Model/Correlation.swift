/// The Pearson correlation of two columns over the rows where both have a value.
///
/// Booleans take part as 0/1 and dates as day numbers, so "churn vs last_purchase" is a
/// point-biserial correlation, as pandas' `df.corr()` would compute after the same encoding.
public struct Correlation: Sendable, Equatable, Codable {
    /// The column that comes first in the table.
    public var feature1: String
    public var feature2: String
    /// Pearson's r, unrounded, in [-1, 1].
    public var coefficient: Double
    /// Rows where both columns have a value (the pairwise-complete sample).
    public var pairCount: Int

    public init(feature1: String, feature2: String, coefficient: Double, pairCount: Int) {
        self.feature1 = feature1
        self.feature2 = feature2
        self.coefficient = coefficient
        self.pairCount = pairCount
    }
}
