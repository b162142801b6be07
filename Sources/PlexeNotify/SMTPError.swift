/// Why a message could not be handed to the relay: at which step, what the relay answered.
///
/// `stage` says where in the dialogue it stopped, so a log line tells "the relay is down"
/// (`connect`) from "the relay refused this recipient" (`recipient`, 550) at a glance;
/// `isPermanent` tells the dispatcher whether trying again later can help.
public struct SMTPError: Error, Sendable, CustomStringConvertible {
    /// The step of the SMTP dialogue that failed.
    public enum Stage: String, Sendable {
        /// The addresses could not be put into SMTP commands (before any connection).
        case envelope
        /// Resolving the host or opening the TCP connection.
        case connect
        /// The TLS handshake (implicit TLS, or after STARTTLS), certificate checks included.
        case tlsHandshake = "tls_handshake"
        /// The relay's 220 greeting.
        case greeting
        /// EHLO / HELO.
        case hello
        /// The STARTTLS command (including a relay that does not offer it).
        case startTLS = "starttls"
        /// AUTH PLAIN / AUTH LOGIN.
        case authentication
        /// MAIL FROM.
        case sender
        /// RCPT TO.
        case recipient
        /// DATA and the message content.
        case data
    }

    public let stage: Stage
    /// The relay's three-digit reply code, when the relay answered; nil for network,
    /// timeout and TLS failures.
    public let code: Int?
    /// The relay's reply text, or what went wrong locally. Never contains credentials.
    public let message: String
    /// `host:port` of the relay.
    public let server: String

    public init(stage: Stage, code: Int?, message: String, server: String) {
        self.stage = stage
        self.code = code
        self.message = message
        self.server = server
    }

    /// True when trying again cannot help: a 5xx reply (the relay refused for good), or an
    /// address that cannot be sent at all. Timeouts, refused connections and 4xx replies
    /// are transient.
    public var isPermanent: Bool {
        if stage == .envelope { return true }
        guard let code else { return false }
        return (500..<600).contains(code)
    }

    public var description: String {
        let answer = code.map { "\($0) " } ?? ""
        return "SMTP \(stage.rawValue) failed at \(server): \(answer)\(message)"
    }
}
