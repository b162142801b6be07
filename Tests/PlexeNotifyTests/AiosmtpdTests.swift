import Foundation
import Testing

@testable import PlexeNotify

#if canImport(Glibc)
    import Glibc
#endif

/// One certificate pair for the whole run (making them costs ~20 ms each).
private let trustedCertificate = Result { try TestCertificate.make() }
private let otherNameCertificate = Result { try TestCertificate.make(subjectAltNames: "DNS:elsewhere.test") }

private func relayConfig(
    _ relay: AiosmtpdRelay, security: SMTPConfiguration.Security, host: String = "127.0.0.1",
    verify: Bool = true, caFile: String? = nil, credentials: Bool = false
) throws -> SMTPConfiguration {
    SMTPConfiguration(
        host: host, port: relay.port, security: security,
        username: credentials ? "ada" : nil, password: credentials ? "s3cret" : nil,
        sender: try EmailAddress("noreply@plexe.test"), heloName: "client.test", timeout: 2,
        verifyCertificates: verify, caFile: caFile)
}

/// Against a real SMTP server written by someone else: aiosmtpd (skipped when not installed).
@Suite(.enabled(if: AiosmtpdRelay.isAvailable, "python3 -m pip install aiosmtpd"))
struct AiosmtpdTests {
    @Test func plainSMTP() throws {
        let relay = try AiosmtpdRelay(.plain)
        defer { relay.stop() }
        let message = try sampleMessage()
        try SMTPClient.send(message, via: try relayConfig(relay, security: .none))

        let received = try relay.received()
        try #require(received.count == 1)
        #expect(received[0].mail_from == "noreply@plexe.test")
        #expect(received[0].rcpt_tos == ["ada@example.com"])
        #expect(received[0].mail_options == ["BODY=8BITMIME"])
        #expect(received[0].content == message.rendered(), "aiosmtpd un-stuffs the dots and gets the message back byte for byte")
        #expect(received[0].tls == false)
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func startTLSWithVerifiedCertificateAndAuth() throws {
        let certificate = try trustedCertificate.get()
        let relay = try AiosmtpdRelay(.starttls, certificate: certificate)
        defer { relay.stop() }
        let message = try sampleMessage()
        // aiosmtpd offers AUTH only after STARTTLS: this passes only if the order is right.
        try SMTPClient.send(message, via: try relayConfig(relay, security: .startTLS, caFile: certificate.certificatePath, credentials: true))
        let received = try relay.received()
        try #require(received.count == 1)
        #expect(received[0].tls)
        #expect(received[0].login == "ada")
        #expect(received[0].content == message.rendered())
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func startTLSByHostNameTriesEachAddress() throws {
        // `localhost` may resolve to ::1 first, where nothing listens; the client moves on to
        // 127.0.0.1, and the certificate's DNS name is checked.
        let certificate = try trustedCertificate.get()
        let relay = try AiosmtpdRelay(.starttls, certificate: certificate)
        defer { relay.stop() }
        try SMTPClient.send(
            try sampleMessage(), via: try relayConfig(relay, security: .startTLS, host: "localhost", caFile: certificate.certificatePath))
        #expect(try relay.received().first?.tls == true)
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func wrongPasswordOverStartTLS() throws {
        let certificate = try trustedCertificate.get()
        let relay = try AiosmtpdRelay(.starttls, certificate: certificate)
        defer { relay.stop() }
        var config = try relayConfig(relay, security: .startTLS, verify: false, credentials: true)
        config.password = "wrong"
        let error = try #require(sendFailure(try sampleMessage(), config))
        #expect(error.stage == .authentication)
        #expect(error.code == 535)
        #expect(try relay.received().isEmpty)
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func untrustedCertificateIsRefused() throws {
        let relay = try AiosmtpdRelay(.starttls, certificate: try trustedCertificate.get())
        defer { relay.stop() }
        let error = try #require(sendFailure(try sampleMessage(), try relayConfig(relay, security: .startTLS)))
        #expect(error.stage == .tlsHandshake)
        #expect(error.message.contains("certificate verification failed"), "\(error)")
        #expect(try relay.received().isEmpty)
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func certificateForAnotherNameIsRefused() throws {
        let certificate = try otherNameCertificate.get()
        let relay = try AiosmtpdRelay(.starttls, certificate: certificate)
        defer { relay.stop() }
        let error = try #require(sendFailure(try sampleMessage(), try relayConfig(relay, security: .startTLS, caFile: certificate.certificatePath)))
        #expect(error.stage == .tlsHandshake)
        #expect(error.message.contains("mismatch"), "\(error)")
    }

    @Test(.enabled(if: TestCertificate.canMake, "needs the openssl command")) func implicitTLSWithoutVerification() throws {
        let relay = try AiosmtpdRelay(.tls, certificate: try trustedCertificate.get())
        defer { relay.stop() }
        let message = try sampleMessage()
        try SMTPClient.send(message, via: try relayConfig(relay, security: .implicitTLS, verify: false, credentials: true))
        let received = try relay.received()
        try #require(received.count == 1)
        #expect(received[0].tls)
        #expect(received[0].login == "ada")
        #expect(received[0].content == message.rendered())
    }

    @Test func implicitTLSAgainstAPlainServerFailsInTheHandshake() throws {
        let relay = try AiosmtpdRelay(.plain)
        defer { relay.stop() }
        let started = Date()
        let error = try #require(sendFailure(try sampleMessage(), try relayConfig(relay, security: .implicitTLS, verify: false)))
        #expect(error.stage == .tlsHandshake)
        #expect(Date().timeIntervalSince(started) < 2.5)
    }

    /// The lead's end-to-end setup, as is: `python3 -m aiosmtpd -n -l 127.0.0.1:PORT`, through
    /// the dispatcher configured from the environment.
    @Test func commandLineAiosmtpdWithDebuggingHandler() throws {
        let port = try unusedLoopbackPort()
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Debugging"]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { stopProcess(process) }
        // Python needs a moment to start listening.
        let deadline = Date().addingTimeInterval(10)
        while (try? SMTPConnection.open(host: "127.0.0.1", port: port, timeout: 1)) == nil {
            try #require(Date() < deadline && process.isRunning, "aiosmtpd did not start")
            usleep(50_000)
        }

        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = LogLines()
        let dispatcher = try MailDispatcher.fromEnvironment(
            [
                "PLEXE_SMTP_HOST": "127.0.0.1", "PLEXE_SMTP_PORT": "\(port)",
                "PLEXE_SMTP_FROM": "noreply@plexe.test", "PLEXE_SMTP_TIMEOUT": "2",
            ],
            outboxDirectory: home + "/outbox", logger: log.logger)
        let message = dispatcher.message(
            to: try EmailAddress("ada@example.com"), subject: "Your export customers.csv is ready",
            body: "Done.\n.customers.csv\n")
        #expect(dispatcher.deliver(message) == .sent(relay: "127.0.0.1:\(port)"), "\(log.all)")
        stopProcess(process)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains("Subject: Your export customers.csv is ready"))
        #expect(printed.contains("Message-ID: \(message.messageID)"))
        #expect(printed.contains("\nDone.\n.customers.csv\n"), "un-stuffed by the server")
    }
}
