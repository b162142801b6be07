/// Dates and datetimes as people write them rather than in ISO 8601: `12/31/2023`,
/// `31.12.2023`, `2023/12/31`, `Jan 5 2024`, `5 January 2024`, `05-Jan-2024`, each optionally
/// followed by a time (`14:30`, `2:30 PM`, `14:30:15.250`) and a zone (`Z`, `UTC`, `GMT`,
/// `+01:00`, `-0500`, `+09`). Stored in the ISO form the storage convention promises.
///
/// Numbers alone cannot tell `03/04/2024` (3 April or 4 March), so a value gives the set of
/// `Order`s it reads in and the column keeps the orders all its values fit: a value with a
/// part above 12 decides, and a column that never decides stays text (see
/// `ColumnTypeProfile`). Years have four digits (`1/5/24` stays text: its century is a guess).
/// Month and weekday names are English, full or abbreviated, in any case.
enum WrittenDate {
    enum Order: UInt8, CaseIterable, Sendable {
        /// `2023/12/31`, `2023.12.31`, `2023-1-5`, `2023-12-31 2:30 PM`
        case yearMonthDay
        /// `12/31/2023`, `12-31-2023`, `12.31.2023`
        case monthDayYear
        /// `31/12/2023`, `31-12-2023`, `31.12.2023`
        case dayMonthYear
        /// `Jan 5 2024`, `January 5, 2024`, `5 January 2024`, `05-Jan-2024`, `Fri, 5 Jan 2024`
        case monthName

        var bit: UInt8 { 1 << rawValue }
    }

    struct Reading: Equatable {
        /// The orders the value reads in (bits of `Order`).
        var orders: UInt8
        var hasTime: Bool
    }

    /// The longest ISO text written (`YYYY-MM-DDTHH:MM:SS` + a fraction of up to
    /// `maxFractionDigits` + `+HH:MM`).
    static let maxISOLength = 19 + 1 + maxFractionDigits + 6
    static let maxFractionDigits = 9

    /// How the value reads, or nil when it is no date in any order.
    static func reading(_ p: UnsafePointer<UInt8>, _ n: Int) -> Reading? {
        guard let scan = Scan(p, n) else { return nil }
        var orders: UInt8 = 0
        for order in Order.allCases where scan.date(in: order) != nil { orders |= order.bit }
        return orders == 0 ? nil : Reading(orders: orders, hasTime: scan.time != nil)
    }

