import PlexeFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// CSV → table in two streaming passes, each on two threads.
///
/// 1. Profile: a parsing thread reads the records (checking field counts and UTF-8, noting the
///    sparse row index) and infers each column's type and nulls; it hands the values of the
///    columns that still need them to this thread, which tracks distinct values and uniqueness.
///    Most columns stop needing that within the first rows, so the hand-over shrinks to the
///    few likely-unique or low-cardinality columns.
/// 2. Load: create the typed table; a parsing thread re-reads the file and converts values to
///    their storage class while this thread inserts them (see `LoadPass`).
///
/// Two passes because a column's type, and so every value's storage class, is only known after
/// its last value; re-reading a page-cached file costs far less than rewriting a table.
///
/// Files that are not clean UTF-8 in the standard dialect go through a normalized copy first
/// (see `CSVNormalizer`), whose two passes are these. The choice is made from the first part of
/// the file (`EncodingDetector`, `CSVStructureDetector`); a file whose start is clean but that
/// meets a ragged row, a stray quote or bytes that are not UTF-8 further on switches to the copy
/// then, unless the uploader asked for `strict`. So a clean UTF-8 file is read exactly as
/// before, with no extra pass.
enum CSVIngestor {
    static func ingest(
        path: String, filename: String, tableName: String, into database: SQLiteDatabase,
        options: IngestOptions = .detect, budget: MemoryBudget, progress: ProgressReporter
    ) throws -> IngestResult {
        let copyPath = CSVNormalizer.copyPath(for: path)
        unlink(copyPath)  // from an earlier run of the same upload
        var encodingFound = try encoding(path: path, options: options)
        let dataStart = Int64(encodingFound.byteOrderMarkLength)
        let (sample, isWholeFile) = try readSample(path: path, encoding: encodingFound.encoding, dataStart: dataStart)
        let structure = try CSVStructureDetector.detect(sample: sample, isWholeFile: isWholeFile, filename: filename, options: options)
        var dialect = CSVDialect(
            delimiter: CSVDialect.Delimiter(byte: structure.syntax.delimiter), hasByteOrderMark: dataStart > 0,
            usesCRLF: structure.syntax.recordDelimiter == .crlf,
            quote: structure.syntax.quote.map { String(UnicodeScalar($0)) },
            escape: structure.syntax.escape.map { String(UnicodeScalar($0)) },
            recordDelimiter: structure.syntax.recordDelimiter, headerRows: structure.headerRecords,
            preambleRows: structure.preambleRecords, skipInitialSpace: structure.syntax.skipsInitialSpace)
        let delimiter = dialect.delimiter.byte
        // Excel writes `;` between fields where the comma is the decimal separator.
        let decimalComma = dialect.delimiter == .semicolon

        var needsRestructuring = !structure.isFastPathCompatible
        if !needsRestructuring && encodingFound.encoding == .utf8 {
            do {
                var result = try load(
                    path: path, dataStart: dataStart, delimiter: delimiter, headerLine: 1, strict: options.strict, decimalComma: decimalComma,
                    filename: filename, tableName: tableName, into: database, budget: budget, progress: progress)
                result.csvDialect = dialect
                return result
            } catch let miss as FastPathMiss {
                if miss == .invalidUTF8 {
                    encodingFound.encoding = try EncodingDetector.encodingForInvalidUTF8(path: path, startingAt: dataStart)
                } else {
                    needsRestructuring = true
                }
            }
        }
        do {
            let normalizing = { (bytes: Int64, total: Int64) in progress.normalizing(bytes, of: total) }
            var outcome: CSVNormalizer.Outcome?
            var result: IngestResult?
            if !needsRestructuring {
                outcome = try CSVNormalizer.transcode(
                    path: path, encoding: encodingFound.encoding, dataStart: dataStart,
                    delimiter: delimiter, progress: normalizing)
                do {
                    result = try load(
                        path: copyPath, dataStart: 0, delimiter: delimiter, headerLine: 1, strict: options.strict, decimalComma: decimalComma,
                        filename: filename, tableName: tableName, into: database, budget: budget, progress: progress)
                } catch is FastPathMiss {
                    needsRestructuring = true
                }
            }
            if needsRestructuring {
                outcome = try CSVNormalizer.restructure(
                    path: path, encoding: encodingFound.encoding, dataStart: dataStart,
                    structure: structure, strict: options.strict, progress: normalizing)
                result = try load(
                    path: copyPath, dataStart: 0, delimiter: outcome!.delimiter, headerLine: outcome!.headerLine, strict: true,
                    decimalComma: decimalComma,
                    filename: filename, tableName: tableName, into: database, budget: budget, progress: progress)
            }
            guard var result, let outcome else { throw IngestError(line: 0, message: "the file could not be normalized") }
            dialect.normalizedCopy = true
            dialect.preambleRows = outcome.preambleRecords
            dialect.footnoteRows = outcome.footnoteRecords
            result.csvDialect = dialect
            result.encoding = encodingFound.encoding.rawValue
            result.warnings = outcome.warnings
            return result
        } catch {
            unlink(copyPath)
            throw error
        }
    }

