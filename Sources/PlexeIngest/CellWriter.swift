import PlexeFoundation

/// Turns each value's text into its SQLite storage by the column's final type (the contract's
/// convention: INTEGER, REAL, 0/1, TEXT as written, NULL for empty) and feeds the uniqueness
/// candidates' verifiers on the way.
///
/// Runs on the parsing thread of the load pass; see `CandidateVerifier` for the hand-back.
final class CellWriter: @unchecked Sendable {
    let types: [ColumnType]
    let verifiers: [CandidateVerifier?]
    /// Per column: whether a verifier is still active (checked before touching it).
    private let verifying: UnsafeMutablePointer<Bool>

    init(types: [ColumnType], verifiers: [CandidateVerifier?]) {
        self.types = types
        self.verifiers = verifiers
        verifying = .allocate(capacity: max(1, types.count))
        for (i, verifier) in verifiers.enumerated() { verifying[i] = verifier != nil }
    }

    deinit { verifying.deallocate() }

    /// Appends column `column`'s value (nil or empty = NULL) to the batch's current row.
    @inline(__always)
    func append(_ value: UnsafeRawBufferPointer?, column: Int, to batch: RowBatch) throws {
        guard let value, value.count > 0 else {
            batch.appendNull()
            return
        }
        switch types[column] {
        case .integer:
            guard let integer = DecimalParsing.int64(value) else { throw CellWriter.changedFile() }
            batch.append(integer: integer)
        case .float:
            guard let real = DecimalParsing.double(value) else { throw CellWriter.changedFile() }
            batch.append(real: real)
        case .boolean:
            guard let truth = ValueClass.isBoolean(value.baseAddress!.assumingMemoryBound(to: UInt8.self), value.count) else {
                throw CellWriter.changedFile()
            }
            batch.append(integer: truth ? 1 : 0)
        case .date, .datetime, .string:
            batch.append(text: value)
        }
        if verifying[column] { verify(value, column: column) }
    }

    private func verify(_ value: UnsafeRawBufferPointer, column: Int) {
        guard let verifier = verifiers[column], let typed = CandidateVerifier.typed(value, as: types[column]) else { return }
        verifier.observe(typed)
        if verifier.needsKeys { verifier.observe(text: value, typed: typed) }
        if !verifier.isActive { verifying[column] = false }
    }

    /// The second pass read a value the first pass would have typed differently.
    static func changedFile() -> IngestError {
        IngestError(line: 0, message: "the file changed while it was being read")
    }
}