    /// Writes the value read in `order` as ISO 8601 into `out` (room for `maxISOLength` bytes):
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM]` when it has a time (the
    /// fraction's digits as written; `UTC` and `GMT` as `Z`). Returns the length, or nil when
    /// the value does not read in `order`.
    static func iso(_ value: UnsafeRawBufferPointer, order: Order, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        guard value.count > 0, let scan = Scan(value.baseAddress!.assumingMemoryBound(to: UInt8.self), value.count),
            let date = scan.date(in: order)
        else { return nil }
        var k = 0
        func put(_ byte: UInt8) {
            out[k] = byte
            k += 1
        }
        func put(_ number: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                put(UInt8(0x30 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        put(date.year, digits: 4)
        put(0x2D)
        put(date.month, digits: 2)
        put(0x2D)
        put(date.day, digits: 2)
        guard let time = scan.time else { return k }
        put(0x54)
        put(time.hour, digits: 2)
        put(0x3A)
        put(time.minute, digits: 2)
        put(0x3A)
        put(time.second, digits: 2)
        if time.fractionLength > 0 {
            put(0x2E)
            for i in 0..<time.fractionLength { put(value[time.fractionStart + i]) }
        }
        switch time.zone {
        case .none: break
        case .utc: put(0x5A)
        case .offset(let minutes):
            put(minutes < 0 ? 0x2D : 0x2B)
            put(abs(minutes) / 60, digits: 2)
            put(0x3A)
            put(abs(minutes) % 60, digits: 2)
        }
        return k
    }

    // MARK: Scanning

    private struct Time {
        enum Zone { case none, utc, offset(Int) }
        var hour = 0, minute = 0, second = 0
        var fractionStart = 0, fractionLength = 0
        var zone = Zone.none
    }

    /// The parts of a written date, before an order is chosen.
    private struct Scan {
        /// Numeric forms: the three numbers as written and their digit counts; named forms:
        /// `month` from the name.
        var numbers = (0, 0, 0)
        var digitCounts = (0, 0, 0)
        var namedMonth = 0
        var time: Time?

        init?(_ p: UnsafePointer<UInt8>, _ n: Int) {
            var i = 0
            if p[0] &- 0x30 < 10, let end = Scan.numericDate(p, n, &numbers, &digitCounts) {
                i = end
            } else if let end = Scan.namedDate(p, n, &numbers, &namedMonth) {
                i = end
            } else {
                return nil
            }
            if i < n {
                guard let time = Scan.time(p, n, from: i) else { return nil }
                self.time = time
            }
        }

        /// The calendar date in `order`, if the value reads in it and is a real date.
        func date(in order: Order) -> (year: Int, month: Int, day: Int)? {
            let (a, b, c) = numbers
            let (da, db, dc) = digitCounts
            let date: (year: Int, month: Int, day: Int)
            switch order {
            case .monthName:
                guard namedMonth > 0 else { return nil }
                date = (c, namedMonth, a)
            case .yearMonthDay:
                guard namedMonth == 0, da == 4, db <= 2, dc <= 2 else { return nil }
                date = (a, b, c)
            case .monthDayYear:
                guard namedMonth == 0, da <= 2, db <= 2, dc == 4 else { return nil }
                date = (c, a, b)
            case .dayMonthYear:
                guard namedMonth == 0, da <= 2, db <= 2, dc == 4 else { return nil }
                date = (c, b, a)
            }
            guard date.month >= 1, date.month <= 12, date.day >= 1, date.day <= WrittenDate.daysIn(month: date.month, year: date.year) else {
                return nil
            }
            return date
        }

        /// `D[D[D[D]]] sep D[D[D[D]]] sep D[D[D[D]]]` with one separator among `/ - .`: the
        /// index after it.
        static func numericDate(
            _ p: UnsafePointer<UInt8>, _ n: Int, _ numbers: inout (Int, Int, Int),
            _ digitCounts: inout (Int, Int, Int)
        ) -> Int? {
            var i = 0
            guard let (a, da) = digits(p, n, &i, max: 4), i < n else { return nil }
            let separator = p[i]
            guard separator == 0x2F || separator == 0x2D || separator == 0x2E else { return nil }
            i += 1
            guard let (b, db) = digits(p, n, &i, max: 2), i < n, p[i] == separator else { return nil }
            i += 1
            guard let (c, dc) = digits(p, n, &i, max: 4) else { return nil }
            numbers = (a, b, c)
            digitCounts = (da, db, dc)
            return i
        }

        /// `[Weekday[.][,] ]Month[.] D[th][,] YYYY`, `[Weekday[,] ]D[th] Month[.][,] YYYY`, or with
        /// `-` (`05-Jan-2024`, `Jan-05-2024`) or `/` between the parts: the index after it.
        /// `numbers` gets (day, 0, year).
        static func namedDate(_ p: UnsafePointer<UInt8>, _ n: Int, _ numbers: inout (Int, Int, Int), _ month: inout Int) -> Int? {
            var i = 0
            if let (word, end) = word(p, n, from: 0), weekday(word) {
                i = end
                if i < n && p[i] == 0x2E { i += 1 }
                if i < n && p[i] == 0x2C { i += 1 }
                guard i < n, p[i] == 0x20 else { return nil }
                i += 1
            }
            var day = 0
            let separator: UInt8
            if let (word, end) = word(p, n, from: i) {
                guard let m = monthNumber(word) else { return nil }
                month = m
                i = end
                if i < n && p[i] == 0x2E { i += 1 }
                guard i < n, p[i] == 0x20 || p[i] == 0x2D || p[i] == 0x2F else { return nil }
                separator = p[i]
                i += 1
                guard let (d, _) = digits(p, n, &i, max: 2) else { return nil }
                day = d
                skipOrdinal(p, n, &i)
            } else {
                guard let (d, _) = digits(p, n, &i, max: 2) else { return nil }
                day = d
                skipOrdinal(p, n, &i)
                guard i < n, p[i] == 0x20 || p[i] == 0x2D || p[i] == 0x2F || p[i] == 0x2E else { return nil }
                separator = p[i]
                i += 1
                guard let (word, end) = word(p, n, from: i), let m = monthNumber(word) else { return nil }
                month = m
                i = end
                if separator != 0x2E && i < n && p[i] == 0x2E { i += 1 }
            }
            if separator == 0x20 {
                if i < n && p[i] == 0x2C { i += 1 }
                guard i < n, p[i] == 0x20 else { return nil }
            } else {
                guard i < n, p[i] == separator else { return nil }
            }
            i += 1
            guard let (year, yearDigits) = digits(p, n, &i, max: 4), yearDigits == 4 else { return nil }
            numbers = (day, 0, year)
            return i
        }

        /// `(T| |, )H[H]:MM[:SS[(.|,)fraction]][ ][AM|PM][ ][Z|UTC|GMT|±HH[[:]MM]]` from `i` to the end.
        static func time(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int) -> Time? {
            var i = start
            switch p[i] {
            case 0x54, 0x20: i += 1  // 'T', ' '
            case 0x2C where i + 1 < n && p[i + 1] == 0x20: i += 2
            default: return nil
            }
            var time = Time()
            guard let (hour, _) = digits(p, n, &i, max: 2), i < n, p[i] == 0x3A else { return nil }
            i += 1
            guard let (minute, minuteDigits) = digits(p, n, &i, max: 2), minuteDigits == 2, minute < 60 else { return nil }
            time.minute = minute
            if i < n && p[i] == 0x3A {
                i += 1
                guard let (second, secondDigits) = digits(p, n, &i, max: 2), secondDigits == 2, second < 60 else { return nil }
                time.second = second
                if i < n && (p[i] == 0x2E || p[i] == 0x2C) {
                    i += 1
                    time.fractionStart = i
                    while i < n && p[i] &- 0x30 < 10 { i += 1 }
                    time.fractionLength = i - time.fractionStart
                    guard time.fractionLength > 0, time.fractionLength <= WrittenDate.maxFractionDigits else { return nil }
                }
            }
            // AM / PM
            var j = i
            if j < n && p[j] == 0x20 { j += 1 }
            if j + 2 <= n, p[j + 1] | 0x20 == 0x6D, p[j] | 0x20 == 0x61 || p[j] | 0x20 == 0x70, j + 2 == n || !isLetter(p[j + 2]) {
                guard hour >= 1, hour <= 12 else { return nil }
                time.hour = hour % 12 + (p[j] | 0x20 == 0x70 ? 12 : 0)
                i = j + 2
            } else {
                guard hour < 24 else { return nil }
                time.hour = hour
            }
            guard i < n else { return time }
            // Zone
            if p[i] == 0x20 { i += 1 }
            guard i < n else { return nil }
            if p[i] == 0x5A || p[i] == 0x7A {
                guard i + 1 == n else { return nil }
                time.zone = .utc
                return time
            }
            if i + 3 == n, let (word, _) = word(p, n, from: i), equalFolded(word, "utc") || equalFolded(word, "gmt") {
                time.zone = .utc
                return time
            }
            guard p[i] == 0x2B || p[i] == 0x2D else { return nil }
            let sign = p[i] == 0x2B ? 1 : -1
            i += 1
            guard let zoneHour = twoDigits(p, n, &i), zoneHour < 24 else { return nil }
            var zoneMinute = 0
            if i < n {
                if p[i] == 0x3A { i += 1 }
                guard let m = twoDigits(p, n, &i), m < 60 else { return nil }
                zoneMinute = m
            }
            guard i == n else { return nil }
            time.zone = .offset(sign * (zoneHour * 60 + zoneMinute))
            return time
        }

        /// At most `max` digits from `i` (at least one): their value and count.
        static func digits(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, max: Int) -> (Int, Int)? {
            var value = 0
            var count = 0
            while i < n && p[i] &- 0x30 < 10 {
                guard count < max else { return nil }
                value = value * 10 + Int(p[i] &- 0x30)
                count += 1
                i += 1
            }
            return count > 0 ? (value, count) : nil
        }

        /// Exactly two digits at `i` (`+0500` is hours `05`, then minutes `00`).
        static func twoDigits(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int) -> Int? {
            guard i + 2 <= n, p[i] &- 0x30 < 10, p[i + 1] &- 0x30 < 10 else { return nil }
            defer { i += 2 }
            return Int(p[i] &- 0x30) * 10 + Int(p[i + 1] &- 0x30)
        }

        /// `st`, `nd`, `rd`, `th` after a day number.
        static func skipOrdinal(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int) {
            guard i + 2 <= n else { return }
            let a = p[i] | 0x20
            let b = p[i + 1] | 0x20
            if (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68) {
                i += 2
            }
        }

        /// The run of ASCII letters from `i` (at least one, at most 9: `September`).
        static func word(_ p: UnsafePointer<UInt8>, _ n: Int, from i: Int) -> (UnsafeBufferPointer<UInt8>, Int)? {
            var j = i
            while j < n && isLetter(p[j]) {
                j += 1
                if j - i > 9 { return nil }
            }
            return j > i ? (UnsafeBufferPointer(start: p + i, count: j - i), j) : nil
        }

        static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

        static func equalFolded(_ word: UnsafeBufferPointer<UInt8>, _ lower: StaticString) -> Bool {
            guard word.count == lower.utf8CodeUnitCount else { return false }
            for k in 0..<word.count where word[k] | 0x20 != lower.utf8Start[k] { return false }
            return true
        }

        static let monthNames: [StaticString] = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        static let weekdayNames: [StaticString] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

        /// 1…12 for a month's full name, its first three letters, or `Sept`.
        static func monthNumber(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
            guard word.count >= 3 else { return nil }
            for (index, name) in monthNames.enumerated() where isAbbreviation(word, of: name) { return index + 1 }
            if equalFolded(word, "sept") { return 9 }
            return nil
        }

        static func weekday(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard word.count >= 3 else { return false }
            return weekdayNames.contains { isAbbreviation(word, of: $0) }
        }

        /// `word` is `name` in full or its first three letters, in any case.
        static func isAbbreviation(_ word: UnsafeBufferPointer<UInt8>, of name: StaticString) -> Bool {
            guard word.count == 3 || word.count == name.utf8CodeUnitCount else { return false }
            for k in 0..<word.count where word[k] | 0x20 != name.utf8Start[k] { return false }
            return true
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
