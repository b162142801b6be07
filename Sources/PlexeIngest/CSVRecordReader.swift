// A byte-level RFC 4180 record reader.
//
// Why hand-written rather than yaslab/CSV.swift or swiftcsv/SwiftCSV (both in the package
// mirror; neither is allowed as a dependency here, and neither would fit anyway):
// - SwiftCSV loads the whole file into one `String` and splits it: memory grows with the file,
//   and a 5 GB upload must stream through a fixed buffer.
// - CSV.swift streams, but decodes every byte to a `UnicodeScalar` through an iterator and builds
//   a `[String]` per row: one `String` allocation per field.
// - Neither reports the physical line of a broken record or the line a quote opened on, nor
//   returns the byte offset of a record (needed for the preview's sparse row index).
// Here a record's fields are byte ranges into the read buffer: no allocation per field, no
// decoding (UTF-8 is validated separately, per record, eight ASCII bytes per step), unquoted
// runs are scanned eight bytes at a time (`SWAR`), and the only copy is the in-place removal of
// doubled quotes in the rare fields that have them.
//
// Rough comparison (customers.csv of gen_dataset.py, 1M rows, 109 MB, release builds, CPU time
// on the shared 2-core dev machine): CSV.swift `CSVReader` iterating every row 11.6 s; this
// reader turning every row into `[String]` (through `CSVPreviewReader`, so with the same
// per-field allocations) 1.1 s. The ingest itself never builds those strings.

/// Reads the records of a CSV file one at a time as byte ranges into its buffer.
///
/// Grammar (RFC 4180 with the usual leniencies):
/// - records end with LF or CRLF; a line with no bytes at all is skipped (not a record);
/// - a field starting with `"` is quoted: it runs to the next lone `"`, may contain the
///   delimiter, line breaks and doubled quotes `""` (read as one `"`), and must be followed by
///   the delimiter or the end of the record;
/// - elsewhere a `"` or a lone CR is an ordinary byte of the field.
///
/// A record's fields stay valid until the next call to `nextRecord()`. One thread at a time
/// (the first pass reads the header on the calling thread, then hands the reader over).
final class CSVRecordReader: @unchecked Sendable {
    private let source: FileByteReader
    private let delimiter: UInt8
    private let validatesUTF8: Bool
    /// 256 flags: 1 for the bytes that end an unquoted run (delimiter, LF, CR, quote).
    private let stopBytes: UnsafeMutablePointer<UInt8>

    /// The reader's moving parts, behind a pointer: they are touched for every record and
    /// field, and stored properties of a class would each pay a dynamic exclusivity check.
    private struct State {
        /// Index in the buffer of the first byte not yet parsed.
        var position = 0
        /// The physical line the next record starts on.
        var nextLine: Int
        var recordLine = 0
        var recordOffset: Int64 = 0
        var fieldCount = 0
        var fieldCapacity = 64
        var fieldStarts: UnsafeMutablePointer<Int>
        var fieldEnds: UnsafeMutablePointer<Int>
        /// Fields of the current record with doubled quotes still to unescape.
        var escapedFields: UnsafeMutablePointer<Int>
        var escapedCount = 0
    }
    private let state: UnsafeMutablePointer<State>

    private var position: Int {
        get { state.pointee.position }
        set { state.pointee.position = newValue }
    }
    private var nextLine: Int {
        get { state.pointee.nextLine }
        set { state.pointee.nextLine = newValue }
    }
    /// The line the current record starts on (1-based).
    var recordLine: Int { state.pointee.recordLine }
    /// The file offset of the current record's first byte.
    var recordOffset: Int64 { state.pointee.recordOffset }
    var fieldCount: Int { state.pointee.fieldCount }
    private var fieldStarts: UnsafeMutablePointer<Int> { state.pointee.fieldStarts }
    private var fieldEnds: UnsafeMutablePointer<Int> { state.pointee.fieldEnds }

    private enum ParseOutcome { case record, needMoreBytes, endOfFile }

    /// Messages of the errors a normalized copy can repair (see `CSVIngestor`).
    static let textAfterClosingQuoteMessage =
        "unexpected text after a closing quote: a quoted field must be followed by the delimiter or the end of the line"
    static let invalidUTF8Message = "invalid UTF-8: the file must be UTF-8 text"

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// - Parameters:
    ///   - startingAt: a record boundary (after the byte order mark for the header).
    ///   - firstLine: the physical line number of that position.
    ///   - validatesUTF8: check each record's bytes, throwing "invalid UTF-8" with its line.
    init(path: String, delimiter: UInt8, startingAt offset: Int64 = 0, firstLine: Int = 1, validatesUTF8: Bool = false) throws {
        source = try FileByteReader(path: path, startingAt: offset)
        self.delimiter = delimiter
        self.validatesUTF8 = validatesUTF8
        let capacity = 64
        state = .allocate(capacity: 1)
        state.initialize(
            to: State(
                nextLine: firstLine, fieldStarts: .allocate(capacity: capacity),
                fieldEnds: .allocate(capacity: capacity), escapedFields: .allocate(capacity: capacity)))
        stopBytes = .allocate(capacity: 256)
        stopBytes.initialize(repeating: 0, count: 256)
        for byte in [delimiter, CSVRecordReader.quote, CSVRecordReader.lineFeed, CSVRecordReader.carriageReturn] {
            stopBytes[Int(byte)] = 1
        }
    }

