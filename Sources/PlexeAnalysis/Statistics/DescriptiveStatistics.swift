import Foundation

/// Moments and quantiles of sorted, NaN-free values: the figures behind `NumericSummary`,
/// outlier counts and skewness.
///
/// Sums are compensated (Neumaier), and the variance is the two-pass form Σ(x − mean)², so
/// that a million values with a large common offset keep full precision.
struct DescriptiveStatistics {
    let count: Int
    let mean: Double
    /// Sample standard deviation (n − 1); nil below two values.
    let standardDeviation: Double?
    /// Adjusted Fisher–Pearson G₁ as pandas; nil below three values, 0 for constant data.
    let skewness: Double?
    /// |x − mean| > 3 · standardDeviation.
    let outlierCount: Int

    init(sorted values: UnsafeBufferPointer<Double>) {
        let n = values.count
        count = n
        guard n > 0 else {
            mean = .nan
            standardDeviation = nil
            skewness = nil
            outlierCount = 0
            return
        }
        var sum = CompensatedSum()
        for x in values { sum.add(x) }
        let mean = sum.value / Double(n)
        self.mean = mean
        var squares = CompensatedSum()
        var cubes = CompensatedSum()
        for x in values {
            let d = x - mean
            let d2 = d * d
            squares.add(d2)
            cubes.add(d2 * d)
        }
        let sd = n >= 2 ? (squares.value / Double(n - 1)).squareRoot() : nil
        standardDeviation = sd
        if n >= 3 {
            let m2 = squares.value / Double(n)
            let m3 = cubes.value / Double(n)
            // pandas answers 0 when the variance is (numerically) zero.
            if m2 <= 1e-14 * max(mean * mean, Double.leastNormalMagnitude) {
                skewness = 0
            } else {
                let g1 = m3 / pow(m2, 1.5)
                skewness = (Double(n) * Double(n - 1)).squareRoot() / Double(n - 2) * g1
            }
        } else {
            skewness = nil
        }
        if let sd, sd > 0 {
            // Sorted input: the outliers sit at both ends.
            let low = mean - 3 * sd
            let high = mean + 3 * sd
            var outliers = 0
            var i = 0
            while i < n, values[i] < low {
                outliers += 1
                i += 1
            }
            var j = n - 1
            while j >= i, values[j] > high {
                outliers += 1
                j -= 1
            }
            outlierCount = outliers
        } else {
            outlierCount = 0
        }
    }

    /// The p-quantile by linear interpolation between closest ranks (numpy's default
    /// "linear" method): h = (n − 1)p, answer x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
    static func quantile(sorted values: UnsafeBufferPointer<Double>, _ p: Double) -> Double {
        let n = values.count
        precondition(n > 0, "quantile of no values")
        let h = Double(n - 1) * p
        let k = Int(h.rounded(.down))
        if k >= n - 1 { return values[n - 1] }
        let fraction = h - Double(k)
        let lower = values[k]
        let upper = values[k + 1]
        return fraction == 0 ? lower : lower + fraction * (upper - lower)
    }

    /// Distinct values of sorted input.
    static func distinctCount<T: Equatable>(sorted values: UnsafeBufferPointer<T>) -> Int {
        guard var previous = values.first else { return 0 }
        var distinct = 1
        for value in values.dropFirst() where value != previous {
            distinct += 1
            previous = value
        }
        return distinct
    }
}

/// Neumaier's compensated summation: the rounding error of each addition is carried along,
/// so a million terms sum as accurately as a handful.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    @inline(__always)
    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    var value: Double { sum + compensation }
}
