import PlexeFoundation

/// The computation behind `POST /data/analyze`: profiles one table of an upload's database.
///
/// The table is read with a single `SELECT` of all its columns (see `TableScanner`); what
/// needs the whole column (quantiles, distinct counts, correlations, histograms) is finished
/// from compact arrays afterwards. `comprehensive` adds one fingerprint per row for the
/// duplicate count. Measured on the generator's million-row, twelve-column customers table
/// (2 shared cores): comprehensive 0.64–1.1 s, ~1.3 s of CPU, ~135 MB above the process's
/// baseline; basic ~0.65 s, ~60 MB.
public enum DatasetAnalyzer {
    /// Correlations weaker than this are computed (for insights) but not reported.
    public static let reportedCorrelationFloor = 0.1
    /// At most this many correlations are reported, strongest first.
    public static let reportedCorrelationLimit = 20
    /// At most this many histograms and this many category bar charts per file.
    public static let chartLimitPerKind = 20

    /// Analyses `table` as stored in `database` (the upload's data database, typed by
    /// `ColumnType`'s storage convention).
    ///
    /// - Parameter progress: called with a fraction in 0…1 as the work advances (about every
    ///   65,000 rows while reading, then per phase), possibly from a worker thread: a large
    ///   table stored in a file is read on up to four cores at once (see `TableScanner`).
    /// - Throws: `AnalysisError.unreadableTable` when the table or one of its columns cannot
    ///   be read.
    public static func analyze(
        table: DatasetTable, in database: SQLiteDatabase, depth: AnalysisDepth,
        progress: @Sendable (Double) -> Void
    ) throws -> FileAnalysis {
        try analyze(
            table: table, in: database, depth: depth, maxParts: TableScanner.defaultParts,
            rowThreshold: TableScanner.parallelRowThreshold, progress: progress)
    }

    /// `analyze` with the scan's parallelism exposed, so tests can hold a partitioned read
    /// to the result of a sequential one.
    static func analyze(
        table: DatasetTable, in database: SQLiteDatabase, depth: AnalysisDepth, maxParts: Int,
        rowThreshold: Int, progress: @Sendable (Double) -> Void
    ) throws -> FileAnalysis {
        progress(0)
        do {
            var scan = try TableScanner.scan(
                table: table, in: database, depth: depth, maxParts: maxParts,
                rowThreshold: rowThreshold
            ) { progress(0.8 * $0) }
            progress(0.8)
            let profiled = ColumnProfiler.profile(&scan, depth: depth)
            progress(0.88)
            var analysis = FileAnalysis(
                filename: table.filename, tableName: table.tableName, depth: depth,
                rowCount: scan.rowCount, columns: profiled.profiles)
            guard depth == .comprehensive else {
                progress(1)
                return analysis
            }

            let correlations = CorrelationCalculator.correlations(profiled.series)
            progress(0.93)
            let duplicates = try DuplicateRowCounter.count(scan: scan, table: table, database: database)
            progress(0.97)
            let concentrations = InsightRules.concentrations(in: scan.columns, booleanColumns: scan.booleanColumns)
            analysis.duplicateRowCount = duplicates
            analysis.correlations = Array(
                correlations
                    .filter { abs($0.coefficient) >= reportedCorrelationFloor }
                    .enumerated()
                    .sorted { a, b in
                        abs(a.element.coefficient) != abs(b.element.coefficient)
                            ? abs(a.element.coefficient) > abs(b.element.coefficient) : a.offset < b.offset
                    }
                    .prefix(reportedCorrelationLimit)
                    .map(\.element))
            analysis.insights = InsightRules.insights(
                .init(
                    rowCount: scan.rowCount, profiles: profiled.profiles,
                    concentrations: concentrations, correlations: correlations,
                    duplicateRows: duplicates))
            analysis.visualizations = visualizations(scan: scan, profiled: profiled, insights: analysis.insights)
            progress(1)
            return analysis
        } catch let error as SQLiteError {
            throw AnalysisError.unreadableTable(filename: table.filename, table: table.tableName, underlying: error)
        }
    }

    /// The upload-level recommendations the reference lists beside `files`, following from
    /// the insights of every `comprehensive` analysis (most important first). With several
    /// files, each message names the file its column belongs to.
    public static func recommendations(for analyses: [FileAnalysis]) -> [Recommendation] {
        RecommendationRules.recommendations(for: analyses)
    }

    /// Histograms of numeric columns, bar charts of categorical ones (not constants), then
    /// the minority rate of the likeliest boolean target across the categorical column that
    /// predicts it best (Cramér's V).
    static func visualizations(scan: TableScan, profiled: ColumnProfiler.Result, insights: [Insight]) -> [ChartSpec] {
        var charts = profiled.profiles.indices.compactMap { profiled.histograms[$0] }.prefix(chartLimitPerKind).map { $0 }
        charts += profiled.profiles.compactMap { profile -> ChartSpec? in
            guard let counts = profile.categoryCounts, counts.distinctCount >= 2 else { return nil }
            return CategoryCharts.frequencies(column: profile.name, counts: counts)
        }.prefix(chartLimitPerKind)

        // The target: the most imbalanced boolean, else the only boolean with two classes.
        var target: (column: String, minority: String)?
        var lowest = Double.infinity
        for case .imbalance(let column, let type, let minority, let share, _, _) in insights.map(\.finding) where type == .boolean && share < lowest {
            target = (column, minority)
            lowest = share
        }
        if target == nil {
            let booleans = profiled.profiles.filter { $0.type == .boolean && $0.distinctCount == 2 }
            if booleans.count == 1, let counts = booleans[0].categoryCounts, let minority = counts.top.last {
                target = (booleans[0].name, minority.value)
            }
        }
        guard let target, let targetIndex = scan.columns.firstIndex(where: { $0.name == target.column }),
            let slot = scan.columns[targetIndex].booleanSlot
        else { return charts }

        var best: (association: Double, column: String, groups: [CategoryCharts.Group])?
        for column in scan.columns where column.type == .string && column.name != target.column {
            guard let tracker = column.tracker, tracker.distinctCount >= 2 else { continue }
            let width = column.booleanSlotCount * 2
            let values = tracker.entries
            let groups = values.indices.map { entry in
                CategoryCharts.Group(
                    value: values[entry].value,
                    trueCount: column.crossTab[entry * width + slot * 2 + 1],
                    falseCount: column.crossTab[entry * width + slot * 2])
            }
            let association = CategoryCharts.association(groups)
            if association > 0, best == nil || association > best!.association {
                best = (association, column.name, groups)
            }
        }
        if let best {
            charts.append(
                CategoryCharts.targetRate(
                    target: target.column, targetValue: target.minority == "true",
                    column: best.column, groups: best.groups))
        }
        return charts
    }
}
