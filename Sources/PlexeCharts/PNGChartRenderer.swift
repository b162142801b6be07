import PlexeFoundation

/// Draws a `ChartSpec` as a small PNG: the `thumbnail_url` answer of a visualization.
///
/// A thumbnail is a glance, not a reading: it shows the shape of the data (bars, bins or the
/// line, over gridlines at the same round steps as the SVG, with the zero line marked) in
/// the same colours as the full chart, and leaves text to the SVG. The rasteriser and the PNG
/// encoder are hand-written because no package the project may use renders charts or
/// encodes PNG (details in `RasterCanvas` and `PNGEncoder`).
public enum PNGChartRenderer {
    /// Renders `chart` as PNG bytes of `width` × `height` pixels (clamped to 16 … 4096 each).
    /// An empty chart still answers a valid image: the empty axes.
    public static func render(_ chart: ChartSpec, width: Int = 320, height: Int = 200) -> [UInt8] {
        let width = min(max(width, 16), 4096)
        let height = min(max(height, 16), 4096)
        var canvas = RasterCanvas(width: width, height: height, background: ChartPalette.background)
        let prepared = PreparedChart(chart)

        let margin = max(3, (Double(min(width, height)) * 0.05).rounded())
        let plotLeft = margin
        let plotRight = Double(width) - margin
        let plotTop = margin
        let plotBottom = Double(height) - margin
        let plotWidth = plotRight - plotLeft
        let plotHeight = plotBottom - plotTop

        guard let range = prepared.valueRange else {
            drawAxes(on: &canvas, left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom, baseline: plotBottom)
            return PNGEncoder.encode(rgb: canvas.pixels, width: width, height: height)
        }

        if prepared.kind == .scatter, let xRange = prepared.xRange {
            // Points at their (x, y), over the same gridlines, axes along the left and bottom.
            let yAxis = ValueAxis(range: range, zero: .whenNearby, targetTickCount: max(2, min(6, Int(plotHeight / 40))))
            let xAxis = ValueAxis(range: xRange, zero: .whenNearby, targetTickCount: max(2, min(8, Int(plotWidth / 50))))
            for tick in yAxis.ticks {
                let row = (plotBottom - tick.fraction * plotHeight).rounded(.down)
                canvas.fillRectangle(left: plotLeft, top: row, right: plotRight, bottom: row + 1, color: ChartPalette.gridLine)
            }
            let radius = max(1, Double(min(width, height)) / 100)
            for (seriesIndex, points) in prepared.points.enumerated() {
                for point in points {
                    canvas.fillCircle(
                        centerX: plotLeft + xAxis.fraction(of: point.x) * plotWidth,
                        centerY: plotBottom - yAxis.fraction(of: point.y) * plotHeight,
                        radius: radius, color: ChartPalette.seriesColor(seriesIndex))
                }
            }
            drawAxes(on: &canvas, left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom, baseline: plotBottom)
            return PNGEncoder.encode(rgb: canvas.pixels, width: width, height: height)
        }
        let axis = ValueAxis(
            range: range, zero: prepared.kind == .lineChart ? .whenNearby : .always,
            targetTickCount: max(2, min(6, Int(plotHeight / 40))))
        func y(_ value: Double) -> Double { plotBottom - axis.fraction(of: value) * plotHeight }
        let bandWidth = plotWidth / Double(prepared.categoryCount)
        func x(_ categoryUnits: Double) -> Double { plotLeft + categoryUnits * bandWidth }

        for tick in axis.ticks {
            let row = (plotBottom - tick.fraction * plotHeight).rounded(.down)
            canvas.fillRectangle(left: plotLeft, top: row, right: plotRight, bottom: row + 1, color: ChartPalette.gridLine)
        }

        let bands = CategoryBands(categoryCount: prepared.categoryCount, seriesCount: prepared.series.count, kind: prepared.kind)
        let zeroY = y(0)
        for (seriesIndex, series) in prepared.series.enumerated() {
            let color = ChartPalette.seriesColor(seriesIndex)
            if prepared.kind == .lineChart {
                drawLine(series, bands: bands, x: x, y: y, color: color, on: &canvas)
                continue
            }
            // As in the SVG, bar-chart bars are capped in width (here at 30 % of the plot) and
            // histogram bins are not.
            let maximumBarWidth = prepared.kind == .histogram ? .infinity : 0.3 * plotWidth / bandWidth
            for (category, value) in series.values.enumerated() {
                guard let value else { continue }
                let span = bands.barSpan(category: category, series: seriesIndex, maximumBarWidth: maximumBarWidth)
                var left = x(span.lowerBound)
                var right = x(span.upperBound)
                // As in the SVG: a one-pixel gap between adjacent bars, if they are wide enough to spare it.
                if right - left >= 4 {
                    left += 0.5
                    right -= 0.5
                }
                let valueY = y(value)
                canvas.fillRectangle(left: left, top: min(valueY, zeroY), right: right, bottom: max(valueY, zeroY), color: color)
            }
        }

        let baseline = (plotBottom - (axis.zeroFraction ?? 0) * plotHeight).rounded(.down)
        drawAxes(on: &canvas, left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom, baseline: baseline)
        return PNGEncoder.encode(rgb: canvas.pixels, width: width, height: height)
    }

    /// The y axis along the plot's left edge and the x axis along `baseline` (zero, or the bottom).
    private static func drawAxes(on canvas: inout RasterCanvas, left: Double, right: Double, top: Double, bottom: Double, baseline: Double) {
        canvas.fillRectangle(left: left - 1, top: top, right: left, bottom: bottom + 1, color: ChartPalette.axisLine)
        canvas.fillRectangle(left: left - 1, top: baseline, right: right, bottom: baseline + 1, color: ChartPalette.axisLine)
    }

    /// A line through each run of consecutive values; lone points (a run of one) as dots.
    private static func drawLine(
        _ series: PreparedChart.Series, bands: CategoryBands, x: (Double) -> Double, y: (Double) -> Double,
        color: RGBColor, on canvas: inout RasterCanvas
    ) {
        var run: [(x: Double, y: Double)] = []
        func flush() {
            if run.count == 1 {
                canvas.fillCircle(centerX: run[0].x, centerY: run[0].y, radius: 2, color: color)
            } else if run.count > 1 {
                canvas.strokePolyline(run, lineWidth: 2, color: color)
            }
            run = []
        }
        for (category, value) in series.values.enumerated() {
            if let value {
                run.append((x(bands.center(of: category)), y(value)))
            } else {
                flush()
            }
        }
        flush()
    }
}
