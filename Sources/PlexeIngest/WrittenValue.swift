/// Values as people write them, beyond the contract's strict spellings (`ValueClass`): numbers
/// with thousands separators, a decimal comma or a unit sign (`WrittenNumber`), dates in other
/// orders and with month names (`WrittenDate`), and yes/no words (`BooleanWords`).
///
/// Only a value `ValueClass` calls a string comes here on the first pass, and a column stops
/// looking at its values once one reads as nothing: a clean file never pays for it.
enum WrittenValue {
    enum Reading: Equatable {
        case number(WrittenNumber.Reading)
        case date(WrittenDate.Reading)
        case boolean(BooleanWords.Reading)
    }

    /// How the non-empty value reads, or nil when it is text whatever the column.
    static func reading(_ value: UnsafeRawBufferPointer) -> Reading? {
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = value.count
        let first = p[0]
        if first &- 0x30 < 10 {
            // `1/1/2024`, `5 Jan 2024`: 8 bytes at least.
            if n >= 8, let date = WrittenDate.reading(p, n) { return .date(date) }
            return WrittenNumber.reading(p, n).map(Reading.number)
        }
        if (first | 0x20) &- 0x61 < 26 {  // an ASCII letter
            if n <= 3, let words = BooleanWords.reading(p, n) { return .boolean(words) }
            // `May 5 2024`: 10 bytes at least.
            if n >= 10, let date = WrittenDate.reading(p, n) { return .date(date) }
            return nil
        }
        return WrittenNumber.reading(p, n).map(Reading.number)
    }
}

/// The words read as booleans besides `true` / `false`, in any case: `t` / `f`, `yes` / `no`,
/// `y` / `n`. A column takes one pair of words (`true`/`t` and `false`/`f`, or `yes`/`y` and
/// `no`/`n`); a column of single letters only when both letters occur (a column of nothing but
/// `F` is more likely a code than a column of falsehoods). `0` / `1` stay integers.
enum BooleanWords: UInt8, CaseIterable, Sendable {
    case trueFalse
    case yesNo

    var bit: UInt8 { 1 << rawValue }

    struct Reading: Equatable {
        var words: BooleanWords
        var truth: Bool
        /// `t`, `f`, `y` or `n`.
        var isLetter: Bool
    }

    /// `t`, `f`, `y`, `n`, `yes`, `no` (`true` and `false` are `ValueClass.boolean`).
    static func reading(_ p: UnsafePointer<UInt8>, _ n: Int) -> Reading? {
        let a = p[0] | 0x20
        switch n {
        case 1:
            switch a {
            case 0x74: return Reading(words: .trueFalse, truth: true, isLetter: true)  // t
            case 0x66: return Reading(words: .trueFalse, truth: false, isLetter: true)  // f
            case 0x79: return Reading(words: .yesNo, truth: true, isLetter: true)  // y
            case 0x6E: return Reading(words: .yesNo, truth: false, isLetter: true)  // n
            default: return nil
            }
        case 2:
            return a == 0x6E && p[1] | 0x20 == 0x6F ? Reading(words: .yesNo, truth: false, isLetter: false) : nil  // no
        case 3:
            return a == 0x79 && p[1] | 0x20 == 0x65 && p[2] | 0x20 == 0x73 ? Reading(words: .yesNo, truth: true, isLetter: false) : nil  // yes
        default:
            return nil
        }
    }

    /// The truth of a value in a column of `words` (`true`/`false` included for `trueFalse`).
    static func truth(_ value: UnsafeRawBufferPointer, words: BooleanWords) -> Bool? {
        guard value.count > 0 else { return nil }
        let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
        if let reading = reading(p, value.count) { return reading.words == words ? reading.truth : nil }
        return words == .trueFalse ? ValueClass.isBoolean(p, value.count) : nil
    }
}
