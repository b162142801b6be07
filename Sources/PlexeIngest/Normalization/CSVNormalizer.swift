/// Writes the copy of a CSV file that `CSVRecordReader` reads as it is: UTF-8, `"` quotes, LF
/// or CRLF records, a header row of names first, every record as wide as the header.
///
/// One streaming pass through a decoder and a tolerant parser, in fixed memory. The copy lives
/// beside the stored file (`copyPath`), so that previews can read rows from it and deleting the
/// upload's storage removes it too.
///
/// What changes, and is reported in `IngestWarning`s with the lines of the original file:
/// - `preamble`: records above the header are left out;
/// - `joined_header_rows`: header rows after the first are joined to it, per column, with a space;
/// - `padded_rows`: a record with fewer fields gets empty ones (NULL) at the end;
/// - `extra_empty_fields`: a record with more fields, all the extra ones empty, loses them;
/// - `rejected_rows`: a record with more fields, some of the extra ones not empty, is left out
///   whole (which of its values belong to which column cannot be told);
/// - `footnotes`: records after the last row of the table holding at most one value, and that
///   value not a number, date or boolean (a source line, a note), are left out;
/// - `stray_quotes`: a quote that neither opened nor closed a field was read as a character;
/// - `invalid_utf8`: bytes of a UTF-8 file that were not UTF-8, read as Windows-1252.
///
/// With `strict`, a record of the wrong width or a stray quote fails the file at its line
/// instead, with the message the direct read gives.
enum CSVNormalizer {
    static func copyPath(for path: String) -> String { path + CSVDialect.normalizedCopySuffix }

    /// Lines noted per warning.
    static let notedLines = 10
    /// Records that may look like footnotes before the table is known to go on below them.
    static let maxHeldRecords = 100

    struct Outcome {
        var warnings: [IngestWarning]
        /// The original line of the header (of its first row), for errors about names.
        var headerLine: Int
        /// The delimiter the copy is written with.
        var delimiter: UInt8
        var preambleRecords: Int
        var footnoteRecords: Int
    }

    /// A copy that differs from the original in its encoding only (its structure is what
    /// `CSVRecordReader` reads): the decoded bytes as they are.
    static func transcode(
        path: String, encoding: TextEncoding, dataStart: Int64, delimiter: UInt8,
        progress: (Int64, Int64) -> Void
    ) throws -> Outcome {
        let source = try DecodingByteReader(path: path, encoding: encoding, startingAt: dataStart)
        let writer = try CSVCopyWriter(path: copyPath(for: path), delimiter: delimiter)
        while try source.refill(keepingFrom: source.count) == .readMore {
            try writer.writeBytes(source.buffer, count: source.count)
            progress(source.rawOffset, source.fileSize)
        }
        try writer.commit()
        var warnings = Warnings()
        warnings.addDecoderRepairs(source)
        return Outcome(warnings: warnings.list, headerLine: 1, delimiter: delimiter, preambleRecords: 0, footnoteRecords: 0)
    }

