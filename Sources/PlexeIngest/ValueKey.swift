import PlexeFoundation

/// A 64-bit hash of what a value means, for the exact uniqueness check.
///
/// Two values equal under *any* type their column may end up with get the same key:
/// - numbers hash their numeric value, an integral float as the integer (`5` = `5.0` = `5e0`
///   in a float column), so the numeric reading is covered; equal texts are equal numbers, so
///   the string reading is covered too;
/// - booleans hash their truth value (`TRUE` = `true` as booleans);
/// - everything else hashes its bytes (dates, datetimes and strings compare as text).
/// So a column whose keys never repeat has no repeated value. (One gap, handled by the caller:
/// an integer beyond 2^53 can equal a different integer once both are stored as REAL.)
enum ValueKey {
    /// Keeps the hashes of numbers apart from those of texts.
    static let numberSalt: UInt64 = 0x6A09_E667_F3BC_C909

    @inline(__always)
    static func integerKey(_ value: Int64) -> UInt64 {
        ByteHash.word(UInt64(bitPattern: value), salt: numberSalt)
    }

    @inline(__always)
    static func of(_ value: UnsafeRawBufferPointer, class valueClass: ValueClass, textHash: UInt64) -> UInt64 {
        switch valueClass {
        case .integer:
            guard let integer = DecimalParsing.int64(value) else { return textHash }
            return integerKey(integer)
        case .float, .groupedFloat:
            guard let double = DecimalParsing.double(value) else { return textHash }
            if double.rounded(.towardZero) == double, abs(double) < 9.2e18 {
                return integerKey(Int64(double))
            }
            return integerKey(Int64(bitPattern: double.bitPattern)) ^ 0x5555
        case .boolean:
            let p = value.baseAddress!.assumingMemoryBound(to: UInt8.self)
            return ValueClass.isBoolean(p, value.count) == true ? 0x7472_7565_0000_0001 : 0x6661_6C73_0000_0002
        case .date, .datetime, .string:
            return textHash
        }
    }

    /// The key of a non-empty value's text.
    static func of(_ value: UnsafeRawBufferPointer) -> UInt64 {
        of(value, class: ValueClass.of(value), textHash: ByteHash.bytes(value))
    }
}
