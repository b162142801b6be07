/// Descriptive statistics of the non-null values of an integer or float column: the
/// reference's `summary` entry.
///
/// Definitions match pandas' defaults, so a user can reproduce any figure with
/// `df[col].describe()`:
/// - `median` is the true median (the mean of the two middle values for an even count);
/// - `q1`, `q3` are quantiles by linear interpolation between closest ranks (numpy's default
///   "linear" method, Hyndman & Fan type 7): the p-quantile of sorted x₀…xₙ₋₁ is
///   xₖ + (h − k)(xₖ₊₁ − xₖ) with h = (n − 1)p, k = ⌊h⌋;
/// - `standardDeviation` is the sample standard deviation (divisor n − 1), nil for fewer
///   than two values.
public struct NumericSummary: Sendable, Equatable, Codable {
    /// Number of non-null values summarised.
    public var count: Int
    public var min: Double
    public var max: Double
    public var mean: Double
    public var median: Double
    public var standardDeviation: Double?
    public var q1: Double
    public var q3: Double

    public init(
        count: Int, min: Double, max: Double, mean: Double, median: Double,
        standardDeviation: Double?, q1: Double, q3: Double
    ) {
        self.count = count
        self.min = min
        self.max = max
        self.mean = mean
        self.median = median
        self.standardDeviation = standardDeviation
        self.q1 = q1
        self.q3 = q3
    }
}
