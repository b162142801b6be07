import Foundation
import PlexeFoundation

/// One plain-text message, and its RFC 5322 rendering.
///
/// Rendering is deterministic for a given value (the Message-ID and Date are fixed when the
/// value is made), so a message written to the outbox, queued for retry and later relayed
/// is byte for byte the same message, with the same Message-ID for the recipient's client
/// to de-duplicate on.
public struct EmailMessage: Sendable {
    public var from: EmailAddress
    /// Shown before the sender's address (`"Plexe Data" <noreply@example.com>`).
    public var fromName: String?
    public var to: EmailAddress
    /// Free text; any Unicode. CR/LF are turned into spaces.
    public var subject: String
    /// Free text; any Unicode and any line-break style (sent as CRLF).
    public var textBody: String
    /// `<unique@domain>`, angle brackets included.
    public var messageID: String
    public var date: Date

    /// A message; without `messageID` one is made from 96 random bits and the sender's domain.
    public init(
        from: EmailAddress, fromName: String? = nil, to: EmailAddress, subject: String,
        textBody: String, date: Date = Date(), messageID: String? = nil
    ) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.textBody = textBody
        self.date = date
        self.messageID =
            messageID.map(EmailMessage.bracketed)
            ?? "<\(Crypto.randomHex(byteCount: 12)).\(Int64(date.timeIntervalSince1970))@\(from.domain)>"
    }

    /// The message as an RFC 5322 document with CRLF line endings: headers, a blank line and
    /// the body (8bit when it is UTF-8, quoted-printable when lines are too long). This is
    /// what an `.eml` file holds; SMTP dot-stuffing is applied on the wire, not here.
    public func rendered() -> String {
        String(decoding: renderedBytes(allowing8bit: true), as: UTF8.self)
    }

    /// The rendering; with `allowing8bit: false` a non-ASCII body is quoted-printable, so
    /// that the bytes cross any SMTP relay, including one without 8BITMIME.
    func renderedBytes(allowing8bit: Bool) -> [UInt8] {
        let body = MIMEEncoding.normalizedLines(textBody)
        let encoding = MIMEEncoding.transferEncoding(for: body, allowing8bit: allowing8bit)
        let fromHeader = fromName.map { "From: \(MIMEEncoding.displayName($0)) <\(from.value)>" } ?? "From: \(from.value)"
        let headers = [
            "Date: \(MIMEEncoding.rfc5322Date(date))",
            fromHeader,
            "To: \(to.value)",
            MIMEEncoding.unstructuredHeader(name: "Subject", value: subject),
            "Message-ID: \(messageID)",
            // RFC 3834: an automatic message; well-behaved responders do not answer it.
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(encoding.rawValue)",
        ]
        var out = Array(headers.joined(separator: "\r\n").utf8)
        out += [0x0D, 0x0A, 0x0D, 0x0A]
        out += encoding == .quotedPrintable ? MIMEEncoding.quotedPrintable(body) : body
        return out
    }

    /// `<id>` from `id` or `<id>`, on one line.
    private static func bracketed(_ id: String) -> String {
        let clean = MIMEEncoding.singleLine(id).trimmingASCIIWhitespace()
        let core = clean.hasPrefix("<") && clean.hasSuffix(">") && clean.count >= 2 ? String(clean.dropFirst().dropLast()) : clean
        return "<" + core.replacingOccurrences(of: " ", with: "") + ">"
    }
}
