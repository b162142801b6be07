/// Which x-axis labels the SVG shows, where, and at what angle.
///
/// Labels come from user data and can be many and long. In order of preference: every label
/// level and centred under its band; for sequences (line charts) every n-th label level, so
/// that "Jan · Apr · Jul" stays legible; otherwise every label turned 45° (thinned to every
/// n-th only when even rotated text would overlap) and cut short with "…" past a maximum
/// length, the full text kept as a tooltip.
struct XAxisLabelLayout: Sendable {
    enum Orientation: Sendable {
        case horizontal
        /// Turned 45° counter-clockwise, the end of the text at the tick.
        case rotated
    }

    struct Entry: Sendable {
        /// Where the label belongs, in category units (band centre, or bin edge).
        let position: Double
        /// The text to draw, possibly shortened.
        let text: String
        /// The label as given, for the tooltip of a shortened one.
        let fullText: String
    }

    static let fontSize = 11.0
    /// The gap between the plot's bottom edge and the top of the labels (tick marks live here).
    static let tickGap = 6.0
    private static let rotationSine = 0.7071
    /// How far below the tick gap a rotated label's end sits, so its glyphs clear the axis.
    static let rotatedBaselineDrop = 6.0

    let orientation: Orientation
    let entries: [Entry]
    /// The vertical space the labels need below the plot.
    let height: Double

    /// Labels at the bin edges of a histogram, thinned to a round stride (every 2nd, 5th, 10th
    /// edge…) so they do not touch. A `nil` edge (the open end of a "< 20" bin) has no label.
    static func binEdges(_ edges: [Double?], bandWidth: Double) -> XAxisLabelLayout {
        let texts = edgeTexts(edges)
        let widest = texts.compactMap { $0.map { TextMeasure.width($0, fontSize: fontSize) } }.max() ?? 0
        let stride = roundStride(atLeast: (widest + 10) / max(bandWidth, 0.01))
        let firstLabelled = edges.firstIndex { $0 != nil } ?? 0
        let entries = Swift.stride(from: firstLabelled, to: edges.count, by: stride).compactMap { index in
            texts[index].map { Entry(position: Double(index), text: $0, fullText: $0) }
        }
        return XAxisLabelLayout(orientation: .horizontal, entries: entries, height: tickGap + fontSize + 4)
    }

    /// The half-width of the widest bin-edge label: how far the last label may reach past the
    /// plot's right edge, which the right margin must leave room for.
    static func binEdgeOverhang(_ edges: [Double?]) -> Double {
        (edgeTexts(edges).compactMap { $0.map { TextMeasure.width($0, fontSize: fontSize) } }.max() ?? 0) / 2
    }

    /// Every edge written with the same number of decimals, the fewest that tell them apart.
    private static func edgeTexts(_ edges: [Double?]) -> [String?] {
        let decimals = HistogramBinEdges.decimals(for: edges.compactMap { $0 })
        return edges.map { $0.map { ChartNumberFormat.fixed($0, decimals: decimals, grouped: true) } }
    }

    /// Labels centred under category bands.
    /// - Parameters:
    ///   - isSequence: the categories are an ordered sequence (a line chart's x axis), where
    ///     showing every n-th label loses nothing a reader needs.
    ///   - plotLeft: the x of the plot's left edge; with `bandWidth` it says where each label
    ///     lands, so a label near the edge of the picture can be shortened to stay inside it.
    ///   - canvasWidth: the width of the whole picture.
    ///   - maximumHeight: the most vertical space the labels may take.
    static func categories(
        _ labels: [String], isSequence: Bool, plotLeft: Double, bandWidth: Double, canvasWidth: Double, maximumHeight: Double
    ) -> XAxisLabelLayout {
        let widths = labels.map { TextMeasure.width($0, fontSize: fontSize) }
        let widest = widths.max() ?? 0
        let horizontalHeight = tickGap + fontSize + 4
        func center(_ index: Int) -> Double { plotLeft + (Double(index) + 0.5) * bandWidth }

        if widest <= bandWidth - 6 {
            let entries = labels.indices.map { Entry(position: Double($0) + 0.5, text: labels[$0], fullText: labels[$0]) }
            return XAxisLabelLayout(orientation: .horizontal, entries: entries, height: horizontalHeight)
        }

        if isSequence, widest <= 90 {
            let stride = Int(((widest + 12) / max(bandWidth, 0.01)).rounded(.up))
            let entries = Swift.stride(from: 0, to: labels.count, by: max(1, stride)).map { index in
                // Keep a label at either end of the picture from spilling over it.
                let room = 2 * min(center(index) - 2, canvasWidth - 2 - center(index))
                return Entry(
                    position: Double(index) + 0.5,
                    text: TextMeasure.truncated(labels[index], toWidth: room, fontSize: fontSize),
                    fullText: labels[index])
            }
            return XAxisLabelLayout(orientation: .horizontal, entries: entries, height: horizontalHeight)
        }

        let longest = min(140, max(24, (maximumHeight - tickGap - fontSize) / rotationSine))
        // Rotated labels overlap when their baselines are closer than about a line's height.
        let stride = max(1, Int((fontSize * 1.4 / rotationSine / max(bandWidth, 0.01)).rounded(.up)))
        var tallest = 0.0
        let entries = Swift.stride(from: 0, to: labels.count, by: stride).map { index in
            // The text runs down and to the left of its tick: near the left edge it must be shorter.
            let room = min(longest, (center(index) + fontSize * 0.35 - 2) / rotationSine)
            let text = TextMeasure.truncated(labels[index], toWidth: room, fontSize: fontSize)
            tallest = max(tallest, TextMeasure.width(text, fontSize: fontSize))
            return Entry(position: Double(index) + 0.5, text: text, fullText: labels[index])
        }
        return XAxisLabelLayout(
            orientation: .rotated, entries: entries, height: tickGap + rotatedBaselineDrop + tallest * rotationSine + 4)
    }

    /// The smallest of 1, 2, 5, 10, 20, 50… that is at least `minimum`.
    private static func roundStride(atLeast minimum: Double) -> Int {
        var magnitude = 1
        while true {
            for multiple in [1, 2, 5] where Double(multiple * magnitude) >= minimum {
                return multiple * magnitude
            }
            if magnitude > Int.max / 100 { return Int.max / 10 }
            magnitude *= 10
        }
    }
}