    static func restructure(
        path: String, encoding: TextEncoding, dataStart: Int64, structure: CSVStructure, strict: Bool,
        progress: (Int64, Int64) -> Void
    ) throws -> Outcome {
        let syntax = structure.syntax
        let source = try DecodingByteReader(
            path: path, encoding: encoding, startingAt: dataStart,
            lineBreak: syntax.recordDelimiter == .cr ? 0x0D : 0x0A)
        let delimiter = syntax.delimiter ?? UInt8(ascii: ",")
        let writer = try CSVCopyWriter(path: copyPath(for: path), delimiter: delimiter)
        var parser = TolerantRecordParser(syntax: syntax)
        var warnings = Warnings()
        let width = structure.width

        var position = 0
        var line = 1
        var recordLine = 1
        /// Parses the next record into `parser`; false at the end of the input.
        func next(expecting expected: Int?) throws -> Bool {
            while true {
                let outcome = parser.parse(source.buffer, from: position, end: source.count, atEOF: source.isAtEndOfFile)
                switch outcome {
                case .needMoreBytes:
                    switch try source.refill(keepingFrom: position) {
                    case .recordTooLarge:
                        throw IngestError(
                            line: line, message: "a record is longer than \(FileByteReader.maxRecordBytes >> 20) MB (or a quote never closes)")
                    case .readMore, .endOfFile:
                        position = 0
                        progress(source.rawOffset, source.fileSize)
                    }
                case .endOfInput:
                    return false
                case .unterminatedQuote(let offset):
                    throw IngestError(line: line + parser.blankLinesSkipped + offset, message: "unterminated quoted field")
                case .record(var end):
                    recordLine = line + parser.blankLinesSkipped
                    if parser.hadStrayQuote {
                        if strict {
                            throw IngestError(
                                line: recordLine,
                                message:
                                    "unexpected text after a closing quote: a quoted field must be followed by the delimiter or the end of the line")
                        }
                        end = chooseReading(&parser, source: source, from: position, end: end, expected: expected)
                        warnings.note("stray_quotes", line: recordLine)
                    }
                    line = recordLine + parser.lineBreaks
                    position = end
                    return true
                }
            }
        }
        /// The current record's field `i`, unescaped in place.
        var fieldEnds: [Int] = []
        func finishFields() {
            fieldEnds.removeAll(keepingCapacity: true)
            for i in 0..<parser.fields.count {
                fieldEnds.append(
                    parser.unescape(source.buffer, start: parser.fields.starts[i], end: parser.fields.ends[i], kind: parser.fields.kinds[i]))
            }
        }
        func field(_ i: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: source.buffer + parser.fields.starts[i], count: fieldEnds[i] - parser.fields.starts[i])
        }
        func fieldString(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

        // The preamble.
        var skipped = 0
        var haveRecord = try next(expecting: nil)
        while haveRecord {
            let isPreamble = structure.skipLines.map { recordLine <= $0 } ?? (skipped < structure.preambleRecords)
            guard isPreamble else { break }
            skipped += 1
            warnings.note("preamble", line: recordLine)
            haveRecord = try next(expecting: nil)
        }
        // Here `parser` holds the first record of the table, unless the file ended.
        guard haveRecord else {
            // Nothing but a preamble (or nothing at all): an empty file to the ingest.
            try writer.commit()
            return Outcome(
                warnings: warnings.list(decoder: source), headerLine: recordLine, delimiter: delimiter,
                preambleRecords: skipped, footnoteRecords: 0)
        }

        // The header.
        let headerLine = recordLine
        var names = [String](repeating: "", count: width)
        if structure.headerRecords == 0 {
            names = (1...width).map { "column_\($0)" }
        } else {
            for row in 0..<structure.headerRecords {
                if row > 0 {
                    guard try next(expecting: nil) else {
                        haveRecord = false
                        break
                    }
                    warnings.note("joined_header_rows", line: recordLine)
                }
                finishFields()
                for c in 0..<min(width, parser.fields.count) {
                    // A single header row keeps its names as written, as the direct read does.
                    guard structure.headerRecords > 1 else {
                        names[c] = fieldString(c)
                        continue
                    }
                    let part = fieldString(c).trimmingSpaces()
                    guard !part.isEmpty else { continue }
                    names[c] = names[c].isEmpty ? part : names[c] + " " + part
                }
            }
            if haveRecord { haveRecord = try next(expecting: width) }
        }
        try writer.writeRecord(names)

        // The rows.
        var held = HeldRecords()
        while haveRecord {
            finishFields()
            let count = parser.fields.count
            if strict && count != width {
                throw IngestError(line: recordLine, message: "expected \(width == 1 ? "1 field" : "\(width) fields"), found \(count)")
            }
            var nonEmpty = 0
            var value: Int?
            for i in 0..<count where fieldEnds[i] > parser.fields.starts[i] {
                nonEmpty += 1
                value = i
            }
            if !strict && nonEmpty <= 1 && width >= 2 && (width >= 3 || count < width)
                && !(value.map { CellShape.of(field($0).assumingMemoryBound(to: UInt8.self)).isTyped } ?? false)
            {
                // Perhaps a footnote: held until a row of the table shows up below it.
                if !held.hold(line: recordLine, fieldCount: count, fields: (0..<count).map(field)) {
                    try held.release(into: writer, width: width, warnings: &warnings)
                    _ = held.hold(line: recordLine, fieldCount: count, fields: (0..<count).map(field))
                }
            } else {
                try held.release(into: writer, width: width, warnings: &warnings)
                try writeRow(count: count, width: width, line: recordLine, field: field, writer: writer, warnings: &warnings)
            }
            haveRecord = try next(expecting: width)
        }
        for heldLine in held.lines { warnings.note("footnotes", line: heldLine) }
        try writer.commit()
        return Outcome(
            warnings: warnings.list(decoder: source), headerLine: headerLine, delimiter: delimiter,
            preambleRecords: skipped, footnoteRecords: held.lines.count)
    }

    /// Writes a data record at the table's width: padded, cut of empty extras, or left out.
    private static func writeRow(
        count: Int, width: Int, line: Int, field: (Int) -> UnsafeRawBufferPointer,
        writer: CSVCopyWriter, warnings: inout Warnings
    ) throws {
        if count == width {
            try writer.writeRecord(fieldCount: count, field: field)
        } else if count < width {
            warnings.note("padded_rows", line: line)
            try writer.writeRecord(fieldCount: width) { $0 < count ? field($0) : UnsafeRawBufferPointer(start: nil, count: 0) }
        } else if (width..<count).allSatisfy({ field($0).isEmpty }) {
            warnings.note("extra_empty_fields", line: line)
            try writer.writeRecord(fieldCount: width, field: field)
        } else {
            warnings.note("rejected_rows", line: line)
        }
    }

