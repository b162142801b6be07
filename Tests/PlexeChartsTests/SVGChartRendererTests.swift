import PlexeFoundation
import Testing

@testable import PlexeCharts

@Suite struct SVGChartRendererTests {
    private func render(_ chart: ChartSpec, width: Int = 640, height: Int = 400) throws -> (markup: String, probe: SVGProbe) {
        let markup = SVGChartRenderer.render(chart, width: width, height: height)
        let probe = try #require(SVGProbe.parse(markup), "not well-formed XML:\n\(markup)")
        return (markup, probe)
    }

    private func chart(_ kind: ChartSpec.Kind, _ labels: [String], _ values: [Double], title: String = "Chart") -> ChartSpec {
        ChartSpec(kind: kind, title: title, labels: labels, datasets: [.init(label: "Value", data: values)])
    }

    private func bars(_ labels: [String], _ values: [Double], title: String = "Chart") -> ChartSpec {
        chart(.barChart, labels, values, title: title)
    }

    @Test func documentHasTitleViewBoxAndFont() throws {
        let (_, svg) = try render(bars(["a", "b"], [1, 2], title: "Customers by Country"), width: 500, height: 300)
        let root = try #require(svg.root)
        #expect(root.name == "svg")
        #expect(root.attributes["viewBox"] == "0 0 500 300")
        #expect(root.attributes["width"] == "500" && root.attributes["height"] == "300")
        #expect(root.attributes["font-family"] == "sans-serif")
        #expect(root.children.first?.name == "title")
        #expect(root.children.first?.text == "Customers by Country")
        #expect(svg.elements("text", class: "chart-title").map(\.text) == ["Customers by Country"])
        #expect(root.children.dropFirst().first?.name == "desc")
        #expect(root.children.dropFirst().first?.text == "Bar chart with 2 categories and 1 series.")
    }

    @Test func oneBarPerFiniteValueAcrossDatasets() throws {
        let chart = ChartSpec(
            kind: .barChart, title: "Churn by Country", labels: ["US", "CA", "UK", "DE", "FR"],
            datasets: [
                .init(label: "Retained", data: [3400, 1100, 1500, 1300, 980]),
                .init(label: "Churned", data: [810, .nan, 475, 320, 260]),
                .init(label: "Unknown", data: [1, 2, 3, 4, .infinity]),
            ])
        let (_, svg) = try render(chart)
        #expect(svg.elements("rect", class: "bar").count == 13)
        // Grouped: the three bars of a category sit side by side, in dataset order, without overlap.
        let firstGroup = svg.elements("rect", class: "bar").filter { $0.children.first?.text.hasPrefix("US") == true }
        let lefts = firstGroup.compactMap { $0.number("x") }
        #expect(lefts.count == 3 && lefts == lefts.sorted())
        #expect(zip(firstGroup, firstGroup.dropFirst()).allSatisfy { ($0.number("x")! + $0.number("width")!) <= $1.number("x")! + 0.01 })
        // Each dataset keeps one colour.
        let fills = svg.elements("rect", class: "bar").map { $0.attributes["fill"] ?? "" }
        #expect(Set(fills).count == 3)
    }

    @Test func legendOnlyWithSeveralDatasets() throws {
        let single = try render(bars(["a", "b"], [1, 2])).probe
        #expect(single.elements("g", class: "legend").isEmpty)

        let chart = ChartSpec(
            kind: .barChart, title: "Churn", labels: ["US", "CA"],
            datasets: [
                .init(label: "Retained", data: [3, 4]), .init(label: "Churned", data: [1, 2]),
            ])
        let legend = try #require(try render(chart).probe.elements("g", class: "legend").first)
        #expect(legend.descendants.filter { $0.name == "text" }.map(\.text) == ["Retained", "Churned"])
    }

    @Test func yTicksAreRoundNumbers() throws {
        let (_, svg) = try render(bars(["US", "CA", "UK"], [4210, 1380, 1975]))
        let labels = svg.all.filter { $0.name == "text" && $0.isInside(groupClass: "y-axis") }.map(\.text)
        #expect(labels == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"])
    }

