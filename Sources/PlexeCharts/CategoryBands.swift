import PlexeFoundation

/// Where categories, bars and points sit along the x axis, in category units: category `i`
/// owns the band `[i, i + 1]` of the range `[0, categoryCount]`. Each renderer maps these
/// units to its own pixels, so the SVG and the PNG thumbnail place bars identically.
struct CategoryBands: Sendable {
    let categoryCount: Int
    let seriesCount: Int
    let kind: ChartSpec.Kind
    /// The share of a bar chart's band left empty between groups of bars.
    static let barGroupGap = 0.25

    init(categoryCount: Int, seriesCount: Int, kind: ChartSpec.Kind) {
        self.categoryCount = categoryCount
        self.seriesCount = max(1, seriesCount)
        self.kind = kind
    }

    /// The centre of a category's band: where its label and line-chart point go.
    func center(of category: Int) -> Double {
        Double(category) + 0.5
    }

    /// The left and right edge of the bar for `series` in `category`.
    ///
    /// Bar charts group a category's bars side by side in the middle of its band, with a gap
    /// between groups; histogram bars fill their bin edge to edge, because adjacent bins are
    /// adjacent ranges of one variable.
    /// - Parameter maximumBarWidth: the widest a bar may be, in category units; this keeps a
    ///   chart of two categories from drawing slabs half the plot wide.
    func barSpan(category: Int, series: Int, maximumBarWidth: Double = .infinity) -> ClosedRange<Double> {
        let groupShare = kind == .histogram ? 1.0 : 1.0 - Self.barGroupGap
        let barWidth = min(groupShare / Double(seriesCount), maximumBarWidth)
        let groupWidth = barWidth * Double(seriesCount)
        let groupStart = center(of: category) - groupWidth / 2
        let start = groupStart + barWidth * Double(series)
        return start...(start + barWidth)
    }
}
