import CSQLite3
import Dispatch
import Foundation
import PlexeFoundation

/// Everything the pass over a table produced.
struct TableScan {
    var rowCount: Int
    var columns: [ColumnAccumulator]
    /// Column index of each boolean slot.
    var booleanColumns: [Int]
    /// One fingerprint per row, in scan order (comprehensive).
    var fingerprints: [UInt64]
    /// The rowid of each fingerprinted row, to re-read candidates.
    var rowIDs: [Int64]
    /// How to address a row again (`rowid`, or an unshadowed alias); nil when the table has
    /// no usable rowid and duplicates must be counted in SQL.
    var rowIDName: String?

    /// Appends a later part of the same table.
    mutating func merge(_ other: TableScan) {
        rowCount += other.rowCount
        for i in columns.indices { columns[i].merge(other.columns[i]) }
        fingerprints.append(contentsOf: other.fingerprints)
        rowIDs.append(contentsOf: other.rowIDs)
    }
}

/// Reads a table in one pass, one `SELECT` of all its columns, and feeds every value to its
/// column's accumulator.
///
/// One pass is the whole point: on a million-row table each extra `SELECT` or `GROUP BY`
/// costs a large part of a second (a `SELECT DISTINCT` over all columns alone takes ~2 s).
/// What cannot be finished during the pass (sorting for quantiles, distinct counting past 50
/// values) is kept as compact arrays and finished afterwards.
///
/// Decoding SQLite records is most of the cost, so a large table stored in a file is read
/// as contiguous rowid ranges on several cores at once, each range through its own read-only
/// connection, and the parts are merged in rowid order: the result is exactly that of one
/// sequential pass (a test holds it to that).
enum TableScanner {
    /// Below this many rows a second connection costs more than it saves.
    static let parallelRowThreshold = 100_000

    static func scan(
        table: DatasetTable, in database: SQLiteDatabase, depth: AnalysisDepth,
        maxParts: Int = defaultParts, rowThreshold: Int = parallelRowThreshold,
        progress: @Sendable (Double) -> Void
    ) throws -> TableScan {
        let alias = table.rowidAlias
        let parts =
            maxParts > 1 && table.rowCount >= rowThreshold
            ? partitions(table: table, database: database, alias: alias, count: maxParts) : []
        guard parts.count > 1, let alias else {
            return try scanSequentially(table: table, in: database, depth: depth, alias: alias, progress: progress)
        }

        // Every connection opened and every statement prepared before any work starts: a
        // table the other connections cannot see (a TEMP table, say) is read sequentially.
        var statements: [SQLiteStatement] = []
        let partSQL = selectSQL(table: table, alias: alias) + " WHERE \(alias) >= ?1"
        for (index, part) in parts.enumerated() {
            let sql = partSQL + (part.last == nil ? "" : " AND \(alias) <= ?2")
            guard let connection = index == 0 ? database : try? SQLiteDatabase(path: database.path, options: .init(readOnly: true, create: false)),
                let select = try? connection.prepare(sql)
            else {
                return try scanSequentially(table: table, in: database, depth: depth, alias: alias, progress: progress)
            }
            select.bind(int64: part.first, at: 1)
            if let last = part.last { select.bind(int64: last, at: 2) }
            statements.append(select)
        }
        let prepared = statements
        let results = ConcurrentSlots<Result<TableScan, any Error>>(count: parts.count)
        let totalRows = table.rowCount
        DispatchQueue.concurrentPerform(iterations: parts.count) { (index: Int) -> Void in
            // The first part reports for all: the parts advance at about the same pace.
            let report: (Double) -> Void = index == 0 ? { progress($0) } : { _ in }
            let result: Result<TableScan, any Error>
            do {
                result = .success(
                    try scanRows(
                        of: prepared[index], table: table, depth: depth, readsRowID: true, rowIDName: alias,
                        expectedRows: Int(Double(totalRows) * parts[index].share), progress: report))
            } catch {
                result = .failure(error)
            }
            results.store(index, result)
        }
        var scan = try results.take(0)!.get()
        for index in 1..<parts.count { scan.merge(try results.take(index)!.get()) }
        return scan
    }

