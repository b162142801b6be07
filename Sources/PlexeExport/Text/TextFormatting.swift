/// Number formatting straight into an output byte buffer, shared by the CSV and JSON writers.
///
/// `String(value)` per field would allocate and copy for every integer of a multi-million
/// row export; these write the digits in place.
enum TextFormatting {
    /// A stored INTEGER as CSV and JSON both write it: `true`/`false` for a boolean column
    /// (stored 0/1), else its decimal digits.
    @inline(__always)
    static func appendIntegerOrBoolean(_ value: Int64, isBoolean: Bool, to out: inout [UInt8]) {
        if isBoolean {
            appendLiteral(value != 0 ? "true" : "false", to: &out)
        } else {
            appendInteger(value, to: &out)
        }
    }

    /// Decimal digits of `value`, with a leading `-` when negative.
    @inline(__always)
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(truncatingIfNeeded: value) &+ 48)
            return
        }
        // The magnitude as unsigned, so Int64.min needs no special case.
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            while magnitude > 0 {
                let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: remainder) &+ 48
                magnitude = quotient
            }
            if value < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// The shortest text that reads back as the same `Double` (Swift's `description`:
    /// `1250.5`, `12.0`, `1e-07`, `inf`). Used for CSV, where a float keeps its `.0`.
    @inline(__always)
    static func appendDouble(_ value: Double, to out: inout [UInt8]) {
        var text = value.description
        text.withUTF8 { out.append(contentsOf: $0) }
    }
}

extension TextFormatting {
    /// Appends a literal's bytes. A `StaticString` points at constant memory, so unlike a
    /// stored `[UInt8]` constant it costs no reference counting per use.
    /// Byte by byte: for the few bytes of a literal this beats the bulk append's call.
    @inline(__always)
    static func appendLiteral(_ text: StaticString, to out: inout [UInt8]) {
        let start = text.utf8Start
        for offset in 0..<text.utf8CodeUnitCount { out.append(start[offset]) }
    }

    /// The same text as PlexeFoundation's `JSON.writeDouble` (so exports and query results
    /// agree: `12.0`, `1250.5`, `1e+20`, `null` for non-finite values), without its string
    /// interpolation per value.
    @inline(__always)
    static func appendJSONDouble(_ value: Double, to out: inout [UInt8]) {
        if !value.isFinite {
            appendLiteral("null", to: &out)
        } else if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value), to: &out)
            appendLiteral(".0", to: &out)
        } else {
            appendDouble(value, to: &out)
        }
    }
}