    deinit {
        stopBytes.deallocate()
        state.pointee.fieldStarts.deallocate()
        state.pointee.fieldEnds.deallocate()
        state.pointee.escapedFields.deallocate()
        state.deallocate()
    }

    var fileSize: Int64 { source.fileSize }
    /// File offset just past the bytes consumed so far (for progress).
    var consumedOffset: Int64 { source.bufferFileOffset + Int64(position) }

    /// The bytes of field `index` of the current record (quotes removed, `""` unescaped).
    @inline(__always)
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let start = fieldStarts[index]
        return UnsafeRawBufferPointer(start: source.buffer + start, count: fieldEnds[index] - start)
    }

    /// Where the current record's fields are, for loops over every field: field `i` is
    /// `base[starts[i]..<ends[i]]`. Valid until the next call to `nextRecord()`.
    @inline(__always)
    var fieldLocations: (base: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>) {
        (source.buffer, fieldStarts, fieldEnds)
    }

    /// The current record's fields as strings (headers, previews).
    func fieldStrings() -> [String] {
        (0..<fieldCount).map { String(decoding: field($0), as: UTF8.self) }
    }

    /// Advances to the next record; false at the end of the file.
    func nextRecord() throws -> Bool {
        while true {
            switch try parseRecord() {
            case .record:
                try finishRecord()
                return true
            case .endOfFile:
                return false
            case .needMoreBytes:
                switch try source.refill(keepingFrom: position) {
                case .readMore, .endOfFile:
                    position = 0
                case .recordTooLarge:
                    throw recordTooLargeError()
                }
            }
        }
    }

    // MARK: Parsing

    /// Parses one record from `position`. Blank lines before it are consumed even when the
    /// record itself needs more bytes; everything else is re-parsed after the refill.
    private func parseRecord() throws -> ParseOutcome {
        let base = source.buffer
        let end = source.count
        let atEOF = source.isAtEndOfFile
        let delimiter = self.delimiter
        let stop = stopBytes
        let quote = CSVRecordReader.quote
        let lf = CSVRecordReader.lineFeed
        let cr = CSVRecordReader.carriageReturn
        let delimiterWord = SWAR.broadcast(delimiter)
        let quoteWord = SWAR.broadcast(quote)
        let lineFeedWord = SWAR.broadcast(lf)
        let carriageReturnWord = SWAR.broadcast(cr)
        var p = position

        // Blank lines are not records.
        while true {
            if p == end {
                position = p
                return atEOF ? .endOfFile : .needMoreBytes
            }
            let c = base[p]
            if c == lf {
                p += 1
                nextLine += 1
                continue
            }
            if c == cr {
                if p + 1 == end {
                    if atEOF {
                        p += 1
                        continue
                    }
                    position = p
                    return .needMoreBytes
                }
                if base[p + 1] == lf {
                    p += 2
                    nextLine += 1
                    continue
                }
            }
            break
        }
        position = p
        let recordStart = p
        var newlines = 0
        var n = 0
        state.pointee.escapedCount = 0
        var fieldStarts = self.fieldStarts
        var fieldEnds = self.fieldEnds
        var fieldCapacity = state.pointee.fieldCapacity

        fields: while true {
            if n == fieldCapacity {
                growFieldStorage()
                fieldStarts = self.fieldStarts
                fieldEnds = self.fieldEnds
                fieldCapacity = state.pointee.fieldCapacity
            }
            if p < end && base[p] == quote {
                let quoteLine = nextLine + newlines
                var q = p + 1
                while true {
                    while q < end {
                        let c = base[q]
                        if c == quote { break }
                        if c == lf { newlines += 1 }
                        q += 1
                    }
                    if q == end {
                        if atEOF { throw IngestError(line: quoteLine, message: "unterminated quoted field") }
                        return .needMoreBytes
                    }
                    if q + 1 == end && !atEOF { return .needMoreBytes }
                    if q + 1 < end && base[q + 1] == quote {
                        let escaped = state.pointee.escapedCount
                        if escaped == 0 || state.pointee.escapedFields[escaped - 1] != n {
                            state.pointee.escapedFields[escaped] = n
                            state.pointee.escapedCount = escaped + 1
                        }
                        q += 2
                        continue
                    }
                    break
                }
                fieldStarts[n] = p + 1
                fieldEnds[n] = q
                n += 1
                p = q + 1
                if p == end { break fields }
                let c = base[p]
                if c == delimiter {
                    p += 1
                    continue fields
                }
                if c == lf {
                    p += 1
                    newlines += 1
                    break fields
                }
                if c == cr {
                    if p + 1 == end {
                        if !atEOF { return .needMoreBytes }
                        p += 1
                        break fields
                    }
                    if base[p + 1] == lf {
                        p += 2
                        newlines += 1
                        break fields
                    }
                }
                throw IngestError(line: nextLine + newlines, message: CSVRecordReader.textAfterClosingQuoteMessage)
            } else {
                let s = p
                while true {
                    // Eight bytes at a time while they hold no stop byte, then byte by byte; the
                    // sentinel `\n` at base[end] ends the byte loop at the latest there.
                    while p &+ 8 <= end {
                        let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                        let hits =
                            SWAR.equal(word, delimiterWord) | SWAR.equal(word, quoteWord)
                            | SWAR.equal(word, lineFeedWord) | SWAR.equal(word, carriageReturnWord)
                        if hits != 0 {
                            p &+= hits.trailingZeroBitCount >> 3
                            break
                        }
                        p &+= 8
                    }
                    while stop[Int(base[p])] == 0 { p &+= 1 }
                    if p == end {
                        if !atEOF { return .needMoreBytes }
                        fieldStarts[n] = s
                        fieldEnds[n] = p
                        n += 1
                        break fields
                    }
                    let c = base[p]
                    if c == delimiter {
                        fieldStarts[n] = s
                        fieldEnds[n] = p
                        n += 1
                        p += 1
                        continue fields
                    }
                    if c == lf {
                        fieldStarts[n] = s
                        fieldEnds[n] = p
                        n += 1
                        p += 1
                        newlines += 1
                        break fields
                    }
                    if c == cr {
                        if p + 1 == end {
                            if !atEOF { return .needMoreBytes }
                            fieldStarts[n] = s
                            fieldEnds[n] = p
                            n += 1
                            p += 1
                            break fields
                        }
                        if base[p + 1] == lf {
                            fieldStarts[n] = s
                            fieldEnds[n] = p
                            n += 1
                            p += 2
                            newlines += 1
                            break fields
                        }
                    }
                    p += 1  // a quote or a lone CR inside an unquoted field is data
                }
            }
        }
        state.pointee.fieldCount = n
        state.pointee.recordLine = nextLine
        state.pointee.recordOffset = source.bufferFileOffset + Int64(recordStart)
        if validatesUTF8, let bad = UTF8Validation.firstInvalidByte(in: base + recordStart, count: p - recordStart) {
            let linesBefore = UnsafeBufferPointer(start: base + recordStart, count: bad).reduce(0) { $0 + ($1 == lf ? 1 : 0) }
            throw IngestError(line: nextLine + linesBefore, message: CSVRecordReader.invalidUTF8Message)
        }
        nextLine += newlines
        position = p
        return .record
    }

    /// Removes the doubled quotes of the current record's escaped fields, in place.
    private func finishRecord() throws {
        let escapedCount = state.pointee.escapedCount
        guard escapedCount > 0 else { return }
        let base = source.buffer
        for k in 0..<escapedCount {
            let index = state.pointee.escapedFields[k]
            var read = fieldStarts[index]
            var write = read
            let end = fieldEnds[index]
            while read < end {
                let c = base[read]
                base[write] = c
                write += 1
                read += (c == CSVRecordReader.quote) ? 2 : 1
            }
            fieldEnds[index] = write
        }
    }

    private func growFieldStorage() {
        let old = state.pointee.fieldCapacity
        let grown = old * 2
        func regrow(_ pointer: UnsafeMutablePointer<Int>) -> UnsafeMutablePointer<Int> {
            let new = UnsafeMutablePointer<Int>.allocate(capacity: grown)
            new.update(from: pointer, count: old)
            pointer.deallocate()
            return new
        }
        state.pointee.fieldStarts = regrow(state.pointee.fieldStarts)
        state.pointee.fieldEnds = regrow(state.pointee.fieldEnds)
        state.pointee.escapedFields = regrow(state.pointee.escapedFields)
        state.pointee.fieldCapacity = grown
    }

    /// The record at `position` fills the largest buffer: most likely a quote never closes.
    private func recordTooLargeError() -> IngestError {
        let base = source.buffer
        var p = position
        var line = nextLine
        var inQuote = false
        var quoteLine = line
        while p < source.count {
            let c = base[p]
            if c == CSVRecordReader.quote {
                if !inQuote { quoteLine = line }
                inQuote.toggle()
            } else if c == CSVRecordReader.lineFeed {
                line += 1
            }
            p += 1
        }
        let limit = FileByteReader.maxRecordBytes >> 20
        if inQuote {
            return IngestError(line: quoteLine, message: "unterminated quoted field (no closing quote within \(limit) MB)")
        }
        return IngestError(line: nextLine, message: "a record is longer than \(limit) MB")
    }
}
