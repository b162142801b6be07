/// The lifetime `plexe-data token create --expires-in` takes: a whole number with a unit,
/// `90s`, `15m`, `12h`, `30d`, or a bare number of days.
package enum TokenLifetime {
    /// Longer than this is a typo, not a lifetime (and would overflow nothing, but say so).
    static let maximumSeconds: Int64 = 100 * 365 * 86_400

    /// The lifetime in seconds, or nil when `text` is not one (zero, negative, no number,
    /// an unknown unit, over 100 years).
    package static func seconds(_ text: String) -> Int64? {
        var digits = Substring(text)
        var unit: Int64 = 86_400
        if let last = digits.last, !last.isNumber {
            switch last {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3_600
            case "d": unit = 86_400
            default: return nil
            }
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 12,
            let count = Int64(digits), count > 0, count <= maximumSeconds / unit
        else { return nil }
        return count * unit
    }
}
