/// How one CSV file is written, as detected (or as the uploader said), and what the previews
/// need to read its rows again. Stored as JSON in the catalog and shown to users as `dialect`.
///
/// Previews read the rows of a clean UTF-8 file with `"` quotes and LF/CRLF records straight from
/// the file. Any other file was read through a normalized copy (`normalizedCopy`: UTF-8, `"`
/// quotes, the header first, every row as wide as the header; see `CSVNormalizer`), and its
/// previews read that copy.
public struct CSVDialect: Sendable, Codable, Equatable, Hashable {
    /// The field delimiter: one printable ASCII character or tab; empty for a file of one
    /// column (written with a comma in the normalized copy).
    public struct Delimiter: RawRepresentable, Sendable, Codable, Equatable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let comma = Delimiter(rawValue: ",")
        public static let semicolon = Delimiter(rawValue: ";")
        public static let tab = Delimiter(rawValue: "\t")
        public static let pipe = Delimiter(rawValue: "|")
        public static let none = Delimiter(rawValue: "")

        /// The delimiter as the single byte it is in the file (or in the normalized copy).
        public var byte: UInt8 { rawValue.utf8.first ?? UInt8(ascii: ",") }

        init(byte: UInt8?) { rawValue = byte.map { String(UnicodeScalar($0)) } ?? "" }
    }

    /// What ends a record.
    public enum RecordDelimiter: String, Sendable, Codable {
        case lf = "\n"
        case crlf = "\r\n"
        /// A lone carriage return (old Mac files).
        case cr = "\r"
    }

    public var delimiter: Delimiter
    /// The quote character; nil when fields are never quoted.
    public var quote: String?
    /// The character that makes the next one literal (`\`); nil when quotes are doubled.
    public var escape: String?
    public var recordDelimiter: RecordDelimiter
    /// Spaces after a delimiter are not part of the next field (a file written `a, b, c`).
    public var skipInitialSpace: Bool
    /// Header rows: 0 when the file has none (columns `column_1`…), 2 or more when the column
    /// names ran over several rows (joined with a space).
    public var headerRows: Int
    /// Records above the header left out (a preamble).
    public var preambleRows: Int
    /// Records below the table left out (footnotes).
    public var footnoteRows: Int
    /// The file starts with a byte order mark (of its encoding; not part of the first header).
    public var hasByteOrderMark: Bool
    /// Records end with CRLF (from the header line).
    public var usesCRLF: Bool
    /// Rows are read from the normalized copy beside the file (`CSVNormalizer.copyPath`), not
    /// from the file itself.
    public var normalizedCopy: Bool

    public var header: Bool { headerRows > 0 }

    public init(
        delimiter: Delimiter = .comma, hasByteOrderMark: Bool = false, usesCRLF: Bool = false,
        quote: String? = "\"", escape: String? = nil, recordDelimiter: RecordDelimiter? = nil,
        headerRows: Int = 1, preambleRows: Int = 0, footnoteRows: Int = 0, normalizedCopy: Bool = false,
        skipInitialSpace: Bool = false
    ) {
        self.skipInitialSpace = skipInitialSpace
        self.delimiter = delimiter
        self.hasByteOrderMark = hasByteOrderMark
        self.usesCRLF = usesCRLF
        self.quote = quote
        self.escape = escape
        self.recordDelimiter = recordDelimiter ?? (usesCRLF ? .crlf : .lf)
        self.headerRows = headerRows
        self.preambleRows = preambleRows
        self.footnoteRows = footnoteRows
        self.normalizedCopy = normalizedCopy
    }

    /// What the normalized copy's name adds to the stored file's (a file store that keeps
    /// the copy elsewhere stores it under the file's key plus this).
    public static let normalizedCopySuffix = ".normalized.csv"

    /// The path rows are read from for the file stored at `path`.
    public func rowsPath(forFileAt path: String) -> String {
        normalizedCopy ? CSVNormalizer.copyPath(for: path) : path
    }

    enum CodingKeys: String, CodingKey {
        case delimiter, quote, escape, header
        case recordDelimiter = "record_delimiter"
        case skipInitialSpace = "skip_initial_space"
        case headerRows = "header_rows"
        case preambleRows = "preamble_rows"
        case footnoteRows = "footnote_rows"
        case hasByteOrderMark = "has_byte_order_mark"
        case usesCRLF = "uses_crlf"
        case normalizedCopy = "normalized_copy"
    }

    /// Dialects stored before detection grew have only the delimiter, BOM and CRLF flags.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        delimiter = try c.decode(Delimiter.self, forKey: .delimiter)
        hasByteOrderMark = try c.decodeIfPresent(Bool.self, forKey: .hasByteOrderMark) ?? false
        usesCRLF = try c.decodeIfPresent(Bool.self, forKey: .usesCRLF) ?? false
        quote = c.contains(.quote) ? try c.decodeIfPresent(String.self, forKey: .quote) : "\""
        escape = try c.decodeIfPresent(String.self, forKey: .escape)
        recordDelimiter = try c.decodeIfPresent(RecordDelimiter.self, forKey: .recordDelimiter) ?? (usesCRLF ? .crlf : .lf)
        skipInitialSpace = try c.decodeIfPresent(Bool.self, forKey: .skipInitialSpace) ?? false
        headerRows = try c.decodeIfPresent(Int.self, forKey: .headerRows) ?? 1
        preambleRows = try c.decodeIfPresent(Int.self, forKey: .preambleRows) ?? 0
        footnoteRows = try c.decodeIfPresent(Int.self, forKey: .footnoteRows) ?? 0
        normalizedCopy = try c.decodeIfPresent(Bool.self, forKey: .normalizedCopy) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(delimiter, forKey: .delimiter)
        // nil is written as null, not left out: a reader must tell "none" from an old record.
        try c.encode(quote, forKey: .quote)
        try c.encode(escape, forKey: .escape)
        try c.encode(recordDelimiter, forKey: .recordDelimiter)
        try c.encode(skipInitialSpace, forKey: .skipInitialSpace)
        try c.encode(header, forKey: .header)
        try c.encode(headerRows, forKey: .headerRows)
        try c.encode(preambleRows, forKey: .preambleRows)
        try c.encode(footnoteRows, forKey: .footnoteRows)
        try c.encode(hasByteOrderMark, forKey: .hasByteOrderMark)
        try c.encode(usesCRLF, forKey: .usesCRLF)
        try c.encode(normalizedCopy, forKey: .normalizedCopy)
    }
}
