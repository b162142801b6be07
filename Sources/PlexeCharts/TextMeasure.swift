/// Estimated text widths, for laying out labels without a font engine.
///
/// The server has no font to measure with, and the SVG is drawn by whatever viewer opens it,
/// in whatever sans-serif it has. Widths are therefore estimated from the advance widths of
/// DejaVu Sans (the default sans-serif on Linux desktops and in librsvg), which is wider than
/// Helvetica, Arial or Segoe UI: an estimate that errs wide costs a little space but keeps
/// neighbouring labels from colliding in every common font.
enum TextMeasure {
    /// The approximate width in pixels of `text` set at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += emWidth(scalar)
        }
        return ems * fontSize * (bold ? boldFactor : 1)
    }

    /// `text` shortened with a trailing "…" so that it fits in `maxWidth`, cut between whole
    /// characters (never inside an emoji or an accented letter); unchanged when it already fits.
    static func truncated(_ text: String, toWidth maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        if width(text, fontSize: fontSize, bold: bold) <= maxWidth { return text }
        let ellipsisWidth = width("…", fontSize: fontSize, bold: bold)
        var kept = ""
        var keptWidth = 0.0
        for character in text {
            let characterWidth = width(String(character), fontSize: fontSize, bold: bold)
            if keptWidth + characterWidth + ellipsisWidth > maxWidth { break }
            kept.append(character)
            keptWidth += characterWidth
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// Bold DejaVu Sans runs about 10 % wider than regular over printable ASCII.
    private static let boldFactor = 1.1

    /// Advance widths of DejaVu Sans for U+0020…U+007E, in hundredths of an em.
    private static let asciiWidths: [UInt8] = [
        32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
        64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
        60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
        63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
    ]

    private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x20...0x7E:
            return Double(asciiWidths[Int(scalar.value - 0x20)]) / 100
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F:
            return 0  // combining marks, zero-width characters, variation selectors
        case 0x2026, 0x2014, 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0  // the ellipsis, the em dash, East Asian wide characters and emoji
        default:
            return 0.68  // accented Latin, Greek, Cyrillic and the like: about a capital's width
        }
    }
}