    /// The encoding the uploader named, or the detected one.
    private static func encoding(path: String, options: IngestOptions) throws -> EncodingDetector.Detection {
        guard let name = options.encoding else { return try EncodingDetector.detect(path: path) }
        guard let encoding = TextEncoding(name: name) else {
            throw IngestError(line: 0, message: "unsupported encoding \(name): use one of \(TextEncoding.supportedNames)")
        }
        // A byte order mark of the named encoding is still not part of the first header.
        let source = try FileByteReader(path: path)
        while source.count < 4, try source.refill(keepingFrom: 0) == .readMore {}
        let mark = encoding.byteOrderMark
        let hasMark = !mark.isEmpty && source.count >= mark.count && (0..<mark.count).allSatisfy { source.buffer[$0] == mark[$0] }
        return EncodingDetector.Detection(encoding: encoding, byteOrderMarkLength: hasMark ? mark.count : 0)
    }

    /// The file's first `EncodingDetector.sampleBytes` as UTF-8, cut at a whole character.
    private static func readSample(path: String, encoding: TextEncoding, dataStart: Int64) throws -> (sample: [UInt8], isWholeFile: Bool) {
        let source = try DecodingByteReader(path: path, encoding: encoding, startingAt: dataStart)
        do {
            while source.count < EncodingDetector.sampleBytes, try source.refill(keepingFrom: 0) == .readMore {}
        } catch let error as IngestError where error.line > 0 && source.count > 0 {
            // Text that cannot be decoded past the sample's first part: the normalizing pass
            // reports it with its line.
        }
        return (Array(UnsafeBufferPointer(start: source.buffer, count: source.count)), source.isAtEndOfFile)
    }

    /// A direct read of a UTF-8 file had to stop at something the normalized copy repairs.
    enum FastPathMiss: Error, Equatable {
        case invalidUTF8
        /// A record of the wrong width, or a stray quote.
        case structure
    }

    /// The two passes over a UTF-8 file in the standard dialect (the stored file or its
    /// normalized copy). Without `strict`, what a normalized copy would repair throws
    /// `FastPathMiss` instead of failing the file.
    private static func load(
        path: String, dataStart: Int64, delimiter: UInt8, headerLine: Int, strict: Bool, decimalComma: Bool,
        filename: String, tableName: String, into database: SQLiteDatabase,
        budget: MemoryBudget, progress: ProgressReporter
    ) throws -> IngestResult {
        do {
            return try loadStrictly(
                path: path, dataStart: dataStart, delimiter: delimiter, headerLine: headerLine, strict: strict,
                decimalComma: decimalComma,
                filename: filename, tableName: tableName, into: database, budget: budget, progress: progress)
        } catch let error as IngestError where !strict {
            switch error.message {
            case CSVRecordReader.invalidUTF8Message: throw FastPathMiss.invalidUTF8
            case CSVRecordReader.textAfterClosingQuoteMessage: throw FastPathMiss.structure
            default: throw error
            }
        }
    }

    private static func loadStrictly(
        path: String, dataStart: Int64, delimiter: UInt8, headerLine: Int, strict: Bool, decimalComma: Bool,
        filename: String, tableName: String, into database: SQLiteDatabase,
        budget: MemoryBudget, progress: ProgressReporter
    ) throws -> IngestResult {
        let reader = try CSVRecordReader(path: path, delimiter: delimiter, startingAt: dataStart, validatesUTF8: true)
        guard try reader.nextRecord() else { throw IngestError.emptyFile() }
        try TableLoader.checkColumnCount(reader.fieldCount, database: database, line: headerLine)
        let header = reader.fieldStrings()
        // The header's line in the uploaded file: the reader's own on the file or its
        // transcoded copy (same lines), `headerLine` on a restructured copy.
        for name in header { try ColumnNamer.check(name, line: max(headerLine, reader.recordLine)) }
        var namer = ColumnNamer(reserving: header)
        let names = header.map { namer.add($0) }
        let pass1 = try profile(reader: reader, columnCount: names.count, strict: strict, budget: budget, progress: progress)
        let profiles = zip(names, zip(pass1.types, pass1.values)).map { ColumnProfile(name: $0, types: $1.0, values: $1.1) }

        let columnCount = names.count
        let fileSize = reader.fileSize
        let firstRowOffset = pass1.rowOffsets.first
        let columns = try LoadPass.run(
            database: database, tableName: tableName, rowCount: pass1.rowCount, profiles: profiles,
            preferringDecimalComma: decimalComma
        ) { writer, channel in
            guard let firstRowOffset else { return }
            let reader = try CSVRecordReader(path: path, delimiter: delimiter, startingAt: firstRowOffset)
            var endOfFile = false
            while !endOfFile, let batch = channel.takeEmpty() {
                while !batch.isFull {
                    guard try reader.nextRecord() else {
                        endOfFile = true
                        break
                    }
                    guard reader.fieldCount == columnCount else { throw CellWriter.changedFile() }
                    let (base, starts, ends) = reader.fieldLocations
                    for c in 0..<columnCount {
                        try writer.append(UnsafeRawBufferPointer(start: base + starts[c], count: ends[c] - starts[c]), column: c, to: batch)
                    }
                    batch.endRow()
                }
                progress.loading(reader.consumedOffset, of: fileSize)
                channel.send(batch)
            }
        }
        progress.finished()
        return IngestResult(
            format: .csv,
            table: DatasetTable(filename: filename, tableName: tableName, rowCount: pass1.rowCount, columns: columns),
            csvDialect: nil, rowOffsets: pass1.rowOffsets)
    }

