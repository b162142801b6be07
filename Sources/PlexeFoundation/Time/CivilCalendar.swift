/// Day numbers of the proleptic Gregorian calendar: days since 1970-01-01, and back.
///
/// Howard Hinnant's `days_from_civil` / `civil_from_days` ("chrono-Compatible Low-Level Date
/// Algorithms"): integer arithmetic only, exact for every year an `Int64` can hold, and with no
/// `Calendar` or time-zone lookup — ingest types every date cell through it, so it must cost a
/// few multiplications. One copy serves ingest, analysis, export and the language engine.
public enum CivilCalendar {
    /// Days since 1970-01-01 of `year-month-day` (month 1...12; the day is not checked).
    @inlinable
    public static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `dayNumber` for `Int` fields.
    @inlinable
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        Int(dayNumber(year: Int64(year), month: Int64(month), day: Int64(day)))
    }

    /// Year, month (1...12) and day of a day number.
    @inlinable
    public static func date(dayNumber days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
