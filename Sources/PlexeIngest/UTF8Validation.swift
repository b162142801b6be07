/// Checks that bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF).
///
/// Hand-written because the standard library only offers validation while building a `String`
/// (which would allocate per field and repair instead of report); this runs over a record's raw
/// bytes in place, eight ASCII bytes per step, and says where the first bad byte is so the error
/// can name its line.
enum UTF8Validation {
    /// The index of the first byte that is not part of a well-formed sequence, or nil.
    static func firstInvalidByte(in bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        var i = 0
        while i < count {
            while i + 8 <= count {
                let word = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < count else { return nil }
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(bytes + i, count: count - i)
            // Cut short at the end is as bad as ill-formed: these are all the bytes there are.
            guard length > 0 else { return i }
            i += length
        }
        return nil
    }
}
