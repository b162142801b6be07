import PlexeFoundation

/// Draws a `ChartSpec` as a standalone SVG document: the `?format=svg` answer of a
/// visualization.
///
/// The picture is meant to be dropped into a report as it is: a title, a value axis with
/// gridlines at round steps (1, 2, 5 × 10^k) that reaches zero for bars, category labels that
/// stay legible however many or long they are (rotated, thinned, shortened with "…"), a legend
/// when there are several series, and "No data" rather than an empty frame when there is
/// nothing to draw. Every label comes from user data, so all text is XML-escaped and the
/// output is well-formed XML for any input; NaN and infinite values count as missing.
///
/// Layout is computed here rather than left to CSS or a browser because the document must
/// look the same wherever it is opened, including viewers that only draw plain SVG 1.1.
public enum SVGChartRenderer {
    /// Renders `chart` at `width` × `height` pixels (its `viewBox`; it scales cleanly).
    /// Sizes are clamped to 160 × 120 … 8000 × 8000: below that nothing readable fits.
    public static func render(_ chart: ChartSpec, width: Int = 640, height: Int = 400) -> String {
        let prepared = PreparedChart(chart)
        let canvas = (width: Double(min(max(width, 160), 8000)), height: Double(min(max(height, 120), 8000)))
        var svg = SVGWriter()
        let documentTitle = prepared.title.isEmpty ? kindName(prepared.kind) : prepared.title
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        svg.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(canvas.width))\" height=\"\(Int(canvas.height))\" viewBox=\"0 0 \(Int(canvas.width)) \(Int(canvas.height))\" font-family=\"sans-serif\" role=\"img\">"
        )
        svg.raw("<title>\(XMLEscaping.escaped(documentTitle))</title>")
        svg.raw("<desc>\(XMLEscaping.escaped(summary(of: prepared)))</desc>")
        svg.rect(x: 0, y: 0, width: canvas.width, height: canvas.height, color: ChartPalette.background, className: "background")

        var top = Layout.padding
        if !prepared.title.isEmpty {
            let shown = TextMeasure.truncated(prepared.title, toWidth: canvas.width - 2 * Layout.padding, fontSize: Layout.titleFontSize, bold: true)
            svg.text(
                shown, x: canvas.width / 2, y: top + Layout.titleFontSize, size: Layout.titleFontSize, color: ChartPalette.text,
                anchor: "middle", weight: "bold", className: "chart-title", tooltip: shown == prepared.title ? nil : prepared.title)
            top += Layout.titleFontSize + 10
        }
        if prepared.series.count > 1 {
            let legend = LegendLayout(names: prepared.series.map(\.label), top: top, left: Layout.padding, right: canvas.width - Layout.padding)
            drawLegend(legend, kind: prepared.kind, into: &svg)
            top += legend.height + 4
        }

        if prepared.kind == .scatter, let range = prepared.valueRange, let xRange = prepared.xRange {
            drawScatter(prepared, yRange: range, xRange: xRange, top: top, canvas: canvas, into: &svg)
        } else if let range = prepared.valueRange, prepared.kind != .scatter {
            drawPlot(prepared, range: range, top: top, canvas: canvas, into: &svg)
        } else {
            svg.text(
                "No data", x: canvas.width / 2, y: (top + canvas.height) / 2, size: 14, color: ChartPalette.secondaryText,
                anchor: "middle", className: "no-data")
        }
        svg.raw("</svg>\n")
        return svg.markup
    }

    private enum Layout {
        static let padding = 12.0
        static let titleFontSize = 16.0
        static let tickFontSize = 11.0
        static let axisTitleFontSize = 12.0
        /// No bar of a bar chart is drawn wider than this, in pixels.
        static let maximumBarWidth = 90.0
    }

    /// Axes, gridlines, the data and the axis labels, below `top`.
    private static func drawPlot(
        _ chart: PreparedChart, range: ClosedRange<Double>, top: Double, canvas: (width: Double, height: Double), into svg: inout SVGWriter
    ) {
        let plotTop = top + 8  // room for the top tick label, which is centred on its gridline
        let targetTickCount = max(2, min(8, Int((canvas.height - plotTop - 60) / 55)))
        let axis = ValueAxis(range: range, zero: chart.kind == .lineChart ? .whenNearby : .always, targetTickCount: targetTickCount)
        let ticks = axis.ticks
        let widestTickLabel = ticks.map { TextMeasure.width($0.label, fontSize: Layout.tickFontSize) }.max() ?? 0

        let yTitleSpace = chart.yAxisTitle == nil ? 0.0 : Layout.axisTitleFontSize + 8
        let plotLeft = Layout.padding + yTitleSpace + widestTickLabel + 8
        let binEdges = chart.kind == .histogram ? HistogramBinEdges.parse(chart.categoryLabels) : nil
        let plotRight = canvas.width - Layout.padding - max(6, binEdges.map(XAxisLabelLayout.binEdgeOverhang) ?? 0)
        let plotWidth = max(10, plotRight - plotLeft)
        let bandWidth = plotWidth / Double(chart.categoryCount)

        let xLabels =
            binEdges.map { XAxisLabelLayout.binEdges($0, bandWidth: bandWidth) }
            ?? XAxisLabelLayout.categories(
                chart.categoryLabels, isSequence: chart.kind == .lineChart, plotLeft: plotLeft, bandWidth: bandWidth,
                canvasWidth: canvas.width, maximumHeight: (canvas.height - top) * 0.35)
        let xTitleSpace = chart.xAxisTitle == nil ? 0.0 : Layout.axisTitleFontSize + 8
        let plotBottom = max(plotTop + 20, canvas.height - Layout.padding - xTitleSpace - xLabels.height)
        let plotHeight = plotBottom - plotTop

        func x(_ categoryUnits: Double) -> Double { plotLeft + categoryUnits * bandWidth }
        func y(_ value: Double) -> Double { plotBottom - axis.fraction(of: value) * plotHeight }
        /// Horizontal hairlines land on pixel centres so they draw one pixel sharp.
        func crisp(_ coordinate: Double) -> Double { coordinate.rounded(.down) + 0.5 }

        svg.raw("<g class=\"grid\">")
        for tick in ticks {
            let lineY = crisp(plotBottom - tick.fraction * plotHeight)
            svg.line(x1: plotLeft, y1: lineY, x2: plotLeft + plotWidth, y2: lineY, color: ChartPalette.gridLine)
        }
        svg.raw("</g><g class=\"y-axis\">")
        for tick in ticks {
            svg.text(
                tick.label, x: plotLeft - 6, y: plotBottom - tick.fraction * plotHeight + Layout.tickFontSize * 0.35,
                size: Layout.tickFontSize, color: ChartPalette.secondaryText, anchor: "end")
        }
        svg.raw("</g>")

        let bands = CategoryBands(categoryCount: chart.categoryCount, seriesCount: chart.series.count, kind: chart.kind)
        if chart.kind == .lineChart {
            drawLines(chart, bands: bands, x: x, y: y, into: &svg)
        } else {
            // Histogram bins fill their band whatever its width: they are adjacent ranges.
            let maximumBarWidth = chart.kind == .histogram ? .infinity : Layout.maximumBarWidth / bandWidth
            drawBars(chart, bands: bands, maximumBarWidth: maximumBarWidth, x: x, y: y, into: &svg)
        }

        // The x axis runs along zero when the domain spans it, so negative bars hang below it.
        let baseline = crisp(plotBottom - (axis.zeroFraction ?? 0) * plotHeight)
        svg.raw("<g class=\"axes\">")
        svg.line(x1: crisp(plotLeft) - 1, y1: plotTop, x2: crisp(plotLeft) - 1, y2: plotBottom, color: ChartPalette.axisLine)
        svg.line(x1: plotLeft - 1, y1: baseline, x2: plotLeft + plotWidth, y2: baseline, color: ChartPalette.axisLine)
        svg.raw("</g>")

        svg.raw("<g class=\"x-axis\">")
        let labelsTop = plotBottom + XAxisLabelLayout.tickGap
        for entry in xLabels.entries {
            let entryX = x(entry.position)
            let tooltip = entry.text == entry.fullText ? nil : entry.fullText
            if chart.kind != .barChart {
                svg.line(x1: entryX, y1: plotBottom, x2: entryX, y2: plotBottom + 4, color: ChartPalette.axisLine)
            }
            switch xLabels.orientation {
            case .horizontal:
                svg.text(
                    entry.text, x: entryX, y: labelsTop + XAxisLabelLayout.fontSize, size: XAxisLabelLayout.fontSize,
                    color: ChartPalette.secondaryText, anchor: "middle", className: "x-label", tooltip: tooltip)
            case .rotated:
                svg.text(
                    entry.text, x: entryX + XAxisLabelLayout.fontSize * 0.35, y: labelsTop + XAxisLabelLayout.rotatedBaselineDrop,
                    size: XAxisLabelLayout.fontSize, color: ChartPalette.secondaryText, anchor: "end", rotation: -45,
                    className: "x-label", tooltip: tooltip)
            }
        }
        svg.raw("</g>")

        drawAxisTitles(chart, plotLeft: plotLeft, plotWidth: plotWidth, plotTop: plotTop, plotBottom: plotBottom, canvas: canvas, into: &svg)
    }

    /// A scatter chart: value axes on both sides (zoomed on the data, as for lines), a
    /// `circle class="point"` per point, smaller when there are many.
    private static func drawScatter(
        _ chart: PreparedChart, yRange: ClosedRange<Double>, xRange: ClosedRange<Double>, top: Double,
        canvas: (width: Double, height: Double), into svg: inout SVGWriter
    ) {
        let plotTop = top + 8
        let yAxis = ValueAxis(range: yRange, zero: .whenNearby, targetTickCount: max(2, min(8, Int((canvas.height - plotTop - 60) / 55))))
        let widestTickLabel = yAxis.ticks.map { TextMeasure.width($0.label, fontSize: Layout.tickFontSize) }.max() ?? 0
        let yTitleSpace = chart.yAxisTitle == nil ? 0.0 : Layout.axisTitleFontSize + 8
        let plotLeft = Layout.padding + yTitleSpace + widestTickLabel + 8
        let plotRight = canvas.width - Layout.padding - 12
        let plotWidth = max(10, plotRight - plotLeft)
        let xAxis = ValueAxis(range: xRange, zero: .whenNearby, targetTickCount: max(2, min(10, Int(plotWidth / 80))))
        let xTitleSpace = chart.xAxisTitle == nil ? 0.0 : Layout.axisTitleFontSize + 8
        let plotBottom = max(plotTop + 20, canvas.height - Layout.padding - xTitleSpace - Layout.tickFontSize - 10)
        let plotHeight = plotBottom - plotTop
        func x(_ value: Double) -> Double { plotLeft + xAxis.fraction(of: value) * plotWidth }
        func y(_ value: Double) -> Double { plotBottom - yAxis.fraction(of: value) * plotHeight }
        func crisp(_ coordinate: Double) -> Double { coordinate.rounded(.down) + 0.5 }

        svg.raw("<g class=\"grid\">")
        for tick in yAxis.ticks {
            let lineY = crisp(plotBottom - tick.fraction * plotHeight)
            svg.line(x1: plotLeft, y1: lineY, x2: plotLeft + plotWidth, y2: lineY, color: ChartPalette.gridLine)
        }
        for tick in xAxis.ticks {
            let lineX = crisp(plotLeft + tick.fraction * plotWidth)
            svg.line(x1: lineX, y1: plotTop, x2: lineX, y2: plotBottom, color: ChartPalette.gridLine)
        }
        svg.raw("</g><g class=\"y-axis\">")
        for tick in yAxis.ticks {
            svg.text(
                tick.label, x: plotLeft - 6, y: plotBottom - tick.fraction * plotHeight + Layout.tickFontSize * 0.35,
                size: Layout.tickFontSize, color: ChartPalette.secondaryText, anchor: "end")
        }
        svg.raw("</g><g class=\"x-axis\">")
        for tick in xAxis.ticks {
            svg.text(
                tick.label, x: plotLeft + tick.fraction * plotWidth, y: plotBottom + 6 + Layout.tickFontSize,
                size: Layout.tickFontSize, color: ChartPalette.secondaryText, anchor: "middle", className: "x-label")
        }
        svg.raw("</g>")
        let count = chart.points.map(\.count).reduce(0, +)
        let radius = count > 1000 ? 1.5 : count > 200 ? 2.5 : 3.5
        for (seriesIndex, points) in chart.points.enumerated() {
            let color = ChartPalette.seriesColor(seriesIndex)
            svg.raw("<g class=\"series\">")
            for point in points {
                svg.circle(
                    x: x(point.x), y: y(point.y), radius: radius, fill: color, stroke: ChartPalette.background, className: "point",
                    tooltip: "(\(ChartNumberFormat.value(point.x)), \(ChartNumberFormat.value(point.y)))")
            }
            svg.raw("</g>")
        }
        svg.raw("<g class=\"axes\">")
        svg.line(x1: crisp(plotLeft) - 1, y1: plotTop, x2: crisp(plotLeft) - 1, y2: plotBottom, color: ChartPalette.axisLine)
        svg.line(x1: plotLeft - 1, y1: crisp(plotBottom), x2: plotLeft + plotWidth, y2: crisp(plotBottom), color: ChartPalette.axisLine)
        svg.raw("</g>")
        drawAxisTitles(chart, plotLeft: plotLeft, plotWidth: plotWidth, plotTop: plotTop, plotBottom: plotBottom, canvas: canvas, into: &svg)
    }

    /// The x title centred under the plot, the y title turned up along its left side; each cut
    /// to the room it has.
    private static func drawAxisTitles(
        _ chart: PreparedChart, plotLeft: Double, plotWidth: Double, plotTop: Double, plotBottom: Double,
        canvas: (width: Double, height: Double), into svg: inout SVGWriter
    ) {
        if let title = chart.xAxisTitle {
            let shown = TextMeasure.truncated(title, toWidth: canvas.width - 2 * Layout.padding, fontSize: Layout.axisTitleFontSize)
            svg.text(
                shown, x: plotLeft + plotWidth / 2, y: canvas.height - Layout.padding - 2, size: Layout.axisTitleFontSize,
                color: ChartPalette.text, anchor: "middle", className: "x-title")
        }
        if let title = chart.yAxisTitle {
            let shown = TextMeasure.truncated(title, toWidth: plotBottom - plotTop, fontSize: Layout.axisTitleFontSize)
            svg.text(
                shown, x: Layout.padding + Layout.axisTitleFontSize, y: (plotTop + plotBottom) / 2, size: Layout.axisTitleFontSize,
                color: ChartPalette.text, anchor: "middle", rotation: -90, className: "y-title")
        }
    }

    /// One `rect class="bar"` per finite value, from zero to the value (downwards for negatives).
    private static func drawBars(
        _ chart: PreparedChart, bands: CategoryBands, maximumBarWidth: Double,
        x: (Double) -> Double, y: (Double) -> Double, into svg: inout SVGWriter
    ) {
        let zeroY = y(0)
        for (seriesIndex, series) in chart.series.enumerated() {
            svg.raw("<g class=\"series\">")
            for (category, value) in series.values.enumerated() {
                guard let value else { continue }
                let span = bands.barSpan(category: category, series: seriesIndex, maximumBarWidth: maximumBarWidth)
                var left = x(span.lowerBound)
                var right = x(span.upperBound)
                // Adjacent bars (histogram bins, bars of one group) get a hairline of white
                // between them, unless that would eat most of a thin bar.
                let gap = min(1, (right - left) * 0.15)
                left += gap / 2
                right -= gap / 2
                let valueY = y(value)
                svg.rect(
                    x: left, y: min(valueY, zeroY), width: right - left, height: abs(valueY - zeroY),
                    color: ChartPalette.seriesColor(seriesIndex), className: "bar",
                    tooltip: tooltip(chart, series: seriesIndex, category: category, value: value))
            }
            svg.raw("</g>")
        }
    }

    /// A polyline per run of consecutive values (a missing value breaks the line), with point
    /// markers when the points are few enough to tell apart, and always on a lone point.
    private static func drawLines(
        _ chart: PreparedChart, bands: CategoryBands, x: (Double) -> Double, y: (Double) -> Double, into svg: inout SVGWriter
    ) {
        let markAllPoints = chart.categoryCount <= 40
        for (seriesIndex, series) in chart.series.enumerated() {
            let color = ChartPalette.seriesColor(seriesIndex)
            svg.raw("<g class=\"series\">")
            var runs: [[Int]] = []
            var current: [Int] = []
            for (category, value) in series.values.enumerated() {
                if value == nil {
                    if !current.isEmpty { runs.append(current) }
                    current = []
                } else {
                    current.append(category)
                }
            }
            if !current.isEmpty { runs.append(current) }

            func point(_ category: Int) -> (x: Double, y: Double) {
                (x(bands.center(of: category)), y(series.values[category] ?? 0))
            }
            for run in runs where run.count > 1 {
                svg.polyline(run.map(point), color: color, width: 2)
            }
            for run in runs where markAllPoints || run.count == 1 {
                for category in run {
                    let location = point(category)
                    svg.circle(
                        x: location.x, y: location.y, radius: 3, fill: color, stroke: ChartPalette.background, className: "point",
                        tooltip: tooltip(chart, series: seriesIndex, category: category, value: series.values[category] ?? 0))
                }
            }
            svg.raw("</g>")
        }
    }

    private static func drawLegend(_ legend: LegendLayout, kind: ChartSpec.Kind, into svg: inout SVGWriter) {
        svg.raw("<g class=\"legend\">")
        let size = LegendLayout.swatchSize
        for item in legend.items {
            let color = ChartPalette.seriesColor(item.seriesIndex)
            if kind == .lineChart {
                svg.line(x1: item.x, y1: item.y, x2: item.x + size, y2: item.y, color: color, width: 2)
            } else {
                svg.rect(x: item.x, y: item.y - size / 2, width: size, height: size, color: color)
            }
            svg.text(
                item.text, x: item.x + size + 5, y: item.y + LegendLayout.fontSize * 0.35, size: LegendLayout.fontSize,
                color: ChartPalette.text, tooltip: item.text == item.fullText ? nil : item.fullText)
        }
        if let note = legend.overflowNote {
            svg.text(note.text, x: note.x, y: note.y + LegendLayout.fontSize * 0.35, size: LegendLayout.fontSize, color: ChartPalette.secondaryText)
        }
        svg.raw("</g>")
    }

    /// "US: 1,234" or, with several series, "US · Churned: 1,234".
    private static func tooltip(_ chart: PreparedChart, series: Int, category: Int, value: Double) -> String {
        var subject = chart.categoryLabels[category]
        if chart.series.count > 1 {
            let name = chart.series[series].label
            subject = subject.isEmpty ? name : name.isEmpty ? subject : "\(subject) · \(name)"
        }
        return subject.isEmpty ? ChartNumberFormat.value(value) : "\(subject): \(ChartNumberFormat.value(value))"
    }

    private static func kindName(_ kind: ChartSpec.Kind) -> String {
        switch kind {
        case .barChart: "Bar chart"
        case .histogram: "Histogram"
        case .lineChart: "Line chart"
        case .scatter: "Scatter chart"
        }
    }

    /// The `<desc>` a screen reader announces: what kind of chart, over how much data.
    private static func summary(of chart: PreparedChart) -> String {
        guard chart.hasData else { return "\(kindName(chart.kind)) with no data." }
        let (one, many) =
            chart.kind == .histogram
            ? ("bin", "bins") : chart.kind == .lineChart || chart.kind == .scatter ? ("point", "points") : ("category", "categories")
        let units = chart.kind == .scatter ? chart.points.map(\.count).reduce(0, +) : chart.categoryCount
        let count = "\(units) \(units == 1 ? one : many)"
        return "\(kindName(chart.kind)) with \(count) and \(chart.series.count) series."
    }
}
