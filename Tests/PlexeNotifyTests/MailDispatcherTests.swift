import Foundation
import Logging
import PlexeFoundation
import Synchronization
import Testing

@testable import PlexeNotify

/// A fresh directory under /tmp, removed by the caller.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "plexe-notify-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Collects the messages logged through `logger`, for assertions.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var logger: Logger { Logger(label: "mail-test") { _ in Handler(lines: self) } }

    private struct Handler: LogHandler {
        let lines: LogLines
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { lines.lines.withLock { $0.append(event.message.description) } }
    }
}

/// A logger that drops everything, where the test does not look at the log.
let silent = Logger(label: "mail-test") { _ in SwiftLogNoOpLogHandler() }

private func files(in directory: String, ending suffix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
}

@Suite struct OutboxTests {
    @Test func writesAReadableEmlAtomically() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let outbox = Outbox(directory: home + "/outbox")  // does not exist yet
        let message = try sampleMessage()
        let path = try outbox.write(message)

        #expect(path.hasPrefix(home + "/outbox/"))
        #expect(path.hasSuffix(".eml"))
        let name = (path as NSString).lastPathComponent
        #expect(name.range(of: #"^\d{8}T\d{6}Z-[A-Za-z0-9._-]+\.eml$"#, options: .regularExpression) != nil, "\(name)")
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents == message.rendered())
        #expect(files(in: home + "/outbox", ending: "").count == 1, "no temporary file left behind")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func twoMessagesInTheSameSecondGetTwoFiles() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let outbox = Outbox(directory: home)
        let date = Date()
        let a = try outbox.write(
            EmailMessage(from: try EmailAddress("a@plexe.test"), to: try EmailAddress("b@plexe.test"), subject: "1", textBody: "1", date: date))
        let b = try outbox.write(
            EmailMessage(from: try EmailAddress("a@plexe.test"), to: try EmailAddress("b@plexe.test"), subject: "2", textBody: "2", date: date))
        #expect(a != b)
        #expect(files(in: home, ending: ".eml").count == 2)
    }

    @Test func unwritableDirectoryIsAnError() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        _ = FileManager.default.createFile(atPath: home + "/file", contents: Data())
        #expect(throws: OutboxError.self) { try Outbox(directory: home + "/file/outbox").write(try sampleMessage()) }
    }
}

@Suite struct MailDispatcherTests {
    @Test func withoutRelayMessagesGoToTheOutbox() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = LogLines()
        let dispatcher = try MailDispatcher.fromEnvironment(
            ["PLEXE_SMTP_FROM": "Plexe <noreply@plexe.test>"], outboxDirectory: home + "/outbox", logger: log.logger)
        #expect(dispatcher.relay == nil)
        let message = dispatcher.message(to: try EmailAddress("ada@example.com"), subject: "Ready", body: "Done.\n")
        #expect(message.from.value == "noreply@plexe.test")

        let outcome = dispatcher.deliver(message)
        guard case .savedToOutbox(let path) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(path.hasPrefix(home + "/outbox/"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Subject: Ready\r\n"))
        #expect(log.all.count == 1 && log.all[0].contains(path))
    }

    @Test func deliversThroughTheRelay() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let server = try ScriptedSMTPServer()
        defer { server.stop() }
        let log = LogLines()
        let dispatcher = MailDispatcher(relay: try loopbackRelay(port: server.port), outboxDirectory: home + "/outbox", logger: log.logger)
        let outcome = dispatcher.deliver(try sampleMessage())
        #expect(outcome == .sent(relay: "127.0.0.1:\(server.port)"))
        #expect(server.sessions.count == 1)
        #expect(files(in: home + "/outbox", ending: ".eml").isEmpty)
        #expect(log.all.first?.contains("sent via 127.0.0.1") == true)
    }

    @Test func relayDownQueuesThenARetryDeliversOnce() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let port = try unusedLoopbackPort()
        let log = LogLines()
        let dispatcher = MailDispatcher(
            relay: try loopbackRelay(port: port), outboxDirectory: home + "/outbox",
            retryDelays: [60, 300], logger: log.logger)
        let message = try sampleMessage(body: "Données prêtes.\n.dot\n")
        let now: Int64 = 1_714_564_800

