import Foundation
import PlexeFoundation

/// Messages waiting for another delivery attempt: `<name>.eml` (the rendered message, sent
/// as it is) beside `<name>.json` (envelope and schedule).
///
/// On disk rather than in memory so that a restart loses nothing. The sidecar is written
/// before the `.eml` and removed after it, so an `.eml` in the queue always has its sidecar;
/// a sidecar alone is the trace of an interrupted removal (or of an entry being added right
/// now, hence the grace period before it counts as an orphan).
struct RetryQueue: Sendable {
    struct Entry: Equatable {
        /// File name without extension.
        let name: String
        let messageID: String
        let sender: EmailAddress
        let recipient: EmailAddress
        /// Delivery attempts made so far (the first one included).
        var attempts: Int
        /// Unix seconds from which the next attempt is due.
        var nextAttempt: Int64
        var lastError: String
        let queuedAt: Int64
    }

    let directory: String

    func messagePath(_ name: String) -> String { "\(directory)/\(name).eml" }
    func sidecarPath(_ name: String) -> String { "\(directory)/\(name).json" }

    /// Adds a message; returns the path of its `.eml`.
    func add(_ rendered: [UInt8], entry: Entry) throws(OutboxError) -> String {
        try MailFiles.ensureDirectory(directory)
        try save(entry)
        do {
            try MailFiles.writeAtomically(rendered, to: messagePath(entry.name))
        } catch {
            MailFiles.remove(sidecarPath(entry.name))
            throw error
        }
        return messagePath(entry.name)
    }

    /// Rewrites the sidecar of `entry` (after a failed attempt).
    func save(_ entry: Entry) throws(OutboxError) {
        let json: JSON = [
            "message_id": .string(entry.messageID),
            "from": .string(entry.sender.value),
            "to": .string(entry.recipient.value),
            "attempts": JSON(entry.attempts),
            "next_attempt": .int(entry.nextAttempt),
            "next_attempt_at": .string(Timestamp.rfc3339(entry.nextAttempt)),
            "queued_at": .int(entry.queuedAt),
            "last_error": .string(entry.lastError),
        ]
        try MailFiles.writeAtomically(json.serialized() + [0x0A], to: sidecarPath(entry.name))
    }

    /// What the queue directory holds.
    struct Listing {
        /// Queued messages, oldest due first.
        var entries: [Entry] = []
        /// Messages whose sidecar is missing or unreadable, with the reason.
        var unreadable: [(name: String, reason: String)] = []
        /// Sidecars whose message is gone (an interrupted removal).
        var orphanSidecars: [String] = []
    }

    /// Files younger than this are left alone when they lack their partner: another thread
    /// may be between writing the sidecar and the message of a new entry.
    static let orphanGracePeriod: TimeInterval = 300

    /// Reads the queue; changes nothing.
    func list() -> Listing {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return Listing() }
        let messages = Set(names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) })
        let sidecars = Set(names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) })
        var listing = Listing()
        listing.orphanSidecars = sidecars.subtracting(messages).filter { isSettled(sidecarPath($0)) }.sorted()
        for name in messages.sorted() {
            guard sidecars.contains(name) else {
                if isSettled(messagePath(name)) { listing.unreadable.append((name, "no \(name).json beside it")) }
                continue
            }
            switch decode(name: name) {
            case .success(let entry): listing.entries.append(entry)
            case .failure(let problem): listing.unreadable.append((name, problem.reason))
            }
        }
        listing.entries.sort { ($0.nextAttempt, $0.name) < ($1.nextAttempt, $1.name) }
        return listing
    }

    /// Whether `path` was last changed longer ago than the grace period.
    private func isSettled(_ path: String) -> Bool {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return false }
        return Date().timeIntervalSince(modified) > RetryQueue.orphanGracePeriod
    }

    private func decode(name: String) -> Result<Entry, OutboxError> {
        let path = sidecarPath(name)
        let json: JSON
        do {
            json = try JSON.parse(try MailFiles.read(path))
        } catch {
            return .failure(OutboxError(path: path, reason: "not valid JSON"))
        }
        guard let messageID = json["message_id"]?.stringValue,
            let from = json["from"]?.stringValue, let sender = try? EmailAddress(from),
            let to = json["to"]?.stringValue, let recipient = try? EmailAddress(to),
            let attempts = json["attempts"]?.intValue, let nextAttempt = json["next_attempt"]?.intValue
        else {
            return .failure(OutboxError(path: path, reason: "missing or invalid fields"))
        }
        return .success(
            Entry(
                name: name, messageID: messageID, sender: sender, recipient: recipient,
                attempts: Int(attempts), nextAttempt: nextAttempt,
                lastError: json["last_error"]?.stringValue ?? "",
                queuedAt: json["queued_at"]?.intValue ?? nextAttempt))
    }

    func content(of entry: Entry) throws(OutboxError) -> [UInt8] {
        try MailFiles.read(messagePath(entry.name))
    }

    /// Forgets a delivered message (or the sidecar of a vanished one).
    func remove(_ name: String) {
        MailFiles.remove(messagePath(name))
        MailFiles.remove(sidecarPath(name))
    }

    /// Moves a message (and its sidecar, when `keepSidecar`) into `destination`; returns the
    /// new path of the `.eml`.
    func move(_ name: String, to destination: String, keepSidecar: Bool) throws(OutboxError) -> String {
        try MailFiles.ensureDirectory(destination)
        let target = "\(destination)/\(name).eml"
        if keepSidecar, FileManager.default.fileExists(atPath: sidecarPath(name)) {
            try MailFiles.move(sidecarPath(name), to: "\(destination)/\(name).json")
        }
        try MailFiles.move(messagePath(name), to: target)
        MailFiles.remove(sidecarPath(name))
        return target
    }
}
