import Foundation
import Logging
import PlexeFoundation
import Synchronization

/// The delivery policy for notifications: relay through SMTP when a relay is configured,
/// otherwise write to the outbox; keep what the relay could not take and try again later.
///
/// Mail is a side effect of an export, never its outcome, so nothing here throws: every
/// problem is logged through `logger` and reported as a `DeliveryOutcome`. A message the
/// relay did not take is queued on disk (`<outbox>/retry/`) and retried by `retryDue`,
/// which the server calls from its periodic sweep, after `retryDelays` (1 min, 5 min,
/// 30 min, 2 h, 6 h by default). A message the relay refused for good (5xx), or that failed
/// every attempt, moves to `<outbox>/failed/` with a sidecar saying why.
///
/// Blocking: `deliver` and `retryDue` hold their thread for the SMTP conversation; call
/// them from a job or the sweep, not from a request handler.
public final class MailDispatcher: Sendable {
    /// The relay, or nil for outbox-only delivery.
    public let relay: SMTPConfiguration?
    /// Where messages go without a relay: `.eml` files.
    public let outbox: Outbox
    /// From of messages made by `message(to:subject:body:)`.
    public let sender: EmailAddress
    public let senderName: String?
    /// Wait after the first, second, ... failed attempt; one attempt more than delays.
    public let retryDelays: [Int64]

    public static let defaultRetryDelays: [Int64] = [60, 300, 1_800, 7_200, 21_600]

    private let retryQueue: RetryQueue
    private let failedDirectory: String
    private let logger: Logger
    /// Set while a sweep runs, so two overlapping sweeps cannot send a message twice.
    private let sweeping = Atomic<Bool>(false)

    /// - Parameters:
    ///   - relay: the SMTP relay, or nil to write every message to the outbox.
    ///   - outboxDirectory: `$PLEXE_HOME/outbox`; the queue lives in its `retry/` and
    ///     `failed/` subdirectories.
    ///   - sender: From of `message(to:subject:body:)`; the relay's sender by default.
    public init(
        relay: SMTPConfiguration?, outboxDirectory: String, sender: EmailAddress? = nil,
        senderName: String? = nil, retryDelays: [Int64] = MailDispatcher.defaultRetryDelays,
        logger: Logger
    ) {
        let directory = outboxDirectory.hasSuffix("/") && outboxDirectory.count > 1 ? String(outboxDirectory.dropLast()) : outboxDirectory
        self.relay = relay
        self.outbox = Outbox(directory: directory)
        self.sender = sender ?? relay?.sender ?? SMTPConfiguration.defaultSender(heloName: SMTPConfiguration.localHostName())
        self.senderName = senderName ?? relay?.senderName ?? "Plexe Data"
        self.retryDelays = retryDelays.map { max($0, 0) }
        self.retryQueue = RetryQueue(directory: directory + "/retry")
        self.failedDirectory = directory + "/failed"
        self.logger = logger
    }

    /// The dispatcher the server runs with: relay and sender from `PLEXE_SMTP_*` (see
    /// `SMTPConfiguration.fromEnvironment`), undelivered mail in `outboxDirectory`.
    public static func fromEnvironment(
        _ env: [String: String], outboxDirectory: String,
        retryDelays: [Int64] = MailDispatcher.defaultRetryDelays,
        logger: Logger
    ) throws(SMTPConfigurationError) -> MailDispatcher {
        let relay = try SMTPConfiguration.fromEnvironment(env)
        let from = try SMTPConfiguration.senderFromEnvironment(env)
        return MailDispatcher(
            relay: relay, outboxDirectory: outboxDirectory, sender: from?.address ?? relay?.sender,
            senderName: from?.name ?? relay?.senderName, retryDelays: retryDelays, logger: logger)
    }

    /// A message from this dispatcher's sender.
    public func message(to recipient: EmailAddress, subject: String, body: String) -> EmailMessage {
        EmailMessage(from: sender, fromName: senderName, to: recipient, subject: subject, textBody: body)
    }

    /// Delivers `message` now if it can, else queues it; never throws.
    @discardableResult
    public func deliver(_ message: EmailMessage, now: Int64 = Timestamp.now()) -> DeliveryOutcome {
        let label = "mail \(message.messageID) to \(message.to)"
        guard let relay else {
            do {
                let path = try outbox.write(message)
                logger.info("\(label) written to \(path) (no SMTP relay configured)")
                return .savedToOutbox(path: path)
            } catch {
                logger.warning("\(label) lost: \(error)")
                return .gaveUp(path: nil, reason: error.description)
            }
        }
        do {
            try SMTPClient.send(message, via: relay)
            logger.info("\(label) sent via \(relay.host):\(relay.port)")
            return .sent(relay: "\(relay.host):\(relay.port)")
        } catch {
            let entry = RetryQueue.Entry(
                name: MailFiles.baseName(for: message), messageID: message.messageID, sender: message.from,
                recipient: message.to, attempts: 1, nextAttempt: now + (retryDelays.first ?? 0),
                lastError: error.description, queuedAt: now)
            let rendered = message.renderedBytes(allowing8bit: false)
            if error.isPermanent || retryDelays.isEmpty {
                return giveUp(label: label, entry: entry, reason: error.description) { dir throws(OutboxError) in
                    try RetryQueue(directory: dir).add(rendered, entry: entry)
                }
            }
            do {
                let path = try retryQueue.add(rendered, entry: entry)
                logger.warning(
                    "\(label) not delivered: \(error); attempt 1 of \(retryDelays.count + 1), next at \(Timestamp.rfc3339(entry.nextAttempt))")
                return .queuedForRetry(path: path, attempts: 1, nextAttempt: entry.nextAttempt)
            } catch let fileError {
                logger.warning("\(label) not delivered: \(error); and cannot be queued: \(fileError)")
                return .gaveUp(path: nil, reason: "\(error); \(fileError)")
            }
        }
    }

