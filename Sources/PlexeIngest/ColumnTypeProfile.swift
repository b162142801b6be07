import PlexeFoundation

/// A column's type and null count, from every one of its values (not a sample).
///
/// Kept apart from `ColumnValueTracker` so the CSV first pass can run it on the parsing thread
/// while the other thread tracks distinct values and uniqueness.
struct ColumnTypeProfile: Sendable {
    /// Rows where the value was empty or missing.
    var nullCount = 0
    /// One bit per `ValueClass` seen.
    private var classesSeen: UInt8 = 0
    /// The classes seen already force `string`: no need to classify any more.
    private var isSettledAsString = false

    /// Observes one value's text (empty = NULL).
    @inline(__always)
    mutating func observe(_ value: UnsafeRawBufferPointer) {
        if value.count == 0 {
            nullCount += 1
        } else if !isSettledAsString {
            classesSeen |= 1 << ValueClass.of(value).rawValue
            isSettledAsString = ColumnTypeProfile.type(of: classesSeen) == .string
        }
    }

    /// The column's type: the join of its values' classes (all NULL: string).
    /// - integers alone: integer; integers and floats: float;
    /// - booleans alone: boolean;
    /// - dates alone: date; dates and datetimes: datetime;
    /// - any other mix: string.
    var inferredType: ColumnType { ColumnTypeProfile.type(of: classesSeen) }

    private static func type(of classes: UInt8) -> ColumnType {
        func bit(_ c: ValueClass) -> UInt8 { 1 << c.rawValue }
        if classes == 0 { return .string }
        if classes & ~(bit(.integer) | bit(.float)) == 0 {
            return classes & bit(.float) != 0 ? .float : .integer
        }
        if classes == bit(.boolean) { return .boolean }
        if classes & ~(bit(.date) | bit(.datetime)) == 0 {
            return classes & bit(.datetime) != 0 ? .datetime : .date
        }
        return .string
    }
}
