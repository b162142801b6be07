import Foundation
import PlexeFoundation

/// Equal-width histograms with "nice" bin edges (multiples of 1, 2, 2.5 or 5 × 10ᵏ), about
/// `targetBins` of them, from a column's sorted values.
///
/// A heavy tail would squeeze everything into one bar (a lifetime value whose maximum is
/// thirty times its 99th percentile), so when the extreme values lie farther beyond the
/// 1st/99th percentile than the whole rest of the range, the bins cover the percentile range
/// and the tail gets one open-ended bar (`"> 3000"`, `"< -50"`). Nothing is dropped: the
/// bars always add up to the column's value count.
enum HistogramBuilder {
    static let targetBins = 20

    static func histogram(column: String, sorted values: UnsafeBufferPointer<Double>, integral: Bool) -> ChartSpec? {
        let n = values.count
        guard n >= 2, let first = values.first, let last = values.last, last > first else { return nil }
        var lower = first
        var upper = last
        let p99 = DescriptiveStatistics.quantile(sorted: values, 0.99)
        let p01 = DescriptiveStatistics.quantile(sorted: values, 0.01)
        if p99 > first, last - p99 > p99 - first { upper = p99 }
        if p01 < upper, p01 - first > upper - p01 { lower = p01 }

        let step = niceStep((upper - lower) / Double(targetBins), integral: integral)
        let start = (lower / step).rounded(.down) * step
        func edge(_ i: Int) -> Double { start + Double(i) * step }
        // Integer bins are closed ranges [e, e + step − 1]; float bins are [e, e + step),
        // the last one closed.
        let binCount =
            integral
            ? Int(((upper - start) / step).rounded(.down)) + 1
            : max(1, Int(((upper - start) / step).rounded(.up)))
        let end = edge(binCount)
        var counts = [Double](repeating: 0, count: binCount)
        var below = 0.0
        var above = 0.0
        for x in values {
            if x < start {
                below += 1
                continue
            }
            if integral ? x >= end : x > end {
                above += 1
                continue
            }
            var i = min(binCount - 1, Int(((x - start) / step).rounded(.down)))
            if i > 0, x < edge(i) { i -= 1 }
            if i < binCount - 1, x >= edge(i + 1) { i += 1 }
            counts[i] += 1
        }

        var labels = (0..<binCount).map { i -> String in
            if integral {
                let from = edge(i)
                let to = edge(i + 1) - 1
                return from == to ? label(from) : "\(label(from))–\(label(to))"
            }
            return "\(label(edge(i)))–\(label(edge(i + 1)))"
        }
        if below > 0 {
            labels.insert("< \(label(start))", at: 0)
            counts.insert(below, at: 0)
        }
        if above > 0 {
            labels.append(integral ? "≥ \(label(end))" : "> \(label(end))")
            counts.append(above)
        }
        return ChartSpec(
            kind: .histogram, title: "\(DisplayFormat.title(column)) Distribution", labels: labels,
            datasets: [ChartSpec.Dataset(label: "count", data: counts)],
            xAxisTitle: column, yAxisTitle: "count")
    }

    /// The smallest of 1, 2, 2.5, 5 × 10ᵏ that is at least `raw`; integers only for integer
    /// columns (so never below 1).
    static func niceStep(_ raw: Double, integral: Bool) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        if integral, raw <= 1 { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for multiple in [1.0, 2.0, 2.5, 5.0, 10.0] {
            let step = multiple * magnitude
            if step < raw * (1 - 1e-12) { continue }
            if integral, step.rounded() != step { continue }
            return step
        }
        return 10 * magnitude
    }

    private static func label(_ x: Double) -> String {
        DisplayFormat.decimal(x, places: 6)
    }
}
