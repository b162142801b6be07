/// Numbers as people write them rather than as programs do: thousands separators, a decimal
/// comma, a currency or percent sign (`1,234.56`, `1.234,56`, `1 234,56`, `$1,200.50`, `45%`,
/// `-12.5 %`).
///
/// A value alone often cannot say which separator is which (`1,234` is 1234 with comma groups,
/// 1.234 with a decimal comma), so a value is read under every `NumberStyle` at once and gives
/// the set of styles it fits; the column keeps the styles all its values fit and then picks one
/// (see `ColumnTypeProfile`). Values the contract's strict rules already read (`12`, `1.5`)
/// never come here on the first pass; their share of the decision is their `ValueClass`.
enum WrittenNumber {
    /// The unit signs read around a number; the column becomes a float and keeps the number as
    /// written (`45%` is 45, `$1,200.50` is 1200.5). One unit per column: a column mixing `$`
    /// and `€` stays text.
    enum Unit: UInt8, CaseIterable {
        case percent = 1, dollar, euro, pound, yen, rupee, won, ruble

        var text: String {
            switch self {
            case .percent: return "%"
            case .dollar: return "$"
            case .euro: return "€"
            case .pound: return "£"
            case .yen: return "¥"
            case .rupee: return "₹"
            case .won: return "₩"
            case .ruble: return "₽"
            }
        }
    }

    /// What a written number's bytes say: the styles it fits, under which of them it has a
    /// fraction, and its unit (0: none).
    struct Reading: Equatable {
        var styles: UInt8
        var fractional: UInt8
        var unit: UInt8
    }

    /// The longest value read here: more is no number anyone types.
    static let maxLength = 64
    /// Integer digits read here at most (Int64 holds every 18-digit number).
    static let maxIntegerDigits = 18

    /// The number written in `p[0..<n]`, or nil when it is not one in any style.
    static func reading(_ p: UnsafePointer<UInt8>, _ n: Int) -> Reading? {
        guard let parts = split(p, n), let shape = Shape(p, parts.bodyStart, parts.bodyEnd) else { return nil }
        var styles: UInt8 = 0
        var fractional: UInt8 = 0
        for style in NumberStyle.allCases {
            guard let hasFraction = shape.fits(style) else { continue }
            styles |= style.bit
            if hasFraction { fractional |= style.bit }
        }
        guard styles != 0 else { return nil }
        return Reading(styles: styles, fractional: fractional, unit: parts.unit)
    }

    /// The value as an Int64 in `style` (a column of integers): plain integers and the written
    /// forms the first pass accepted. Nil when it does not read so.
    static func int64(_ value: UnsafeRawBufferPointer, style: NumberStyle, unit: UInt8) -> Int64? {
        if let plain = DecimalParsing.int64(value) { return plain }
        return withCleaned(value, style: style, unit: unit) { cleaned, hasFraction in
            hasFraction ? nil : DecimalParsing.int64(cleaned)
        }
    }

    /// The value as a Double in `style` (a column of floats).
    static func double(_ value: UnsafeRawBufferPointer, style: NumberStyle, unit: UInt8) -> Double? {
        // Under a decimal point every plain number (exponents included) reads as the contract
        // says; under a decimal comma only plain integers do (`1.234` is 1234 there).
        if style.decimal == .dot || isDigits(value), let plain = DecimalParsing.double(value) { return plain }
        return withCleaned(value, style: style, unit: unit) { cleaned, _ in DecimalParsing.double(cleaned) }
    }

    // MARK: Parts

    private struct Parts {
        var negative: Bool
        var unit: UInt8
        var bodyStart: Int
        var bodyEnd: Int
    }

    /// Splits off the sign and the unit: `[sign][unit[space]][sign]body[[space]unit]`, one sign
    /// and one unit at most. A `+` is read only with a unit (`+3.5%`): alone (`+44`) it is more
    /// often part of a code than a sign.
    private static func split(_ p: UnsafePointer<UInt8>, _ n: Int) -> Parts? {
        guard n > 0, n <= maxLength else { return nil }
        var i = 0
        var sign = 0  // 0 none, 1 '-', 2 '+'
        var unit: UInt8 = 0
        if let (s, length) = signAt(p, n, 0) {
            sign = s
            i = length
        }
        if i < n, let (u, length) = unitAt(p, n, i), u != Unit.percent.rawValue {
            unit = u
            i += length
            i += spaceLength(p, n, i)
            if sign == 0, let (s, length) = signAt(p, n, i) {
                sign = s
                i += length
            }
        }
        let bodyStart = i
        guard i < n, p[i] &- 0x30 < 10 else { return nil }
        while i < n {
            if p[i] &- 0x30 < 10 {
                i += 1
                continue
            }
            let length = separatorAt(p, n, i).length
            guard length > 0 else { break }
            i += length
        }
        var bodyEnd = i
        // A body ends in a digit; a space before a unit sign belongs to neither.
        while bodyEnd > bodyStart && p[bodyEnd - 1] &- 0x30 >= 10 { bodyEnd -= 1 }
        var k = bodyEnd
        if unit == 0, k < n {
            k += spaceLength(p, n, k)
            guard let (u, length) = unitAt(p, n, k) else { return nil }
            unit = u
            k += length
        }
        guard k == n else { return nil }
        if sign == 2 && unit == 0 { return nil }
        return Parts(negative: sign == 1, unit: unit, bodyStart: bodyStart, bodyEnd: bodyEnd)
    }