    /// For a record with a stray quote: the reading that gives `expected` fields (or comes
    /// closest), re-parsed into `parser`; returns the record's end.
    private static func chooseReading(
        _ parser: inout TolerantRecordParser, source: DecodingByteReader, from: Int, end: Int,
        expected: Int?
    ) -> Int {
        guard let expected else { return end }
        let unquoted = parser.fields.count
        guard unquoted != expected else { return end }
        let atEOF = source.isAtEndOfFile
        guard case .record(let literalEnd) = parser.parse(source.buffer, from: from, end: source.count, atEOF: atEOF, policy: .literalQuote),
            abs(parser.fields.count - expected) < abs(unquoted - expected)
        else {
            _ = parser.parse(source.buffer, from: from, end: source.count, atEOF: atEOF, policy: .unquoteField)
            return end
        }
        return literalEnd
    }

    /// Footnote-like records held back at the end of the table.
    private struct HeldRecords {
        var lines: [Int] = []
        private var records: [(fieldCount: Int, fields: [[UInt8]])] = []
        private var bytes = 0

        /// False when full.
        mutating func hold(line: Int, fieldCount: Int, fields: [UnsafeRawBufferPointer]) -> Bool {
            let size = fields.reduce(0) { $0 + $1.count }
            guard records.count < CSVNormalizer.maxHeldRecords, bytes + size <= 1 << 20 || records.isEmpty else { return false }
            lines.append(line)
            records.append((fieldCount, fields.map { Array($0) }))
            bytes += size
            return true
        }

        /// They were rows of the table after all.
        mutating func release(into writer: CSVCopyWriter, width: Int, warnings: inout Warnings) throws {
            for (record, line) in zip(records, lines) {
                try record.fields.withUnsafeBufferPointers { pointers in
                    try CSVNormalizer.writeRow(
                        count: record.fieldCount, width: width, line: line, field: { pointers[$0] },
                        writer: writer, warnings: &warnings)
                }
            }
            records.removeAll()
            lines.removeAll()
            bytes = 0
        }
    }

    /// Warnings by kind, in the order first met.
    struct Warnings {
        private var order: [String] = []
        private var counts: [String: Int] = [:]
        private var lines: [String: [Int]] = [:]

        mutating func note(_ kind: String, line: Int) {
            if counts[kind] == nil { order.append(kind) }
            counts[kind, default: 0] += 1
            if lines[kind, default: []].count < CSVNormalizer.notedLines { lines[kind, default: []].append(line) }
        }

        mutating func addDecoderRepairs(_ source: DecodingByteReader) {
            guard source.repairedLineCount > 0 else { return }
            order.insert("invalid_utf8", at: 0)
            counts["invalid_utf8"] = source.repairedLineCount
            lines["invalid_utf8"] = source.repairedLines
        }

        var list: [IngestWarning] {
            order.map { IngestWarning(kind: $0, count: counts[$0]!, firstLines: lines[$0]!, message: Warnings.message($0, counts[$0]!)) }
        }

        func list(decoder: DecodingByteReader) -> [IngestWarning] {
            var copy = self
            copy.addDecoderRepairs(decoder)
            return copy.list
        }

        static func message(_ kind: String, _ n: Int) -> String {
            let rows = n == 1 ? "1 row" : "\(n) rows"
            let lines = n == 1 ? "1 line" : "\(n) lines"
            switch kind {
            case "preamble": return "\(rows) above the header (a preamble) left out"
            case "joined_header_rows": return "\(rows) of column names below the first header row joined to it"
            case "padded_rows": return "\(rows) with fewer fields than the header padded with empty values (NULL)"
            case "extra_empty_fields": return "\(rows) with more fields than the header, all the extra ones empty, loaded without them"
            case "rejected_rows": return "\(rows) with more fields than the header left out (the extra fields are not empty)"
            case "footnotes": return "\(rows) below the table holding at most one value (footnotes) left out"
            case "stray_quotes": return "\(rows) with a stray quote read as a character"
            case "invalid_utf8": return "\(lines) with bytes that are not UTF-8, read as Windows-1252"
            default: return "\(rows): \(kind)"
            }
        }
    }
}

extension Array where Element == [UInt8] {
    /// Calls `body` with a pointer to each element's bytes (valid during the call only).
    fileprivate func withUnsafeBufferPointers<R>(_ body: ([UnsafeRawBufferPointer]) throws -> R) rethrows -> R {
        func nest(_ index: Int, _ pointers: [UnsafeRawBufferPointer]) throws -> R {
            if index == count { return try body(pointers) }
            return try self[index].withUnsafeBytes { try nest(index + 1, pointers + [$0]) }
        }
        return try nest(0, [])
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