        let outcome = dispatcher.deliver(message, now: now)  // never throws, relay is down
        guard case .queuedForRetry(let path, 1, now + 60) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(path.hasPrefix(home + "/outbox/retry/"))
        #expect(dispatcher.queuedCount == 1)
        let sidecar = try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: String(path.dropLast(4)) + ".json"))))
        #expect(sidecar["attempts"]?.intValue == 1)
        #expect(sidecar["next_attempt"]?.intValue == now + 60)
        #expect(sidecar["to"]?.stringValue == "ada@example.com")
        #expect(sidecar["last_error"]?.stringValue?.contains("connect") == true)
        #expect(log.all.last?.contains("attempt 1 of 3") == true)

        // Not due yet: nothing happens.
        #expect(dispatcher.retryDue(now: now + 59).isEmpty)

        // The relay comes up on that port; the sweep delivers the stored message once.
        let server = try ScriptedSMTPServer(port: port)
        defer { server.stop() }
        #expect(dispatcher.retryDue(now: now + 60) == [.sent(relay: "127.0.0.1:\(port)")])
        #expect(dispatcher.retryDue(now: now + 10_000).isEmpty)
        #expect(server.sessions.count == 1)
        #expect(dispatcher.queuedCount == 0)
        #expect(files(in: home + "/outbox/retry", ending: "").isEmpty)

        let data = try #require(server.sessions.first?.data)
        let received = unstuffed(data)
        #expect(received.contains("Message-ID: \(message.messageID)\r\n"), "the same message, same Message-ID")
        #expect(received.contains("Donn=C3=A9es pr=C3=AAtes.\r\n.dot\r\n"), "queued messages are 7-bit safe")
    }

    @Test func retriesBackOffThenGiveUp() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let port = try unusedLoopbackPort()
        let log = LogLines()
        let dispatcher = MailDispatcher(
            relay: try loopbackRelay(port: port), outboxDirectory: home + "/outbox",
            retryDelays: [60, 300], logger: log.logger)
        let now: Int64 = 1_000_000
        dispatcher.deliver(try sampleMessage(), now: now)
        guard case .queuedForRetry(_, 2, let next)? = dispatcher.retryDue(now: now + 60).first else {
            Issue.record("second attempt not rescheduled")
            return
        }
        #expect(next == now + 60 + 300)
        guard case .gaveUp(let kept?, let reason)? = dispatcher.retryDue(now: next).first else {
            Issue.record("third attempt did not give up")
            return
        }
        #expect(kept.hasPrefix(home + "/outbox/failed/"))
        #expect(reason.contains("3 attempts failed"))
        #expect(FileManager.default.fileExists(atPath: String(kept.dropLast(4)) + ".json"), "the reason is kept beside it")
        #expect(dispatcher.queuedCount == 0)
        #expect(log.all.last?.contains("given up") == true)
    }

    @Test func permanentRefusalIsNotRetried() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let server = try ScriptedSMTPServer(.init(rcptReply: "550 5.1.1 No such user"))
        defer { server.stop() }
        let dispatcher = MailDispatcher(relay: try loopbackRelay(port: server.port), outboxDirectory: home + "/outbox", logger: silent)
        let outcome = dispatcher.deliver(try sampleMessage(to: "nobody@example.com"))
        guard case .gaveUp(let path?, let reason) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(path.contains("/outbox/failed/"))
        #expect(reason.contains("550"))
        #expect(dispatcher.queuedCount == 0)
    }

    @Test func queuedMessagesMoveToTheOutboxWhenTheRelayIsRemoved() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let port = try unusedLoopbackPort()
        let withRelay = MailDispatcher(relay: try loopbackRelay(port: port), outboxDirectory: home + "/outbox", logger: silent)
        withRelay.deliver(try sampleMessage(), now: 0)
        let withoutRelay = MailDispatcher(relay: nil, outboxDirectory: home + "/outbox", logger: silent)
        guard case .savedToOutbox(let path)? = withoutRelay.retryDue(now: 60).first else {
            Issue.record("not moved")
            return
        }
        #expect((path as NSString).deletingLastPathComponent == home + "/outbox")
        #expect(files(in: home + "/outbox/retry", ending: "").isEmpty)
    }

    @Test func damagedQueueFilesAreSetAside() throws {
        let home = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let retry = home + "/outbox/retry"
        try FileManager.default.createDirectory(atPath: retry, withIntermediateDirectories: true)
        let hourAgo = Date().addingTimeInterval(-3600)
        for (name, contents) in [
            ("broken.eml", "x"), ("broken.json", "{not json"), ("orphan.json", "{}"), ("lonely.eml", "x"),
            ("young.json", "{}"), ("young-lonely.eml", "x"),
        ] {
            _ = FileManager.default.createFile(atPath: retry + "/" + name, contents: Data(contents.utf8))
            if !name.hasPrefix("young") {
                try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: retry + "/" + name)
            }
        }
        let log = LogLines()
        let dispatcher = MailDispatcher(relay: try loopbackRelay(port: 9), outboxDirectory: home + "/outbox", logger: log.logger)
        let outcomes = dispatcher.retryDue(now: 0)
        #expect(outcomes.count == 2)
        #expect(FileManager.default.fileExists(atPath: home + "/outbox/failed/broken.eml"))
        #expect(FileManager.default.fileExists(atPath: home + "/outbox/failed/broken.json"))
        #expect(FileManager.default.fileExists(atPath: home + "/outbox/failed/lonely.eml"))
        #expect(!FileManager.default.fileExists(atPath: retry + "/orphan.json"))
        // Files just written may be half of an entry being added by another thread.
        #expect(FileManager.default.fileExists(atPath: retry + "/young.json"))
        #expect(FileManager.default.fileExists(atPath: retry + "/young-lonely.eml"))
        #expect(log.all.allSatisfy { $0.contains("set aside") })
    }
}

