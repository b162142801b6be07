/// Hands messages to an SMTP relay.
///
/// Hand-written (with `SMTPSession`, `SMTPConnection`, `TLSChannel`): Foundation on Linux
/// has no SMTP client and the project's allowed libraries offer none (libcurl's SMTP is not
/// among them); the client side of RFC 5321 + STARTTLS + AUTH PLAIN/LOGIN is small, and
/// owning it lets every failure carry its stage and reply code.
///
/// Blocking: a call holds its thread for the whole conversation (up to the configured
/// timeout per step), so call it from a worker thread or job, never from a request handler
/// that must answer quickly. `MailDispatcher` adds the outbox and retry policy on top.
public enum SMTPClient {
    /// Sends `message` to its recipient through the relay of `config`; returns when the
    /// relay has accepted it (250 after DATA).
    ///
    /// The envelope sender is `message.from`. The body goes as 8bit when the relay offers
    /// 8BITMIME, quoted-printable otherwise.
    public static func send(_ message: EmailMessage, via config: SMTPConfiguration) throws(SMTPError) {
        try SMTPSession.deliver(from: message.from, to: message.to, via: config) { relayAccepts8bit in
            message.renderedBytes(allowing8bit: relayAccepts8bit)
        }
    }

    /// Sends an already rendered message (an `.eml` from the retry queue) as it is.
    static func send(
        rendered: [UInt8], from sender: EmailAddress, to recipient: EmailAddress,
        via config: SMTPConfiguration
    ) throws(SMTPError) {
        try SMTPSession.deliver(from: sender, to: recipient, via: config) { _ in rendered }
    }
}