    static var defaultParts: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    private static func scanSequentially(
        table: DatasetTable, in database: SQLiteDatabase, depth: AnalysisDepth,
        alias: String?, progress: (Double) -> Void
    ) throws -> TableScan {
        // The rowid comes along when duplicates may need re-reading by it; a view or a
        // WITHOUT ROWID table has none.
        if depth == .comprehensive, let alias, let select = try? database.prepare(selectSQL(table: table, alias: alias)) {
            return try scanRows(
                of: select, table: table, depth: depth, readsRowID: true, rowIDName: alias,
                expectedRows: table.rowCount, progress: progress)
        }
        let select = try database.prepare(selectSQL(table: table, alias: nil))
        return try scanRows(
            of: select, table: table, depth: depth, readsRowID: false, rowIDName: nil,
            expectedRows: table.rowCount, progress: progress)
    }

    private static func selectSQL(table: DatasetTable, alias: String?) -> String {
        let columns = (alias.map { [$0] } ?? []) + qualifiedColumns(table)
        return "SELECT " + (columns.isEmpty ? "1" : columns.joined(separator: ", ")) + " FROM " + quoteIdentifier(table.tableName)
    }

    /// `"customers"."age"`, …: qualified, because SQLite reads an unknown double-quoted
    /// identifier as a string literal, and a column missing from the table would otherwise
    /// be analysed as a constant instead of failing.
    static func qualifiedColumns(_ table: DatasetTable) -> [String] {
        let prefix = quoteIdentifier(table.tableName) + "."
        return table.columns.map { prefix + quoteIdentifier($0.name) }
    }

    /// A rowid range: `first...last` (`last` nil: to the end) and its share of the rowid span.
    struct Partition: Sendable {
        var first: Int64
        var last: Int64?
        var share: Double
    }

    /// Equal rowid spans; empty when the table has no rowid or too narrow a span.
    static func partitions(table: DatasetTable, database: SQLiteDatabase, alias: String?, count: Int) -> [Partition] {
        guard let alias, !database.path.isEmpty, !database.path.contains(":memory:"), !database.path.contains("mode=memory"),
            let bounds = try? database.queryFirst(
                "SELECT min(\(alias)), max(\(alias)) FROM \(quoteIdentifier(table.tableName))",
                row: { ($0.optionalInt64(0), $0.optionalInt64(1)) }),
            let low = bounds.0, let high = bounds.1, high > low, high - low >= Int64(count) * 1000
        else { return [] }
        let span = Double(high - low) + 1
        let step = (high - low) / Int64(count) + 1
        return (0..<count).map { i in
            let first = low + Int64(i) * step
            let last = i == count - 1 ? nil : first + step - 1
            let width = Double(((last ?? high) - first) + 1)
            return Partition(first: first, last: last, share: max(0, width) / span)
        }
    }

