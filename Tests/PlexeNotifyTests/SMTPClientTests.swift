import Foundation
import Testing

@testable import PlexeNotify

/// A relay configuration for the scripted server: plain SMTP on loopback, short timeout.
func loopbackRelay(
    port: UInt16, timeout: TimeInterval = 2, username: String? = nil, password: String? = nil,
    allowInsecureAuth: Bool = false
) throws -> SMTPConfiguration {
    SMTPConfiguration(
        host: "127.0.0.1", port: port, security: .none, username: username, password: password,
        sender: try EmailAddress("noreply@plexe.test"), heloName: "client.test", timeout: timeout,
        allowsCredentialsWithoutTLS: allowInsecureAuth)
}

func sampleMessage(to recipient: String = "ada@example.com", body: String = "Your export is ready — données clients.\n.leading dot line\n.\nEnd\n")
    throws -> EmailMessage
{
    EmailMessage(
        from: try EmailAddress("noreply@plexe.test"), fromName: "Plexe Data", to: try EmailAddress(recipient),
        subject: "Export prête ✅", textBody: body)
}

/// DATA as sent on the wire, un-dot-stuffed: what the recipient's server stores.
func unstuffed(_ data: [UInt8]) -> String {
    String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.joined(separator: "\r\n")
}

/// The error of a send that is expected to fail; nil when it succeeded.
func sendFailure(_ message: EmailMessage, _ config: SMTPConfiguration) -> SMTPError? {
    do {
        try SMTPClient.send(message, via: config)
        return nil
    } catch {
        return error
    }
}

