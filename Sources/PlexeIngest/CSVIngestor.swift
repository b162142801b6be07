import PlexeFoundation

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
enum CSVIngestor {
    static func ingest(path: String, filename: String, tableName: String, into database: SQLiteDatabase,
                       budget: MemoryBudget, progress: ProgressReporter) throws -> IngestResult {
        let dialect = try CSVDialectSniffer.sniff(path: path, filename: filename)
        let dataStart: Int64 = dialect.hasByteOrderMark ? 3 : 0
        let delimiter = dialect.delimiter.byte

        let reader = try CSVRecordReader(path: path, delimiter: delimiter, startingAt: dataStart, validatesUTF8: true)
        guard try reader.nextRecord() else { throw IngestError.emptyFile() }
        try TableLoader.checkColumnCount(reader.fieldCount, database: database, line: 1)
        let header = reader.fieldStrings()
        for name in header { try ColumnNamer.checkRawName(name, line: reader.recordLine) }
        var namer = ColumnNamer(reserving: header)
        let names = header.map { namer.add($0) }
        let pass1 = try profile(reader: reader, columnCount: names.count, budget: budget, progress: progress)
        let profiles = zip(names, zip(pass1.types, pass1.values)).map { ColumnProfile(name: $0, types: $1.0, values: $1.1) }

        let columnCount = names.count
        let fileSize = reader.fileSize
        let firstRowOffset = pass1.rowOffsets.first
        let columns = try LoadPass.run(database: database, tableName: tableName, rowCount: pass1.rowCount, profiles: profiles) { writer, channel in
            guard let firstRowOffset else { return }
            let reader = try CSVRecordReader(path: path, delimiter: delimiter, startingAt: firstRowOffset)
            var endOfFile = false
            while !endOfFile, let batch = channel.takeEmpty() {
                while !batch.isFull {
                    guard try reader.nextRecord() else { endOfFile = true; break }
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
        return IngestResult(format: .csv,
                            table: DatasetTable(filename: filename, tableName: tableName, rowCount: pass1.rowCount, columns: columns),
                            csvDialect: dialect, rowOffsets: pass1.rowOffsets)
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
    private static func profile(reader: CSVRecordReader, columnCount: Int, budget: MemoryBudget, progress: ProgressReporter) throws -> Profile {
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
                    guard try reader.nextRecord() else { endOfFile = true; break }
                    guard reader.fieldCount == columnCount else {
                        throw IngestError(line: reader.recordLine, message: "expected \(fieldCountText(columnCount)), found \(reader.fieldCount)")
                    }
                    if rowCount % IngestResult.rowIndexStep == 0 { rowOffsets.append(reader.recordOffset) }
                    let (base, starts, ends) = reader.fieldLocations
                    types.withUnsafeMutableBufferPointer { types in
                        for c in 0..<columnCount {
                            let value = UnsafeRawBufferPointer(start: base + starts[c], count: ends[c] - starts[c])
                            types[c].observe(value)
                            if wanted[c] && value.count > 0 { batch.append(text: value) } else { batch.appendNull() }
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
