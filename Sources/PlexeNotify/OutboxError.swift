/// A message file that could not be written, read or moved.
public struct OutboxError: Error, Sendable, CustomStringConvertible {
    /// The file or directory concerned.
    public let path: String
    public let reason: String

    public var description: String { "mail file \(path): \(reason)" }
}
