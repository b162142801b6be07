#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognises the binary formats by their signatures before any text sniffing:
/// - Parquet: `PAR1` at the start and `PAR1` (or `PARE`, encrypted) at the end;
/// - Excel .xlsx/.xlsm: a ZIP archive (`PK\x03\x04`) holding `xl/workbook.xml`;
/// - otherwise a `.parquet` / `.pq` or `.xlsx` / `.xlsm` name, whose reader then says what is
///   wrong with the file.
/// A ZIP archive that is no workbook and a legacy Excel 97–2003 (or password-protected)
/// workbook are refused here, with words that say what to upload instead: read as text they
/// would fail as "invalid UTF-8", which helps no one.
enum BinaryFormatSniffer {
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The format, or nil for a text file (CSV, JSON, NDJSON).
    static func format(path: String, filename: String) throws -> FileFormat? {
        let (head, tail, size) = try signatures(path: path)
        let ext = filename.contains(".") ? (filename.lowercased().split(separator: ".").last.map(String.init) ?? "") : ""
        if size >= 12, head.starts(with: ParquetFile.magic), tail == ParquetFile.magic || tail == Array("PARE".utf8) {
            return .parquet
        }
        if head.starts(with: ZipArchive.localHeaderSignature) {
            let archive = try? ZipArchive(path: path)
            if archive?.entry("xl/workbook.xml") != nil || ext == "xlsx" || ext == "xlsm" { return .xlsx }
            throw IngestError(
                line: 0,
                message:
                    "the file is a ZIP archive, not a table (an Excel workbook holds xl/workbook.xml); upload CSV, JSON, NDJSON, Parquet or an Excel .xlsx file"
            )
        }
        if head.starts(with: oleSignature) {
            throw IngestError(
                line: 0,
                message:
                    "the file is a legacy Excel 97–2003 workbook (.xls) or a password-protected one; save it as .xlsx (without a password) or CSV and upload that"
            )
        }
        switch ext {
        case "parquet", "pq": return size > 0 ? .parquet : nil
        case "xlsx", "xlsm": return size > 0 ? .xlsx : nil
        default: return nil
        }
    }

    /// The first 8 and the last 4 bytes of the file, and its size.
    private static func signatures(path: String) throws -> (head: [UInt8], tail: [UInt8], size: Int64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IngestError(line: 0, message: "cannot open the file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IngestError(line: 0, message: "cannot read the file: \(String(cString: strerror(errno)))") }
        let size = Int64(info.st_size)
        var head = [UInt8](repeating: 0, count: 8)
        let headCount = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 8, 0) }
        var tail = [UInt8](repeating: 0, count: 4)
        let tailCount = size >= 4 ? tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 4, off_t(size - 4)) } : 0
        return (Array(head.prefix(max(0, headCount))), Array(tail.prefix(max(0, tailCount))), size)
    }
}
