import Dispatch
import PlexeFoundation

/// Finishes what the scan could not: sorts each numeric column's values once and derives
/// its profile, its histogram and its series for correlations.
///
/// Columns are independent, so they are finished concurrently; each task sorts in buffers of
/// its own (a compact copy of the column's values and the radix scratch). A string column's
/// hashes are only counted (`HashDistinct`), never sorted or copied.
enum ColumnProfiler {
    struct Result {
        var profiles: [ColumnProfile]
        /// Histogram per column index (comprehensive, numeric, not an identifier, not constant).
        var histograms: [Int: ChartSpec]
        /// Row-aligned series of every non-constant numeric, boolean and date column
        /// (comprehensive), in column order.
        var series: [CorrelationCalculator.Series]
    }

    /// What one column task produces.
    private struct ColumnResult {
        var profile: ColumnProfile
        var histogram: ChartSpec?
        var series: CorrelationCalculator.Series?
    }

    /// A string column's hash array, moved out of the scan so that exactly one task owns
    /// (and releases) it.
    private final class HashBox: @unchecked Sendable {
        var hashes: [UInt64]
        init(_ hashes: [UInt64]) { self.hashes = hashes }
    }

    static func profile(_ scan: inout TableScan, depth: AnalysisDepth) -> Result {
        var boxes: [HashBox?] = []
        for index in scan.columns.indices {
            boxes.append(scan.columns[index].distinctHashes.isEmpty ? nil : HashBox(scan.columns[index].distinctHashes))
            scan.columns[index].distinctHashes = []
        }
        let columns = scan.columns
        let rowCount = scan.rowCount
        let hashBoxes = boxes
        let results = ConcurrentSlots<ColumnResult>(count: columns.count)
        DispatchQueue.concurrentPerform(iterations: columns.count) { index in
            results.store(index, profile(columns[index], hashes: hashBoxes[index], rowCount: rowCount, depth: depth))
        }
        var result = Result(profiles: [], histograms: [:], series: [])
        for index in columns.indices {
            guard let column = results.take(index) else { continue }
            result.profiles.append(column.profile)
            if let histogram = column.histogram { result.histograms[index] = histogram }
            if let series = column.series { result.series.append(series) }
        }
        if depth != .comprehensive {
            for index in scan.columns.indices { scan.columns[index].rowValues = [] }
        }
        return result
    }

    private static func profile(_ column: ColumnAccumulator, hashes: HashBox?, rowCount: Int, depth: AnalysisDepth) -> ColumnResult {
        let comprehensive = depth == .comprehensive
        var result = ColumnResult(
            profile: ColumnProfile(
                name: column.name, type: column.type, missingCount: column.missingCount,
                valueCount: rowCount - column.missingCount,
                unparseableCount: column.unparseableCount))
        switch column.type {
        case .date, .datetime:
            guard column.keepsRowValues else { break }
            finishDates(column, into: &result, comprehensive: comprehensive)
        case .integer, .float:
            guard column.keepsRowValues else { break }
            // Sort a compact copy of the present values.
            let present = column.rowValues.count - column.rowValues.reduce(0) { $1.isNaN ? $0 + 1 : $0 }
            guard present > 0 else { break }
            var sortedValues = [Double](unsafeUninitializedCapacity: present) { out, initialized in
                var n = 0
                for x in column.rowValues where !x.isNaN {
                    out[n] = x
                    n += 1
                }
                initialized = n
            }
            var scratch = [UInt64](unsafeUninitializedCapacity: present) { _, initialized in initialized = present }
            sortedValues.withUnsafeMutableBufferPointer { values in
                scratch.withUnsafeMutableBufferPointer { RadixSort.sort(values, scratch: $0) }
            }
            scratch = []
            sortedValues.withUnsafeBufferPointer { sorted in
                finishSorted(sorted, column: column, comprehensive: comprehensive, into: &result)
            }
        case .boolean:
            var entries: [CategoryCounts.Entry] = []
            if column.trueCount > 0 { entries.append(.init(value: "true", count: column.trueCount)) }
            if column.falseCount > 0 { entries.append(.init(value: "false", count: column.falseCount)) }
            result.profile.distinctCount = entries.count
            if !entries.isEmpty { result.profile.categoryCounts = CategoryCounts.from(entries) }
            if comprehensive, entries.count == 2 {
                let mean = Double(column.trueCount) / Double(column.trueCount + column.falseCount)
                result.series = .init(name: column.name, values: column.rowValues, mean: mean)
            }
        case .string:
            if let tracker = column.tracker {
                result.profile.distinctCount = tracker.distinctCount
                if tracker.distinctCount > 0 { result.profile.categoryCounts = CategoryCounts.from(tracker.entries) }
            } else if let hashes {
                result.profile.distinctCount = hashes.hashes.withUnsafeBufferPointer {
                    HashDistinct.count($0, collectRepeated: false).distinctCount
                }
                hashes.hashes = []
            }
        }
        return result
    }