@Suite struct ExportNotificationTests {
    @Test func completedExportListsEveryFile() throws {
        let notification = ExportNotification(
            exportID: "export_cde456fgh789", uploadID: "upload_abc123def456", format: "csv",
            result: .completed(files: [
                .init(
                    filename: "customers.csv", sizeBytes: 1_048_576,
                    downloadURL: "https://localhost:8443/data/export/export_cde456fgh789/customers.csv?sig=x", expiresAt: "2024-05-08T16:04:30Z")
            ]))
        #expect(notification.subject == "Your export customers.csv is ready")
        #expect(notification.body.contains("customers.csv (1.0 MB)"))
        #expect(notification.body.contains("https://localhost:8443/data/export/export_cde456fgh789/customers.csv?sig=x"))
        #expect(notification.body.contains("2024-05-08T16:04:30Z"))
        #expect(notification.body.hasPrefix("Your CSV export export_cde456fgh789 of upload upload_abc123def456 has completed.\n"))
        let dispatcher = MailDispatcher(relay: nil, outboxDirectory: "/tmp/unused", sender: try EmailAddress("noreply@plexe.test"), logger: silent)
        let message = notification.message(to: try EmailAddress("ada@example.com"), from: dispatcher)
        #expect(message.to.value == "ada@example.com" && message.from.value == "noreply@plexe.test")
        #expect(message.subject == notification.subject)
    }

    @Test func failedExportSaysWhy() {
        let notification = ExportNotification(exportID: "export_x", uploadID: "upload_y", format: "parquet", result: .failed(reason: "disk full"))
        #expect(notification.subject == "Your export export_x failed")
        #expect(notification.body.contains("disk full"))
        #expect(notification.body.hasPrefix("Your PARQUET export export_x of upload upload_y could not be completed:\n"))
        let unknown = ExportNotification(exportID: "export_x", uploadID: "", format: "original", result: .failed(reason: "r"))
        #expect(unknown.body.hasPrefix("Your export export_x could not be completed:\n"))
        #expect(ExportNotification.humanSize(999) == "999 bytes")
        #expect(ExportNotification.humanSize(12_345_678) == "12 MB")
    }
}