    /// The hot loop: steps `select` (columns in table order, after the rowid when
    /// `readsRowID`) and accumulates every value.
    private static func scanRows(
        of select: SQLiteStatement, table: DatasetTable, depth: AnalysisDepth, readsRowID: Bool,
        rowIDName: String?, expectedRows: Int, progress: (Double) -> Void
    ) throws -> TableScan {
        let fingerprinting = depth == .comprehensive
        let offset: Int32 = readsRowID ? 1 : 0
        let expectedRows = max(expectedRows, 0)
        let booleanColumns = table.columns.indices.filter { table.columns[$0].type == .boolean }
        var slotOf = [Int?](repeating: nil, count: table.columns.count)
        for (slot, column) in booleanColumns.enumerated() { slotOf[column] = slot }
        var columns = table.columns.enumerated().map { index, info in
            ColumnAccumulator(
                name: info.name, type: info.type, booleanSlot: slotOf[index],
                booleanSlotCount: booleanColumns.count, depth: depth, expectedRows: expectedRows)
        }
        let types = table.columns.map(\.type)
        var classes = [Int8](repeating: -1, count: booleanColumns.count)
        var fingerprints: [UInt64] = []
        var rowIDs: [Int64] = []
        if fingerprinting {
            fingerprints.reserveCapacity(expectedRows)
            if readsRowID { rowIDs.reserveCapacity(expectedRows) }
        }
        let progressDenominator = Double(max(expectedRows, 1))
        var rowCount = 0

        // The C API directly, one `sqlite3_column_value` per value: the `sqlite3_column_*`
        // accessors each take the connection's API lock, the `sqlite3_value_*` ones on the
        // value it returns do not, and the text bytes are hashed where SQLite keeps them.
        let handle = select.handle
        try columns.withUnsafeMutableBufferPointer { accumulators in
            try classes.withUnsafeMutableBufferPointer { classes in
                while try select.step() {
                    // The boolean classes of this row first: NULLs and category counts of
                    // every other column are tallied by them.
                    for (slot, column) in booleanColumns.enumerated() {
                        let index = Int32(column) + offset
                        let value = sqlite3_column_value(handle, index)
                        classes[slot] = sqlite3_value_type(value) == SQLITE_NULL ? -1 : (sqlite3_value_int64(value) != 0 ? 1 : 0)
                    }
                    var fingerprint = RowFingerprint()
                    for column in 0..<accumulators.count {
                        let index = Int32(column) + offset
                        if types[column] == .boolean {
                            // Read above, with the classes.
                            let slot = accumulators[column].booleanSlot!
                            if classes[slot] < 0 {
                                accumulators[column].recordMissing(classes: classes)
                                if fingerprinting { fingerprint.add(RowFingerprint.nullToken) }
                            } else {
                                accumulators[column].record(boolean: classes[slot] == 1)
                                if fingerprinting { fingerprint.add(ByteHash.word(UInt64(classes[slot]), salt: RowFingerprint.integerSalt)) }
                            }
                            continue
                        }
                        let value = sqlite3_column_value(handle, index)
                        if sqlite3_value_type(value) == SQLITE_NULL {
                            accumulators[column].recordMissing(classes: classes)
                            if fingerprinting { fingerprint.add(RowFingerprint.nullToken) }
                            continue
                        }
                        switch types[column] {
                        case .integer:
                            let number = sqlite3_value_int64(value)
                            accumulators[column].record(integer: number)
                            if fingerprinting { fingerprint.add(ByteHash.word(UInt64(bitPattern: number), salt: RowFingerprint.integerSalt)) }
                        case .float:
                            let number = sqlite3_value_double(value)
                            accumulators[column].record(real: number)
                            // 0.0 and -0.0 are the same value to SQL; hash them alike.
                            if fingerprinting { fingerprint.add(ByteHash.word(number == 0 ? 0 : number.bitPattern, salt: RowFingerprint.realSalt)) }
                        case .boolean:
                            break  // handled above
                        case .date, .datetime:
                            guard fingerprinting else { continue }  // basic: only NULLs are counted
                            let bytes = text(value)
                            let day = types[column] == .date ? CalendarDay.dayNumber(bytes).map(Double.init) : CalendarDay.fractionalDay(bytes)
                            accumulators[column].record(day: day)
                            // Equal text gives an equal day, so the day may stand for the text;
                            // anything unreadable is hashed as it is.
                            fingerprint.add(day.map { ByteHash.word($0.bitPattern, salt: RowFingerprint.daySalt) } ?? ByteHash.bytes(bytes))
                        case .string:
                            // basic: a column past 50 values has nothing more to tell.
                            if !fingerprinting, accumulators[column].tracker == nil { continue }
                            let bytes = text(value)
                            let hash = ByteHash.bytes(bytes)
                            accumulators[column].record(text: bytes, hash: hash, classes: classes)
                            if fingerprinting { fingerprint.add(hash) }
                        }
                    }
                    if fingerprinting {
                        fingerprints.append(fingerprint.value)
                        if readsRowID { rowIDs.append(sqlite3_column_int64(handle, 0)) }
                    }
                    rowCount += 1
                    if rowCount & 0xFFFF == 0 { progress(min(1, Double(rowCount) / progressDenominator)) }
                }
            }
        }
        return TableScan(
            rowCount: rowCount, columns: columns, booleanColumns: booleanColumns,
            fingerprints: fingerprints, rowIDs: rowIDs, rowIDName: readsRowID ? rowIDName : nil)
    }
}

/// The UTF-8 bytes of a value as text, valid until the statement steps again (no copy).
@inline(__always)
private func text(_ value: OpaquePointer?) -> UnsafeRawBufferPointer {
    let pointer = sqlite3_value_text(value)
    return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_value_bytes(value)))
}
