import PlexeFoundation

/// What an insight rule found, with the figures behind it.
///
/// Insights carry a `Finding` rather than only a sentence so that recommendations (and
/// tests) work from the facts, not by parsing English.
public enum Finding: Sendable, Equatable, Codable {
    /// `column` has `missing` NULLs out of `rows`; `concentration` when they fall
    /// disproportionately in one class of a boolean column.
    case missingData(column: String, type: ColumnType, missing: Int, rows: Int, concentration: MissingConcentration?)
    /// `count` of the `values` non-null values lie more than 3 standard deviations from the mean.
    case outliers(column: String, count: Int, values: Int, mean: Double, standardDeviation: Double)
    /// The rarest value `minority` has `minorityShare` of the values, the commonest
    /// `majority` has `majorityShare` (shares of non-null values, 0…1).
    case imbalance(column: String, type: ColumnType, minority: String, minorityShare: Double, majority: String, majorityShare: Double)
    /// Every non-null value is `value`.
    case constant(column: String, value: String)
    /// Every non-null value is distinct.
    case unique(column: String, type: ColumnType, values: Int)
    /// A string column with `distinct` values, more than `CategoryCounts.distinctLimit`, that is not unique.
    case highCardinality(column: String, distinct: Int, values: Int)
    /// |r| above 0.9 (ydata-profiling's threshold).
    case highCorrelation(Correlation)
    /// |skewness| above 20 (ydata-profiling's threshold).
    case skewed(column: String, skewness: Double)
    /// `count` zeros out of `rows` rows, more than 1% of them.
    case zeros(column: String, count: Int, rows: Int)
    /// `count` rows repeat an earlier row in every column (NULLs compare equal), out of `rows`.
    case duplicateRows(count: Int, rows: Int)

    public var kind: Insight.Kind {
        switch self {
        case .missingData: return .missingData
        case .outliers: return .outliers
        case .imbalance: return .imbalance
        case .constant: return .constant
        case .unique: return .unique
        case .highCardinality: return .highCardinality
        case .highCorrelation: return .highCorrelation
        case .skewed: return .skewed
        case .zeros: return .zeros
        case .duplicateRows: return .duplicateRows
        }
    }

    /// The columns the finding is about (none for duplicate rows).
    public var columns: [String] {
        switch self {
        case .missingData(let c, _, _, _, _), .outliers(let c, _, _, _, _), .imbalance(let c, _, _, _, _, _),
            .constant(let c, _), .unique(let c, _, _), .highCardinality(let c, _, _),
            .skewed(let c, _), .zeros(let c, _, _):
            return [c]
        case .highCorrelation(let r): return [r.feature1, r.feature2]
        case .duplicateRows: return []
        }
    }
}

/// Missing values of one column that fall mostly in one class of a boolean column.
///
/// "Concentrates" is measured against the class's base rate: of the missing rows whose
/// boolean is known, at least half are in the class, that share is at least 1.5 times the
/// class's share of all rows, and the excess is significant (a one-sided binomial z-score of
/// at least 3, with at least 20 such rows), so that a handful of NULLs never makes a claim.
public struct MissingConcentration: Sendable, Equatable, Codable {
    public var booleanColumn: String
    public var booleanValue: Bool
    /// Share of the missing rows (with a known boolean) that have `booleanValue`.
    public var shareOfMissing: Double
    /// Share of all rows (with a known boolean) that have `booleanValue`.
    public var baseRate: Double

    public init(booleanColumn: String, booleanValue: Bool, shareOfMissing: Double, baseRate: Double) {
        self.booleanColumn = booleanColumn
        self.booleanValue = booleanValue
        self.shareOfMissing = shareOfMissing
        self.baseRate = baseRate
    }
}
