import Foundation

/// Where and how to relay mail: the relay's address, the transport security, credentials.
///
/// Made by hand in tests, and from the environment by the server (`fromEnvironment`). Its
/// `description` never shows the password, so a configuration can be logged as it is.
public struct SMTPConfiguration: Sendable, CustomStringConvertible {
    /// How the connection to the relay is protected.
    public enum Security: String, Sendable, CaseIterable {
        /// Plain TCP (a relay on localhost or a private network; usually port 25).
        case none
        /// Plain TCP upgraded by the STARTTLS command (submission, port 587). The upgrade is
        /// required: a relay that does not offer it is an error, never a silent downgrade.
        case startTLS = "starttls"
        /// TLS from the first byte ("SMTPS", port 465).
        case implicitTLS = "tls"

        /// The registered port for this kind of connection: 25, 587 or 465.
        public var defaultPort: UInt16 {
            switch self {
            case .none: return 25
            case .startTLS: return 587
            case .implicitTLS: return 465
            }
        }
    }

    public var host: String
    public var port: UInt16
    public var security: Security
    /// Both or neither of `username` and `password`; with them the client authenticates
    /// (AUTH PLAIN, else AUTH LOGIN).
    public var username: String?
    public var password: String?
    /// The envelope sender and the From of notifications.
    public var sender: EmailAddress
    /// Shown in From before the sender's address.
    public var senderName: String?
    /// The name the client gives in EHLO/HELO; this machine's host name by default.
    public var heloName: String
    /// Longest wait, in seconds, for the connection and for each reply of the relay.
    public var timeout: TimeInterval
    /// Whether the relay's certificate must chain to a trusted root and match `host`.
    /// Turn off only for test relays with self-signed certificates.
    public var verifyCertificates: Bool
    /// A PEM file of trusted roots to use instead of the system's (a private relay's CA).
    public var caFile: String?
    /// Whether credentials may be sent over an unencrypted connection. Off by default: a
    /// password in clear is readable by anyone on the path.
    public var allowsCredentialsWithoutTLS: Bool

    public init(
        host: String, port: UInt16? = nil, security: Security = .none,
        username: String? = nil, password: String? = nil,
        sender: EmailAddress? = nil, senderName: String? = "Plexe Data",
        heloName: String? = nil, timeout: TimeInterval = 30,
        verifyCertificates: Bool = true, caFile: String? = nil,
        allowsCredentialsWithoutTLS: Bool = false
    ) {
        let helo = heloName ?? SMTPConfiguration.localHostName()
        self.host = host
        self.port = port ?? security.defaultPort
        self.security = security
        self.username = username
        self.password = password
        self.sender = sender ?? SMTPConfiguration.defaultSender(heloName: helo)
        self.senderName = senderName
        self.heloName = helo
        self.timeout = timeout
        self.verifyCertificates = verifyCertificates
        self.caFile = caFile
        self.allowsCredentialsWithoutTLS = allowsCredentialsWithoutTLS
    }

    public var description: String {
        var parts = ["\(host):\(port)", "security=\(security.rawValue)"]
        if let username { parts.append("user=\(username)") }
        if password != nil { parts.append("password=<hidden>") }
        if !verifyCertificates { parts.append("verify=false") }
        parts.append("from=\(sender)")
        return "SMTP relay " + parts.joined(separator: " ")
    }

