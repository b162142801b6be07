import PlexeFoundation

/// Settles, during the load pass, whether one column's uniqueness candidates are real repeats,
/// comparing with the column's final format (`1.5` = `1.50` in a float column, not in a string
/// column):
/// - a candidate *text* (a value whose key had been seen before) is counted: two occurrences
///   make a repeat;
/// - a candidate *key* (repeated in the spill file) collects the values that have it: two equal
///   ones make a repeat; different ones were a hash collision.
///
/// Owned by the parsing thread during the load and read back by the caller after it finished
/// (the `BatchChannel`'s lock orders the two), hence `@unchecked Sendable`.
final class CandidateVerifier: @unchecked Sendable {
    /// A value as the final type compares it.
    enum TypedValue: Hashable {
        case integer(Int64)
        case real(Double)
        case boolean(Bool)
        case text([UInt8])
    }

    /// Values kept per candidate key before giving up (then SQL decides).
    static let maxValuesPerKey = 16

    private let candidates: [TypedValue]
    private var counts: [Int]
    private let keys: Set<UInt64>
    private var valuesByKey: [UInt64: [TypedValue]] = [:]
    private(set) var foundRepeat = false
    /// Too many different values shared a candidate key to keep them all.
    private(set) var gaveUp = false

    init(candidates texts: [[UInt8]], keys: [UInt64], format: ColumnFormat) {
        candidates = texts.compactMap { text in text.withUnsafeBytes { format.typed($0) } }
        counts = Array(repeating: 0, count: candidates.count)
        self.keys = Set(keys)
    }

    /// Whether the load pass has anything to do for this column.
    var isActive: Bool { !foundRepeat && !gaveUp }
    /// Key candidates need each value's key, computed from its text.
    var needsKeys: Bool { !keys.isEmpty }

    @inline(__always)
    func observe(_ value: TypedValue) {
        guard !foundRepeat else { return }
        for (i, candidate) in candidates.enumerated() where candidate == value {
            counts[i] += 1
            if counts[i] >= 2 { foundRepeat = true }
        }
    }

    /// For key candidates: the value's text, and the value as typed.
    func observe(text: UnsafeRawBufferPointer, typed value: TypedValue) {
        guard isActive else { return }
        let key = FingerprintSet.normalized(ValueKey.of(text))
        guard keys.contains(key) else { return }
        var values = valuesByKey[key, default: []]
        if values.contains(value) {
            foundRepeat = true
            return
        }
        guard values.count < CandidateVerifier.maxValuesPerKey else {
            gaveUp = true
            return
        }
        values.append(value)
        valuesByKey[key] = values
    }
}
