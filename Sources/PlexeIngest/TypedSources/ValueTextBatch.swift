import PlexeFoundation

/// Values of one column as the text the load path types and stores (`CellWriter`,
/// `ColumnValueTracker`), a batch at a time, for sources whose values arrive typed (Parquet,
/// Excel): integers in decimal, floats in their shortest round-trip form, booleans `true` /
/// `false`, dates `YYYY-MM-DD`, datetimes `YYYY-MM-DDTHH:MM:SS[.fraction][Z]`.
///
/// Why text rather than typed cells: every later step (distinct values, exact uniqueness with
/// its spill, the cell writer's storage and the candidates' verification) already works on a
/// value's text, so typed sources share that one path instead of a second, typed copy of it.
/// One arena and two index arrays, reused from batch to batch: no allocation per value.
final class ValueTextBatch {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    private(set) var starts: UnsafeMutablePointer<Int>
    /// The value's length in bytes, or -1 for NULL.
    private(set) var lengths: UnsafeMutablePointer<Int>
    private var valueCapacity: Int
    private(set) var count = 0

    init(values: Int = 1024, bytes byteCapacity: Int = 1 << 16) {
        valueCapacity = max(1, values)
        self.byteCapacity = max(64, byteCapacity)
        bytes = .allocate(capacity: self.byteCapacity)
        starts = .allocate(capacity: valueCapacity)
        lengths = .allocate(capacity: valueCapacity)
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        lengths.deallocate()
    }

    func removeAll() {
        count = 0
        byteCount = 0
    }

    /// Value `i`'s text; nil for NULL.
    @inline(__always)
    func value(_ i: Int) -> UnsafeRawBufferPointer? {
        let length = lengths[i]
        return length < 0 ? nil : UnsafeRawBufferPointer(start: bytes + starts[i], count: length)
    }

    @inline(__always)
    private func reserveValue() {
        if count == valueCapacity {
            let grown = valueCapacity * 2
            let newStarts = UnsafeMutablePointer<Int>.allocate(capacity: grown)
            let newLengths = UnsafeMutablePointer<Int>.allocate(capacity: grown)
            newStarts.update(from: starts, count: count)
            newLengths.update(from: lengths, count: count)
            starts.deallocate()
            lengths.deallocate()
            starts = newStarts
            lengths = newLengths
            valueCapacity = grown
        }
    }

    /// Room for `extra` more bytes in the arena.
    @inline(__always)
    func reserveBytes(_ extra: Int) {
        guard byteCount + extra > byteCapacity else { return }
        var grown = byteCapacity * 2
        while grown < byteCount + extra { grown *= 2 }
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        newBytes.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = newBytes
        byteCapacity = grown
    }

    @inline(__always)
    func appendNull() {
        reserveValue()
        starts[count] = byteCount
        lengths[count] = -1
        count += 1
    }

    @inline(__always)
    func append(_ text: UnsafeRawBufferPointer) {
        reserveValue()
        reserveBytes(text.count)
        if text.count > 0 { (bytes + byteCount).update(from: text.baseAddress!.assumingMemoryBound(to: UInt8.self), count: text.count) }
        starts[count] = byteCount
        lengths[count] = text.count
        byteCount += text.count
        count += 1
    }

    /// Appends a value written in place: `write` gets room for `maxBytes` and returns the bytes
    /// it used.
    @inline(__always)
    func append(maxBytes: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserveValue()
        reserveBytes(maxBytes)
        let used = write(bytes + byteCount)
        starts[count] = byteCount
        lengths[count] = used
        byteCount += used
        count += 1
    }

    /// Appends value `i` of another batch (NULL stays NULL).
    @inline(__always)
    func append(from other: ValueTextBatch, _ i: Int) {
        if let value = other.value(i) { append(value) } else { appendNull() }
    }

    func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }
}

