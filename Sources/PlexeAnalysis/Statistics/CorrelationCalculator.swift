import Dispatch

/// Pearson correlations between row-aligned columns, pairwise-complete.
///
/// Each pair uses exactly the rows where both columns have a value (NaN marks a missing
/// one), as pandas' `DataFrame.corr()` does; a pair with fewer than three such rows, or with
/// no variance in either column over them, has no defined r and is left out. Values are
/// shifted by their column mean first, so the one-pass sums do not cancel catastrophically.
enum CorrelationCalculator {
    struct Series {
        let name: String
        let values: [Double]
        /// Mean of the non-NaN values (the shift).
        let mean: Double
    }

    /// Every defined pair, in column order (feature1 before feature2). Pairs are
    /// independent passes over two arrays, so they run concurrently.
    static func correlations(_ series: [Series]) -> [Correlation] {
        var pairs: [(Int, Int)] = []
        for i in series.indices {
            for j in series.indices where j > i { pairs.append((i, j)) }
        }
        let frozen = pairs
        let results = ConcurrentSlots<Correlation>(count: frozen.count)
        DispatchQueue.concurrentPerform(iterations: frozen.count) { index in
            let (i, j) = frozen[index]
            if let r = pearson(series[i], series[j]) { results.store(index, r) }
        }
        return frozen.indices.compactMap { results.take($0) }
    }

    static func pearson(_ a: Series, _ b: Series) -> Correlation? {
        let n = min(a.values.count, b.values.count)
        var count = 0
        var sx = 0.0
        var sy = 0.0
        var sxx = 0.0
        var syy = 0.0
        var sxy = 0.0
        let ma = a.mean
        let mb = b.mean
        a.values.withUnsafeBufferPointer { xs in
            b.values.withUnsafeBufferPointer { ys in
                for i in 0..<n {
                    let x = xs[i]
                    let y = ys[i]
                    if x.isNaN || y.isNaN { continue }
                    let dx = x - ma
                    let dy = y - mb
                    count &+= 1
                    sx += dx
                    sy += dy
                    sxx += dx * dx
                    syy += dy * dy
                    sxy += dx * dy
                }
            }
        }
        guard count >= 3 else { return nil }
        let c = Double(count)
        let vx = sxx - sx * sx / c
        let vy = syy - sy * sy / c
        // Relative test: a constant column leaves only rounding noise in vx.
        guard vx > 1e-12 * sxx, vy > 1e-12 * syy, vx > 0, vy > 0 else { return nil }
        let r = (sxy - sx * sy / c) / (vx * vy).squareRoot()
        return Correlation(feature1: a.name, feature2: b.name, coefficient: max(-1, min(1, r)), pairCount: count)
    }
}
