import PlexeFoundation

/// A `ChartSpec` made safe to draw: both renderers start from this, never from the spec.
///
/// Specs come from user data and from analysis code, so nothing in them can be trusted to be
/// tidy: datasets may be shorter or longer than the labels, values may be NaN or infinite
/// (an average over no rows, a division by zero), and labels may hold control characters
/// that are not even legal in XML. Here every series gets exactly one slot per category,
/// non-finite values become missing (`nil`: no bar, a gap in a line), and labels are
/// cleaned of control characters.
struct PreparedChart: Sendable {
    struct Series: Sendable {
        let label: String
        /// One value per category; `nil` where the spec had no value or a non-finite one.
        let values: [Double?]
    }

    let kind: ChartSpec.Kind
    let title: String
    let xAxisTitle: String?
    let yAxisTitle: String?
    /// One label per category (empty where the spec had fewer labels than values).
    let categoryLabels: [String]
    let series: [Series]
    /// The smallest and largest finite value over all series (the y of scatter points);
    /// `nil` when there is nothing to draw.
    let valueRange: ClosedRange<Double>?
    /// A scatter chart's points with both coordinates finite, per series (empty for others).
    let points: [[(x: Double, y: Double)]]
    /// The smallest and largest x of the points; `nil` for other charts or without points.
    let xRange: ClosedRange<Double>?

    var categoryCount: Int { categoryLabels.count }
    var hasData: Bool { valueRange != nil }

    init(_ spec: ChartSpec) {
        kind = spec.kind
        title = Self.cleaned(spec.title)
        xAxisTitle = spec.xAxisTitle.map(Self.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        yAxisTitle = spec.yAxisTitle.map(Self.cleaned).flatMap { $0.isEmpty ? nil : $0 }

        if spec.kind == .scatter {
            // Points carry their own x: no categories.
            categoryLabels = []
            var (lowX, highX, lowY, highY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
            points = spec.datasets.map { dataset in
                zip(dataset.x ?? [], dataset.data).filter { $0.0.isFinite && $0.1.isFinite }.map { point in
                    lowX = min(lowX, point.0)
                    highX = max(highX, point.0)
                    lowY = min(lowY, point.1)
                    highY = max(highY, point.1)
                    return (x: point.0, y: point.1)
                }
            }
            series = spec.datasets.map { Series(label: Self.cleaned($0.label), values: []) }
            valueRange = lowY <= highY ? lowY...highY : nil
            xRange = lowX <= highX ? lowX...highX : nil
            return
        }
        points = []
        xRange = nil
        let count = max(spec.labels.count, spec.datasets.map(\.data.count).max() ?? 0)
        categoryLabels = (0..<count).map { $0 < spec.labels.count ? Self.cleaned(spec.labels[$0]) : "" }

        var low = Double.infinity
        var high = -Double.infinity
        series = spec.datasets.map { dataset in
            let values: [Double?] = (0..<count).map { index in
                guard index < dataset.data.count, dataset.data[index].isFinite else { return nil }
                let value = dataset.data[index]
                low = min(low, value)
                high = max(high, value)
                return value
            }
            return Series(label: Self.cleaned(dataset.label), values: values)
        }
        valueRange = low <= high ? low...high : nil
    }

    /// The text with control characters (tabs and newlines included: a label is one line) turned
    /// into spaces, runs of whitespace collapsed, and the Unicode noncharacters U+FFFE/U+FFFF,
    /// which XML forbids, replaced by U+FFFD.
    static func cleaned(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}
