import Foundation

/// Numbers as people read them in insight messages and chart labels.
///
/// Hand-written rather than `NumberFormatter` because the output must not depend on the
/// server's locale (a German locale would write "9,1 %") and these few shapes are simple.
enum DisplayFormat {
    static func rounded(_ x: Double, decimals: Int) -> Double {
        guard x.isFinite, abs(x) < 1e15 else { return x }
        let scale = pow(10.0, Double(decimals))
        let result = (x * scale).rounded() / scale
        return result == 0 ? 0 : result  // no "-0.0"
    }

    /// `1234567` → `"1,234,567"`.
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// A share in 0…1 as a percentage: one decimal (`"9.1%"`, `"17%"`), two significant
    /// digits below 1% (`"0.45%"`, `"0.024%"`) so that a small share never reads as 0%.
    static func percent(_ share: Double) -> String {
        let p = share * 100
        if p == 0 { return "0%" }
        if abs(p) < 1 {
            let magnitude = Int(log10(abs(p)).rounded(.down))
            return decimal(p, places: Swift.min(6, 1 - magnitude)) + "%"
        }
        return decimal(p, places: 1) + "%"
    }

    /// Fixed decimals with trailing zeros (and a bare point) removed: `2.50` → `"2.5"`.
    static func decimal(_ x: Double, places: Int) -> String {
        guard x.isFinite else { return String(x) }
        var text = String(format: "%.\(Swift.max(0, places))f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A statistic in a sentence: thousands grouped, at most 2 decimals (4 below 1).
    static func figure(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        if x.rounded() == x, abs(x) < 1e15 { return count(Int(x)) }
        let places = abs(x) < 1 ? 4 : 2
        let text = decimal(x, places: places)
        guard let dot = text.firstIndex(of: "."), abs(x) >= 1000 else { return text }
        let whole = Int(text[..<dot]) ?? 0
        return (x < 0 && whole == 0 ? "-" : "") + count(whole) + text[dot...]
    }

    /// `"plan_type"` → `"Plan Type"`, for chart titles.
    static func title(_ column: String) -> String {
        column.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
            .ifEmpty(column)
    }
}

extension String {
    fileprivate func ifEmpty(_ fallback: String) -> String { isEmpty ? fallback : self }
}