    @Test func hostileLabelsAreEscapedAndSurviveIntact() throws {
        let hostile = [
            "<script>alert(\"x\")</script>", "Fish & Chips", "O'Brien \"Jr\"", "Zürich", "東京", "👍🏽 great", "]]> <!-- -->",
            "bell\u{07}tab\tnew\nline", "non\u{FFFF}character",
        ]
        let chart = ChartSpec(
            kind: .barChart, title: "<b>Title</b> & \"more\"", labels: hostile,
            datasets: [
                .init(label: "Series <1> & 'two'", data: hostile.indices.map(Double.init)),
                .init(label: "plain", data: hostile.indices.map { Double($0) * 2 }),
            ],
            xAxisTitle: "x <axis>", yAxisTitle: "y & axis")
        let (markup, svg) = try render(chart, width: 1200)
        #expect(!markup.contains("<script"))
        #expect(!markup.contains("<b>"))
        #expect(svg.root?.children.first?.text == "<b>Title</b> & \"more\"")
        let xLabels = svg.elements("text", class: "x-label").map { $0.text }
        #expect(xLabels.contains("Fish & Chips"))
        #expect(xLabels.contains("O'Brien \"Jr\""))
        #expect(xLabels.contains("Zürich"))
        #expect(xLabels.contains("東京"))
        // Control characters become spaces; XML-forbidden noncharacters a replacement character.
        #expect(xLabels.contains("bell tab new line"))
        #expect(xLabels.contains("non\u{FFFD}character"))
        // The full label is kept (as a tooltip) even where the visible text was shortened.
        let tooltips = svg.elements("rect", class: "bar").compactMap { $0.children.first?.text }
        #expect(tooltips.contains { $0.hasPrefix("<script>alert(\"x\")</script> · Series <1> & 'two'") })
        #expect(svg.elements("text", class: "x-title").first?.text == "x <axis>")
        #expect(svg.elements("text", class: "y-title").first?.text == "y & axis")
    }

    @Test func emptyChartsSayNoData() throws {
        let cases = [
            ChartSpec(kind: .barChart, title: "Nothing", labels: [], datasets: []),
            ChartSpec(kind: .histogram, title: "Nothing", labels: ["a", "b"], datasets: []),
            ChartSpec(kind: .lineChart, title: "Nothing", labels: ["a", "b"], datasets: [.init(label: "x", data: [.nan, .infinity])]),
        ]
        for chart in cases {
            let (_, svg) = try render(chart)
            #expect(svg.elements("text", class: "no-data").map(\.text) == ["No data"])
            #expect(svg.elements("rect", class: "bar").isEmpty)
            #expect(svg.elements("polyline").isEmpty)
        }
    }

    @Test func oneValue() throws {
        let (_, svg) = try render(bars(["only"], [42]))
        let bar = try #require(svg.elements("rect", class: "bar").first)
        #expect(svg.elements("rect", class: "bar").count == 1)
        #expect(bar.number("height")! > 100)
        #expect(bar.number("width")! <= 90)  // one category does not become a slab across the plot
    }

    @Test func negativeBarsHangFromTheZeroBaseline() throws {
        let (_, svg) = try render(bars(["up", "down"], [10, -10]))
        let rects = svg.elements("rect", class: "bar")
        let up = try #require(rects.first)
        let down = try #require(rects.last)
        let upBottom = up.number("y")! + up.number("height")!
        #expect(abs(upBottom - down.number("y")!) < 0.02)
        #expect(abs(up.number("height")! - down.number("height")!) < 0.02)
        let yLabels = svg.all.filter { $0.name == "text" && $0.isInside(groupClass: "y-axis") }.map(\.text)
        #expect(yLabels.first == "-10" && yLabels.last == "10" && yLabels.contains("0"))
    }

