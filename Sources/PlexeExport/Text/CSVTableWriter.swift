import PlexeFoundation

/// Writes a table as RFC 4180 CSV.
///
/// Choices, all made so that re-uploading the file gives the same typed values:
/// - comma delimiter, LF line endings (what the uploaded data uses; RFC 4180 readers accept
///   LF, and the ingest parser takes both);
/// - a field is quoted only when it has to be: it contains a comma, a double quote, CR or
///   LF, or starts or ends with a space or tab (readers that trim would lose them), and a
///   non-NULL empty string is written `""` to stay apart from NULL, which is an empty field;
/// - integers in plain decimal, floats in the shortest text that reads back as the same
///   double (`1250.50` as uploaded comes back `1250.5`, `12.00` as `12.0`, still a float),
///   booleans as `true` / `false`, dates and other text exactly as stored.
/// A value whose storage does not match its column's type is written as stored.
struct CSVTableWriter {
    let includeHeaders: Bool

    func write(_ scan: inout TableScan, to file: OutputFile) throws {
        var out: [UInt8] = []
        out.reserveCapacity(OutputFile.drainThreshold + (64 << 10))
        if includeHeaders {
            for (index, column) in scan.table.columns.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                var name = column.name
                name.withUTF8 { CSVTableWriter.appendField(UnsafeRawBufferPointer($0), to: &out) }
            }
            out.append(UInt8(ascii: "\n"))
        }
        var cells = Cells()
        try scan.writeTextRows(&cells, into: &out, file: file)
        try file.drain(&out, force: true)
    }

    /// A record: fields separated by commas, NULL an empty field, LF at the end.
    struct Cells: TextRowFormat {
        func beginRow(to out: inout [UInt8]) {}
        @inline(__always)
        func beginCell(_ index: Int, to out: inout [UInt8]) {
            if index > 0 { out.append(UInt8(ascii: ",")) }
        }
        func endRow(to out: inout [UInt8]) { out.append(UInt8(ascii: "\n")) }
        static func appendNull(to out: inout [UInt8]) {}
        @inline(__always)
        static func appendDouble(_ value: Double, to out: inout [UInt8]) { TextFormatting.appendDouble(value, to: &out) }
        @inline(__always)
        static func appendText(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) { CSVTableWriter.appendField(bytes, to: &out) }
    }

    /// One text field, quoted and with quotes doubled only if RFC 4180 requires it (or
    /// surrounding whitespace would not survive a trimming reader).
    static func appendField(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        guard let first = bytes.first, let last = bytes.last else {
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
            return
        }
        var needsQuotes = first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        if !needsQuotes {
            for byte in bytes where byte <= 0x2C {
                // Every special byte sorts at or below ',' (0x2C): one compare for most bytes.
                if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                    needsQuotes = true
                    break
                }
            }
        }
        guard needsQuotes else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x22 {
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart...offset]))
            out.append(0x22)
            runStart = offset + 1
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart...]))
        out.append(UInt8(ascii: "\""))
    }
}
