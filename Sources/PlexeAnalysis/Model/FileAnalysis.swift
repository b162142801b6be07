import PlexeFoundation

/// The analysis of one file (one table) of an upload: the reference's per-file object in
/// `GET /data/analysis/{job_id}`, as plain values.
///
/// `json(visualizationURLs:)` renders it; `DatasetAnalyzer.recommendations(for:)` derives the
/// upload-level advice from several of them.
public struct FileAnalysis: Sendable, Equatable, Codable {
    /// The file's name in the upload (`customers.csv`).
    public var filename: String
    /// The SQL table that was read (`customers`).
    public var tableName: String
    public var depth: AnalysisDepth
    /// Rows read (not the count recorded at ingest, which may be stale).
    public var rowCount: Int
    /// One profile per column, in table order.
    public var columns: [ColumnProfile]
    /// Correlations worth reporting, strongest first (`comprehensive` only): every pair with
    /// |r| ≥ `DatasetAnalyzer.reportedCorrelationFloor`, at most
    /// `DatasetAnalyzer.reportedCorrelationLimit` of them.
    public var correlations: [Correlation]
    /// Most severe first (`comprehensive` only).
    public var insights: [Insight]
    /// Charts to store and serve under `viz_` ids (`comprehensive` only): histograms, then
    /// category bar charts, then one grouped chart against the imbalanced boolean.
    public var visualizations: [ChartSpec]
    /// Rows that repeat an earlier row in every column (`comprehensive` only, else nil).
    public var duplicateRowCount: Int?

    public init(
        filename: String, tableName: String, depth: AnalysisDepth, rowCount: Int,
        columns: [ColumnProfile], correlations: [Correlation] = [], insights: [Insight] = [],
        visualizations: [ChartSpec] = [], duplicateRowCount: Int? = nil
    ) {
        self.filename = filename
        self.tableName = tableName
        self.depth = depth
        self.rowCount = rowCount
        self.columns = columns
        self.correlations = correlations
        self.insights = insights
        self.visualizations = visualizations
        self.duplicateRowCount = duplicateRowCount
    }

    /// The profile of a column by name.
    public func column(_ name: String) -> ColumnProfile? { columns.first { $0.name == name } }
}
