/// The texts that mean "no value" wherever they stand alone in a field, read as NULL like an
/// empty field, in every column (the CSV preview still shows them as written).
///
/// pandas' default `na_values` without its C-runtime spellings (`1.#IND`, `-1.#QNAN`…) and
/// `#N/A N/A`, plus `-`, which spreadsheets and reports write for "nothing": every marker is at
/// most 4 bytes, so a longer value costs one comparison.
enum NullMarker {
    /// The list, in the README's order.
    static let texts = ["", "-", "NA", "N/A", "n/a", "#N/A", "#NA", "<NA>", "NULL", "null", "None", "NaN", "nan", "-NaN", "-nan"]

    /// Whether the value is empty or one of `texts`.
    @inline(__always)
    static func matches(_ value: UnsafeRawBufferPointer) -> Bool {
        let n = value.count
        guard n <= 4 else { return false }
        if n == 0 { return true }
        return matchesMarker(value.baseAddress!.assumingMemoryBound(to: UInt8.self), n)
    }

    /// `matches` for 1 to 4 bytes at `p`.
    static func matchesMarker(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        switch n {
        case 1:
            return p[0] == 0x2D  // -
        case 2:
            return p[0] == 0x4E && p[1] == 0x41  // NA
        case 3:
            // Little-endian words of the markers' bytes.
            let w = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16
            return w == 0x41_2F4E /* N/A */ || w == 0x61_2F6E /* n/a */ || w == 0x41_4E23 /* #NA */
                || w == 0x4E_614E /* NaN */ || w == 0x6E_616E /* nan */
        case 4:
            let w = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)
            return w == 0x412F_4E23 /* #N/A */ || w == 0x3E41_4E3C /* <NA> */ || w == 0x4C4C_554E /* NULL */
                || w == 0x6C6C_756E /* null */ || w == 0x656E_6F4E /* None */ || w == 0x4E61_4E2D /* -NaN */
                || w == 0x6E61_6E2D /* -nan */
        default:
            return false
        }
    }
}
