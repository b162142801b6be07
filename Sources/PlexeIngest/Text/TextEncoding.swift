/// The text encodings a CSV file may be read in. Everything else in the ingest sees UTF-8: a
/// file in another encoding is transcoded while it is copied (see `CSVNormalizer`).
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case utf32LE = "utf-32le"
    case utf32BE = "utf-32be"
    case windows1252 = "windows-1252"
    case latin1 = "latin-1"

    /// The encoding an uploader names, in any of the usual spellings (`UTF8`, `cp1252`,
    /// `ISO-8859-1`…); nil for one the ingest does not read.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "utf32le": self = .utf32LE
        case "utf32be": self = .utf32BE
        case "windows1252", "cp1252", "win1252": self = .windows1252
        case "latin1", "iso88591", "l1": self = .latin1
        default: return nil
        }
    }

    /// The byte order mark that announces this encoding at the start of a file.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .utf32LE: [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BE: [0x00, 0x00, 0xFE, 0xFF]
        case .windows1252, .latin1: []
        }
    }

    /// Bytes per code unit (what a decoder has to keep back when a chunk ends mid-unit).
    var unitSize: Int {
        switch self {
        case .utf16LE, .utf16BE: 2
        case .utf32LE, .utf32BE: 4
        default: 1
        }
    }

    static let supportedNames = TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")
}
