import PlexeFoundation

/// The shape of an answer: rows, or a chart made from the first two result columns.
public enum ResultType: String, Sendable, Codable, CaseIterable {
    case table
    case visualization
}

/// A question turned into one read-only SQLite `SELECT` over the session's tables.
public struct Translation: Sendable, Equatable {
    /// One `SELECT` (or `WITH … SELECT`) statement, written the way a person would write it.
    ///
    /// For a visualization the first result column holds the labels (categories, periods or
    /// bins) and the second the values, so the caller can build `data.labels` and
    /// `data.datasets[0].data` without knowing how the question was understood.
    public var sql: String
    public var resultType: ResultType
    /// The chart that fits the result (set only for visualizations): a bar chart for
    /// categories, a line chart over time, a histogram for the distribution of a number.
    public var visualizationType: ChartSpec.Kind?
    /// A short caption made from the question ("Number of customers by plan type").
    public var title: String

    public init(sql: String, resultType: ResultType, visualizationType: ChartSpec.Kind?, title: String) {
        self.sql = sql
        self.resultType = resultType
        self.visualizationType = visualizationType
        self.title = title
    }
}
