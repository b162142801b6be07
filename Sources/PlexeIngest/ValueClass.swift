/// What one non-empty text value looks like, by the contract's type rules. A column's type is
/// the join of its values' classes (see `ColumnTypeInference`).
///
/// The rules, deliberately strict so that a column is only typed when every value reads back
/// exactly as written:
/// - `integer`: `-?[0-9]+` that fits Int64, without a leading zero (`0` and `-0` are fine,
///   `007` and `-007` are codes, so strings); a longer run of digits is a string too (an
///   account number must not turn into an approximate float);
/// - `float`: a decimal point and/or an exponent (`1.5`, `-.5`, `2.`, `1e6`, `6.02E+23`), the same
///   leading-zero rule on the integer part, finite (`1e999`, `NaN`, `inf` are strings);
/// - `boolean`: `true` / `false` in any case (not `0`/`1`, not `yes`/`no`);
/// - `date`: `YYYY-MM-DD`, a real calendar date;
/// - `datetime`: a date, `T` or a space, `HH:MM`, optional `:SS`, optional fraction (`.` or `,`),
///   optional zone `Z`, `±HH`, `±HHMM` or `±HH:MM`;
/// - anything else: `string` (which the readings of `WrittenValue` may still read).
///
/// `groupedFloat` is a `float` that could also be an integer written with a dot between groups
/// of thousands (`1.234`, `-12.500`): the same class for every purpose but one, a column whose
/// other values show a decimal comma (`1.234,56`), where it reads 1234.
enum ValueClass: UInt8, Sendable {
    case integer, float, boolean, date, datetime, string, groupedFloat

    /// Classifies the bytes of a non-empty value.
    @inline(__always)
    static func of(_ value: UnsafeRawBufferPointer) -> ValueClass {
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = value.count
        let first = p[0]
        if first &- 0x30 < 10 || first == 0x2D || first == 0x2E {  // digit, '-', '.'
            return numberOrDate(p, n)
        }
        if n == 4 || n == 5, isBoolean(p, n) != nil { return .boolean }
        return .string
    }

    /// `true` / `false` in any ASCII case; nil for anything else.
    @inline(__always)
    static func isBoolean(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool? {
        if n == 4 {
            let w = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) | 0x2020_2020
            return w == 0x6575_7274 ? true : nil  // "true" little-endian
        }
        if n == 5 {
            let w = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) | 0x2020_2020
            return (w == 0x736C_6166 && p[4] | 0x20 == 0x65) ? false : nil  // "fals" + "e"
        }
        return nil
    }

    private static func numberOrDate(_ p: UnsafePointer<UInt8>, _ n: Int) -> ValueClass {
        if n >= 10 && p[4] == 0x2D && p[7] == 0x2D { return dateOrDatetime(p, n) }
        return number(p, n)
    }

    /// Integer or float by the rules above; `.string` when it is neither.
    static func number(_ p: UnsafePointer<UInt8>, _ n: Int) -> ValueClass {
        var i = 0
        let negative = p[0] == 0x2D
        if negative { i = 1 }
        let intStart = i
        while i < n && p[i] &- 0x30 < 10 { i += 1 }
        let intDigits = i - intStart
        if intDigits > 1 && p[intStart] == 0x30 { return .string }  // leading zero: a code
        if i == n {
            guard intDigits > 0 else { return .string }
            if intDigits < 19 { return .integer }
            if intDigits > 19 { return .string }
            // 19 digits: compare with Int64's limit.
            let limit = negative ? "9223372036854775808" : "9223372036854775807"
            var fits = true
            for (k, l) in limit.utf8.enumerated() {
                let d = p[intStart + k]
                if d != l {
                    fits = d < l
                    break
                }
            }
            return fits ? .integer : .string
        }
        var fractionDigits = 0
        if p[i] == 0x2E {
            i += 1
            let fractionStart = i
            while i < n && p[i] &- 0x30 < 10 { i += 1 }
            fractionDigits = i - fractionStart
        }
        guard intDigits + fractionDigits > 0 else { return .string }
        var exponent = 0
        if i < n {
            guard p[i] | 0x20 == 0x65 else { return .string }  // e / E
            i += 1
            var exponentNegative = false
            if i < n && (p[i] == 0x2B || p[i] == 0x2D) {
                exponentNegative = p[i] == 0x2D
                i += 1
            }
            let exponentStart = i
            while i < n && p[i] &- 0x30 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[i] &- 0x30) }
                i += 1
            }
            guard i > exponentStart, i == n else { return .string }
            if exponentNegative { exponent = -exponent }
        }
        // Only a large exponent can overflow to infinity; check those exactly.
        if exponent + intDigits > 300 {
            guard let value = DecimalParsing.double(UnsafeRawBufferPointer(start: p, count: n)), value.isFinite else { return .string }
        }
        if fractionDigits == 3 && i == intStart + intDigits + 4 && intDigits >= 1 && intDigits <= 3 && p[intStart] != 0x30 {
            return .groupedFloat  // `d{1,3}.ddd`, no exponent
        }
        return .float
    }

    private static func dateOrDatetime(_ p: UnsafePointer<UInt8>, _ n: Int) -> ValueClass {
        guard isDate(p) else { return .string }
        if n == 10 { return .date }
        guard n >= 16, p[10] == 0x54 || p[10] == 0x20 else { return .string }  // 'T' or ' '
        guard let hour = twoDigits(p + 11), hour < 24, p[13] == 0x3A, let minute = twoDigits(p + 14), minute < 60 else { return .string }
        var i = 16
        if i < n && p[i] == 0x3A {
            guard i + 3 <= n, let second = twoDigits(p + i + 1), second < 60 else { return .string }
            i += 3
            if i < n && (p[i] == 0x2E || p[i] == 0x2C) {
                i += 1
                let fractionStart = i
                while i < n && p[i] &- 0x30 < 10 { i += 1 }
                guard i > fractionStart else { return .string }
            }
        }
        if i == n { return .datetime }
        if p[i] == 0x5A { return i + 1 == n ? .datetime : .string }  // 'Z'
        guard p[i] == 0x2B || p[i] == 0x2D, i + 3 <= n, let zoneHour = twoDigits(p + i + 1), zoneHour < 24 else { return .string }
        i += 3
        if i == n { return .datetime }
        if p[i] == 0x3A { i += 1 }
        guard i + 2 == n, let zoneMinute = twoDigits(p + i), zoneMinute < 60 else { return .string }
        return .datetime
    }

    /// `YYYY-MM-DD` at `p` is a real calendar date (proleptic Gregorian).
    static func isDate(_ p: UnsafePointer<UInt8>) -> Bool {
        guard let centuries = twoDigits(p), let years = twoDigits(p + 2), p[4] == 0x2D,
            let month = twoDigits(p + 5), p[7] == 0x2D, let day = twoDigits(p + 8),
            month >= 1, month <= 12, day >= 1
        else { return false }
        let year = centuries * 100 + years
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        switch month {
        case 2: return day <= (leap ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }

    @inline(__always)
    private static func twoDigits(_ p: UnsafePointer<UInt8>) -> Int? {
        let a = p[0] &- 0x30
        let b = p[1] &- 0x30
        guard a < 10, b < 10 else { return nil }
        return Int(a) * 10 + Int(b)
    }
}