    /// The relay described by `PLEXE_SMTP_*` variables, or nil when `PLEXE_SMTP_HOST` is
    /// unset or empty (then mail goes to the outbox). A variable that is set but wrong is an
    /// error rather than a fallback, so that a typo does not silently stop all mail.
    ///
    /// - `PLEXE_SMTP_HOST`: host name or IP address of the relay
    /// - `PLEXE_SMTP_SECURITY`: `none`, `starttls` or `tls` (default: from the port — 465 →
    ///   tls, 587 → starttls, else none)
    /// - `PLEXE_SMTP_PORT`: default from the security (25, 587, 465)
    /// - `PLEXE_SMTP_USERNAME`, `PLEXE_SMTP_PASSWORD`: credentials, both or neither
    /// - `PLEXE_SMTP_FROM`: `addr@host` or `Name <addr@host>` (default `plexe-data@HOSTNAME`)
    /// - `PLEXE_SMTP_VERIFY`: `true`/`false` (default true), `PLEXE_SMTP_CA_FILE`: PEM roots
    /// - `PLEXE_SMTP_HELO`, `PLEXE_SMTP_TIMEOUT` (seconds, default 30),
    ///   `PLEXE_SMTP_ALLOW_INSECURE_AUTH` (default false)
    public static func fromEnvironment(_ env: [String: String]) throws(SMTPConfigurationError) -> SMTPConfiguration? {
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingASCIIWhitespace(), !raw.isEmpty else { return nil }
            return raw
        }
        func flag(_ name: String, default fallback: Bool) throws(SMTPConfigurationError) -> Bool {
            guard let raw = value(name) else { return fallback }
            switch raw.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw SMTPConfigurationError(variable: name, value: raw, reason: "expected true or false")
            }
        }
        guard let host = value("PLEXE_SMTP_HOST") else { return nil }

        var port: UInt16?
        if let raw = value("PLEXE_SMTP_PORT") {
            guard let p = UInt16(raw), p > 0 else {
                throw SMTPConfigurationError(variable: "PLEXE_SMTP_PORT", value: raw, reason: "expected a port number from 1 to 65535")
            }
            port = p
        }
        let security: Security
        if let raw = value("PLEXE_SMTP_SECURITY") {
            switch raw.lowercased() {
            case "none", "plain": security = .none
            case "starttls": security = .startTLS
            case "tls", "ssl", "smtps": security = .implicitTLS
            default:
                throw SMTPConfigurationError(variable: "PLEXE_SMTP_SECURITY", value: raw, reason: "expected none, starttls or tls")
            }
        } else {
            security = port == 465 ? .implicitTLS : port == 587 ? .startTLS : .none
        }

        let username = value("PLEXE_SMTP_USERNAME")
        let password = env["PLEXE_SMTP_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if (username == nil) != (password == nil) {
            let missing = username == nil ? "PLEXE_SMTP_USERNAME" : "PLEXE_SMTP_PASSWORD"
            throw SMTPConfigurationError(variable: missing, value: "", reason: "credentials need both PLEXE_SMTP_USERNAME and PLEXE_SMTP_PASSWORD")
        }

        var timeout: TimeInterval = 30
        if let raw = value("PLEXE_SMTP_TIMEOUT") {
            guard let t = TimeInterval(raw), t > 0, t <= 600 else {
                throw SMTPConfigurationError(variable: "PLEXE_SMTP_TIMEOUT", value: raw, reason: "expected a number of seconds from 0 to 600")
            }
            timeout = t
        }
        if let caFile = value("PLEXE_SMTP_CA_FILE"), !FileManager.default.isReadableFile(atPath: caFile) {
            throw SMTPConfigurationError(variable: "PLEXE_SMTP_CA_FILE", value: caFile, reason: "the file cannot be read")
        }
        let heloName = value("PLEXE_SMTP_HELO") ?? localHostName()
        let (sender, senderName) = try senderFromEnvironment(env) ?? (defaultSender(heloName: heloName), "Plexe Data")

        return SMTPConfiguration(
            host: host, port: port, security: security, username: username, password: password,
            sender: sender, senderName: senderName, heloName: heloName, timeout: timeout,
            verifyCertificates: try flag("PLEXE_SMTP_VERIFY", default: true),
            caFile: value("PLEXE_SMTP_CA_FILE"),
            allowsCredentialsWithoutTLS: try flag("PLEXE_SMTP_ALLOW_INSECURE_AUTH", default: false))
    }

    /// `PLEXE_SMTP_FROM` as an address and an optional display name, nil when unset. Read
    /// also when no relay is configured: outbox messages carry the same From.
    public static func senderFromEnvironment(_ env: [String: String]) throws(SMTPConfigurationError) -> (address: EmailAddress, name: String?)? {
        guard let raw = env["PLEXE_SMTP_FROM"]?.trimmingASCIIWhitespace(), !raw.isEmpty else { return nil }
        var name: String?
        var addressText = raw
        // `Name <addr@host>` or `"Name" <addr@host>`.
        if raw.hasSuffix(">"), let open = raw.lastIndex(of: "<") {
            addressText = String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)])
            var display = String(raw[..<open]).trimmingASCIIWhitespace()
            if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") { display = String(display.dropFirst().dropLast()) }
            name = display.isEmpty ? nil : display
        }
        do {
            return (try EmailAddress(addressText), name)
        } catch {
            throw SMTPConfigurationError(variable: "PLEXE_SMTP_FROM", value: raw, reason: error.reason)
        }
    }

    /// `plexe-data@<helo name>` when that is a valid address, else `plexe-data@localhost`.
    static func defaultSender(heloName: String) -> EmailAddress {
        (try? EmailAddress("plexe-data@\(heloName)")) ?? (try! EmailAddress("plexe-data@localhost"))
    }

    static func localHostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
