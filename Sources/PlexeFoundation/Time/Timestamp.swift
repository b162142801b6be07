import Foundation

/// Wall-clock time as the API writes it: RFC 3339, UTC, whole seconds, `Z`.
///
/// Stored in the catalog as Unix seconds (Int64), so comparisons and expiry checks are integer
/// arithmetic; formatted only on the way out.
public enum Timestamp {
    public static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    /// `2024-05-01T12:00:00Z`
    public static func rfc3339(_ seconds: Int64) -> String { format(seconds, "%04d-%02d-%02dT%02d:%02d:%02dZ") }

    /// `20240501T120000Z`, the compact form S3's SigV4 uses for `X-Amz-Date`.
    public static func compact(_ seconds: Int64) -> String { format(seconds, "%04d%02d%02dT%02d%02d%02dZ") }

    /// The UTC date and time of `seconds` through `format`, which takes year, month, day,
    /// hour, minute and second in that order.
    private static func format(_ seconds: Int64, _ format: String) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(
            format: format, Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Parses the compact form back to Unix seconds; nil if malformed.
    public static func parseCompact(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        func num(_ r: Range<Int>) -> Int32? {
            var v: Int32 = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int32(b[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let mo = num(4..<6), let d = num(6..<8),
            let h = num(9..<11), let mi = num(11..<13), let s = num(13..<15),
            (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var parts = tm()
        parts.tm_year = y - 1900
        parts.tm_mon = mo - 1
        parts.tm_mday = d
        parts.tm_hour = h
        parts.tm_min = mi
        parts.tm_sec = s
        return Int64(timegm(&parts))
    }
}
