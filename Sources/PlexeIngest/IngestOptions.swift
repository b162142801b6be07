/// What the person uploading a file may tell the ingest instead of letting it detect:
/// the per-file fields of the upload request. Every field is optional; nil means "detect".
public struct IngestOptions: Sendable, Codable, Equatable, Hashable {
    /// The text encoding: `utf-8`, `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`,
    /// `windows-1252`, `latin-1`.
    public var encoding: String?
    /// The field delimiter: one printable ASCII character or tab.
    public var delimiter: String?
    /// The quote character: one printable ASCII character, or empty for none.
    public var quote: String?
    /// The escape character (`\`): one printable ASCII character, or empty for none (quotes
    /// are doubled inside quoted fields).
    public var escape: String?
    /// Whether the first (non-skipped) row is a header; without one, columns are named
    /// `column_1`, `column_2`… `true` means one header row (no multi-row header is joined).
    public var header: Bool?
    /// Physical lines before the header (a preamble) to skip; replaces preamble detection.
    public var skipRows: Int?
    /// Refuse the file at the first row that does not fit, instead of repairing it with a
    /// warning (the behaviour before repairs existed).
    public var strict: Bool

    public init(
        encoding: String? = nil, delimiter: String? = nil, quote: String? = nil, escape: String? = nil,
        header: Bool? = nil, skipRows: Int? = nil, strict: Bool = false
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.quote = quote
        self.escape = escape
        self.header = header
        self.skipRows = skipRows
        self.strict = strict
    }

    public static let detect = IngestOptions()

    enum CodingKeys: String, CodingKey {
        case encoding, delimiter, quote, escape, header, strict
        case skipRows = "skip_rows"
    }
}

/// Something the ingest repaired or set apart in a file instead of failing it, counted, with
/// the first lines where it happened (1-based physical lines of the file).
public struct IngestWarning: Sendable, Codable, Equatable, Hashable {
    /// A stable name: `padded_rows`, `extra_empty_fields`, `rejected_rows`, `preamble`,
    /// `footnotes`, `joined_header_rows`, …
    public var kind: String
    public var count: Int
    public var firstLines: [Int]
    /// What was done, for the person who uploaded the file.
    public var message: String

    public init(kind: String, count: Int, firstLines: [Int], message: String) {
        self.kind = kind
        self.count = count
        self.firstLines = firstLines
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case kind, count, message
        case firstLines = "first_lines"
    }
}
