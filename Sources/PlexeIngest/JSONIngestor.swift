import PlexeFoundation

/// JSON array / NDJSON → table, in the same two passes as CSV (see `CSVIngestor`).
///
/// Columns are the union of the objects' keys in order of first appearance, nested objects
/// flattened into dotted names as pandas' `json_normalize` does (`{"user": {"name": "Ann"}}`
/// gives a column `user.name`; up to `JSONRecordReader.maxFlattenedLevels` levels, deeper
/// objects kept as JSON text). A missing key or `null` is NULL (so is `""`, as everywhere: empty
/// is stored as NULL, never ''); a key repeated within one object keeps its last value; a
/// flattened name that meets a key spelled the same (`"a.b"` beside `"a": {"b": …}`) is told
/// apart by the column namer (`a.b_2`). Values are typed by the same rules as CSV text: JSON
/// numbers and booleans by their text (`12` integer, `1.5` float, `true` boolean), strings like a
/// CSV field (`"2024-01-05"` is a date), arrays as their compact JSON text.
enum JSONIngestor {
    static func ingest(
        path: String, filename: String, tableName: String, format: FileFormat,
        into database: SQLiteDatabase, budget: MemoryBudget, progress: ProgressReporter
    ) throws -> IngestResult {
        let layout: JSONRecordReader.Layout = format == .json ? .array : .lines
        let dataStart = try FileIngestor.byteOrderMarkLength(path: path)

        // Pass 1: profile, discovering the columns.
        let reader = try JSONRecordReader(path: path, layout: layout, startingAt: dataStart, validatesUTF8: true)
        var keyColumns = KeyColumnMap()
        var namer = ColumnNamer()
        var profiles: [ColumnProfile] = []
        var lastRowSeen: [Int] = []
        var fieldForColumn: [Int] = []
        var rowOffsets: [Int64] = []
        var rowCount = 0
        let fileSize = reader.fileSize
        while try reader.nextObject() {
            if rowCount % IngestResult.rowIndexStep == 0 {
                rowOffsets.append(reader.recordOffset)
                let consumed = max(1, reader.consumedOffset)
                budget.expectedRows = Int(Double(rowCount + 1) * Double(fileSize) / Double(consumed))
                progress.profiling(consumed, of: fileSize)
            }
            for f in 0..<reader.fieldCount {
                let key = reader.key(f)
                let column = try keyColumns.column(for: key, field: f) {
                    // A new key: every earlier row lacks it.
                    try TableLoader.checkColumnCount(profiles.count + 1, database: database, line: reader.recordLine)
                    let raw = String(decoding: key.map { $0 == JSONRecordReader.pathSeparator ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
                    try ColumnNamer.check(raw, line: reader.recordLine)
                    let name = namer.add(raw)
                    var profile = ColumnProfile(name: name, budget: budget)
                    profile.types.nullCount = rowCount
                    profiles.append(profile)
                    lastRowSeen.append(-1)
                    fieldForColumn.append(-1)
                    return profiles.count - 1
                }
                fieldForColumn[column] = f  // the last occurrence of a repeated key wins
            }
            for f in 0..<reader.fieldCount {
                let column = keyColumns.lastColumns[f]
                guard fieldForColumn[column] == f else { continue }
                profiles[column].observe(reader.value(f) ?? UnsafeRawBufferPointer(start: nil, count: 0))
                lastRowSeen[column] = rowCount
            }
            for column in 0..<profiles.count where lastRowSeen[column] != rowCount {
                profiles[column].types.nullCount += 1
            }
            rowCount += 1
        }
        guard !profiles.isEmpty else {
            throw IngestError(line: 1, message: rowCount == 0 ? "the file contains no objects" : "the objects in the file have no keys")
        }

        // Pass 2: load.
        let columnCount = profiles.count
        let frozenKeys = keyColumns
        let columns = try LoadPass.run(database: database, tableName: tableName, rowCount: rowCount, profiles: profiles) { writer, channel in
            let reader = try JSONRecordReader(path: path, layout: layout, startingAt: dataStart)
            var keyColumns = frozenKeys
            var fieldForColumn = [Int](repeating: -1, count: columnCount)
            var endOfFile = false
            while !endOfFile, let batch = channel.takeEmpty() {
                while !batch.isFull {
                    guard try reader.nextObject() else {
                        endOfFile = true
                        break
                    }
                    for c in 0..<columnCount { fieldForColumn[c] = -1 }
                    for f in 0..<reader.fieldCount {
                        let column = try keyColumns.column(for: reader.key(f), field: f) { throw CellWriter.changedFile() }
                        fieldForColumn[column] = f
                    }
                    for c in 0..<columnCount {
                        let f = fieldForColumn[c]
                        try writer.append(f >= 0 ? reader.value(f) : nil, column: c, to: batch)
                    }
                    batch.endRow()
                }
                progress.loading(reader.consumedOffset, of: fileSize)
                channel.send(batch)
            }
        }
        progress.finished()
        return IngestResult(
            format: format,
            table: DatasetTable(filename: filename, tableName: tableName, rowCount: rowCount, columns: columns),
            csvDialect: nil, rowOffsets: rowOffsets)
    }
}
