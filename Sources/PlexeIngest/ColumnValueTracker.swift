import PlexeFoundation

/// A column's distinct values (while few) and the first pass of its exact uniqueness check, fed
/// with the column's non-empty values.
struct ColumnValueTracker {
    /// An integer beyond ±2^53 was seen: as a REAL it could equal a neighbour (see `ValueKey`).
    private(set) var hasIntegerBeyondDoublePrecision = false
    private(set) var distinct: DistinctValueTracker?
    let uniqueness: UniquenessTracker
    /// `uniqueness.isTracking`, kept here so untracked columns never touch the tracker.
    private var isTrackingUniqueness: Bool

    init(budget: MemoryBudget) {
        distinct = DistinctValueTracker()
        uniqueness = UniquenessTracker(budget: budget)
        isTrackingUniqueness = uniqueness.isTracking
    }

    /// Whether values still need to be observed (most columns stop needing it within the first
    /// rows: they have too many distinct values and a certain repeat).
    var needsValues: Bool { isTrackingUniqueness || distinct != nil }

    /// Ends the first pass: inserts the keys still queued, settles spilled keys.
    mutating func finish() {
        uniqueness.finish()
        isTrackingUniqueness = uniqueness.isTracking
    }

    /// Observes one non-null value (neither empty nor a null marker).
    @inline(__always)
    mutating func observe(_ value: UnsafeRawBufferPointer) {
        let tracking = isTrackingUniqueness
        guard tracking || distinct != nil else { return }
        let textHash = ByteHash.bytes(value)
        if let tracker = distinct {
            switch tracker.observe(value, hash: textHash) {
            case .seenBefore:
                if tracking {
                    uniqueness.recordCertainRepeat()
                    isTrackingUniqueness = false
                }
                return
            case .new:
                break
            case .tooMany:
                distinct = nil
            }
        }
        if tracking {
            let valueClass = ValueClass.of(value)
            if valueClass == .integer, !hasIntegerBeyondDoublePrecision, let integer = DecimalParsing.int64(value),
                integer > 1 << 53 || integer < -(1 << 53)
            {
                hasIntegerBeyondDoublePrecision = true
            }
            isTrackingUniqueness = uniqueness.observe(value, key: ValueKey.of(value, class: valueClass, textHash: textHash))
        }
    }

    /// The distinct values as the final format reads them, sorted, or nil when more than the
    /// limit. (Texts were collected exactly; `1.5` and `1.50` are then one float, `Jan 5 2024`
    /// and `January 5, 2024` one date.)
    func distinctValues(as format: ColumnFormat) -> [String]? {
        guard let texts = distinct?.values else { return nil }
        if format.isWritten {
            let values = Set(texts.compactMap { bytes in bytes.withUnsafeBytes { format.typed($0) } })
            switch format.type {
            case .integer:
                return values.compactMap { if case .integer(let v) = $0 { v } else { nil } }.sorted().map(String.init)
            case .float:
                return Set(values.compactMap { if case .real(let v) = $0 { v == 0 ? 0 : v } else { nil } }).sorted().map { "\($0)" }
            case .boolean:
                return values.compactMap { if case .boolean(let v) = $0 { v } else { nil } }.sorted { !$0 && $1 }.map { $0 ? "true" : "false" }
            case .date, .datetime, .string:
                return values.compactMap { if case .text(let v) = $0 { v } else { nil } }
                    .sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
            }
        }
        switch format.type {
        case .integer:
            let values = Set(texts.compactMap { bytes in bytes.withUnsafeBytes { DecimalParsing.int64($0) } })
            return values.sorted().map(String.init)
        case .float:
            let values = Set(texts.compactMap { bytes in bytes.withUnsafeBytes { DecimalParsing.double($0) } }.map { $0 == 0 ? 0 : $0 })
            return values.sorted().map { "\($0)" }
        case .boolean:
            let values = Set(texts.compactMap { bytes in bytes.withUnsafeBufferPointer { ValueClass.isBoolean($0.baseAddress!, $0.count) } })
            return values.sorted { !$0 && $1 }.map { $0 ? "true" : "false" }
        case .date, .datetime, .string:
            return texts.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
