import PlexeFoundation

/// Dates as day numbers (days since 1970-01-01), the scale on which date columns are
/// correlated and their uniqueness counted.
///
/// Hand-written rather than `DateFormatter`/`Calendar`: the scan reads a million dates in a
/// fraction of a second straight from SQLite's UTF-8 bytes, without building strings, and the
/// civil-calendar arithmetic (Howard Hinnant's `days_from_civil`) is a few lines.
enum CalendarDay {
    /// `YYYY-MM-DD` (the storage convention of a `date` column); nil for anything else.
    static func dayNumber(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2),
            isValid(year: year, month: month, day: day)
        else { return nil }
        return dayNumber(year: year, month: month, day: day)
    }

    /// An ISO 8601 date-time as read (`2024-05-01T12:30:00Z`, `2024-05-01 12:30`,
    /// `2024-05-01T12:30:00.250+02:00`, or a bare date) in fractional days since the epoch, UTC.
    static func fractionalDay(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard bytes.count >= 10, let day = dayNumber(UnsafeRawBufferPointer(rebasing: bytes[0..<10])) else { return nil }
        if bytes.count == 10 { return Double(day) }
        let separator = bytes[10]
        guard separator == 0x54 || separator == 0x74 || separator == 0x20, bytes.count >= 16,
            bytes[13] == 0x3A, let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2),
            hour < 24, minute < 60
        else { return nil }
        var seconds = Double(hour * 3600 + minute * 60)
        var i = 16
        if i < bytes.count, bytes[i] == 0x3A {
            guard let second = digits(bytes, i + 1, 2), second <= 60 else { return nil }
            seconds += Double(second)
            i += 3
            if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x2C {
                i += 1
                var scale = 0.1
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    seconds += Double(bytes[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                }
            }
        }
        if i < bytes.count {
            switch bytes[i] {
            case 0x5A, 0x7A: i += 1  // Z
            case 0x2B, 0x2D:  // ±HH:MM or ±HHMM
                let sign = bytes[i] == 0x2B ? 1.0 : -1.0
                guard let offsetHours = digits(bytes, i + 1, 2) else { return nil }
                var offsetMinutes = 0
                i += 3
                if i < bytes.count, bytes[i] == 0x3A { i += 1 }
                if i + 2 <= bytes.count, let m = digits(bytes, i, 2) {
                    offsetMinutes = m
                    i += 2
                }
                seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
            default: return nil
            }
        }
        guard i == bytes.count else { return nil }
        return Double(day) + seconds / 86_400
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int { CivilCalendar.dayNumber(year: year, month: month, day: day) }

    @inline(__always)
    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        if day <= 28 { return true }
        switch month {
        case 2: return day == 29 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }

    @inline(__always)
    private static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for i in start..<(start + count) {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }
}

extension CalendarDay {
    /// `YYYY-MM-DD` of a day number (Hinnant's `civil_from_days`), for messages.
    static func isoDate(dayNumber: Int) -> String {
        let civil = CivilCalendar.date(dayNumber: Int64(dayNumber))
        let (year, month, day) = (Int(civil.year), civil.month, civil.day)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
