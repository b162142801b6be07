import PlexeFoundation

/// What became of one message handed to `MailDispatcher`.
public enum DeliveryOutcome: Sendable, Equatable, CustomStringConvertible {
    /// The relay accepted the message.
    case sent(relay: String)
    /// No relay is configured; the message is an `.eml` file at `path`.
    case savedToOutbox(path: String)
    /// The relay failed for now; the message waits at `path` for an attempt at
    /// `nextAttempt` (Unix seconds). `attempts` have been made so far.
    case queuedForRetry(path: String, attempts: Int, nextAttempt: Int64)
    /// Delivery will not be tried again (the relay refused for good, or every attempt
    /// failed); the message is kept at `path` when it could be written at all.
    case gaveUp(path: String?, reason: String)

    public var description: String {
        switch self {
        case .sent(let relay): return "sent via \(relay)"
        case .savedToOutbox(let path): return "written to \(path)"
        case .queuedForRetry(let path, let attempts, let next):
            return "queued at \(path) after \(attempts) attempt(s), next at \(Timestamp.rfc3339(next))"
        case .gaveUp(let path, let reason): return "given up (\(reason))" + (path.map { ", kept at \($0)" } ?? "")
        }
    }
}
