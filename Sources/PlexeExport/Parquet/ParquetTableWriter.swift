import Foundation
import PlexeFoundation

/// Writes a table as an Apache Parquet file with our own encoder.
///
/// Why hand-written: there is no Parquet writer for Swift, and the allowed dependencies are
/// Foundation and system libraries (zlib among them). The subset needed for a flat table is
/// small and fully specified by apache/parquet-format (parquet.thrift, Encodings.md):
///
///     "PAR1" · row group* · FileMetaData (Thrift compact) · footer length (u32 LE) · "PAR1"
///
/// Each row group holds one column chunk per column, each chunk an optional dictionary page
/// and v1 data pages (see `ParquetColumnWriter`). Types follow the contract: integer INT64,
/// float DOUBLE, boolean BOOLEAN, date INT32 DATE, datetime INT64 TIMESTAMP(MICROS, UTC),
/// string BYTE_ARRAY STRING, all OPTIONAL; see `ParquetMetadata.ColumnSchema`.
///
/// Memory stays bounded whatever the table's size: rows stream from SQLite into the column
/// writers, a row group (≤ `rowGroupRows` rows, ≤ ~`rowGroupBytes` encoded) is buffered
/// compressed and written out as soon as it is complete (its buffers are then reused), and
/// dictionaries share a fixed budget; only the footer's small per-chunk metadata grows with
/// the table.
struct ParquetTableWriter {
    static let magic: [UInt8] = Array("PAR1".utf8)
    static let createdBy = "plexe-data"

    let options: ExportOptions

    /// All columns' dictionaries together may hold this much; a wide table gives each column
    /// a smaller share, so that memory does not grow with the column count either (a full
    /// dictionary of 8-byte values has a hash table of up to 8× its size next to it).
    static let dictionaryBudget = 16 << 20

    /// One column's dictionary limit: the option, capped by its share of the budget, but not
    /// below 64 KiB (low-cardinality columns, the ones dictionaries are for, need little).
    static func dictionaryShare(_ limit: Int, columns: Int) -> Int {
        guard limit > 0 else { return 0 }
        return min(limit, max(64 << 10, dictionaryBudget / max(1, columns)))
    }

    func write(_ scan: inout TableScan, to file: OutputFile) throws {
        let compressor = try PageCompressor(options.parquetCompression)
        let schema = scan.table.columns.map { ParquetMetadata.ColumnSchema(name: $0.name, columnType: $0.type) }
        let dictionaryPageBytes = ParquetTableWriter.dictionaryShare(options.dictionaryPageBytes, columns: schema.count)
        var writers = zip(schema, scan.table.columns).map { schema, column in
            ParquetColumnWriter(schema: schema, valuesRepeat: !column.unique, dictionaryPageBytes: dictionaryPageBytes,
                                options: options, compressor: compressor)
        }
        let types = scan.table.columns.map(\.type)
        let statement = scan.statement
        let columnCount = Int32(writers.count)

        try file.write(ParquetTableWriter.magic)
        var rowGroups: [ParquetMetadata.RowGroup] = []
        var rowsInGroup = 0
        var totalRows: Int64 = 0

        func finishRowGroup() throws {
            let fileOffset = file.position
            var chunks: [ParquetMetadata.ColumnChunk] = []
            for index in writers.indices { chunks.append(try writers[index].writeChunk(to: file)) }
            rowGroups.append(ParquetMetadata.RowGroup(columns: chunks, rowCount: Int64(rowsInGroup),
                                                      fileOffset: fileOffset, ordinal: rowGroups.count))
            totalRows += Int64(rowsInGroup)
            rowsInGroup = 0
        }

        // Each type has one storage class (see `ColumnType`); column affinity already turned
        // anything numeric into it, so a value in another class (text left in an INTEGER
        // column) has no typed meaning and is reported rather than guessed at.
        while try scan.next() {
            for index in 0..<columnCount {
                let column = Int(index)
                let storage = statement.columnStorageType(index)
                if storage == TableScan.Storage.null {
                    try writers[column].appendNull()
                    continue
                }
                switch types[column] {
                case .integer:
                    guard storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    try writers[column].append(int64: statement.int64(index))
                case .float:
                    guard storage == TableScan.Storage.float || storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    try writers[column].append(double: statement.double(index))
                case .boolean:
                    guard storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    try writers[column].append(bool: statement.int64(index) != 0)
                case .date:
                    guard storage == TableScan.Storage.text,
                          let days = TemporalText.days(scan.text(index)) else { throw scan.mismatch(index) }
                    try writers[column].append(int32: days)
                case .datetime:
                    guard storage == TableScan.Storage.text,
                          let micros = TemporalText.microseconds(scan.text(index)) else { throw scan.mismatch(index) }
                    try writers[column].append(int64: micros)
                case .string:
                    try writers[column].append(bytes: scan.text(index))
                }
            }
            rowsInGroup += 1
            if rowsInGroup >= options.rowGroupRows
                || (rowsInGroup & 63 == 0 && writers.reduce(0, { $0 + $1.bufferedBytes }) >= options.rowGroupBytes) {
                try finishRowGroup()
            }
        }
        if rowsInGroup > 0 { try finishRowGroup() }

        let footer = ParquetMetadata.fileMetadata(schema: schema, rowGroups: rowGroups, rowCount: totalRows,
                                                  createdBy: ParquetTableWriter.createdBy)
        try file.write(footer)
        try withUnsafeBytes(of: UInt32(footer.count).littleEndian) { try file.write($0) }
        try file.write(ParquetTableWriter.magic)
    }
}
