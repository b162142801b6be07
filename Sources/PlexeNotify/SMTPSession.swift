import Foundation

/// One SMTP conversation (RFC 5321), from greeting to QUIT, for one message.
///
/// The order of steps is the security-relevant part: EHLO, then STARTTLS when asked for (and
/// EHLO again, since the relay's offer may change once encrypted), and only then AUTH, which
/// refuses to send credentials over an unencrypted connection unless the configuration
/// explicitly allows it.
struct SMTPSession {
    private let config: SMTPConfiguration
    private let connection: SMTPConnection
    /// EHLO keywords offered by the relay (upper-cased) with their parameters.
    private var extensions: [String: String] = [:]

    private init(config: SMTPConfiguration, connection: SMTPConnection) {
        self.config = config
        self.connection = connection
    }

    /// Delivers one message: `content(relayAccepts8bit)` gives the bytes to send as DATA
    /// (not yet dot-stuffed).
    static func deliver(
        from sender: EmailAddress, to recipient: EmailAddress, via config: SMTPConfiguration,
        content: (Bool) -> [UInt8]
    ) throws(SMTPError) {
        let server = config.host.contains(":") ? "[\(config.host)]:\(config.port)" : "\(config.host):\(config.port)"
        let connection: SMTPConnection
        do {
            connection = try SMTPConnection.open(host: config.host, port: config.port, timeout: config.timeout)
        } catch {
            throw SMTPError(stage: .connect, code: nil, message: error.message, server: server)
        }
        defer { connection.close() }
        var session = SMTPSession(config: config, connection: connection)
        do {
            try session.run(from: sender, to: recipient, content: content)
        } catch {
            // The relay is still talking: end the conversation politely before hanging up.
            if error.code != nil { session.quitQuietly() }
            throw error
        }
    }

    private mutating func run(from sender: EmailAddress, to recipient: EmailAddress, content: (Bool) -> [UInt8]) throws(SMTPError) {
        if config.security == .implicitTLS { try upgradeToTLS() }
        try expect(read(.greeting), [220], .greeting)
        try hello()

        if config.security == .startTLS {
            guard extensions["STARTTLS"] != nil else {
                throw error(.startTLS, "the relay does not offer STARTTLS; not sending in clear (set PLEXE_SMTP_SECURITY=none to allow)")
            }
            try expect(command("STARTTLS", .startTLS), [220], .startTLS)
            try upgradeToTLS()
            try hello()
        }
        if let username = config.username, let password = config.password {
            try authenticate(username: username, password: password)
        }

        let body = content(extensions["8BITMIME"] != nil)
        let needs8bit = body.contains(where: { $0 >= 0x80 })
        let bodyParameter = needs8bit && extensions["8BITMIME"] != nil ? " BODY=8BITMIME" : ""
        try expect(command("MAIL FROM:<\(sender.value)>\(bodyParameter)", .sender), [250], .sender)
        try expect(command("RCPT TO:<\(recipient.value)>", .recipient), [250, 251], .recipient)
        try expect(command("DATA", .data), [354], .data)
        do {
            try connection.write(SMTPSession.dotStuffed(body) + Array(".\r\n".utf8))
        } catch {
            throw transportError(.data, error)
        }
        try expect(read(.data), [250], .data)
        quitQuietly()
    }

    /// EHLO, falling back to HELO for a relay that does not know EHLO (it then offers no
    /// extensions, so STARTTLS or AUTH requirements fail later with a clear message).
    private mutating func hello() throws(SMTPError) {
        extensions = [:]
        let reply = try command("EHLO \(config.heloName)", .hello)
        if reply.code == 250 {
            for line in reply.lines.dropFirst() {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard let keyword = parts.first else { continue }
                // Old relays announce `AUTH=PLAIN LOGIN` next to (or instead of) `AUTH PLAIN LOGIN`.
                if keyword.uppercased().hasPrefix("AUTH=") {
                    extensions["AUTH", default: ""] += " " + keyword.dropFirst(5) + (parts.count > 1 ? " " + parts[1] : "")
                } else {
                    extensions[keyword.uppercased(), default: ""] += parts.count > 1 ? " " + parts[1] : ""
                }
            }
            return
        }
        guard (500..<600).contains(reply.code) else { throw replyError(.hello, reply) }
        try expect(command("HELO \(config.heloName)", .hello), [250], .hello)
    }

