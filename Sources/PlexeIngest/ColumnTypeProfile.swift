import PlexeFoundation

/// A column's type, how its values are written, and its null count, from every one of its
/// values (not a sample).
///
/// Kept apart from `ColumnValueTracker` so the CSV first pass can run it on the parsing thread
/// while the other thread tracks distinct values and uniqueness.
struct ColumnTypeProfile: Sendable {
    /// Rows where the value was empty, missing or a null marker (`NullMarker`).
    var nullCount = 0
    /// One bit per `ValueClass` seen, and the `written…` bits below.
    private var classesSeen: UInt16 = 0
    /// The classes seen already force `string`: no need to classify any more.
    private var isSettledAsString = false
    /// What the values `WrittenValue` read have in common so far.
    private var written = WrittenSummary()

    private struct WrittenSummary: Sendable {
        /// The number styles every written number fits, and those under which one had a fraction.
        var numberStyles: UInt8 = 0xFF
        var fractionalStyles: UInt8 = 0
        /// The unit sign of the column (0: none yet), and whether a second one appeared.
        var unit: UInt8 = 0
        var mixesUnits = false
        /// The date orders every written date reads in, and whether one had a time.
        var dateOrders: UInt8 = 0xFF
        var hasTime = false
        /// The word pairs every written boolean belongs to; the truths seen as single letters;
        /// whether a whole word was seen.
        var booleanWords: UInt8 = 0xFF
        var letterTruths: UInt8 = 0
        var sawBooleanWord = false
    }

    private static let writtenNumberBit: UInt16 = 1 << 8
    private static let writtenDateBit: UInt16 = 1 << 9
    private static let writtenBooleanBit: UInt16 = 1 << 10

    private static func bit(_ c: ValueClass) -> UInt16 { 1 << c.rawValue }
    private static let numberBits = bit(.integer) | bit(.float) | bit(.groupedFloat) | writtenNumberBit
    private static let booleanBits = bit(.boolean) | writtenBooleanBit
    private static let dateBits = bit(.date) | bit(.datetime) | writtenDateBit

    /// Observes one value's text; returns false when it is NULL (empty or a null marker).
    @inline(__always)
    @discardableResult
    mutating func observe(_ value: UnsafeRawBufferPointer) -> Bool {
        if NullMarker.matches(value) {
            nullCount += 1
            return false
        }
        if !isSettledAsString {
            let valueClass = ValueClass.of(value)
            if valueClass == .string {
                observeWritten(value)
            } else {
                add(ColumnTypeProfile.bit(valueClass))
            }
        }
        return true
    }

    @inline(__always)
    private mutating func add(_ bits: UInt16) {
        let before = classesSeen
        classesSeen |= bits
        if classesSeen != before { isSettledAsString = ColumnTypeProfile.mixesKinds(classesSeen) }
    }

    /// A string, or values of two kinds (numbers, booleans, dates) in one column.
    private static func mixesKinds(_ classes: UInt16) -> Bool {
        if classes & bit(.string) != 0 { return true }
        let kinds = (classes & numberBits != 0 ? 1 : 0) + (classes & booleanBits != 0 ? 1 : 0) + (classes & dateBits != 0 ? 1 : 0)
        return kinds > 1
    }

    /// A value the contract's rules call a string: one of `WrittenValue`'s readings, or text.
    private mutating func observeWritten(_ value: UnsafeRawBufferPointer) {
        switch WrittenValue.reading(value) {
        case .number(let number):
            written.numberStyles &= number.styles
            written.fractionalStyles |= number.fractional
            if number.unit != 0 {
                if written.unit != 0 && written.unit != number.unit { written.mixesUnits = true }
                written.unit = number.unit
            }
            add(ColumnTypeProfile.writtenNumberBit)
            if written.numberStyles == 0 || written.mixesUnits { add(ColumnTypeProfile.bit(.string)) }
        case .date(let date):
            written.dateOrders &= date.orders
            written.hasTime = written.hasTime || date.hasTime
            add(ColumnTypeProfile.writtenDateBit)
            if written.dateOrders == 0 { add(ColumnTypeProfile.bit(.string)) }
        case .boolean(let boolean):
            written.booleanWords &= boolean.words.bit
            if boolean.isLetter { written.letterTruths |= boolean.truth ? 2 : 1 } else { written.sawBooleanWord = true }
            add(ColumnTypeProfile.writtenBooleanBit)
            if written.booleanWords == 0 { add(ColumnTypeProfile.bit(.string)) }
        case nil:
            add(ColumnTypeProfile.bit(.string))
        }
    }

