/// One reply of the relay: a three-digit code and one or more lines of text (RFC 5321 §4.2).
///
/// Multi-line replies (`250-first`, `250-second`, `250 last`) are joined here, so the
/// dialogue code deals in whole replies.
struct SMTPReply: Equatable {
    let code: Int
    /// The text of each line, without the code and separator.
    let lines: [String]

    var text: String { lines.joined(separator: " ") }

    /// Collects a reply from `nextLine`, which yields the relay's lines one by one.
    /// Throws `Malformed` for a line without a code, or a code that changes mid-reply.
    static func read<E: Error>(_ nextLine: () throws(E) -> String) throws(SMTPReplyReadError<E>) -> SMTPReply {
        var lines: [String] = []
        var code: Int?
        // A reply longer than this is not a relay talking to us.
        for _ in 0..<512 {
            let line: String
            do { line = try nextLine() } catch { throw .transport(error) }
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-")
            else {
                throw .malformed(line)
            }
            let lineCode = Int(bytes[0] - 0x30) * 100 + Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)
            if let code, code != lineCode { throw .malformed(line) }
            code = lineCode
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: lineCode, lines: lines) }
        }
        throw .malformed("a reply of more than 512 lines")
    }
}

/// Why `SMTPReply.read` failed: the line source failed, or the relay did not speak SMTP.
enum SMTPReplyReadError<TransportError: Error>: Error {
    case transport(TransportError)
    case malformed(String)
}
