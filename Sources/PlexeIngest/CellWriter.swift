import PlexeFoundation

/// Turns each value's text into its SQLite storage by the column's final format (the
/// contract's convention: INTEGER, REAL, 0/1, dates and datetimes as ISO text, TEXT as
/// written, NULL for empty or a null marker) and feeds the uniqueness candidates' verifiers on
/// the way.
///
/// Runs on the parsing thread of the load pass; see `CandidateVerifier` for the hand-back.
final class CellWriter: @unchecked Sendable {
    let formats: [ColumnFormat]
    let types: [ColumnType]
    let verifiers: [CandidateVerifier?]
    /// Per column: whether a verifier is still active (checked before touching it).
    private let verifying: UnsafeMutablePointer<Bool>
    /// Per column: how its values are stored, one byte read per value.
    private let kinds: UnsafeMutablePointer<Kind>
    /// Where a written date's ISO text is put together before it is copied into the batch.
    private let isoText: UnsafeMutablePointer<UInt8>

    private enum Kind: UInt8 {
        case integer, float, boolean, text
        /// Read by `WrittenValue` (the slower, rarer path).
        case written
    }

    init(formats: [ColumnFormat], verifiers: [CandidateVerifier?]) {
        self.formats = formats
        types = formats.map(\.type)
        self.verifiers = verifiers
        verifying = .allocate(capacity: max(1, formats.count))
        kinds = .allocate(capacity: max(1, formats.count))
        isoText = .allocate(capacity: WrittenDate.maxISOLength)
        for (i, verifier) in verifiers.enumerated() { verifying[i] = verifier != nil }
        for (i, format) in formats.enumerated() {
            switch format.type {
            case _ where format.isWritten: kinds[i] = .written
            case .integer: kinds[i] = .integer
            case .float: kinds[i] = .float
            case .boolean: kinds[i] = .boolean
            case .date, .datetime, .string: kinds[i] = .text
            }
        }
    }

    deinit {
        verifying.deallocate()
        kinds.deallocate()
        isoText.deallocate()
    }

    /// Appends column `column`'s value (nil, empty or a null marker = NULL) to the batch's
    /// current row.
    @inline(__always)
    func append(_ value: UnsafeRawBufferPointer?, column: Int, to batch: RowBatch) throws {
        guard let value, value.count > 0 else {
            batch.appendNull()
            return
        }
        switch kinds[column] {
        case .integer:
            guard let integer = DecimalParsing.int64(value) else { return try appendNullMarker(value, to: batch) }
            batch.append(integer: integer)
        case .float:
            guard let real = DecimalParsing.double(value) else { return try appendNullMarker(value, to: batch) }
            batch.append(real: real)
        case .boolean:
            guard let truth = ValueClass.isBoolean(value.baseAddress!.assumingMemoryBound(to: UInt8.self), value.count) else {
                return try appendNullMarker(value, to: batch)
            }
            batch.append(integer: truth ? 1 : 0)
        case .text:
            if NullMarker.matches(value) { return batch.appendNull() }
            batch.append(text: value)
        case .written:
            try appendWritten(value, column: column, to: batch)
        }
        if verifying[column] { verify(value, column: column) }
    }

    /// A value that does not read as its column's type: NULL if it is a null marker, else the
    /// file is not the one the first pass read.
    private func appendNullMarker(_ value: UnsafeRawBufferPointer, to batch: RowBatch) throws {
        guard NullMarker.matches(value) else { throw CellWriter.changedFile() }
        batch.appendNull()
    }

    private func appendWritten(_ value: UnsafeRawBufferPointer, column: Int, to batch: RowBatch) throws {
        switch formats[column].reading {
        case .number(let style, let unit):
            if types[column] == .integer {
                guard let integer = WrittenNumber.int64(value, style: style, unit: unit) else { return try appendNullMarker(value, to: batch) }
                batch.append(integer: integer)
            } else {
                guard let real = WrittenNumber.double(value, style: style, unit: unit) else { return try appendNullMarker(value, to: batch) }
                batch.append(real: real)
            }
        case .date(let order):
            guard let length = WrittenDate.iso(value, order: order, into: isoText) else { return try appendNullMarker(value, to: batch) }
            batch.append(text: UnsafeRawBufferPointer(start: isoText, count: length))
        case .words(let words):
            guard let truth = BooleanWords.truth(value, words: words) else { return try appendNullMarker(value, to: batch) }
            batch.append(integer: truth ? 1 : 0)
        case .contract:
            preconditionFailure("a column of the contract's spellings is written by `append`")
        }
    }

    private func verify(_ value: UnsafeRawBufferPointer, column: Int) {
        guard let verifier = verifiers[column], let typed = formats[column].typed(value) else { return }
        verifier.observe(typed)
        if verifier.needsKeys { verifier.observe(text: value, typed: typed) }
        if !verifier.isActive { verifying[column] = false }
    }

    /// The second pass read a value the first pass would have typed differently.
    static func changedFile() -> IngestError {
        IngestError(line: 0, message: "the file changed while it was being read")
    }
}
