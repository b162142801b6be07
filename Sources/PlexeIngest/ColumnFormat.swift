import PlexeFoundation

/// How a column's texts become its values: the column's type and, for a column of values
/// written the way people write them (`WrittenValue`), the one reading its first pass chose.
/// Every value of the column is read the same way in the load pass, its distinct values and
/// its uniqueness check.
struct ColumnFormat: Equatable, Sendable {
    enum Reading: Equatable, Sendable {
        /// The contract's strict spellings (`ValueClass`): numbers and booleans as written,
        /// dates and datetimes stored as read.
        case contract
        /// Numbers in one `NumberStyle`, with a unit sign (`WrittenNumber.Unit` raw value,
        /// 0 for none) that may stand beside them.
        case number(NumberStyle, unit: UInt8)
        /// Dates in one order, stored as ISO 8601 text.
        case date(WrittenDate.Order)
        /// Booleans written as one pair of words.
        case words(BooleanWords)
    }

    var type: ColumnType
    var reading: Reading = .contract

    static let string = ColumnFormat(type: .string)

    /// Read by `WrittenValue` rather than the contract's rules.
    var isWritten: Bool { reading != .contract }

    /// The value of a non-empty text as this format reads it; nil when it does not read so.
    func typed(_ text: UnsafeRawBufferPointer) -> CandidateVerifier.TypedValue? {
        guard text.count > 0 else { return nil }
        switch reading {
        case .contract:
            switch type {
            case .integer: return DecimalParsing.int64(text).map(CandidateVerifier.TypedValue.integer)
            case .float: return DecimalParsing.double(text).map(CandidateVerifier.TypedValue.real)
            case .boolean:
                return ValueClass.isBoolean(text.baseAddress!.assumingMemoryBound(to: UInt8.self), text.count).map(
                    CandidateVerifier.TypedValue.boolean)
            case .date, .datetime, .string: return .text(Array(text))
            }
        case .number(let style, let unit):
            if type == .integer { return WrittenNumber.int64(text, style: style, unit: unit).map(CandidateVerifier.TypedValue.integer) }
            return WrittenNumber.double(text, style: style, unit: unit).map(CandidateVerifier.TypedValue.real)
        case .date(let order):
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WrittenDate.maxISOLength) { buffer in
                WrittenDate.iso(text, order: order, into: buffer.baseAddress!).map { .text(Array(buffer[0..<$0])) }
            }
        case .words(let words):
            return BooleanWords.truth(text, words: words).map(CandidateVerifier.TypedValue.boolean)
        }
    }
}
