import CSQLite3
import Glibc
import PlexeFoundation
import PlexeIngest

/// One fuzz input through the whole public ingest path, as the server's ingest job runs it: the
/// bytes become an uploaded file, `FileIngestor.ingest` loads it into a fresh SQLite database
/// file, and for CSV `CSVPreviewReader` reads its rows back. Then what ingest claims is checked
/// against the loaded table.
///
/// A file that cannot be a table must fail with an `IngestError` naming a line, never with
/// anything else; a file that loads must load as described. Any other outcome stops the
/// process (see `fail`), which libFuzzer records as a crash.
public enum IngestHarness {
    /// `FileByteReader.chunkSize`: the bytes a reader holds at first. Inputs are small, so
    /// without padding every record would sit in the first buffer and the refill that keeps a
    /// record cut at the buffer's end would never run.
    static let readerChunkBytes = 1 << 20

    public static let tableName = "t"

    /// Runs one input.
    ///
    /// - Parameter filenames: candidate upload names; one is picked by the input's last byte
    ///   (the bytes themselves are all kept, so a corpus file is the file as uploaded).
    public static func run(_ data: UnsafeRawBufferPointer, filenames: [String]) {
        let control = data.last ?? 0
        let filename = filenames[Int(control) % filenames.count]
        // An input whose last byte is 0xFF is placed so that the reader's first buffer ends
        // inside it: blank lines (which CSV, JSON and NDJSON all skip) fill the file up to `cut`
        // bytes before the input's end. Rare on purpose: such an input costs as much as a
        // hundred others (every pass reads the megabyte, through the instrumentation).
        var padding = 0
        if control == 0xFF, data.count > 1 {
            let cut = 1 + Int(data[data.count - 2]) % (data.count - 1)
            padding = readerChunkBytes - (data.count - cut)
        }
        let filePath = Scratch.path(filename)
        Scratch.write(data, to: filePath, prefixByte: UInt8(ascii: "\n"), prefixCount: padding)
        defer { unlink(filePath) }

        let databasePath = Scratch.path("ingest.sqlite")
        Scratch.removeDatabase(databasePath)
        defer { Scratch.removeDatabase(databasePath) }
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: databasePath)
        } catch {
            fail("cannot open the scratch database: \(error)")
        }

        let result: IngestResult
        do {
            result = try FileIngestor.ingest(path: filePath, filename: filename, tableName: tableName, into: database)
        } catch let error as IngestError {
            checkOutsideTransaction(database)
            // Line 0 is for failures of the machine, not of the file; "changed while it was being
            // read" means the two passes read the same bytes differently.
            guard error.line >= 1, !error.message.contains("changed while it was being read") else {
                fail("ingest failed on the file rather than on a line of it: \(error)")
            }
            return
        } catch {
            fail("ingest threw something other than an IngestError: \(error)")
        }
        checkOutsideTransaction(database)
        check(result, filename: filename, database: database)
        if result.format == .csv {
            checkPreview(result, path: filePath, database: database)
        }
    }

    static func checkOutsideTransaction(_ database: SQLiteDatabase) {
        guard sqlite3_get_autocommit(database.handle) != 0 else { fail("ingest left the connection inside a transaction") }
    }

    /// The table's description against the table.
    static func check(_ result: IngestResult, filename: String, database: SQLiteDatabase) {
        let table = result.table
        guard table.tableName == tableName, table.filename == filename else { fail("wrong names in \(table)") }
        guard (result.format == .csv) == (result.csvDialect != nil) else {
            fail("a dialect for \(result.format) is \(String(describing: result.csvDialect))")
        }
        let step = IngestResult.rowIndexStep
        let expectedOffsets = table.rowCount == 0 ? 0 : (table.rowCount - 1) / step + 1
        guard result.rowOffsets.count == expectedOffsets, zip(result.rowOffsets, result.rowOffsets.dropFirst()).allSatisfy({ $0 < $1 }) else {
            fail("\(result.rowOffsets.count) row offsets for \(table.rowCount) rows: \(result.rowOffsets.prefix(8))")
        }
        let quotedTable = quoteIdentifier(tableName)
        let declared = query(database, "SELECT name, type FROM pragma_table_info('\(tableName)') ORDER BY cid") { ($0.string(0), $0.string(1)) }
        guard declared.map(\.0) == table.columns.map(\.name),
            declared.map(\.1) == table.columns.map(\.type.declaredSQLType)
        else {
            fail("declared columns \(declared) differ from the description \(table.columns.map { ($0.name, $0.type) })")
        }
        guard Set(table.columns.map { $0.name.lowercased() }).count == table.columns.count,
            table.columns.allSatisfy({ !$0.name.isEmpty })
        else {
            fail("column names empty or equal but for case: \(table.columns.map(\.name))")
        }
        let rows = query(database, "SELECT count(*) FROM \(quotedTable)") { $0.int(0) }[0]
        guard rows == table.rowCount else { fail("row count \(table.rowCount), the table has \(rows)") }

        for column in table.columns {
            let c = quoteIdentifier(column.name)
            let (nonNull, distinct) = query(database, "SELECT count(\(c)), count(DISTINCT \(c)) FROM \(quotedTable)") { ($0.int(0), $0.int(1)) }[0]
            let nulls = rows - nonNull
            guard column.nullCount == nulls, column.nullable == (nulls > 0) else {
                fail("column \(column.name): null count \(column.nullCount) (nullable \(column.nullable)), the table has \(nulls)")
            }
            // "unique" is exact: no stored value repeats, and a column said not to be unique has a repeat.
            guard column.unique == (nonNull == distinct) else {
                fail("column \(column.name) (\(column.type)): unique \(column.unique), but \(nonNull) values of which \(distinct) distinct")
            }
            let storage: String
            switch column.type {
            case .integer, .boolean: storage = "integer"
            case .float: storage = "real"
            case .string, .date, .datetime: storage = "text"
            }
            let wrong = query(database, "SELECT count(*) FROM \(quotedTable) WHERE \(c) IS NOT NULL AND typeof(\(c)) <> '\(storage)'") { $0.int(0) }[
                0]
            guard wrong == 0 else { fail("column \(column.name) (\(column.type)): \(wrong) values not stored as \(storage)") }
            if column.type == .boolean {
                let other = query(database, "SELECT count(*) FROM \(quotedTable) WHERE \(c) NOT IN (0, 1)") { $0.int(0) }[0]
                guard other == 0 else { fail("boolean column \(column.name) holds values other than 0 and 1") }
            }
            if column.type == .string || column.type == .date || column.type == .datetime {
                // Empty is stored as NULL, never ''.
                let empty = query(database, "SELECT count(*) FROM \(quotedTable) WHERE \(c) = ''") { $0.int(0) }[0]
                guard empty == 0 else { fail("column \(column.name) stores ''") }
            }
            if let values = column.distinctValues {
                guard values.count == distinct, values.count <= ColumnInfo.lowCardinalityLimit else {
                    fail("column \(column.name) (\(column.type)): distinct values \(values.prefix(60)), the table has \(distinct)")
                }
                if column.type == .string || column.type == .date || column.type == .datetime {
                    let stored = query(database, "SELECT DISTINCT \(c) FROM \(quotedTable) WHERE \(c) IS NOT NULL ORDER BY \(c)") {
                        text($0, 0) ?? ""
                    }
                    guard stored == values else { fail("column \(column.name): distinct values \(values), the table has \(stored)") }
                }
            } else if distinct <= ColumnInfo.lowCardinalityLimit && column.type != .integer && column.type != .float && column.type != .boolean {
                // Texts are collected as written; only a long one ends the collection early.
                let longest = query(database, "SELECT coalesce(max(length(CAST(\(c) AS BLOB))), 0) FROM \(quotedTable)") { $0.int(0) }[0]
                guard longest > 1024 else {
                    fail("column \(column.name): no distinct values reported, but only \(distinct) of at most \(longest) bytes")
                }
            }
        }
    }

    /// The preview's rows against the description and the stored text columns.
    static func checkPreview(_ result: IngestResult, path: String, database: SQLiteDatabase) {
        guard let dialect = result.csvDialect else { return }
        let table = result.table
        let rows: [[String]]
        do {
            rows = try CSVPreviewReader.rows(path: path, dialect: dialect, rowOffsets: result.rowOffsets, offset: 0, limit: table.rowCount + 1)
        } catch {
            fail("the preview of a file that loaded failed: \(error)")
        }
        guard rows.count == table.rowCount, rows.allSatisfy({ $0.count == table.columns.count }) else {
            fail("preview: \(rows.count) rows of \(Set(rows.map(\.count))) fields, the table has \(table.rowCount) of \(table.columns.count)")
        }
        // The last page alone, read from the nearest row offset.
        if table.rowCount > 0 {
            let last: [[String]]
            do {
                last = try CSVPreviewReader.rows(path: path, dialect: dialect, rowOffsets: result.rowOffsets, offset: table.rowCount - 1, limit: 5)
            } catch {
                fail("the preview of the last row failed: \(error)")
            }
            guard last == [rows[table.rowCount - 1]] else {
                fail("the last row alone reads \(last), in the full preview \(rows[table.rowCount - 1])")
            }
        }
        let textColumns = table.columns.enumerated().filter { [.string, .date, .datetime].contains($0.element.type) }
        guard !textColumns.isEmpty else { return }
        let list = textColumns.map { quoteIdentifier($0.element.name) }.joined(separator: ", ")
        let stored = query(database, "SELECT \(list) FROM \(quoteIdentifier(tableName)) ORDER BY rowid") { row in
            (0..<Int32(textColumns.count)).map { text(row, $0) }
        }
        for (r, storedRow) in stored.enumerated() {
            for (k, (index, column)) in textColumns.enumerated() {
                let previewed = rows[r][index]
                guard storedRow[k] == (previewed.isEmpty ? nil : previewed) else {
                    fail("row \(r) column \(column.name): preview \(previewed.debugDescription), stored \(String(describing: storedRow[k]))")
                }
            }
        }
    }

    /// A text value with all its bytes (`SQLiteStatement.string` stops at a NUL, which a CSV
    /// field may hold); nil for NULL.
    static func text(_ row: SQLiteStatement, _ column: Int32) -> String? {
        row.isNull(column) ? nil : row.withUTF8(column) { String(decoding: $0, as: UTF8.self) }
    }

    static func query<T>(_ database: SQLiteDatabase, _ sql: String, row: (SQLiteStatement) throws -> T) -> [T] {
        do {
            return try database.query(sql, row: row)
        } catch {
            fail("check query failed: \(sql): \(error)")
        }
    }
}
