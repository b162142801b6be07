import Foundation

/// The value (y) axis: a domain that starts and ends on round numbers and the ticks in between,
/// at steps of 1, 2 or 5 × 10^k.
///
/// All arithmetic runs on values divided by a power of ten (`scale`) that brings the largest
/// magnitude into [1, 10). Without it a dataset holding 1.7e308 would overflow to infinity the
/// moment the domain is rounded up to the next tick, and the chart would be drawn with NaN
/// coordinates; with it every intermediate stays small and finite whatever the data.
struct ValueAxis: Sendable {
    /// Whether the domain must reach zero.
    enum ZeroPolicy: Sendable {
        /// Bars grow from zero, so zero is always on the axis (a bar's length is its value).
        case always
        /// Lines are read by their shape: zero is included unless the data sit far from it
        /// (spread under a sixth of the largest magnitude, the rule spreadsheet tools use),
        /// in which case the axis zooms in on the data.
        case whenNearby
    }

    /// A labelled tick: where it sits (0 = bottom of the domain, 1 = top) and its text.
    struct Tick: Sendable, Equatable {
        let fraction: Double
        let label: String
    }

    /// Values are divided by `scale` (= 10^scaleExponent) before any arithmetic.
    private let scale: Double
    private let scaleExponent: Int
    /// The domain in scaled units; `lower < upper` always.
    private let lower: Double
    private let upper: Double
    private let stepMantissa: Int
    /// The step is `stepMantissa × 10^stepExponent` in scaled units.
    private let stepExponent: Int
    private let firstTick: Int
    private let lastTick: Int

    /// - Parameters:
    ///   - range: the smallest and largest value to show (finite).
    ///   - targetTickCount: about how many intervals the axis should have; the result may
    ///     have up to about half as many again or fewer, whichever round step is nearest.
    init(range: ClosedRange<Double>, zero: ZeroPolicy, targetTickCount: Int) {
        var low = range.lowerBound
        var high = range.upperBound
        switch zero {
        case .always:
            low = min(low, 0)
            high = max(high, 0)
        case .whenNearby:
            if low > 0, low <= high * 5 / 6 { low = 0 }
            if high < 0, high >= low * 5 / 6 { high = 0 }
        }

        let largest = max(abs(low), abs(high))
        let exponent = largest > 0 ? min(300, max(-300, Int(log10(largest).rounded(.down)))) : 0
        let scale = pow(10, Double(exponent))
        var scaledLow = low / scale
        var scaledHigh = high / scale
        // A flat series (or one whose spread is lost in rounding) gets an axis from zero to
        // its value; an all-zero one gets 0…1.
        if scaledHigh - scaledLow <= 1e-9 * max(abs(scaledLow), abs(scaledHigh)) {
            let value = scaledHigh
            scaledLow = min(0, value)
            scaledHigh = max(0, value)
            if scaledLow == scaledHigh { scaledHigh = 1 }
        }

        let rawStep = (scaledHigh - scaledLow) / Double(max(1, targetTickCount))
        var stepExponent = Int(log10(rawStep).rounded(.down))
        let residual = rawStep / Self.powerOfTen(stepExponent)
        let stepMantissa: Int
        // Thresholds at the geometric means between 1, 2, 5 and 10 pick the nearest round step.
        if residual >= 50.0.squareRoot() {
            stepMantissa = 1
            stepExponent += 1
        } else if residual >= 10.0.squareRoot() {
            stepMantissa = 5
        } else if residual >= 2.0.squareRoot() {
            stepMantissa = 2
        } else {
            stepMantissa = 1
        }
        let step = Double(stepMantissa) * Self.powerOfTen(stepExponent)
        // The tolerance keeps a value that is a multiple of the step, give or take rounding
        // noise, from adding a whole empty interval.
        let first = Int((scaledLow / step + 1e-7).rounded(.down))
        var last = Int((scaledHigh / step - 1e-7).rounded(.up))
        if last <= first { last = first + 1 }

        self.scale = scale
        self.scaleExponent = exponent
        self.stepMantissa = stepMantissa
        self.stepExponent = stepExponent
        self.firstTick = first
        self.lastTick = last
        self.lower = Double(first) * step
        self.upper = Double(last) * step
    }

    /// Where `value` sits on the axis: 0 at the bottom of the domain, 1 at the top (clamped).
    func fraction(of value: Double) -> Double {
        let position = (value / scale - lower) / (upper - lower)
        return position.isFinite ? min(1, max(0, position)) : 0
    }

    /// Where zero sits, when the domain contains it.
    var zeroFraction: Double? {
        lower <= 0 && upper >= 0 ? fraction(of: 0) : nil
    }

    /// The ticks from the bottom of the domain to the top, labels included.
    var ticks: [Tick] {
        let realStepExponent = stepExponent + scaleExponent
        let largestMultiple = max(abs(firstTick), abs(lastTick)) * stepMantissa
        let magnitudeExponent = Int(log10(Double(largestMultiple)).rounded(.down)) + realStepExponent
        return (firstTick...lastTick).map { index in
            Tick(
                fraction: Double(index - firstTick) / Double(lastTick - firstTick),
                label: ChartNumberFormat.tickLabel(
                    multiple: index * stepMantissa, stepExponent: realStepExponent,
                    magnitudeExponent: magnitudeExponent))
        }
    }

    /// 10^exponent, computed so that negative powers are as exact as a Double allows
    /// (`1 / 1e3` is exact to the last bit where `1e-3` built by repeated division is not).
    static func powerOfTen(_ exponent: Int) -> Double {
        exponent >= 0 ? pow(10, Double(exponent)) : 1 / pow(10, Double(-exponent))
    }
}