    /// Tries every queued message whose time has come; returns what became of each. Without
    /// a relay (it was removed from the configuration), queued messages move to the outbox.
    /// When the relay itself is unreachable, the sweep stops after the first failure: the
    /// other messages keep their turn for the next sweep instead of each waiting for a
    /// timeout. A sweep that starts while another runs returns at once, empty.
    @discardableResult
    public func retryDue(now: Int64 = Timestamp.now()) -> [DeliveryOutcome] {
        guard sweeping.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return [] }
        defer { sweeping.store(false, ordering: .releasing) }

        let listing = retryQueue.list()
        var outcomes: [DeliveryOutcome] = []
        for name in listing.orphanSidecars { retryQueue.remove(name) }
        for (name, reason) in listing.unreadable {
            let path = try? retryQueue.move(name, to: failedDirectory, keepSidecar: true)
            logger.warning("mail queue file \(name).eml set aside: \(reason)\(path.map { "; moved to \($0)" } ?? "")")
            outcomes.append(.gaveUp(path: path, reason: reason))
        }
        for var entry in listing.entries where entry.nextAttempt <= now {
            let label = "mail \(entry.messageID) to \(entry.recipient)"
            guard let relay else {
                do {
                    let path = try retryQueue.move(entry.name, to: outbox.directory, keepSidecar: false)
                    logger.info("\(label) moved from the retry queue to \(path) (no SMTP relay configured any more)")
                    outcomes.append(.savedToOutbox(path: path))
                } catch {
                    logger.warning("\(label) cannot leave the retry queue: \(error)")
                }
                continue
            }
            do {
                let content = try retryQueue.content(of: entry)
                try SMTPClient.send(rendered: content, from: entry.sender, to: entry.recipient, via: relay)
                retryQueue.remove(entry.name)
                logger.info("\(label) sent via \(relay.host):\(relay.port) on attempt \(entry.attempts + 1)")
                outcomes.append(.sent(relay: "\(relay.host):\(relay.port)"))
            } catch let error as SMTPError {
                entry.attempts += 1
                entry.lastError = error.description
                if error.isPermanent || entry.attempts > retryDelays.count {
                    let why = error.isPermanent ? error.description : "\(entry.attempts) attempts failed, last: \(error)"
                    outcomes.append(
                        giveUp(label: label, entry: entry, reason: why) { dir throws(OutboxError) in
                            try retryQueue.save(entry)
                            return try retryQueue.move(entry.name, to: dir, keepSidecar: true)
                        })
                } else {
                    entry.nextAttempt = now + retryDelays[entry.attempts - 1]
                    do {
                        try retryQueue.save(entry)
                        logger.warning(
                            "\(label) not delivered: \(error); attempt \(entry.attempts) of \(retryDelays.count + 1), next at \(Timestamp.rfc3339(entry.nextAttempt))"
                        )
                    } catch {
                        logger.warning("\(label) not delivered; its schedule cannot be saved: \(error)")
                    }
                    outcomes.append(
                        .queuedForRetry(path: retryQueue.messagePath(entry.name), attempts: entry.attempts, nextAttempt: entry.nextAttempt))
                }
                if [.connect, .greeting, .tlsHandshake].contains(error.stage) { break }
            } catch {
                let path = try? retryQueue.move(entry.name, to: failedDirectory, keepSidecar: true)
                logger.warning("\(label) set aside: \(error)")
                outcomes.append(.gaveUp(path: path, reason: "\(error)"))
            }
        }
        return outcomes
    }

    /// How many messages wait in the retry queue.
    public var queuedCount: Int { retryQueue.list().entries.count }

    /// Keeps an undeliverable message in `failed/` (via `keep`), logs, and reports it.
    private func giveUp(
        label: String, entry: RetryQueue.Entry, reason: String,
        keep: (String) throws(OutboxError) -> String
    ) -> DeliveryOutcome {
        do {
            let path = try keep(failedDirectory)
            logger.warning("\(label) given up: \(reason); kept at \(path)")
            return .gaveUp(path: path, reason: reason)
        } catch {
            logger.warning("\(label) given up: \(reason); and cannot be kept: \(error)")
            return .gaveUp(path: nil, reason: reason)
        }
    }
}