    /// `-`, `+` or U+2212 MINUS SIGN at `i`: (1 minus / 2 plus, length).
    @inline(__always)
    private static func signAt(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (Int, Int)? {
        guard i < n else { return nil }
        if p[i] == 0x2D { return (1, 1) }
        if p[i] == 0x2B { return (2, 1) }
        if i + 3 <= n && p[i] == 0xE2 && p[i + 1] == 0x88 && p[i + 2] == 0x92 { return (1, 3) }
        return nil
    }

    /// A unit sign at `i`: (`Unit` raw value, length in bytes).
    private static func unitAt(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (UInt8, Int)? {
        switch p[i] {
        case 0x25: return (Unit.percent.rawValue, 1)
        case 0x24: return (Unit.dollar.rawValue, 1)
        case 0xC2 where i + 2 <= n:
            if p[i + 1] == 0xA3 { return (Unit.pound.rawValue, 2) }
            if p[i + 1] == 0xA5 { return (Unit.yen.rawValue, 2) }
            return nil
        case 0xE2 where i + 3 <= n && p[i + 1] == 0x82:
            switch p[i + 2] {
            case 0xAC: return (Unit.euro.rawValue, 3)
            case 0xB9: return (Unit.rupee.rawValue, 3)
            case 0xA9: return (Unit.won.rawValue, 3)
            case 0xBD: return (Unit.ruble.rawValue, 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// The length of one space (ASCII, U+00A0 NO-BREAK or U+202F NARROW NO-BREAK) at `i`, or 0.
    @inline(__always)
    private static func spaceLength(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int {
        let (kind, length) = separatorAt(p, n, i)
        return kind == .space ? length : 0
    }

    /// A separator at `i`: its kind and length (0 when there is none).
    @inline(__always)
    static func separatorAt(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (kind: NumberStyle.Separator, length: Int) {
        guard i < n else { return (.dot, 0) }
        switch p[i] {
        case 0x2E: return (.dot, 1)
        case 0x2C: return (.comma, 1)
        case 0x20: return (.space, 1)
        case 0x27: return (.apostrophe, 1)
        case 0xC2 where i + 2 <= n && p[i + 1] == 0xA0: return (.space, 2)
        case 0xE2 where i + 3 <= n && p[i + 1] == 0x80 && p[i + 2] == 0xAF: return (.space, 3)
        case 0xE2 where i + 3 <= n && p[i + 1] == 0x80 && p[i + 2] == 0x99: return (.apostrophe, 3)  // ’
        default: return (.dot, 0)
        }
    }

    /// The digit runs and separators of a body, summarised as much as deciding a style needs.
    private struct Shape {
        var runs = 0
        var firstRun = 0
        var lastRun = 0
        /// Every run but the first and the last has 3 digits.
        var middleRunsOfThree = true
        var startsWithZero: Bool
        /// The kinds of the separators before the last one (bits by `Separator` raw value).
        var earlierSeparators: UInt8 = 0
        var lastSeparator: NumberStyle.Separator?
        var digits = 0

        init?(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) {
            startsWithZero = p[start] == 0x30
            var i = start
            var run = 0
            while i < end {
                if p[i] &- 0x30 < 10 {
                    run += 1
                    digits += 1
                    i += 1
                    continue
                }
                let (kind, length) = WrittenNumber.separatorAt(p, end, i)
                guard length > 0, run > 0 else { return nil }  // two separators in a row
                closeRun(run)
                if let last = lastSeparator { earlierSeparators |= 1 << last.rawValue }
                lastSeparator = kind
                run = 0
                i += length
            }
            guard run > 0 else { return nil }
            closeRun(run)
        }

        private mutating func closeRun(_ length: Int) {
            // The run closed before this one becomes a middle run, unless it was the first.
            if runs >= 2 && lastRun != 3 { middleRunsOfThree = false }
            if runs == 0 { firstRun = length }
            lastRun = length
            runs += 1
        }

        /// Nil when the body does not read in `style`; else whether it has a fraction there.
        func fits(_ style: NumberStyle) -> Bool? {
            if runs == 1 {
                guard firstRun == 1 || !startsWithZero, digits <= WrittenNumber.maxIntegerDigits else { return nil }
                return false
            }
            guard let last = lastSeparator else { return nil }
            let others = earlierSeparators & ~(1 << style.group.rawValue)
            guard others == 0 else { return nil }
            if last == style.decimal {
                // Groups, then a fraction: the integer part is every run but the last.
                let integerRuns = runs - 1
                if integerRuns == 1 {
                    guard firstRun == 1 || !startsWithZero, firstRun <= WrittenNumber.maxIntegerDigits else { return nil }
                } else {
                    guard firstRun <= 3, !startsWithZero, middleRunsOfThree, digits - lastRun <= WrittenNumber.maxIntegerDigits else { return nil }
                }
                return true
            }
            guard last == style.group, firstRun <= 3, !startsWithZero, middleRunsOfThree, lastRun == 3,
                digits <= WrittenNumber.maxIntegerDigits
            else { return nil }
            return false
        }
    }

    // MARK: Values

    private static func isDigits(_ value: UnsafeRawBufferPointer) -> Bool {
        value.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// Calls `body` with the value rewritten as a plain number (`-1234.56`) in `style`, and
    /// whether it has a fraction; nil when the value does not read in `style` with `unit`.
    private static func withCleaned<T>(
        _ value: UnsafeRawBufferPointer, style: NumberStyle, unit: UInt8,
        _ body: (UnsafeRawBufferPointer, Bool) -> T?
    ) -> T? {
        let n = value.count
        guard n > 0 else { return nil }
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        guard let parts = split(p, n), parts.unit == 0 || parts.unit == unit,
            let shape = Shape(p, parts.bodyStart, parts.bodyEnd), let hasFraction = shape.fits(style)
        else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength + 2) { buffer in
            var count = 0
            if parts.negative {
                buffer[0] = 0x2D
                count = 1
            }
            var i = parts.bodyStart
            while i < parts.bodyEnd {
                if p[i] &- 0x30 < 10 {
                    buffer[count] = p[i]
                    count += 1
                    i += 1
                    continue
                }
                let (kind, length) = separatorAt(p, parts.bodyEnd, i)
                if kind == style.decimal && hasFraction {
                    buffer[count] = 0x2E
                    count += 1
                }
                i += length
            }
            return body(UnsafeRawBufferPointer(start: buffer.baseAddress, count: count), hasFraction)
        }
    }
}

/// Which separator groups a number's thousands and which starts its fraction.
enum NumberStyle: UInt8, CaseIterable, Sendable {
    /// `1,234,567.89` (English)
    case commaGroups
    /// `1 234 567.89` (SI, with a space, a no-break or a narrow no-break space)
    case spaceGroups
    /// `1'234'567.89` (Swiss, `'` or `’`)
    case apostropheGroups
    /// `1.234.567,89` (German, Spanish, Italian, Dutch…)
    case dotGroupsDecimalComma
    /// `1 234 567,89` (French, Russian, Swedish, Polish…)
    case spaceGroupsDecimalComma

    enum Separator: UInt8 { case dot, comma, space, apostrophe }

    var bit: UInt8 { 1 << rawValue }

    var decimal: Separator {
        switch self {
        case .commaGroups, .spaceGroups, .apostropheGroups: return .dot
        case .dotGroupsDecimalComma, .spaceGroupsDecimalComma: return .comma
        }
    }

    var group: Separator {
        switch self {
        case .commaGroups: return .comma
        case .spaceGroups, .spaceGroupsDecimalComma: return .space
        case .apostropheGroups: return .apostrophe
        case .dotGroupsDecimalComma: return .dot
        }
    }

    /// Styles with a decimal point: where every plain float reads as written.
    static let decimalPointStyles: UInt8 = NumberStyle.commaGroups.bit | NumberStyle.spaceGroups.bit | NumberStyle.apostropheGroups.bit

    /// The order in which a column that fits several styles picks one: the decimal point first,
    /// unless the file's dialect points to a decimal comma (a `;`-delimited file, as Excel
    /// writes where the comma is the decimal separator).
    static func preference(decimalComma: Bool) -> [NumberStyle] {
        decimalComma
            ? [.dotGroupsDecimalComma, .spaceGroupsDecimalComma, .commaGroups, .spaceGroups, .apostropheGroups]
            : [.commaGroups, .spaceGroups, .apostropheGroups, .dotGroupsDecimalComma, .spaceGroupsDecimalComma]
    }
}