/// Writes typed values as the text `ValueClass` reads back as the same type.
enum ValueText {
    /// Decimal digits of `value` at `p`; returns the bytes written (at most 20).
    @inline(__always)
    static func write(_ value: Int64, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes of scratch
        return withUnsafeMutableBytes(of: &digits) { scratch in
            var i = 32
            repeat {
                i -= 1
                scratch[i] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            var n = 0
            if value < 0 {
                p[0] = 0x2D
                n = 1
            }
            let length = 32 - i
            (p + n).update(from: scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, count: length)
            return n + length
        }
    }

    @inline(__always)
    static func write(unsigned value: UInt64, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if value <= UInt64(Int64.max) { return write(Int64(value), to: p) }
        var magnitude = value
        var reversed = [UInt8]()
        while magnitude > 0 {
            reversed.append(UInt8(magnitude % 10) + 0x30)
            magnitude /= 10
        }
        for (k, digit) in reversed.reversed().enumerated() { p[k] = digit }
        return reversed.count
    }

    /// The shortest text that reads back as `value` in its own width (Swift's `description`:
    /// `1.0`, `0.1`, `1e-05`; a 32-bit float's `0.1`, not the double nearest to the float,
    /// 0.10000000149011612: what the writer meant, and what pandas and pyarrow print); false
    /// for NaN and infinities, which no column type holds.
    @inline(__always)
    static func write<Value: BinaryFloatingPoint & CustomStringConvertible>(_ value: Value, into batch: ValueTextBatch) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        text.withUTF8 { batch.append(UnsafeRawBufferPointer($0)) }
        return true
    }

    // MARK: Calendar

    /// Year, month and day of a day count since 1970-01-01 (proleptic Gregorian; Howard
    /// Hinnant's `civil_from_days`).
    static func civil(days: Int64) -> (year: Int64, month: Int, day: Int) { CivilCalendar.date(dayNumber: days) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (`days_from_civil`).
    static func days(year: Int64, month: Int, day: Int) -> Int64 {
        CivilCalendar.dayNumber(year: year, month: Int64(month), day: Int64(day))
    }

    /// Days from 1970-01-01 to 0000-01-01 and to 9999-12-31: the dates `YYYY-MM-DD` can spell,
    /// the only ones the `date` and `datetime` types hold.
    static let firstWritableDay: Int64 = -719_528
    static let lastWritableDay: Int64 = 2_932_896

    /// `YYYY-MM-DD` (10 bytes) for a day in the writable range.
    @inline(__always)
    static func writeDate(days: Int64, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let (year, month, day) = civil(days: days)
        let y = Int(year)
        p[0] = UInt8(y / 1000) + 0x30
        p[1] = UInt8(y / 100 % 10) + 0x30
        p[2] = UInt8(y / 10 % 10) + 0x30
        p[3] = UInt8(y % 10) + 0x30
        p[4] = 0x2D
        twoDigits(month, p + 5)
        p[7] = 0x2D
        twoDigits(day, p + 8)
        return 10
    }

    /// `YYYY-MM-DDTHH:MM:SS`, then `.` and the fraction's `fractionDigits` digits unless it is
    /// zero, then `Z` when `utc`. `fraction` counts units of 10^-fractionDigits seconds.
    /// At most 10 + 9 + 10 + 1 = 30 bytes.
    @inline(__always)
    static func writeDatetime(
        days: Int64, secondOfDay: Int, fraction: Int64, fractionDigits: Int, utc: Bool,
        to p: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var n = writeDate(days: days, to: p)
        n += writeTime(secondOfDay: secondOfDay, fraction: fraction, fractionDigits: fractionDigits, separator: 0x54, to: p + n)
        if utc {
            p[n] = 0x5A
            n += 1
        }
        return n
    }

    /// `HH:MM:SS[.fraction]`, preceded by `separator` unless it is 0.
    @inline(__always)
    static func writeTime(
        secondOfDay: Int, fraction: Int64, fractionDigits: Int, separator: UInt8 = 0,
        to p: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var n = 0
        if separator != 0 {
            p[0] = separator
            n = 1
        }
        twoDigits(secondOfDay / 3600, p + n)
        p[n + 2] = 0x3A
        twoDigits(secondOfDay / 60 % 60, p + n + 3)
        p[n + 5] = 0x3A
        twoDigits(secondOfDay % 60, p + n + 6)
        n += 8
        if fraction > 0 && fractionDigits > 0 {
            p[n] = 0x2E
            var rest = fraction
            for k in stride(from: fractionDigits, to: 0, by: -1) {
                p[n + k] = UInt8(rest % 10) + 0x30
                rest /= 10
            }
            n += 1 + fractionDigits
        }
        return n
    }

    @inline(__always)
    private static func twoDigits(_ value: Int, _ p: UnsafeMutablePointer<UInt8>) {
        p[0] = UInt8(value / 10) + 0x30
        p[1] = UInt8(value % 10) + 0x30
    }
}
