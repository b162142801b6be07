/// How one CSV file is written: what the previews need to read its raw rows again.
///
/// The quote character is always `"` (RFC 4180) and records end with LF or CRLF, so the only
/// choice that differs between files is the delimiter, plus whether a UTF-8 byte order mark has
/// to be skipped before the header.
public struct CSVDialect: Sendable, Codable, Equatable, Hashable {
    /// The field separators recognised by the contract, sniffed from the first lines.
    public enum Delimiter: String, Sendable, Codable, CaseIterable {
        case comma = ","
        case semicolon = ";"
        case tab = "\t"
        case pipe = "|"

        /// The delimiter as the single byte it is in the file.
        public var byte: UInt8 { rawValue.utf8.first! }
    }

    public var delimiter: Delimiter
    /// The file starts with the UTF-8 byte order mark `EF BB BF` (not part of the first header).
    public var hasByteOrderMark: Bool
    /// Records end with CRLF (from the header line); informative, both endings are always read.
    public var usesCRLF: Bool

    public init(delimiter: Delimiter = .comma, hasByteOrderMark: Bool = false, usesCRLF: Bool = false) {
        self.delimiter = delimiter
        self.hasByteOrderMark = hasByteOrderMark
        self.usesCRLF = usesCRLF
    }

    enum CodingKeys: String, CodingKey {
        case delimiter
        case hasByteOrderMark = "has_byte_order_mark"
        case usesCRLF = "uses_crlf"
    }
}