    private mutating func upgradeToTLS() throws(SMTPError) {
        do {
            try connection.startTLS(serverName: config.host, verifyCertificates: config.verifyCertificates, caFile: config.caFile)
        } catch {
            throw transportError(.tlsHandshake, error)
        }
    }

    /// AUTH PLAIN (one round trip) when offered, else AUTH LOGIN (RFC 4954).
    private func authenticate(username: String, password: String) throws(SMTPError) {
        guard connection.isEncrypted || config.allowsCredentialsWithoutTLS else {
            throw error(
                .authentication,
                "refusing to send credentials over an unencrypted connection (use starttls or tls, or set PLEXE_SMTP_ALLOW_INSECURE_AUTH=true)")
        }
        let offered = Set((extensions["AUTH"] ?? "").uppercased().split(separator: " ").map(String.init))
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if offered.contains("PLAIN") {
            let token = Data([0] + Array(username.utf8) + [0] + Array(password.utf8)).base64EncodedString()
            try expect(command("AUTH PLAIN \(token)", .authentication), [235], .authentication)
        } else if offered.contains("LOGIN") {
            try expect(command("AUTH LOGIN", .authentication), [334], .authentication)
            try expect(command(base64(username), .authentication), [334], .authentication)
            try expect(command(base64(password), .authentication), [235], .authentication)
        } else {
            let list = offered.isEmpty ? "none" : offered.sorted().joined(separator: " ")
            throw error(.authentication, "the relay offers no supported authentication (offered: \(list); supported: PLAIN LOGIN)")
        }
    }

    private func quitQuietly() {
        _ = try? connection.write("QUIT\r\n")
        _ = try? connection.readLine()
    }

    // MARK: Replies

    private func command(_ line: String, _ stage: SMTPError.Stage) throws(SMTPError) -> SMTPReply {
        do {
            try connection.write(line + "\r\n")
        } catch {
            throw transportError(stage, error)
        }
        return try read(stage)
    }

    private func read(_ stage: SMTPError.Stage) throws(SMTPError) -> SMTPReply {
        do {
            return try SMTPReply.read { () throws(SMTPConnection.Failure) -> String in try connection.readLine() }
        } catch {
            switch error {
            case .transport(let failure): throw transportError(stage, failure)
            case .malformed(let line): throw self.error(stage, "the relay's answer is not SMTP: \(line.prefix(200))")
            }
        }
    }

    private func expect(_ reply: SMTPReply, _ codes: Set<Int>, _ stage: SMTPError.Stage) throws(SMTPError) {
        guard codes.contains(reply.code) else { throw replyError(stage, reply) }
    }

    private func replyError(_ stage: SMTPError.Stage, _ reply: SMTPReply) -> SMTPError {
        SMTPError(stage: stage, code: reply.code, message: reply.text, server: connection.peer)
    }

    private func transportError(_ stage: SMTPError.Stage, _ failure: SMTPConnection.Failure) -> SMTPError {
        SMTPError(stage: stage, code: nil, message: failure.message, server: connection.peer)
    }

    private func error(_ stage: SMTPError.Stage, _ message: String) -> SMTPError {
        SMTPError(stage: stage, code: nil, message: message, server: connection.peer)
    }

    // MARK: Transparency

    /// The message as DATA content (RFC 5321 §4.5.2): CRLF line endings, a `.` doubled at
    /// the start of every line so that no line of the message can end the transfer, and a
    /// final CRLF so the terminating `.` stands on its own line.
    static func dotStuffed(_ content: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count + content.count / 64 + 2)
        var atLineStart = true
        var previous: UInt8 = 0
        for b in content {
            if b == 0x0A && previous != 0x0D { out.append(0x0D) }  // bare LF → CRLF
            if atLineStart && b == UInt8(ascii: ".") { out.append(UInt8(ascii: ".")) }
            out.append(b)
            atLineStart = b == 0x0A
            previous = b
        }
        if !atLineStart {
            if previous != 0x0D { out.append(0x0D) }
            out.append(0x0A)
        }
        return out
    }
}
