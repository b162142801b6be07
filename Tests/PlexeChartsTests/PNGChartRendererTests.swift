import CZlib
import PlexeFoundation
import Testing

@testable import PlexeCharts

@Suite struct PNGChartRendererTests {
    private let background: UInt32 = 0xFFFFFF
    private let firstSeries: UInt32 = 0x4E79A7
    private let secondSeries: UInt32 = 0xF28E2B

    @Test func fileStructureIsValid() throws {
        let chart = ChartSpec(kind: .barChart, title: "t", labels: ["a", "b"], datasets: [.init(label: "x", data: [1, 2])])
        let png = try PNGProbe(PNGChartRenderer.render(chart, width: 123, height: 77))
        #expect(png.chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
        #expect(png.chunks.allSatisfy { $0.crcMatches })
        #expect(png.width == 123 && png.height == 77)
        #expect(png.pixels.count == 123 * 77 * 3)
        let defaultSize = try PNGProbe(PNGChartRenderer.render(chart))
        #expect(defaultSize.width == 320 && defaultSize.height == 200)
    }

    @Test func barsArePaintedWhereTheyBelongAndNowhereElse() throws {
        let chart = ChartSpec(kind: .barChart, title: "t", labels: ["tall", "short"], datasets: [.init(label: "x", data: [10, 5])])
        let png = try PNGProbe(PNGChartRenderer.render(chart))

        // The columns holding bar colour form two separate runs: two bars, left one first.
        var columnsWithBar: [Int] = []
        var topOfColumn: [Int: Int] = [:]
        for x in 0..<png.width {
            if let top = (0..<png.height).first(where: { png.isPixel(x: x, y: $0, hex: firstSeries) }) {
                columnsWithBar.append(x)
                topOfColumn[x] = top
            }
        }
        var runs: [[Int]] = []
        for x in columnsWithBar {
            if let last = runs.last?.last, last + 1 == x { runs[runs.count - 1].append(x) } else { runs.append([x]) }
        }
        #expect(runs.count == 2)
        let tall = try #require(runs.first)
        let short = try #require(runs.last)
        #expect(tall.count == short.count)

        // Both bars stand on the same baseline; the first is twice as tall as the second.
        let baseline = try #require((0..<png.height).last { png.isPixel(x: tall[tall.count / 2], y: $0, hex: firstSeries) })
        #expect((0..<png.height).last { png.isPixel(x: short[short.count / 2], y: $0, hex: firstSeries) } == baseline)
        let tallHeight = Double(baseline - topOfColumn[tall[tall.count / 2]]!)
        let shortHeight = Double(baseline - topOfColumn[short[short.count / 2]]!)
        #expect(abs(tallHeight / shortHeight - 2) < 0.1)

        // Above the short bar, at three quarters of the tall one's height, is background.
        let probeY = baseline - Int(tallHeight * 0.75)
        #expect(png.isPixel(x: tall[tall.count / 2], y: probeY, hex: firstSeries))
        #expect(png.isPixel(x: short[short.count / 2], y: probeY, hex: background))
        // Between the bars there is no bar colour at all.
        let gapX = (tall.last! + short.first!) / 2
        #expect(!(0..<png.height).contains { png.isPixel(x: gapX, y: $0, hex: firstSeries) })
    }

    @Test func seriesColoursMatchTheSVG() throws {
        let chart = ChartSpec(
            kind: .barChart, title: "Churn", labels: ["US", "CA"],
            datasets: [
                .init(label: "Retained", data: [30, 20]), .init(label: "Churned", data: [10, 5]),
            ])
        let png = try PNGProbe(PNGChartRenderer.render(chart))
        let allPixels = (0..<png.height).flatMap { y in (0..<png.width).map { x in (x, y) } }
        #expect(allPixels.contains { png.isPixel(x: $0.0, y: $0.1, hex: firstSeries) })
        #expect(allPixels.contains { png.isPixel(x: $0.0, y: $0.1, hex: secondSeries) })
        let svg = SVGChartRenderer.render(chart)
        #expect(svg.contains("fill=\"#4e79a7\"") && svg.contains("fill=\"#f28e2b\""))
    }

    @Test func negativeBarsHangBelowTheBaseline() throws {
        let chart = ChartSpec(kind: .barChart, title: "t", labels: ["up", "down"], datasets: [.init(label: "x", data: [10, -10])])
        let png = try PNGProbe(PNGChartRenderer.render(chart))
        let upX = png.width / 4 + 10
        let downX = png.width * 3 / 4
        let upRows = (0..<png.height).filter { png.isPixel(x: upX, y: $0, hex: firstSeries) }
        let downRows = (0..<png.height).filter { png.isPixel(x: downX, y: $0, hex: firstSeries) }
        #expect(!upRows.isEmpty && !downRows.isEmpty)
        #expect(upRows.max()! < downRows.min()!)
        #expect(upRows.max()! < png.height / 2 + 3 && downRows.min()! > png.height / 2 - 3)
    }

