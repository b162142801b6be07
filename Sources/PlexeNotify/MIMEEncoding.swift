import Foundation

/// The few MIME encodings a plain-text notification needs: RFC 2047 encoded-words for
/// non-ASCII header text, quoted-printable (RFC 2045) for bodies that cannot travel as they
/// are, header folding, and the RFC 5322 date.
///
/// Hand-written because neither Foundation on Linux nor the allowed system libraries offer
/// MIME composition, and this subset is small and fully specified.
enum MIMEEncoding {
    /// Longest header line we aim for (RFC 5322 §2.1.1 "SHOULD be no more than 78").
    static let preferredLineLength = 78
    /// Hard limit of a line, CRLF excluded (RFC 5322 §2.1.1 "MUST be no more than 998").
    static let maximumLineLength = 998

    // MARK: Headers

    /// True when `text` can be written into an unstructured header as it is: printable
    /// ASCII and spaces only, and nothing a reader would mistake for an encoded-word.
    static func isPlainHeaderText(_ text: String) -> Bool {
        !text.utf8.contains(where: { $0 < 0x20 || $0 > 0x7E }) && !text.contains("=?")
    }

    /// A header line for free text (Subject): the text as is when it is plain ASCII, folded
    /// at spaces to stay near 78 columns; otherwise RFC 2047 `B` encoded-words, one per
    /// folded line, never splitting a character between two words.
    static func unstructuredHeader(name: String, value: String) -> String {
        let clean = singleLine(value)
        // A word too long to fold would break the 998-octet line limit: encode it instead,
        // since encoded-words can be split anywhere between characters.
        let foldable = !clean.split(separator: " ").contains(where: { $0.utf8.count > 900 })
        if isPlainHeaderText(clean) && foldable {
            return fold(name: name, words: clean.split(separator: " ", omittingEmptySubsequences: false).map(String.init), separator: " ")
        }
        return fold(name: name, words: encodedWords(clean), separator: " ")
    }

    /// A display name for From: a quoted-string when ASCII, encoded-words otherwise.
    static func displayName(_ name: String) -> String {
        let clean = singleLine(name)
        if isPlainHeaderText(clean) {
            var quoted = "\""
            for ch in clean {
                if ch == "\"" || ch == "\\" { quoted.append("\\") }
                quoted.append(ch)
            }
            return quoted + "\""
        }
        return encodedWords(clean).joined(separator: " ")
    }

    /// `=?UTF-8?B?...?=` words of at most 75 characters each (RFC 2047 §2), each holding
    /// whole Unicode scalars so that every word decodes on its own (§5).
    static func encodedWords(_ text: String) -> [String] {
        // 75 - len("=?UTF-8?B?") - len("?=") = 63 base64 characters → at most 45 bytes
        // (a multiple of 3 keeps '=' padding out of the middle of the text).
        let maxBytes = 45
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > maxBytes {
                words.append(encodedWord(chunk))
                chunk.removeAll(keepingCapacity: true)
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// `Name: word word word`, breaking before a word (CRLF + space) when the line would
    /// pass 78 columns. A single word longer than that stays whole: splitting it would
    /// change the text.
    private static func fold(name: String, words: [String], separator: String) -> String {
        var out = name + ":"
        var column = out.utf8.count
        for (i, word) in words.enumerated() {
            let piece = (i == 0 ? " " : separator) + word
            if i > 0, column + piece.utf8.count > preferredLineLength, !word.isEmpty {
                out += "\r\n " + word
                column = 1 + word.utf8.count
            } else {
                out += piece
                column += piece.utf8.count
            }
        }
        return out
    }

    /// Header text on one line: CR, LF and other control characters become spaces, so a
    /// value can never start a new header.
    static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    ($0.value < 0x20 || $0.value == 0x7F) ? " " : $0
                }))
    }

    // MARK: Body

    /// The text with every line break (CRLF, lone LF, lone CR) as CRLF, ending with CRLF.
    static func normalizedLines(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 32 + 2)
        var i = 0
        while i < input.count {
            let b = input[i]
            if b == 0x0D {
                out += [0x0D, 0x0A]
                if i + 1 < input.count, input[i + 1] == 0x0A { i += 1 }
            } else if b == 0x0A {
                out += [0x0D, 0x0A]
            } else {
                out.append(b)
            }
            i += 1
        }
        if out.count < 2 || out[out.count - 2] != 0x0D || out[out.count - 1] != 0x0A { out += [0x0D, 0x0A] }
        return out
    }

    /// How a body has to travel.
    enum TransferEncoding: String {
        case sevenBit = "7bit", eightBit = "8bit", quotedPrintable = "quoted-printable"
    }

    /// The lightest encoding that keeps `body` (CRLF-normalised) intact: 7bit for short-lined
    /// ASCII, 8bit for short-lined UTF-8 when the path allows it, quoted-printable otherwise
    /// (long lines, NUL bytes, or no 8-bit path).
    static func transferEncoding(for body: [UInt8], allowing8bit: Bool) -> TransferEncoding {
        var lineLength = 0
        var longest = 0
        var has8bit = false
        var hasNUL = false
        for b in body {
            if b == 0x0A {
                longest = max(longest, lineLength)
                lineLength = 0
                continue
            }
            if b != 0x0D { lineLength += 1 }
            if b >= 0x80 { has8bit = true }
            if b == 0 { hasNUL = true }
        }
        longest = max(longest, lineLength)
        if hasNUL || longest > maximumLineLength { return .quotedPrintable }
        if !has8bit { return .sevenBit }
        return allowing8bit ? .eightBit : .quotedPrintable
    }

    /// Quoted-printable (RFC 2045 §6.7) of a CRLF-normalised body: line breaks stay hard
    /// breaks, encoded lines are at most 76 characters with `=` soft breaks, and a space or
    /// tab at the end of a line is encoded so that no transport can strip it.
    static func quotedPrintable(_ body: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in body.indices where body[i] == 0x0A {
            let end = (i > start && body[i - 1] == 0x0D) ? i - 1 : i
            lines.append(body[start..<end])
            start = i + 1
        }
        if start < body.count { lines.append(body[start...]) }
        let equals = UInt8(ascii: "=")
        for line in lines {
            var column = 0
            let last = line.endIndex - 1
            for index in line.indices {
                let b = line[index]
                let literal = (b >= 33 && b <= 126 && b != equals) || ((b == 0x20 || b == 0x09) && index != last)
                let width = literal ? 1 : 3
                // Keep room for the '=' of a soft break: at most 75 characters before it.
                if column + width > 75 {
                    out.append(equals)
                    out.append(0x0D)
                    out.append(0x0A)
                    column = 0
                }
                if literal {
                    out.append(b)
                } else {
                    out.append(equals)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0xF)])
                }
                column += width
            }
            out.append(0x0D)
            out.append(0x0A)
        }
        return out
    }

    // MARK: Date

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 5322 §3.3 date in UTC: `Wed, 01 May 2024 12:00:00 +0000`. Built by hand so that no
    /// locale can translate the day and month names.
    static func rfc5322Date(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        return weekdays[Int(parts.tm_wday)] + String(format: ", %02d ", Int(parts.tm_mday))
            + months[Int(parts.tm_mon)]
            + String(
                format: " %04d %02d:%02d:%02d +0000", Int(parts.tm_year) + 1900,
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
