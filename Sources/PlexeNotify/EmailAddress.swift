/// A mailbox address (`local@domain`), checked once when it is made.
///
/// Addresses end up in two places an attacker would love to reach: message headers and SMTP
/// commands. Validating here, at the boundary, means nothing downstream has to wonder
/// whether a user-supplied address could smuggle a CR/LF into a header (header injection)
/// or an extra command into the SMTP dialogue.
///
/// Deliberately narrower than RFC 5321: no quoted local parts and no non-ASCII addresses
/// (those need the relay's SMTPUTF8 extension and a different header encoding). Real-world
/// user addresses fit; the rare exotic one gets a clear error instead of a bounced message.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address as given, without surrounding whitespace: `ada@example.com`.
    public let value: String

    /// Checks `text` and keeps it; throws with the reason when it is not a usable address.
    public init(_ text: String) throws(EmailAddressError) {
        let trimmed = text.trimmingASCIIWhitespace()
        if let reason = EmailAddress.problem(with: trimmed) {
            throw EmailAddressError(address: text, reason: reason)
        }
        value = trimmed
    }

    /// The part after the `@`: a host name or an address literal such as `[127.0.0.1]`.
    public var domain: Substring { value[value.index(after: value.lastIndex(of: "@")!)...] }

    public var description: String { value }

    /// `atext` of RFC 5322: what may appear in a dot-atom besides letters and digits.
    private static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".utf8)

    private static func problem(with text: String) -> String? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return "the address is empty" }
        if bytes.count > 254 { return "the address is longer than 254 characters" }
        if bytes.contains(where: { $0 >= 0x80 }) {
            return "non-ASCII addresses are not supported (the relay would need SMTPUTF8)"
        }
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return "the address has no '@'" }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        if local.isEmpty { return "the part before '@' is empty" }
        if local.count > 64 { return "the part before '@' is longer than 64 characters" }
        if local.first == UInt8(ascii: ".") || local.last == UInt8(ascii: ".")
            || zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        {
            return "the part before '@' has a misplaced '.'"
        }
        for b in local where !(isAlphanumeric(b) || b == UInt8(ascii: ".") || atextSymbols.contains(b)) {
            return "the part before '@' contains '\(Character(Unicode.Scalar(b)))', which is not allowed"
        }
        return domainProblem(domain)
    }

    private static func domainProblem(_ domain: ArraySlice<UInt8>) -> String? {
        if domain.isEmpty { return "the domain after '@' is empty" }
        if domain.first == UInt8(ascii: "[") {
            // Address literal: [192.0.2.1] or [IPv6:2001:db8::1].
            guard domain.last == UInt8(ascii: "]"), domain.count > 2 else {
                return "the address literal is not closed by ']'"
            }
            let inner = domain.dropFirst().dropLast()
            let allowed = Set("0123456789abcdefABCDEFIPv6:.".utf8)
            if inner.contains(where: { !allowed.contains($0) }) { return "the address literal is malformed" }
            return nil
        }
        if domain.count > 253 { return "the domain is longer than 253 characters" }
        for label in domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            if label.isEmpty { return "the domain has an empty label (two dots, or a dot at an end)" }
            if label.count > 63 { return "a domain label is longer than 63 characters" }
            if label.first == UInt8(ascii: "-") || label.last == UInt8(ascii: "-") {
                return "a domain label starts or ends with '-'"
            }
            if label.contains(where: { !(isAlphanumeric($0) || $0 == UInt8(ascii: "-")) }) {
                return "the domain may contain only letters, digits, '-' and '.'"
            }
        }
        return nil
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs, CR and LF (no Foundation locale rules).
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
