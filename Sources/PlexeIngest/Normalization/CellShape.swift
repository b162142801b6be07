/// What a cell of a sample looks like, for telling a file's dialect and header apart: a cheap
/// guess from its bytes, not the column typing the ingest does afterwards.
enum CellShape: Equatable {
    case empty
    /// A number, possibly signed, with thousands separators, a decimal point or comma, an
    /// exponent, a currency sign or a percent sign.
    case number
    /// A date, a time or both (`28/01/2018`, `2024-01-05T10:00:00Z`, `00:15`).
    case temporal
    case boolean
    /// Text a cell of a well-split table plausibly holds: no standard delimiter, no quote
    /// character, no control character; URLs and e-mail addresses included.
    case text
    /// Anything else: most likely the piece of a wrongly split line.
    case other

    /// The shapes that say a column holds typed data (a header cell is usually `.text`).
    var isTyped: Bool { self == .number || self == .temporal || self == .boolean }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> CellShape {
        var lo = 0
        var hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        if lo == hi { return .empty }
        let cell = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
        if isNumber(cell) { return .number }
        if isTemporal(cell) { return .temporal }
        if isBoolean(cell) { return .boolean }
        // What the types of the load read beside the contract's spellings (`t`, `1 234,56`,
        // `Jan 5 2024`): a header detected here must not take such values for column names.
        switch WrittenValue.reading(UnsafeRawBufferPointer(cell)) {
        case .number?: return .number
        case .date?: return .temporal
        case .boolean?: return .boolean
        case nil: break
        }
        for byte in cell {
            switch byte {
            case 0x00..<0x20, 0x7F, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\""):
                return .other
            default:
                continue
            }
        }
        return .text
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static let currencyPrefixes: [[UInt8]] = ["$", "€", "£", "¥", "₹", "CHF", "USD", "EUR"].map { Array($0.utf8) }

    private static func isNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var end = cell.count
        func strip(_ affixes: [[UInt8]], atStart: Bool) {
            for affix in affixes where end - i >= affix.count {
                let matches = atStart ? cell[i..<i + affix.count].elementsEqual(affix) : cell[end - affix.count..<end].elementsEqual(affix)
                if matches {
                    if atStart { i += affix.count } else { end -= affix.count }
                    while i < end && cell[atStart ? i : end - 1] == 0x20 { if atStart { i += 1 } else { end -= 1 } }
                    return
                }
            }
        }
        if i < end && (cell[i] == UInt8(ascii: "-") || cell[i] == UInt8(ascii: "+")) { i += 1 }
        strip(currencyPrefixes, atStart: true)
        if i < end && (cell[i] == UInt8(ascii: "-") || cell[i] == UInt8(ascii: "+")) { i += 1 }
        strip([Array("%".utf8)] + currencyPrefixes, atStart: false)
        guard i < end else { return false }
        var digits = 0
        var previousWasSeparator = true
        var sawExponent = false
        while i < end {
            let b = cell[i]
            if isDigit(b) {
                digits += 1
                previousWasSeparator = false
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "'") {
                if previousWasSeparator && digits > 0 { return false }
                previousWasSeparator = true
            } else if (b == UInt8(ascii: "e") || b == UInt8(ascii: "E")) && digits > 0 && !sawExponent && !previousWasSeparator {
                sawExponent = true
                if i + 1 < end && (cell[i + 1] == UInt8(ascii: "-") || cell[i + 1] == UInt8(ascii: "+")) { i += 1 }
                previousWasSeparator = true
            } else {
                return false
            }
            i += 1
        }
        return digits > 0 && !previousWasSeparator
    }

    /// Digit groups split by `/ - .` (a date), `:` (a time), optionally a date, `T` or a space,
    /// a time, and a zone; month names are left to `.text`.
    private static func isTemporal(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let end = cell.count
        func group(max: Int) -> Int {
            var n = 0
            while i < end && isDigit(cell[i]) && n < max {
                i += 1
                n += 1
            }
            return n
        }
        func date() -> Bool {
            let start = i
            guard group(max: 4) > 0, i < end else {
                i = start
                return false
            }
            let separator = cell[i]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
                i = start
                return false
            }
            i += 1
            guard group(max: 2) > 0, i < end, cell[i] == separator else {
                i = start
                return false
            }
            i += 1
            guard group(max: 4) > 0 else {
                i = start
                return false
            }
            return true
        }
        func time() -> Bool {
            let start = i
            guard group(max: 2) > 0, i < end, cell[i] == UInt8(ascii: ":") else {
                i = start
                return false
            }
            i += 1
            guard group(max: 2) == 2 else {
                i = start
                return false
            }
            if i < end && cell[i] == UInt8(ascii: ":") {
                i += 1
                guard group(max: 2) == 2 else {
                    i = start
                    return false
                }
            }
            if i < end && cell[i] == UInt8(ascii: ".") {
                i += 1
                guard group(max: 9) > 0 else {
                    i = start
                    return false
                }
            }
            return true
        }
        var sawDate = false
        var sawTime = false
        if date() {
            sawDate = true
            if i < end && (cell[i] == UInt8(ascii: "T") || cell[i] == UInt8(ascii: " ")) {
                i += 1
                sawTime = time()
                guard sawTime else { return false }
            }
        } else {
            sawTime = time()
        }
        guard sawDate || sawTime else { return false }
        // A zone or an AM/PM marker may follow a time.
        while i < end && cell[i] == UInt8(ascii: " ") { i += 1 }
        let rest = cell[i..<end]
        if rest.isEmpty { return true }
        guard sawTime else { return false }
        let text = String(decoding: rest, as: UTF8.self).uppercased()
        if ["AM", "PM", "Z", "UTC", "GMT"].contains(text) { return true }
        if let first = text.first, first == "+" || first == "-" {
            return text.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && text.count >= 3
        }
        return false
    }

    private static let booleanWords: [[UInt8]] = ["true", "false", "yes", "no"].map { Array($0.utf8) }

    private static func isBoolean(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell.count <= 5 else { return false }
        return booleanWords.contains { word in
            word.count == cell.count && zip(word, cell).allSatisfy { $0 == ($1 | 0x20) }
        }
    }
}
