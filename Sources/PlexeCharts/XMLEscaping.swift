/// Escaping for text that goes into the SVG, which is XML and must stay well-formed whatever
/// a user named their columns or categories.
enum XMLEscaping {
    /// `text` safe as element content or as a double- or single-quoted attribute value: the
    /// five markup characters become entities, and characters XML 1.0 cannot carry at all
    /// (controls other than tab/newline/return, U+FFFE, U+FFFF) become U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
