import PlexeFoundation

/// Parquet → table, in the same two passes as CSV and JSON (see `LoadPass`), with the column
/// types taken from the file's schema (see `ParquetValueRenderer` for the mapping).
///
/// Flat schemas only (one leaf per column, no lists, maps or structs); every row group is read.
/// Pass 1 reads the file a column chunk at a time (null counts, distinct values, uniqueness);
/// pass 2 reads all of a row group's columns side by side, a slice of rows at a time, and hands
/// the rows to the cell writer. Memory is one page and one dictionary per column (plus the
/// slices), however many rows the file has.
enum ParquetIngestor {
    /// Rows decoded per column at a time.
    static let sliceRows = 1024

    /// `pageMemoryLimit`: what the page buffers of one pass may hold at once (tests bring a
    /// file of many columns near it without writing a gigabyte).
    static func ingest(
        path: String, filename: String, tableName: String, into database: SQLiteDatabase,
        budget: MemoryBudget, pageMemoryLimit: Int = ParquetPageBudget.defaultLimit,
        progress: ProgressReporter
    ) throws -> IngestResult {
        let file = try ParquetFile(path: path)
        let metadata = try file.metadata()
        guard !metadata.columns.isEmpty else { throw IngestError(line: 0, message: "the Parquet file has no columns") }
        try TableLoader.checkColumnCount(metadata.columns.count, database: database, line: 0)
        guard metadata.rowCount <= Int64(Int.max / 2) else { throw ParquetFileMetadata.damaged("its row count is impossible") }
        let rowCount = Int(metadata.rowCount)

        var namer = ColumnNamer()
        var profiles: [ColumnProfile] = []
        for column in metadata.columns {
            try ColumnNamer.check(column.name, line: 0)
            profiles.append(ColumnProfile(name: namer.add(column.name), budget: budget))
        }
        // Renderers first: a column of a type that cannot be loaded fails before any reading.
        let renderers = try metadata.columns.map(ParquetValueRenderer.init)
        budget.expectedRows = rowCount

        // Pass 1: profile, a column chunk at a time.
        let totalBytes = metadata.rowGroups.reduce(Int64(0)) { $0 + $1.columns.reduce(0) { $0 + $1.compressedSize } }
        var bytesRead: Int64 = 0
        let decompressor = ParquetPageDecompressor()
        let pageBudget = ParquetPageBudget(limit: pageMemoryLimit)
        let slice = ValueTextBatch(values: sliceRows)
        for group in metadata.rowGroups where group.rowCount > 0 {
            for (c, chunk) in group.columns.enumerated() {
                let reader = try ParquetColumnReader(file: file, chunk: chunk, renderer: renderers[c], decompressor: decompressor, budget: pageBudget)
                var left = Int(group.rowCount)
                while left > 0 {
                    let n = min(left, sliceRows)
                    slice.removeAll()
                    try reader.read(n, into: slice)
                    if profiles[c].values.needsValues {
                        for i in 0..<n {
                            if let value = slice.value(i), value.count > 0 {
                                profiles[c].values.observe(value)
                            } else {
                                profiles[c].types.nullCount += 1
                            }
                        }
                    } else {
                        for i in 0..<n where slice.value(i)?.count ?? 0 == 0 { profiles[c].types.nullCount += 1 }
                    }
                    left -= n
                }
                bytesRead += chunk.compressedSize
                progress.profiling(bytesRead, of: totalBytes)
            }
        }

        // Pass 2: load, rows assembled from every column's slice.
        let types = renderers.map(\.columnType)
        let columns = try LoadPass.run(
            database: database, tableName: tableName, rowCount: rowCount, profiles: profiles,
            declaredTypes: types
        ) { writer, channel in
            let file = try ParquetFile(path: path)
            let decompressors = metadata.columns.map { _ in ParquetPageDecompressor() }
            let pageBudget = ParquetPageBudget(limit: pageMemoryLimit)
            let slices = metadata.columns.map { _ in ValueTextBatch(values: sliceRows) }
            let columnCount = metadata.columns.count
            var rowsLoaded = 0
            guard var batch = channel.takeEmpty() else { return }
            for group in metadata.rowGroups where group.rowCount > 0 {
                let readers = try group.columns.enumerated().map { c, chunk in
                    try ParquetColumnReader(
                        file: file, chunk: chunk, renderer: ParquetValueRenderer(column: metadata.columns[c]),
                        decompressor: decompressors[c], budget: pageBudget)
                }
                var left = Int(group.rowCount)
                while left > 0 {
                    let n = min(left, sliceRows)
                    for c in 0..<columnCount {
                        slices[c].removeAll()
                        try readers[c].read(n, into: slices[c])
                    }
                    for row in 0..<n {
                        for c in 0..<columnCount {
                            try writer.append(slices[c].value(row), column: c, to: batch)
                        }
                        batch.endRow()
                        if batch.isFull {
                            channel.send(batch)
                            guard let next = channel.takeEmpty() else { return }
                            batch = next
                        }
                    }
                    left -= n
                    rowsLoaded += n
                    progress.loading(Int64(rowsLoaded), of: Int64(max(1, rowCount)))
                }
            }
            channel.send(batch)
        }
        progress.finished()

        var warnings: [IngestWarning] = []
        let nonFinite = renderers.filter { $0.nonFiniteCount > 0 }
        if !nonFinite.isEmpty {
            let count = nonFinite.reduce(0) { $0 + $1.nonFiniteCount }
            let names = nonFinite.map { "'\($0.column.name)'" }.joined(separator: ", ")
            warnings.append(
                IngestWarning(
                    kind: "non_finite_numbers", count: count, firstLines: [],
                    message: "\(count) NaN or infinite value\(count == 1 ? "" : "s") in \(names) loaded as NULL (no column type holds them)"))
        }
        return IngestResult(
            format: .parquet,
            table: DatasetTable(filename: filename, tableName: tableName, rowCount: rowCount, columns: columns),
            csvDialect: nil, rowOffsets: [], encoding: nil, warnings: warnings)
    }
}
