/// A directory of `.eml` files: where messages go when no relay is configured, readable by
/// any mail client or by `cat`.
///
/// Files appear atomically (written beside their final name, flushed, renamed), so a process
/// watching the directory never reads half a message.
public final class Outbox: Sendable {
    /// Absolute or relative path of the directory; created on first write.
    public let directory: String

    public init(directory: String) {
        self.directory = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    }

    /// Writes `message` (RFC 5322, CRLF line endings) as
    /// `<directory>/<yyyymmddThhmmssZ>-<message id>.eml` and returns that path.
    @discardableResult
    public func write(_ message: EmailMessage) throws(OutboxError) -> String {
        try MailFiles.ensureDirectory(directory)
        let path = "\(directory)/\(MailFiles.baseName(for: message)).eml"
        try MailFiles.writeAtomically(message.renderedBytes(allowing8bit: true), to: path)
        return path
    }
}
