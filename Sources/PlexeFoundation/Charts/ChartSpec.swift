/// A chart as data: what an analysis visualization and a natural-language visualization
/// answer as JSON (`visualization_type`, `title`, `data: {labels, datasets}`), and what the
/// renderers draw as SVG and PNG.
public struct ChartSpec: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case barChart = "bar_chart"
        case histogram
        case lineChart = "line_chart"
        /// Points `{x, y}`: two measures of the same rows against each other.
        case scatter
    }

    public struct Dataset: Sendable, Codable, Equatable {
        public var label: String
        /// One value per label; for a scatter chart, the y of each point.
        public var data: [Double]
        /// The x of each point of a scatter chart (as many as `data`); nil for other charts.
        public var x: [Double]?
        public init(label: String, data: [Double], x: [Double]? = nil) {
            self.label = label
            self.data = data
            self.x = x
        }
    }

    public var kind: Kind
    public var title: String
    /// One label per category, bin or point on the x axis (none for a scatter chart, whose
    /// points carry their x).
    public var labels: [String]
    /// One or more series, each with one value per label.
    public var datasets: [Dataset]
    /// Axis captions, when known (the column names the chart was made from).
    public var xAxisTitle: String?
    public var yAxisTitle: String?

    public init(kind: Kind, title: String, labels: [String], datasets: [Dataset], xAxisTitle: String? = nil, yAxisTitle: String? = nil) {
        self.kind = kind
        self.title = title
        self.labels = labels
        self.datasets = datasets
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
    }

    enum CodingKeys: String, CodingKey {
        case kind = "visualization_type"
        case title, labels, datasets
        case xAxisTitle = "x_axis_title"
        case yAxisTitle = "y_axis_title"
    }
}
