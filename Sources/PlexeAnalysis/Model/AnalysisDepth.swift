/// How much an analysis job computes: the reference's `analysis_type`.
///
/// `basic` reads the table once and answers per-column statistics, missing values, types and
/// categorical counts. `comprehensive` keeps the values it needs while reading so that it can
/// also answer correlations, insights, recommendations and visualizations, and fingerprints
/// every row to count duplicates; it costs more memory (about 8 bytes per row per numeric,
/// boolean, date and high-cardinality string column).
public enum AnalysisDepth: String, Sendable, Codable, CaseIterable {
    case basic
    case comprehensive
}
