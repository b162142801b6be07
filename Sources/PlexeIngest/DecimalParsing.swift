/// Number parsing straight from UTF-8 bytes.
///
/// Why not `Int64(String)` / `Double(String)`: both need a `String` per value (an allocation for
/// every field of a million-row file). Integers are parsed here directly; doubles take the exact
/// fast path (Clinger 1990: a mantissa below 2^53 times a power of ten up to 10^22 is one
/// correctly rounded IEEE operation), and only longer inputs build a `String` for the standard
/// library's correctly rounded parser, so the value is always the one `Double("…")` gives.
enum DecimalParsing {
    /// The Int64 written as `-?[0-9]+`, or nil (other bytes, empty, overflow).
    @inline(__always)
    static func int64(_ value: UnsafeRawBufferPointer) -> Int64? {
        let n = value.count
        guard n > 0 else { return nil }
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let negative = p[0] == 0x2D
        var i = negative ? 1 : 0
        guard i < n else { return nil }
        if n - i <= 18 {
            var result: Int64 = 0
            while i < n {
                let d = p[i] &- 0x30
                guard d < 10 else { return nil }
                result = result &* 10 &+ Int64(d)
                i += 1
            }
            return negative ? -result : result
        }
        // Accumulate negatively so that Int64.min is representable.
        var result: Int64 = 0
        while i < n {
            let d = p[i] &- 0x30
            guard d < 10 else { return nil }
            let (times10, o1) = result.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            result = next
            i += 1
        }
        if negative { return result }
        return result == .min ? nil : -result
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The double written in decimal (`-?digits[.digits][e±digits]`), or nil when the bytes are
    /// not a number.
    @inline(__always)
    static func double(_ value: UnsafeRawBufferPointer) -> Double? {
        let n = value.count
        guard n > 0 else { return nil }
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var i = 0
        let negative = p[0] == 0x2D
        if negative || p[0] == 0x2B { i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var significantDigits = 0
        var scale = 0
        while i < n, p[i] &- 0x30 < 10 {
            if significantDigits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
                if mantissa > 0 { significantDigits += 1 }
            } else {
                scale += 1
            }
            digits += 1
            i += 1
        }
        if i < n && p[i] == 0x2E {
            i += 1
            while i < n, p[i] &- 0x30 < 10 {
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
                    if mantissa > 0 { significantDigits += 1 }
                    scale -= 1
                }
                digits += 1
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if i < n {
            guard p[i] | 0x20 == 0x65 else { return nil }
            i += 1
            var exponentNegative = false
            if i < n && (p[i] == 0x2B || p[i] == 0x2D) {
                exponentNegative = p[i] == 0x2D
                i += 1
            }
            let start = i
            while i < n, p[i] &- 0x30 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[i] &- 0x30) }
                i += 1
            }
            guard i > start, i == n else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        let power = scale + exponent
        if significantDigits < 19, mantissa < (1 << 53), power >= -22, power <= 22 {
            var result = Double(mantissa)
            result = power < 0 ? result / exactPowersOfTen[-power] : result * exactPowersOfTen[power]
            return negative ? -result : result
        }
        return Double(String(decoding: value, as: UTF8.self))
    }
}