    /// What the first pass found.
    private struct Profile {
        var types: [ColumnTypeProfile]
        var values: [ColumnValueTracker]
        var rowOffsets: [Int64]
        var rowCount: Int
    }

    /// The parsing thread's share of the first pass, read back once it has finished.
    private final class ParsingShare: @unchecked Sendable {
        var types: [ColumnTypeProfile] = []
        var rowOffsets: [Int64] = []
        var rowCount = 0
    }

    /// The first pass over the records after the header.
    private static func profile(reader: CSVRecordReader, columnCount: Int, strict: Bool, budget: MemoryBudget, progress: ProgressReporter) throws
        -> Profile
    {
        var trackers = (0..<columnCount).map { _ in ColumnValueTracker(budget: budget) }
        let share = ParsingShare()
        let channel = BatchChannel(columnCount: columnCount, rowsPerBatch: max(64, 32768 / columnCount))
        channel.startProducer(named: "plexe-ingest-profile") { channel in
            var types = [ColumnTypeProfile](repeating: ColumnTypeProfile(), count: columnCount)
            var rowOffsets: [Int64] = []
            var rowCount = 0
            let fileSize = reader.fileSize
            var endOfFile = false
            while !endOfFile, let batch = channel.takeEmpty() {
                let wanted = batch.wantedColumns
                while !batch.isFull {
                    guard try reader.nextRecord() else {
                        endOfFile = true
                        break
                    }
                    guard reader.fieldCount == columnCount else {
                        if !strict { throw FastPathMiss.structure }
                        throw IngestError(line: reader.recordLine, message: "expected \(fieldCountText(columnCount)), found \(reader.fieldCount)")
                    }
                    if rowCount % IngestResult.rowIndexStep == 0 { rowOffsets.append(reader.recordOffset) }
                    let (base, starts, ends) = reader.fieldLocations
                    types.withUnsafeMutableBufferPointer { types in
                        for c in 0..<columnCount {
                            let value = UnsafeRawBufferPointer(start: base + starts[c], count: ends[c] - starts[c])
                            let isValue = types[c].observe(value)
                            if wanted[c] && isValue { batch.append(text: value) } else { batch.appendNull() }
                        }
                    }
                    batch.endRow()
                    rowCount += 1
                }
                let consumed = max(1, reader.consumedOffset)
                batch.expectedRows = Int(Double(rowCount) * Double(fileSize) / Double(consumed))
                progress.profiling(consumed, of: fileSize)
                channel.send(batch)
            }
            share.types = types
            share.rowOffsets = rowOffsets
            share.rowCount = rowCount
        }
        while let batch = try channel.takeFilled() {
            budget.expectedRows = batch.expectedRows
            let cells = batch.cells
            let arena = UnsafeRawPointer(batch.arena)
            var wanted = batch.wantedColumns
            trackers.withUnsafeMutableBufferPointer { trackers in
                for c in 0..<columnCount where wanted[c] {
                    var cell = cells + c
                    for _ in 0..<batch.rowCount {
                        if cell.pointee.length > 0 {
                            trackers[c].observe(UnsafeRawBufferPointer(start: arena + Int(cell.pointee.payload), count: Int(cell.pointee.length)))
                        }
                        cell += columnCount
                    }
                    wanted[c] = trackers[c].needsValues
                }
            }
            batch.wantedColumns = wanted
            channel.recycle(batch)
        }
        return Profile(types: share.types, values: trackers, rowOffsets: share.rowOffsets, rowCount: share.rowCount)
    }

    private static func fieldCountText(_ n: Int) -> String { n == 1 ? "1 field" : "\(n) fields" }
}
