import PlexeFoundation
import Testing

@testable import PlexeCharts

@Suite struct HistogramBinEdgesTests {
    @Test func rangesBecomeEdges() {
        #expect(HistogramBinEdges.parse(["0-10", "10-20", "20-30"]) == [0, 10, 20, 30])
        #expect(HistogramBinEdges.parse(["-10--5", "-5-0", "0-5"]) == [-10, -5, 0, 5])
        #expect(HistogramBinEdges.parse(["[18.0, 21.35)", "[21.35, 24.7]"]) == [18, 21.35, 24.7])
        #expect(HistogramBinEdges.parse(["20 – 25", "25 – 30"]) == [20, 25, 30])
        #expect(HistogramBinEdges.parse(["1e3 to 2e3", "2e3 to 3e3"]) == [1000, 2000, 3000])
    }

    @Test func plexeAnalysisStyleLabels() {
        // Float bins with outliers on both sides, as PlexeAnalysis's HistogramBuilder writes them.
        #expect(HistogramBinEdges.parse(["< -50", "-50–0", "0–50", "50–100", "> 100"]) == [nil, -50, 0, 50, 100, nil])
        // Closed integer ranges: "20–24" is the bin from 20 up to 25.
        #expect(HistogramBinEdges.parse(["20–24", "25–29", "30–34", "≥ 35"]) == [20, 25, 30, 35, nil])
        #expect(HistogramBinEdges.parse(["<= 0", "0–2.5", "2.5–5"]) == [nil, 0, 2.5, 5])
    }

    @Test func otherLabelsAreNotEdges() {
        #expect(HistogramBinEdges.parse(["0-5", "10-15"]) == nil)  // a gap between bins
        #expect(HistogramBinEdges.parse(["0.5-1.5", "2.5-3.5"]) == nil)
        #expect(HistogramBinEdges.parse(["Q1 2023", "Q2 2023"]) == nil)
        #expect(HistogramBinEdges.parse(["20", "25", "30"]) == nil)
        #expect(HistogramBinEdges.parse(["30-20"]) == nil)
        #expect(HistogramBinEdges.parse(["< 20", "25-30"]) == nil)  // the open bin does not meet the next
        #expect(HistogramBinEdges.parse(["< 20", "> 30"]) == nil)  // no closed bin at all
        #expect(HistogramBinEdges.parse([]) == nil)
        #expect(HistogramBinEdges.parse(["1e300-2e300", "2e300-3e300"]) == nil)  // too wide to write out
    }

    @Test func edgeDecimals() {
        #expect(HistogramBinEdges.decimals(for: [0, 10, 20]) == 0)
        #expect(HistogramBinEdges.decimals(for: [18, 21.35, 24.7]) == 1)
        #expect(HistogramBinEdges.decimals(for: [0, 0.001, 0.002]) == 3)
    }
}

@Suite struct ChartNumberFormatTests {
    @Test func fixedAndGrouped() {
        #expect(ChartNumberFormat.fixed(1_234_567, decimals: 0, grouped: true) == "1,234,567")
        #expect(ChartNumberFormat.fixed(-1234.5, decimals: 1, grouped: true) == "-1,234.5")
        #expect(ChartNumberFormat.fixed(999, decimals: 0, grouped: true) == "999")
        #expect(ChartNumberFormat.fixed(-0.0001, decimals: 2, grouped: true) == "0.00")
    }

    @Test func tooltipValues() {
        #expect(ChartNumberFormat.value(4210) == "4,210")
        #expect(ChartNumberFormat.value(1234.5) == "1,234.5")
        #expect(ChartNumberFormat.value(0.23) == "0.23")
        #expect(ChartNumberFormat.value(1.7e308) == "1.7e+308")
        #expect(ChartNumberFormat.value(-2) == "-2")
    }
}

@Suite struct TextSupportTests {
    @Test func escaping() {
        #expect(XMLEscaping.escaped("<a href='x'>\"&\"</a>") == "&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        #expect(XMLEscaping.escaped("bell\u{07}\u{FFFE}") == "bell\u{FFFD}\u{FFFD}")
        #expect(XMLEscaping.escaped("Zürich 東京 👍🏽") == "Zürich 東京 👍🏽")
    }

    @Test func cleaning() {
        #expect(PreparedChart.cleaned("  two\n lines\t\u{0}here ") == "two lines here")
        #expect(PreparedChart.cleaned("x\u{FFFF}") == "x\u{FFFD}")
    }

    @Test func truncation() {
        let long = "A rather long category label"
        let short = TextMeasure.truncated(long, toWidth: 80, fontSize: 11)
        #expect(short.hasSuffix("…") && short.count < long.count)
        #expect(TextMeasure.width(short, fontSize: 11) <= 80)
        #expect(TextMeasure.truncated("US", toWidth: 80, fontSize: 11) == "US")
        // Cuts fall between whole characters: no emoji is split from its skin tone.
        let emoji = TextMeasure.truncated("👍🏽👍🏽👍🏽👍🏽👍🏽", toWidth: 40, fontSize: 11)
        #expect(emoji.dropLast().allSatisfy { $0 == "👍🏽" })
    }

    @Test func widthsGrowWithTextAndFont() {
        #expect(TextMeasure.width("WWW", fontSize: 11) > TextMeasure.width("iii", fontSize: 11))
        #expect(TextMeasure.width("東京", fontSize: 11) > TextMeasure.width("ab", fontSize: 11))
        #expect(TextMeasure.width("Title", fontSize: 16, bold: true) > TextMeasure.width("Title", fontSize: 16))
    }
}
