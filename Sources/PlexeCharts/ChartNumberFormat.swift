import Foundation

/// Numbers as a chart shows them: tick labels with one precision for the whole axis, values in
/// tooltips, bin edges.
///
/// Foundation's `NumberFormatter` is locale-driven and heavyweight; a chart served to anyone
/// should read the same everywhere, so the few rules here are spelled out instead.
enum ChartNumberFormat {
    /// A tick label for the value `multiple × 10^stepExponent`.
    ///
    /// Every tick of an axis gets the same number of decimals (those the step needs), so the
    /// labels line up: `0.0, 0.5, 1.0`. Magnitudes from a million up use M/B/T suffixes, and
    /// extreme ones (from 10^15, or below 10^-5) scientific notation with one shared exponent.
    /// - Parameter magnitudeExponent: the decimal exponent of the largest tick on the axis.
    static func tickLabel(multiple: Int, stepExponent: Int, magnitudeExponent: Int) -> String {
        if multiple == 0 { return "0" }
        if magnitudeExponent >= 15 || magnitudeExponent < -5 {
            let decimals = min(12, max(0, magnitudeExponent - stepExponent))
            let mantissa = Double(multiple) * ValueAxis.powerOfTen(stepExponent - magnitudeExponent)
            return fixed(mantissa, decimals: decimals, grouped: false) + "e\(magnitudeExponent)"
        }
        if magnitudeExponent >= 6 {
            let (unitExponent, suffix) = magnitudeExponent >= 12 ? (12, "T") : magnitudeExponent >= 9 ? (9, "B") : (6, "M")
            let decimals = max(0, unitExponent - stepExponent)
            return fixed(Double(multiple) * ValueAxis.powerOfTen(stepExponent - unitExponent), decimals: decimals, grouped: true) + suffix
        }
        return fixed(Double(multiple) * ValueAxis.powerOfTen(stepExponent), decimals: max(0, -stepExponent), grouped: true)
    }

    /// A single value, as in a tooltip: whole numbers with thousands separators, fractions to
    /// six significant digits, extremes in scientific notation.
    static func value(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1e15 || (magnitude < 1e-4 && magnitude > 0) {
            return String(format: "%.4g", value)
        }
        if value == value.rounded() { return fixed(value, decimals: 0, grouped: true) }
        let decimals = min(9, max(0, 5 - Int(log10(magnitude).rounded(.down))))
        var text = fixed(value, decimals: decimals, grouped: true)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `value` with exactly `decimals` decimals, optionally with `,` between thousands.
    /// Never answers "-0": a rounded-away negative reads as zero.
    static func fixed(_ value: Double, decimals: Int, grouped: Bool) -> String {
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        guard grouped else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let integerPart = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(integerPart.count)
        guard integerPart.count > 3 else { return text }
        var groupedInteger = ""
        for (offset, digit) in integerPart.enumerated() {
            if offset > 0, (integerPart.count - offset) % 3 == 0 { groupedInteger.append(",") }
            groupedInteger.append(digit)
        }
        return (negative ? "-" : "") + groupedInteger + rest
    }
}
