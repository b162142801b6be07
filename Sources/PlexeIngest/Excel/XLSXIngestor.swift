import Foundation
import PlexeFoundation

/// Excel .xlsx → table: the workbook's first sheet, in the same two passes as the other formats
/// (see `LoadPass`).
///
/// Why the first sheet only: an uploaded file becomes one table everywhere else (previews,
/// exports, `table_name`), so a workbook does too; it is the sheet Excel opens on and the one
/// pandas' `read_excel` reads by default. A workbook with more sheets loads with an
/// `other_sheets` warning that names the one loaded.
///
/// The table: the first row with a value (after `skip_rows` sheet rows) is the header, unless
/// the upload says `header: false`; columns span from the leftmost to the rightmost column
/// holding a value; rows without any value are skipped. A header cell's line breaks and tabs
/// become spaces (Excel headers are often wrapped), an empty one gives `column_N`. Column types
/// come from the cells (see `XLSXSheetReader`), joined as for text: integers and floats give a
/// float column, dates and datetimes a datetime column, any other mix a string column (each
/// cell then as its text: `TRUE`, `2024-01-05`, `1.5`). Excel error cells are NULL, counted in a
/// `cell_errors` warning.
enum XLSXIngestor {
    /// One column's first-pass facts, by absolute sheet column.
    private struct ColumnStats {
        var kinds: UInt8 = 0
        var valueCount = 0
        var values: ColumnValueTracker
    }