    @Test(
        arguments: [[Double]]([
            [1.7e308, -1.7e308, Double.leastNonzeroMagnitude],
            [Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude],
            [1e-300, 2e-300],
            [Double.nan, 3, Double.infinity, -Double.infinity],
            [1e15, 1e15 + 1],
            [0, 0, 0],
            [-5, -5],
        ]))
    func extremeValuesStayDrawable(values: [Double]) throws {
        for kind in [ChartSpec.Kind.barChart, .histogram, .lineChart] {
            let labels = values.indices.map { "c\($0)" }
            let (markup, svg) = try render(chart(kind, labels, values))
            #expect(!markup.lowercased().contains("nan"))
            #expect(!markup.contains("inf"))
            let finite = values.filter(\.isFinite).count
            if kind == .lineChart {
                #expect(svg.elements("circle", class: "point").count == finite)
            } else {
                #expect(svg.elements("rect", class: "bar").count == finite)
            }
            for element in svg.all {
                for key in ["x", "y", "width", "height", "cx", "cy"] {
                    if let text = element.attributes[key] { #expect(Double(text)?.isFinite == true, "\(key)=\(text)") }
                }
            }
        }
    }

    @Test func histogramIsLabelledAtBinEdges() throws {
        let (_, svg) = try render(chart(.histogram, ["0-10", "10-20", "20-30", "30-40"], [5, 9, 4, 1]))
        #expect(svg.elements("text", class: "x-label").map(\.text) == ["0", "10", "20", "30", "40"])
        // Adjacent: each bar starts within a pixel of where the previous one ends.
        let rects = svg.elements("rect", class: "bar")
        #expect(rects.count == 4)
        for (left, right) in zip(rects, rects.dropFirst()) {
            #expect(abs(left.number("x")! + left.number("width")! - right.number("x")!) <= 1.01)
        }
    }

    @Test func histogramOpenEndedAndIntegerBins() throws {
        let open = try render(chart(.histogram, ["< 0", "0–2.5", "2.5–5", "> 5"], [1, 5, 9, 2])).probe
        #expect(open.elements("text", class: "x-label").map(\.text) == ["0.0", "2.5", "5.0"])
        #expect(open.elements("rect", class: "bar").count == 4)
        let integral = try render(chart(.histogram, ["20–24", "25–29", "30–34"], [3, 6, 2])).probe
        #expect(integral.elements("text", class: "x-label").map(\.text) == ["20", "25", "30", "35"])
    }

    @Test func histogramWithOtherLabelsFallsBackToCategories() throws {
        let (_, svg) = try render(chart(.histogram, ["0-5", "10-15", "20-25"], [5, 9, 4]))
        #expect(svg.elements("text", class: "x-label").map(\.text) == ["0-5", "10-15", "20-25"])
    }

    @Test func manyLongLabelsAreRotatedShortenedAndThinned() throws {
        let labels = (0..<60).map { "Product number \($0) with a long descriptive name" }
        let (_, svg) = try render(bars(labels, labels.indices.map(Double.init)))
        let shown = svg.elements("text", class: "x-label")
        #expect(shown.count < 60 && shown.count >= 10)
        #expect(shown.allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(-45") == true })
        #expect(shown.allSatisfy { $0.text.hasSuffix("…") })
        #expect(shown.allSatisfy { $0.children.first?.name == "title" && $0.children.first!.text.hasPrefix("Product number") })
        #expect(svg.elements("rect", class: "bar").count == 60)
    }

    @Test func shortLabelsStayLevel() throws {
        let (_, svg) = try render(bars(["US", "CA", "UK"], [1, 2, 3]))
        let shown = svg.elements("text", class: "x-label")
        #expect(shown.map(\.text) == ["US", "CA", "UK"])
        #expect(shown.allSatisfy { $0.attributes["transform"] == nil })
    }

    @Test func scatterDrawsOnePointPerFinitePointOnTwoValueAxes() throws {
        let chart = ChartSpec(
            kind: .scatter, title: "Tip by bill", labels: [],
            datasets: [.init(label: "tip", data: [1, 2, .nan, 4, 5], x: [10, 20, 30, .infinity, 50])],
            xAxisTitle: "total_bill", yAxisTitle: "tip")
        let (_, svg) = try render(chart)
        let points = svg.elements("circle", class: "point")
        #expect(points.count == 3)
        #expect(svg.root?.children.dropFirst().first?.text == "Scatter chart with 3 points and 1 series.")
        // Larger x is further right, larger y higher up.
        let xs = points.compactMap { $0.number("cx") }
        let ys = points.compactMap { $0.number("cy") }
        #expect(xs == xs.sorted() && ys == ys.sorted(by: >))
        #expect(points.first?.children.first?.text == "(10, 1)")
        // Both axes carry numbers; the axis titles are the columns.
        #expect(svg.elements("text", class: "x-label").count >= 2)
        #expect(svg.elements("text", class: "x-title").map(\.text) == ["total_bill"])
        #expect(svg.elements("text", class: "y-title").map(\.text) == ["tip"])
        #expect(svg.elements("rect", class: "bar").isEmpty)
        let empty = try render(ChartSpec(kind: .scatter, title: "t", labels: [], datasets: [.init(label: "y", data: [], x: [])])).probe
        #expect(empty.elements("text", class: "no-data").count == 1)
    }

    @Test func lineChartBreaksAtMissingValues() throws {
        let months = (1...24).map { "2024-\($0)" }
        var values = (0..<24).map { 100 + Double($0) }
        values[10] = .nan
        values[22] = .nan  // leaves value 23 alone: a run of one, drawn as a point only
        let chart = ChartSpec(kind: .lineChart, title: "Monthly", labels: months, datasets: [.init(label: "Revenue", data: values)])
        let (_, svg) = try render(chart)
        let lines = svg.elements("polyline", class: "line")
        #expect(lines.count == 2)
        #expect(lines.map { $0.attributes["points"]!.split(separator: " ").count } == [10, 11])
        #expect(svg.elements("circle", class: "point").count == 22)
        // 24 month labels do not fit level at 640 px: every n-th is shown, level.
        let shown = svg.elements("text", class: "x-label")
        #expect(shown.count < 24 && shown.first?.text == "2024-1")
        #expect(shown.allSatisfy { $0.attributes["transform"] == nil })
    }

    @Test func lineChartZoomsInOnDataFarFromZero() throws {
        let chart = ChartSpec(kind: .lineChart, title: "Rate", labels: ["a", "b", "c"], datasets: [.init(label: "x", data: [1010, 1050, 1090])])
        let (_, svg) = try render(chart)
        let labels = svg.all.filter { $0.name == "text" && $0.isInside(groupClass: "y-axis") }.map(\.text)
        #expect(labels.first != "0")
        #expect(labels.first.flatMap { Double($0.replacingOccurrences(of: ",", with: "")) }.map { $0 <= 1010 && $0 >= 900 } == true)
    }

    @Test func datasetsAndLabelsOfDifferentLengths() throws {
        let chart = ChartSpec(
            kind: .barChart, title: "Ragged", labels: ["a", "b", "c", "d"],
            datasets: [
                .init(label: "short", data: [1, 2]), .init(label: "long", data: [1, 2, 3, 4, 5, 6]),
            ])
        let (_, svg) = try render(chart)
        #expect(svg.elements("rect", class: "bar").count == 8)
    }

    @Test func tinyAndHugeCanvasesStayValid() throws {
        let spec = bars(["a", "b", "c"], [1, 2, 3], title: String(repeating: "Long title ", count: 20))
        let (_, small) = try render(spec, width: 1, height: 1)
        #expect(small.root?.attributes["viewBox"] == "0 0 160 120")
        #expect(small.elements("text", class: "chart-title").first?.text.hasSuffix("…") == true)
        let (_, large) = try render(spec, width: 100_000, height: 3000)
        #expect(large.root?.attributes["width"] == "8000")
    }

    /// Random charts, deterministic from a seed: every one must come out as well-formed XML
    /// with one bar or point per finite value, and as a PNG that decodes, whatever the labels
    /// and values hold.
    @Test func randomChartsAlwaysRender() throws {
        var random = SplitMix64(seed: 0x5EED)
        let alphabet: [String] = ["a", "Z", " ", "<", ">", "&", "\"", "'", "é", "東", "👍🏽", "\u{0}", "\u{1F}", "\u{FFFF}", "\n", "-", "5", ".", "]]>"]
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1e308, -1e308, Double.leastNormalMagnitude / 100, 42, -7.5]
        func text(maxLength: Int) -> String {
            (0..<random.next(below: maxLength + 1)).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
        }
        for round in 0..<150 {
            let kind = [ChartSpec.Kind.barChart, .histogram, .lineChart][round % 3]
            let count = random.next(below: 30)
            let datasets = (0..<random.next(below: 4)).map { _ in
                ChartSpec.Dataset(
                    label: text(maxLength: 12),
                    data: (0..<random.next(below: count + 3)).map { _ in
                        random.next(below: 4) == 0 ? specials[random.next(below: specials.count)] : Double(random.next(below: 2001)) - 1000
                    })
            }
            let spec = ChartSpec(
                kind: kind, title: text(maxLength: 40), labels: (0..<count).map { _ in text(maxLength: 25) },
                datasets: datasets, xAxisTitle: round % 2 == 0 ? text(maxLength: 10) : nil, yAxisTitle: text(maxLength: 10))
            let (_, svg) = try render(spec, width: 200 + random.next(below: 900), height: 120 + random.next(below: 600))
            let finite = datasets.flatMap(\.data).filter(\.isFinite).count
            let categories = max(count, datasets.map(\.data.count).max() ?? 0)
            if kind != .lineChart {
                #expect(svg.elements("rect", class: "bar").count == finite, "round \(round)")
            } else if categories <= 40 {  // longer lines mark only lone points
                #expect(svg.elements("circle", class: "point").count == finite, "round \(round)")
            }
            let png = try PNGProbe(PNGChartRenderer.render(spec, width: 16 + random.next(below: 200), height: 16 + random.next(below: 120)))
            #expect(png.chunks.allSatisfy { $0.crcMatches })
        }
    }
}

/// A tiny seeded generator (SplitMix64), so the random test is the same on every run.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return bound <= 0 ? 0 : Int(value % UInt64(bound))
    }
}