    private static func finishSorted(
        _ sorted: UnsafeBufferPointer<Double>, column: ColumnAccumulator, comprehensive: Bool,
        into result: inout ColumnResult
    ) {
        let n = sorted.count
        result.profile.distinctCount = DescriptiveStatistics.distinctCount(sorted: sorted)
        let stats = DescriptiveStatistics(sorted: sorted)
        if column.type.isNumeric {
            result.profile.summary = NumericSummary(
                count: n, min: sorted[0], max: sorted[n - 1], mean: stats.mean,
                median: DescriptiveStatistics.quantile(sorted: sorted, 0.5), standardDeviation: stats.standardDeviation,
                q1: DescriptiveStatistics.quantile(sorted: sorted, 0.25), q3: DescriptiveStatistics.quantile(sorted: sorted, 0.75))
            if comprehensive {
                result.profile.zeroCount = column.zeroCount
                result.profile.outlierCount = stats.outlierCount
                result.profile.skewness = stats.skewness
                // A unique integer column is an identifier: its histogram would be flat.
                if !(column.type == .integer && result.profile.isUnique) {
                    result.histogram = HistogramBuilder.histogram(column: column.name, sorted: sorted, integral: column.type == .integer)
                }
            }
        }
        if comprehensive, (result.profile.distinctCount ?? 0) > 1 {
            result.series = .init(name: column.name, values: column.rowValues, mean: stats.mean)
        }
    }

    /// Dates need no order, only their range, mean (the correlation shift) and distinct
    /// count, so they are not sorted: whole day numbers are marked in a bitmap over their
    /// range, anything else (datetimes, an absurd range) is counted by hash.
    private static func finishDates(_ column: ColumnAccumulator, into result: inout ColumnResult, comprehensive: Bool) {
        var low = Double.infinity
        var high = -Double.infinity
        var sum = CompensatedSum()
        var present = 0
        var integral = true
        for x in column.rowValues where !x.isNaN {
            present += 1
            low = min(low, x)
            high = max(high, x)
            sum.add(x)
            if integral, x.rounded() != x { integral = false }
        }
        guard present > 0 else { return }
        if integral, high - low < 64_000_000 {
            let start = Int(low)
            var bits = [UInt64](repeating: 0, count: (Int(high) - start) / 64 + 1)
            for x in column.rowValues where !x.isNaN {
                let offset = Int(x) - start
                bits[offset >> 6] |= 1 << UInt64(offset & 63)
            }
            result.profile.distinctCount = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        } else {
            let hashes = column.rowValues.compactMap { $0.isNaN ? nil : ByteHash.mix(($0 == 0 ? 0 : $0).bitPattern) }
            result.profile.distinctCount = hashes.withUnsafeBufferPointer { HashDistinct.count($0, collectRepeated: false).distinctCount }
        }
        if column.type == .date, integral {
            result.profile.earliestDate = CalendarDay.isoDate(dayNumber: Int(low))
            result.profile.latestDate = CalendarDay.isoDate(dayNumber: Int(high))
        }
        if comprehensive, (result.profile.distinctCount ?? 0) > 1 {
            result.series = .init(name: column.name, values: column.rowValues, mean: sum.value / Double(present))
        }
    }
}
