/// A `PLEXE_SMTP_*` variable that is set but cannot be used.
public struct SMTPConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The variable's name, e.g. `PLEXE_SMTP_PORT`.
    public let variable: String
    /// What it was set to (empty when the problem is a missing companion variable).
    public let value: String
    public let reason: String

    public var description: String {
        value.isEmpty ? "\(variable): \(reason)" : "\(variable)=\(value): \(reason)"
    }
}
