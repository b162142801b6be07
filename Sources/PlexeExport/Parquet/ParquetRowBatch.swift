import PlexeFoundation

/// A block of consecutive rows read from SQLite, held column by column as the values the
/// Parquet writers take, so that reading the next block and encoding this one can run on
/// different threads (see `ParquetTableWriter`).
///
/// The values are checked and converted here, on the reading thread, exactly as the storage
/// convention of `ColumnType` says: a value in another storage class is reported with its
/// row, before anything of that row is encoded.
final class ParquetRowBatch: @unchecked Sendable {
    /// One column's values in the batch. Non-null values only, in row order; `isNull` says
    /// which rows have none.
    struct Column {
        var isNull: [Bool] = []
        /// integer, boolean (0 / 1), date (days since 1970-01-01), datetime (µs since 1970).
        var integers: [Int64] = []
        var doubles: [Double] = []
        /// Strings, back to back; `ends[i]` is where the i-th one ends.
        var bytes: [UInt8] = []
        var ends: [Int] = []

        mutating func removeAll() {
            isNull.removeAll(keepingCapacity: true)
            integers.removeAll(keepingCapacity: true)
            doubles.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }
    }

    let types: [ColumnType]
    private(set) var columns: [Column]
    private(set) var count = 0

    init(types: [ColumnType]) {
        self.types = types
        columns = Array(repeating: Column(), count: types.count)
    }

    /// Replaces the batch with up to `limit` rows from `scan`; leaves it empty at the end.
    func fill(from scan: inout TableScan, limit: Int) throws {
        // Worked on as a local array: the class's stored property would have every append
        // checked for exclusive access at run time.
        var columns: [Column] = []
        swap(&columns, &self.columns)
        defer { swap(&columns, &self.columns) }
        for index in columns.indices { columns[index].removeAll() }
        count = 0
        let statement = scan.statement
        let columnCount = Int32(types.count)
        while count < limit, try scan.next() {
            for index in 0..<columnCount {
                let column = Int(index)
                let storage = statement.columnStorageType(index)
                if storage == TableScan.Storage.null {
                    columns[column].isNull.append(true)
                    continue
                }
                columns[column].isNull.append(false)
                // Each type has one storage class (see `ColumnType`); column affinity already
                // turned anything numeric into it, so a value in another class (text left in
                // an INTEGER column) has no typed meaning and is reported rather than guessed.
                switch types[column] {
                case .integer:
                    guard storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    columns[column].integers.append(statement.int64(index))
                case .float:
                    guard storage == TableScan.Storage.float || storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    columns[column].doubles.append(statement.double(index))
                case .boolean:
                    guard storage == TableScan.Storage.integer else { throw scan.mismatch(index) }
                    columns[column].integers.append(statement.int64(index) != 0 ? 1 : 0)
                case .date:
                    guard storage == TableScan.Storage.text, let days = TemporalText.days(scan.text(index)) else { throw scan.mismatch(index) }
                    columns[column].integers.append(Int64(days))
                case .datetime:
                    guard storage == TableScan.Storage.text, let micros = TemporalText.microseconds(scan.text(index)) else {
                        throw scan.mismatch(index)
                    }
                    columns[column].integers.append(micros)
                case .string:
                    columns[column].bytes.append(contentsOf: scan.text(index))
                    columns[column].ends.append(columns[column].bytes.count)
                }
            }
            count += 1
        }
    }

    /// Appends column `column` of every row of the batch to `writer`.
    func append(column: Int, to writer: inout ParquetColumnWriter) throws {
        let values = columns[column]
        var next = 0  // the next non-null value
        switch types[column] {
        case .integer, .datetime:
            for isNull in values.isNull {
                if isNull {
                    try writer.appendNull()
                    continue
                }
                try writer.append(int64: values.integers[next])
                next += 1
            }
        case .date:
            for isNull in values.isNull {
                if isNull {
                    try writer.appendNull()
                    continue
                }
                try writer.append(int32: Int32(truncatingIfNeeded: values.integers[next]))
                next += 1
            }
        case .boolean:
            for isNull in values.isNull {
                if isNull {
                    try writer.appendNull()
                    continue
                }
                try writer.append(bool: values.integers[next] != 0)
                next += 1
            }
        case .float:
            for isNull in values.isNull {
                if isNull {
                    try writer.appendNull()
                    continue
                }
                try writer.append(double: values.doubles[next])
                next += 1
            }
        case .string:
            try values.bytes.withUnsafeBytes { bytes in
                var start = 0
                for isNull in values.isNull {
                    if isNull {
                        try writer.appendNull()
                        continue
                    }
                    let end = values.ends[next]
                    try writer.append(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                    start = end
                    next += 1
                }
            }
        }
    }
}