    static func ingest(
        path: String, filename: String, tableName: String, into database: SQLiteDatabase,
        options: IngestOptions, budget: MemoryBudget, progress: ProgressReporter
    ) throws -> IngestResult {
        let archive = try ZipArchive(path: path)
        let workbook = try XLSXWorkbook.load(archive)
        let sharedStrings =
            try workbook.sharedStringsPath.map {
                try SharedStringTable.load(archive, path: $0, spillDirectory: FileIngestor.spillDirectory(for: database))
            } ?? .empty
        let skipRows = max(0, options.skipRows ?? 0)
        let hasHeader = options.header ?? true

        // Pass 1: the header, the columns' extent, kinds and values.
        let sheet = try XLSXSheetReader(archive: archive, workbook: workbook, sharedStrings: sharedStrings)
        var headerRow = 0
        var headerTexts: [Int: String] = [:]
        var stats: [ColumnStats?] = []
        var firstColumn = Int.max
        var lastColumn = -1
        var dataRows = 0
        var errorCount = 0
        var errorRows: [Int] = []
        while let row = try sheet.nextRow() {
            if row.number <= skipRows { continue }
            let wasLast = lastColumn
            let wasFirst = firstColumn
            for cell in row.cells {
                firstColumn = min(firstColumn, row.column(cell))
                lastColumn = max(lastColumn, row.column(cell))
            }
            if lastColumn != wasLast || firstColumn != wasFirst {
                try TableLoader.checkColumnCount(lastColumn - firstColumn + 1, database: database, line: row.number)
            }
            if hasHeader && headerRow == 0 {
                headerRow = row.number
                row.withCells { column, kind, text in
                    if kind != .error { headerTexts[column] = String(decoding: text, as: UTF8.self) }
                }
                continue
            }
            if lastColumn >= stats.count { stats += Array(repeating: nil, count: lastColumn + 1 - stats.count) }
            var rowHadError = false
            row.withCells { column, kind, text in
                if kind == .error {
                    errorCount += 1
                    rowHadError = true
                    return
                }
                if stats[column] == nil { stats[column] = ColumnStats(values: ColumnValueTracker(budget: budget)) }
                stats[column]!.kinds |= 1 << kind.rawValue
                stats[column]!.valueCount += 1
                stats[column]!.values.observe(text)
            }
            if rowHadError && errorRows.count < 5 { errorRows.append(row.number) }
            dataRows += 1
            if dataRows % IngestResult.rowIndexStep == 0 {
                let read = max(1, sheet.bytesRead)
                budget.expectedRows = Int(Double(dataRows) * Double(sheet.totalBytes) / Double(read))
                progress.profiling(read, of: sheet.totalBytes)
            }
        }
        guard lastColumn >= 0 else {
            throw IngestError(
                line: 0,
                message: "the sheet '\(workbook.sheetName)' has no cells with values\(skipRows > 0 ? " after the \(skipRows) skipped rows" : "")")
        }

        // The columns.
        let width = lastColumn - firstColumn + 1
        let rawNames = (firstColumn...lastColumn).map { headerName(headerTexts[$0] ?? "") }
        var namer = ColumnNamer(reserving: rawNames)
        var profiles: [ColumnProfile] = []
        var types: [ColumnType] = []
        for (offset, raw) in rawNames.enumerated() {
            try ColumnNamer.check(raw, line: headerRow)
            let column = firstColumn + offset
            let facts = column < stats.count ? stats[column] : nil
            var typeProfile = ColumnTypeProfile()
            typeProfile.nullCount = dataRows - (facts?.valueCount ?? 0)
            profiles.append(
                ColumnProfile(
                    name: namer.add(raw), types: typeProfile,
                    values: facts?.values ?? ColumnValueTracker(budget: budget)))
            types.append(columnType(kinds: facts?.kinds ?? 0))
        }
        stats = []

        // Pass 2: load.
        let leftmostColumn = firstColumn
        let columns = try LoadPass.run(
            database: database, tableName: tableName, rowCount: dataRows, profiles: profiles,
            declaredTypes: types
        ) { writer, channel in
            let archive = try ZipArchive(path: path)
            let sheet = try XLSXSheetReader(archive: archive, workbook: workbook, sharedStrings: sharedStrings)
            var cellForColumn = [Int](repeating: -1, count: width)
            var sawHeader = !hasHeader
            guard var batch = channel.takeEmpty() else { return }
            var rows = 0
            while let row = try sheet.nextRow() {
                if row.number <= skipRows { continue }
                if !sawHeader {
                    sawHeader = true
                    continue
                }
                for cell in row.cells where row.kind(cell) != .error {
                    let slot = row.column(cell) - leftmostColumn
                    guard slot >= 0, slot < width else { throw CellWriter.changedFile() }
                    cellForColumn[slot] = cell
                }
                try row.withArena { arena in
                    for slot in 0..<width {
                        let cell = cellForColumn[slot]
                        if cell < 0 {
                            try writer.append(nil, column: slot, to: batch)
                        } else {
                            let start = row.start(cell)
                            try writer.append(UnsafeRawBufferPointer(rebasing: arena[start..<(start + row.length(cell))]), column: slot, to: batch)
                            cellForColumn[slot] = -1
                        }
                    }
                }
                batch.endRow()
                rows += 1
                if batch.isFull {
                    progress.loading(sheet.bytesRead, of: sheet.totalBytes)
                    channel.send(batch)
                    guard let next = channel.takeEmpty() else { return }
                    batch = next
                }
            }
            channel.send(batch)
        }
        progress.finished()

        var warnings: [IngestWarning] = []
        if workbook.sheetNames.count > 1 {
            warnings.append(
                IngestWarning(
                    kind: "other_sheets", count: workbook.sheetNames.count - 1, firstLines: [],
                    message:
                        "the workbook has \(workbook.sheetNames.count) sheets; only the first, '\(workbook.sheetName)', was loaded (upload each sheet as a file of its own to load the others)"
                ))
        }
        if errorCount > 0 {
            warnings.append(
                IngestWarning(
                    kind: "cell_errors", count: errorCount, firstLines: errorRows,
                    message:
                        "\(errorCount) cell\(errorCount == 1 ? "" : "s") held an Excel error (#N/A, #DIV/0!…) and \(errorCount == 1 ? "was" : "were") loaded as NULL"
                ))
        }
        return IngestResult(
            format: .xlsx,
            table: DatasetTable(filename: filename, tableName: tableName, rowCount: dataRows, columns: columns),
            csvDialect: nil, rowOffsets: [], encoding: nil, warnings: warnings)
    }

    /// A header cell's text as a column name: its line breaks and tabs (a wrapped header) become
    /// spaces, since a column name must not hold control characters.
    static func headerName(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    /// The join of a column's cell kinds (as `ColumnTypeProfile` joins value classes).
    static func columnType(kinds: UInt8) -> ColumnType {
        func bit(_ kind: XLSXCellKind) -> UInt8 { 1 << kind.rawValue }
        if kinds == 0 { return .string }
        if kinds & ~(bit(.integer) | bit(.float)) == 0 { return kinds & bit(.float) != 0 ? .float : .integer }
        if kinds == bit(.boolean) { return .boolean }
        if kinds & ~(bit(.date) | bit(.datetime)) == 0 { return kinds & bit(.datetime) != 0 ? .datetime : .date }
        return .string
    }
}