@Suite struct SMTPClientTests {
    @Test func deliversThroughAPlainRelay() throws {
        let server = try ScriptedSMTPServer()
        defer { server.stop() }
        let message = try sampleMessage()
        try SMTPClient.send(message, via: try loopbackRelay(port: server.port))

        let session = try #require(server.sessions.first)
        #expect(
            session.commands == [
                "EHLO client.test", "MAIL FROM:<noreply@plexe.test> BODY=8BITMIME",
                "RCPT TO:<ada@example.com>", "DATA", "QUIT",
            ])
        let data = try #require(session.data)
        let wire = String(decoding: data, as: UTF8.self)
        #expect(wire.contains("\r\n..leading dot line\r\n"), "dot-stuffed on the wire")
        #expect(wire.contains("\r\n..\r\n"), "a lone dot line is stuffed too")
        #expect(unstuffed(data) == message.rendered(), "the relay receives exactly the rendered message")
    }

    @Test func withoutEightBitMIMETheBodyIsQuotedPrintable() throws {
        let server = try ScriptedSMTPServer(.init(ehlo: ["fake.test", "SIZE 1000"]))
        defer { server.stop() }
        try SMTPClient.send(try sampleMessage(body: "Données prêtes\n"), via: try loopbackRelay(port: server.port))
        let session = try #require(server.sessions.first)
        #expect(session.commands[1] == "MAIL FROM:<noreply@plexe.test>")
        let data = try #require(session.data)
        #expect(!data.contains(where: { $0 >= 0x80 }))
        #expect(String(decoding: data, as: UTF8.self).contains("Content-Transfer-Encoding: quoted-printable\r\n"))
        #expect(String(decoding: data, as: UTF8.self).contains("Donn=C3=A9es pr=C3=AAtes\r\n"))
    }

    @Test func fallsBackToHELO() throws {
        let server = try ScriptedSMTPServer(.init(ehlo: nil))
        defer { server.stop() }
        try SMTPClient.send(try sampleMessage(body: "ascii only\n"), via: try loopbackRelay(port: server.port))
        #expect(server.sessions.first?.commands.prefix(3) == ["EHLO client.test", "HELO client.test", "MAIL FROM:<noreply@plexe.test>"])
    }

    @Test func refusedRecipientIsAnErrorWithTheCode() throws {
        let server = try ScriptedSMTPServer(.init(rcptReply: "550 5.1.1 <nobody@example.com>: Recipient address rejected"))
        defer { server.stop() }
        let error = try #require(
            sendFailure(try sampleMessage(to: "nobody@example.com"), try loopbackRelay(port: server.port)),
            "a refused recipient was reported as sent")
        #expect(error.stage == .recipient)
        #expect(error.code == 550)
        #expect(error.message.contains("Recipient address rejected"))
        #expect(error.isPermanent)
        #expect(error.description.contains("127.0.0.1:\(server.port)"))
        #expect(server.sessions.first?.commands.last == "QUIT", "the client says goodbye after a refusal")
        #expect(server.sessions.first?.data == nil)
    }

    @Test func temporaryFailureIsNotPermanent() throws {
        let server = try ScriptedSMTPServer(.init(mailReply: "451 4.3.0 Try again later"))
        defer { server.stop() }
        #expect {
            try SMTPClient.send(try sampleMessage(), via: try loopbackRelay(port: server.port))
        } throws: { error in
            let smtp = error as! SMTPError
            return smtp.stage == .sender && smtp.code == 451 && !smtp.isPermanent
        }
    }

    @Test func relayThatIsDownFailsQuickly() throws {
        let port = try unusedLoopbackPort()
        let (message, config) = (try sampleMessage(), try loopbackRelay(port: port))
        let started = Date()
        let error = try #require(sendFailure(message, config), "sent to a closed port")
        #expect(error.stage == .connect)
        #expect(error.code == nil)
        #expect(error.message.contains("refused"))
        #expect(!error.isPermanent)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func silentRelayTimesOut() throws {
        let server = try ScriptedSMTPServer(.init(silent: true))
        defer { server.stop() }
        let (message, config) = (try sampleMessage(), try loopbackRelay(port: server.port, timeout: 0.3))
        let started = Date()
        let error = try #require(sendFailure(message, config), "a silent relay accepted the message")
        #expect(error.stage == .greeting)
        #expect(error.message.contains("timed out"))
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.25 && elapsed < 1.5)
    }

    @Test func unresolvableHostIsAConnectError() throws {
        var config = try loopbackRelay(port: 25)
        config.host = "no-such-host.invalid"
        #expect {
            try SMTPClient.send(try sampleMessage(), via: config)
        } throws: { ($0 as? SMTPError)?.stage == .connect }
    }

    @Test func authPlainSendsCredentialsInOneStep() throws {
        let server = try ScriptedSMTPServer()
        defer { server.stop() }
        try SMTPClient.send(
            try sampleMessage(), via: try loopbackRelay(port: server.port, username: "ada", password: "s3cret", allowInsecureAuth: true))
        let commands = try #require(server.sessions.first?.commands)
        #expect(commands[1] == "AUTH PLAIN " + Data("\0ada\0s3cret".utf8).base64EncodedString())
        #expect(commands[2].hasPrefix("MAIL FROM:"))
    }

    @Test func authLoginWhenPlainIsNotOffered() throws {
        let server = try ScriptedSMTPServer(.init(ehlo: ["fake.test", "AUTH=LOGIN"]))
        defer { server.stop() }
        try SMTPClient.send(
            try sampleMessage(), via: try loopbackRelay(port: server.port, username: "ada", password: "s3cret", allowInsecureAuth: true))
        let commands = try #require(server.sessions.first?.commands)
        #expect(Array(commands[1...3]) == ["AUTH LOGIN", "YWRh", "czNjcmV0"])
    }

    @Test func rejectedCredentialsAreAnAuthenticationError() throws {
        let server = try ScriptedSMTPServer(.init(authReply: "535 5.7.8 Authentication credentials invalid"))
        defer { server.stop() }
        let error = try #require(
            sendFailure(try sampleMessage(), try loopbackRelay(port: server.port, username: "ada", password: "wrong", allowInsecureAuth: true)),
            "sent with rejected credentials")
        #expect(error.stage == .authentication && error.code == 535)
        #expect(!error.description.contains(Data("\0ada\0wrong".utf8).base64EncodedString()))
    }

    @Test func credentialsAreNeverSentInClearByDefault() throws {
        let server = try ScriptedSMTPServer()
        defer { server.stop() }
        let error = try #require(
            sendFailure(try sampleMessage(), try loopbackRelay(port: server.port, username: "ada", password: "s3cret")),
            "credentials went over plain TCP")
        #expect(error.stage == .authentication && error.code == nil)
        #expect(server.sessions.first?.commands.contains(where: { $0.hasPrefix("AUTH") }) == false)
    }

    @Test func startTLSIsRequiredWhenConfigured() throws {
        let server = try ScriptedSMTPServer()  // offers no STARTTLS
        defer { server.stop() }
        var config = try loopbackRelay(port: server.port)
        config.security = .startTLS
        let error = try #require(sendFailure(try sampleMessage(), config), "sent in clear although STARTTLS was required")
        #expect(error.stage == .startTLS)
        #expect(error.message.contains("does not offer STARTTLS"))
        #expect(server.sessions.first?.commands.contains(where: { $0.hasPrefix("MAIL") }) == false)
    }

    @Test func multiLineRepliesAreJoined() throws {
        var lines = ["250-first", "250-second", "250 last"][...]
        let reply = try SMTPReply.read { () throws(SMTPConnection.Failure) -> String in lines.popFirst()! }
        #expect(reply == SMTPReply(code: 250, lines: ["first", "second", "last"]))
        var bad = ["250-first", "550 mixed"][...]
        #expect(throws: (any Error).self) { try SMTPReply.read { () throws(SMTPConnection.Failure) -> String in bad.popFirst()! } }
        var garbage = ["HTTP/1.1 400 Bad Request"][...]
        #expect(throws: (any Error).self) { try SMTPReply.read { () throws(SMTPConnection.Failure) -> String in garbage.popFirst()! } }
        var bare = ["220"][...]
        #expect(try SMTPReply.read { () throws(SMTPConnection.Failure) -> String in bare.popFirst()! }.code == 220)
    }

    @Test func notSMTPIsAProtocolError() throws {
        let server = try ScriptedSMTPServer(.init(greeting: "SSH-2.0-OpenSSH_9.6"))
        defer { server.stop() }
        #expect {
            try SMTPClient.send(try sampleMessage(), via: try loopbackRelay(port: server.port))
        } throws: { error in
            let smtp = error as! SMTPError
            return smtp.stage == .greeting && smtp.message.contains("not SMTP")
        }
    }
}