    /// The column's type and how its values read: the join of its values' classes (all NULL:
    /// string).
    /// - integers alone: integer; integers and floats: float;
    /// - booleans alone: boolean;
    /// - dates alone: date; dates and datetimes: datetime;
    /// - written numbers (with the plain ones): the first `NumberStyle` they all fit, in the
    ///   order `NumberStyle.preference` gives; integer when none has a fraction or a unit there;
    /// - written dates: the one order they all read in (ISO dates among them read as
    ///   year-month-day); several (`03/04/2024` alone) or none: string;
    /// - written booleans: one pair of words; single letters only when both occur;
    /// - any other mix: string.
    /// - Parameter preferringDecimalComma: the file's dialect points to a decimal comma (see
    ///   `NumberStyle.preference`).
    func format(preferringDecimalComma: Bool) -> ColumnFormat {
        let classes = classesSeen
        let bit = ColumnTypeProfile.bit
        if classes == 0 || ColumnTypeProfile.mixesKinds(classes) { return .string }
        if classes & ColumnTypeProfile.numberBits != 0 {
            if classes & ColumnTypeProfile.writtenNumberBit == 0 {
                return ColumnFormat(type: classes & (bit(.float) | bit(.groupedFloat)) != 0 ? .float : .integer)
            }
            var styles = written.numberStyles
            var fractional = written.fractionalStyles
            if classes & bit(.float) != 0 {
                styles &= NumberStyle.decimalPointStyles
                fractional |= NumberStyle.decimalPointStyles
            }
            if classes & bit(.groupedFloat) != 0 {
                styles &= NumberStyle.decimalPointStyles | NumberStyle.dotGroupsDecimalComma.bit
                fractional |= NumberStyle.decimalPointStyles
            }
            guard let style = NumberStyle.preference(decimalComma: preferringDecimalComma).first(where: { styles & $0.bit != 0 }) else {
                return .string
            }
            let isFloat = written.unit != 0 || fractional & style.bit != 0
            return ColumnFormat(type: isFloat ? .float : .integer, reading: .number(style, unit: written.unit))
        }
        if classes & ColumnTypeProfile.booleanBits != 0 {
            if classes & ColumnTypeProfile.writtenBooleanBit == 0 { return ColumnFormat(type: .boolean) }
            var words = written.booleanWords
            if classes & bit(.boolean) != 0 { words &= BooleanWords.trueFalse.bit }
            let sawWord = written.sawBooleanWord || classes & bit(.boolean) != 0
            guard let pair = BooleanWords.allCases.first(where: { words == $0.bit }), sawWord || written.letterTruths == 3 else {
                return .string
            }
            return ColumnFormat(type: .boolean, reading: .words(pair))
        }
        // Dates.
        if classes & ColumnTypeProfile.writtenDateBit == 0 {
            return ColumnFormat(type: classes & bit(.datetime) != 0 ? .datetime : .date)
        }
        var orders = written.dateOrders
        if classes & (bit(.date) | bit(.datetime)) != 0 { orders &= WrittenDate.Order.yearMonthDay.bit }
        guard let order = WrittenDate.Order.allCases.first(where: { orders & 0x0F == $0.bit }) else { return .string }
        let hasTime = written.hasTime || classes & bit(.datetime) != 0
        return ColumnFormat(type: hasTime ? .datetime : .date, reading: .date(order))
    }
}