    @Test func lineChartDrawsTheLine() throws {
        let chart = ChartSpec(
            kind: .lineChart, title: "t", labels: (1...12).map { "m\($0)" },
            datasets: [.init(label: "x", data: (0..<12).map { Double($0) })])
        let png = try PNGProbe(PNGChartRenderer.render(chart))
        // The line rises left to right: in the left third its pixels are low, in the right third high.
        func rows(inColumns columns: Range<Int>) -> [Int] {
            columns.flatMap { x in (0..<png.height).filter { png.isPixel(x: x, y: $0, hex: firstSeries) } }
        }
        let left = rows(inColumns: 20..<100)
        let right = rows(inColumns: 220..<300)
        #expect(!left.isEmpty && !right.isEmpty)
        #expect(left.min()! > right.max()!)
    }

    @Test func scatterPaintsItsPointsWhereTheyBelong() throws {
        let chart = ChartSpec(kind: .scatter, title: "t", labels: [], datasets: [.init(label: "y", data: [0, 100], x: [0, 100])])
        let png = try PNGProbe(PNGChartRenderer.render(chart))
        let painted = (0..<png.width).flatMap { x in (0..<png.height).filter { png.isPixel(x: x, y: $0, hex: firstSeries) }.map { (x, $0) } }
        // Two dots: one near the bottom left, one near the top right, nothing in the middle.
        #expect(painted.contains { $0.0 < 40 && $0.1 > 160 })
        #expect(painted.contains { $0.0 > 280 && $0.1 < 40 })
        #expect(!painted.contains { (100..<220).contains($0.0) })
    }

    @Test(arguments: [
        ChartSpec(kind: .barChart, title: "empty", labels: [], datasets: []),
        ChartSpec(kind: .lineChart, title: "all missing", labels: ["a"], datasets: [.init(label: "x", data: [.nan])]),
        ChartSpec(kind: .histogram, title: "huge", labels: ["a", "b"], datasets: [.init(label: "x", data: [1.7e308, -1.7e308])]),
        ChartSpec(kind: .lineChart, title: "one", labels: ["a"], datasets: [.init(label: "x", data: [3])]),
        ChartSpec(
            kind: .barChart, title: "many", labels: (0..<5000).map(String.init), datasets: [.init(label: "x", data: (0..<5000).map(Double.init))]),
    ])
    func awkwardChartsStillGiveValidImages(chart: ChartSpec) throws {
        let png = try PNGProbe(PNGChartRenderer.render(chart))
        #expect(png.chunks.allSatisfy { $0.crcMatches })
        #expect(png.width == 320 && png.height == 200)
    }

    @Test func emptyChartHasNoSeriesColour() throws {
        let png = try PNGProbe(PNGChartRenderer.render(ChartSpec(kind: .barChart, title: "empty", labels: [], datasets: [])))
        #expect(!(0..<png.height).contains { y in (0..<png.width).contains { png.isPixel(x: $0, y: y, hex: firstSeries) } })
        #expect(png.isPixel(x: png.width / 2, y: png.height / 2, hex: background))
    }

    @Test func sizesAreClamped() throws {
        let chart = ChartSpec(kind: .barChart, title: "t", labels: ["a"], datasets: [.init(label: "x", data: [1])])
        let png = try PNGProbe(PNGChartRenderer.render(chart, width: 0, height: -5))
        #expect(png.width == 16 && png.height == 16)
    }

    @Test func storedFallbackStreamInflates() throws {
        // More than one stored block (65,535 bytes each), so block framing is exercised.
        let data = (0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let stream = PNGEncoder.storedZlibStream(data)
        var output = [UInt8](repeating: 0, count: data.count)
        var length = uLongf(output.count)
        let status = output.withUnsafeMutableBufferPointer { target in
            stream.withUnsafeBufferPointer { uncompress(target.baseAddress, &length, $0.baseAddress, uLong($0.count)) }
        }
        #expect(status == Z_OK)
        #expect(Int(length) == data.count && output == data)
        #expect(PNGEncoder.storedZlibStream([]).count == 2 + 5 + 4)
    }

    @Test func crcMatchesKnownValue() {
        // The CRC of "IEND" with no data, present at the end of every PNG.
        #expect(PNGEncoder.crc(Array("IEND".utf8)) == 0xAE42_6082)
    }
}
