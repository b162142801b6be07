/// One observation about a file: the reference's `insights` entry
/// (`{"type", "message", "severity"}`).
public struct Insight: Sendable, Equatable, Codable {
    /// The reference's `type` values plus ydata-profiling's alert names.
    public enum Kind: String, Sendable, CaseIterable {
        case missingData = "missing_data"
        case outliers
        case imbalance
        case constant
        case unique
        case highCardinality = "high_cardinality"
        case highCorrelation = "high_correlation"
        case skewed
        case zeros
        case duplicateRows = "duplicate_rows"
    }

    public var finding: Finding
    public var severity: Priority
    /// A sentence for people, with the figures (`"The 'age' column has 2.4% missing values."`).
    public var message: String

    public var kind: Kind { finding.kind }

    public init(finding: Finding, severity: Priority, message: String) {
        self.finding = finding
        self.severity = severity
        self.message = message
    }
}
