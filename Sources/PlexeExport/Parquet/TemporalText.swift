import PlexeFoundation

/// Parses the stored text of `date` and `datetime` columns into Parquet's numbers: days and
/// microseconds since 1970-01-01 UTC.
///
/// Hand-written rather than `ISO8601DateFormatter`/`DateFormatter`: those allocate a `String`
/// and a `Date` per value and accept a narrower set of spellings, and this runs once per cell
/// of a multi-million row export, on the raw UTF-8 bytes SQLite hands out.
///
/// Accepted, per the storage convention (dates `YYYY-MM-DD`, datetimes ISO 8601 as read):
///
///     date:      YYYY-MM-DD
///     datetime:  YYYY-MM-DD[(T|t|space)HH:MM[:SS[(.|,)fraction]][Z|z|±HH[:MM]|±HHMM]]
///
/// A datetime without an offset is taken as UTC. Fractions beyond microseconds are truncated.
enum TemporalText {
    /// Days since 1970-01-01 of a `YYYY-MM-DD` date, nil if malformed or not a real date.
    static func days(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard bytes.count == 10, let days = parseDate(bytes) else { return nil }
        return Int32(days)
    }

    /// Microseconds since 1970-01-01T00:00:00Z, nil if malformed.
    static func microseconds(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes.count >= 10, let days = parseDate(bytes) else { return nil }
        var micros = days * 86_400_000_000
        var index = 10
        let count = bytes.count
        if index == count { return micros }

        let separator = bytes[index]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return nil }
        index += 1
        guard let hour = twoDigits(bytes, index), hour < 24, index + 5 <= count,
            bytes[index + 2] == UInt8(ascii: ":"), let minute = twoDigits(bytes, index + 3), minute < 60
        else { return nil }
        index += 5
        var second: Int64 = 0
        var fraction: Int64 = 0
        if index < count && bytes[index] == UInt8(ascii: ":") {
            guard let value = twoDigits(bytes, index + 1), value < 60 else { return nil }
            second = value
            index += 3
            if index < count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")) {
                index += 1
                var digits = 0
                while index < count, let digit = digitValue(bytes[index]) {
                    if digits < 6 { fraction = fraction * 10 + digit }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                for _ in min(digits, 6)..<6 { fraction *= 10 }
            }
        }
        micros += ((hour * 60 + minute) * 60 + second) * 1_000_000 + fraction
        if index == count { return micros }

        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return index + 1 == count ? micros : nil
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Int64 = bytes[index] == UInt8(ascii: "+") ? 1 : -1
            index += 1
            guard let offsetHours = twoDigits(bytes, index), offsetHours < 24 else { return nil }
            index += 2
            var offsetMinutes: Int64 = 0
            if index < count {
                if bytes[index] == UInt8(ascii: ":") { index += 1 }
                guard let value = twoDigits(bytes, index), value < 60 else { return nil }
                offsetMinutes = value
                index += 2
            }
            guard index == count else { return nil }
            // Local time = UTC + offset, so UTC = local − offset.
            return micros - sign * (offsetHours * 60 + offsetMinutes) * 60_000_000
        default:
            return nil
        }
    }

    /// Days since the epoch of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// The `YYYY-MM-DD` at the start of `bytes` as days since the epoch.
    private static func parseDate(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let high = twoDigits(bytes, 0), let low = twoDigits(bytes, 2),
            let month = twoDigits(bytes, 5), let day = twoDigits(bytes, 8),
            (1...12).contains(month), day >= 1
        else { return nil }
        let year = high * 100 + low
        guard day <= daysInMonth(year: year, month: month) else { return nil }
        return daysFromCivil(year: year, month: month, day: day)
    }

    private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    @inline(__always)
    private static func twoDigits(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> Int64? {
        guard index + 2 <= bytes.count, let tens = digitValue(bytes[index]), let ones = digitValue(bytes[index + 1]) else { return nil }
        return tens * 10 + ones
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8) -> Int64? {
        byte >= 48 && byte <= 57 ? Int64(byte - 48) : nil
    }
}
