/// An address that `EmailAddress` refused, with the reason in words fit for a user.
public struct EmailAddressError: Error, Sendable, CustomStringConvertible {
    /// The text that was offered as an address.
    public let address: String
    /// Why it is not usable, e.g. "the address has no '@'".
    public let reason: String

    public var description: String { "invalid email address '\(address)': \(reason)" }
}
