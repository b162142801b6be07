import PlexeFoundation

/// The two shapes that do not fit one flat SELECT: histogram bins for the distribution of a
/// number, and the average over entities of a per-entity count.
extension QueryPlanner {
    /// FROM … JOIN … and the WHERE terms for `conditions`, reading `from` and touching `refs`.
    func baseClause(from: Int, refs: [ColumnRef], conditions: [Meaning.Condition], meaning: Meaning) throws(TranslationError)
        -> (context: SQLContext, fromSQL: String, wheres: [String])
    {
        var rowConditions: [Meaning.Condition] = []
        var childConditions: [Int: [Meaning.Condition]] = [:]
        var related: [(Int, Comparison, Int)] = []
        for condition in conditions {
            if case .measure(.rows(let t?), let op, .integer(let n)) = condition.kind, lexicon.isAncestor(from, of: t) {
                related.append((t, op, Int(n)))
                continue
            }
            if case .measure = condition.kind {
                throw unsupported("A condition on an aggregate cannot be used here.")
            }
            let table = try conditionTable(condition)
            if table == from || lexicon.isAncestor(table, of: from) {
                rowConditions.append(condition)
            } else if lexicon.isAncestor(from, of: table) {
                childConditions[table, default: []].append(condition)
            } else {
                throw unrelated(table, from)
            }
        }
        let touched = refs + rowConditions.flatMap(refs(of:))
        var joins: [ForeignKeyLink] = []
        for ref in touched where ref.table != from {
            guard let path = lexicon.pathUp(from: from, to: ref.table) else { throw unrelated(ref.table, from) }
            for link in path where !joins.contains(link) { joins.append(link) }
        }
        var context = SQLContext(lexicon: lexicon)
        if !joins.isEmpty { context.aliases = SQLContext.aliases(for: [from] + joins.map(\.parent.table), lexicon: lexicon) }
        var fromSQL = context.table(from)
        for link in joins {
            fromSQL += " JOIN \(context.table(link.parent.table)) ON \(context.column(link.parent)) = \(context.column(link.child))"
        }
        var wheres = try rowConditions.map { c throws(TranslationError) in try conditionSQL(c, context, meaning: meaning) }
        for (table, list) in childConditions.sorted(by: { $0.key < $1.key }) where !related.contains(where: { $0.0 == table }) {
            wheres.append(try semiJoin(child: table, conditions: list, from: from, context, meaning: meaning))
        }
        for (table, op, n) in related {
            wheres.append(try relatedCountSQL(table, op, n, conditions: childConditions[table] ?? [], from: from, context, meaning: meaning))
        }
        return (context, fromSQL, wheres)
    }

    /// Two measures of the same rows as points: `SELECT x, y`, rows with both values only.
    func scatter(_ axes: Meaning.ScatterAxes, meaning m: Meaning) throws(TranslationError) -> Output {
        var m = m
        m.projections = [axes.x, axes.y]
        let from = try fromTable(m, rankColumn: nil)
        try resolveDates(&m, from: from)
        let (context, fromSQL, wheres) = try baseClause(from: from, refs: [axes.x, axes.y], conditions: m.conditions, meaning: m)
        let x = context.column(axes.x)
        let y = context.column(axes.y)
        let filters = ["\(x) IS NOT NULL", "\(y) IS NOT NULL"] + wheres
        return Output(sql: "SELECT \(x), \(y) FROM \(fromSQL) WHERE " + filters.joined(separator: " AND "), chart: .scatter)
    }

    /// A number charted over its table's time column ("plot the price index over time",
    /// "chart ACME", "graph the rainfall of Lima from 1990 to 2011"): a line with one
    /// point per date, or per year averaged (summed for amounts) when dates repeat. Nil when
    /// the table has no single time column, or nothing says the chart is over time: a trend
    /// word, one row per date, or a condition on the time column.
    func timeSeries(of ref: ColumnRef, meaning m: Meaning) throws(TranslationError) -> Output? {
        let table = ref.table
        var candidates = lexicon.dateColumns(of: table)
        if candidates.isEmpty { candidates = lexicon.tables[table].columns.filter(\.isYearNumber).map(\.ref) }
        guard candidates.count == 1, let time = candidates.first else { return nil }
        var m = m
        try resolveDates(&m, from: table)
        let unique = lexicon[time].unique
        let conditionOnTime = m.conditions.contains { condition in refs(of: condition).contains(time) }
        guard unique || conditionOnTime || m.chartHint == .trend || m.chartHint == .lineChart else { return nil }
        let (context, fromSQL, wheres) = try baseClause(from: table, refs: [time, ref], conditions: m.conditions, meaning: m)
        let x = context.column(time)
        let whereSQL = wheres.isEmpty ? "" : " WHERE " + wheres.joined(separator: " AND ")
        if unique {
            return Output(sql: "SELECT \(x), \(context.column(ref)) FROM \(fromSQL)\(whereSQL) ORDER BY \(x)", chart: .lineChart)
        }
        let measure = Meaning.Measure.aggregate(defaultAggregate(ref), ref)
        let value = try measureSQL(measure, from: table, context, numerator: [], meaning: m)
        return Output(
            sql: "SELECT \(x), \(value) AS \(measureAlias(measure, from: table)) FROM \(fromSQL)\(whereSQL) GROUP BY \(x) ORDER BY \(x)",
            chart: .lineChart)
    }

    /// The distribution of a numeric column: one bar per value for whole numbers (what a
    /// person would write for a quantity or a rating), ten equal-width bins for decimals.
    func histogram(of ref: ColumnRef, meaning m: Meaning) throws(TranslationError) -> Output {
        var m = m
        let from = ref.table
        try resolveDates(&m, from: from)
        let (context, fromSQL, wheres) = try baseClause(from: from, refs: [ref], conditions: m.conditions, meaning: m)
        let column = context.column(ref)
        let countAlias = measureAlias(.rows(table: nil), from: from)
        let kind: ChartSpec.Kind? = resultType == .visualization ? .histogram : nil
        if lexicon[ref].type == .integer {
            var sql = "SELECT \(column), COUNT(*) AS \(countAlias) FROM \(fromSQL)"
            if !wheres.isEmpty { sql += " WHERE " + wheres.joined(separator: " AND ") }
            sql += " GROUP BY \(column) ORDER BY \(column)"
            return Output(sql: sql, chart: kind)
        }
        let filter = (["\(column) IS NOT NULL"] + wheres).joined(separator: " AND ")
        let sql =
            "WITH bounds AS (SELECT MIN(\(column)) AS low, (MAX(\(column)) - MIN(\(column))) / 10.0 AS width FROM \(fromSQL) WHERE \(filter)), "
            + "binned AS (SELECT CASE WHEN width > 0 THEN MIN(CAST((\(column) - low) / width AS INTEGER), 9) ELSE 0 END AS bin FROM \(fromSQL), bounds WHERE \(filter)) "
            + "SELECT printf('%g to %g', low + bin * width, low + (bin + 1) * width) AS bin_range, COUNT(*) AS \(countAlias) "
            + "FROM binned, bounds GROUP BY bin ORDER BY bin"
        return Output(sql: sql, chart: kind)
    }

    /// "On average, how many transactions does a customer make": count per entity row (zero
    /// included, through a LEFT JOIN), then average those counts.
    func averagePerEntitySQL(inner: Meaning.Measure, entity: Int, meaning m: Meaning) throws(TranslationError) -> String {
        let counted: Int
        switch inner {
        case .rows(let t?): counted = t
        case .aggregate(_, let ref), .distinctValues(let ref): counted = ref.table
        default: throw unsupported("Cannot average that per \(lexicon.singularName(of: entity)).")
        }
        guard let path = lexicon.pathUp(from: counted, to: entity), path.count == 1,
            let link = path.first, let key = lexicon.tables[entity].keyColumn
        else {
            throw unsupported("Cannot average that per \(lexicon.singularName(of: entity)).")
        }
        var m = m
        try resolveDates(&m, from: counted)
        let context = SQLContext(lexicon: lexicon, aliases: SQLContext.aliases(for: [entity, counted], lexicon: lexicon))
        var joinExtra: [String] = []
        var wheres: [String] = []
        for condition in m.conditions {
            if case .measure(.rows(let t?), let op, .integer(let n)) = condition.kind, lexicon.isAncestor(entity, of: t) {
                wheres.append(try relatedCountSQL(t, op, Int(n), conditions: [], from: entity, context, meaning: m))
                continue
            }
            let table = try conditionTable(condition)
            if table == counted {
                joinExtra.append(try conditionSQL(condition, context, meaning: m))
            } else if table == entity {
                wheres.append(try conditionSQL(condition, context, meaning: m))
            } else if lexicon.isAncestor(entity, of: table) {
                wheres.append(try semiJoin(child: table, conditions: [condition], from: entity, context, meaning: m))
            } else {
                throw unrelated(table, entity)
            }
        }
        let countAlias = measureAlias(inner, from: counted)
        let innerMeasure: String
        if case .rows = inner {
            innerMeasure = "COUNT(\(context.column(link.child)))"
        } else {
            innerMeasure = try measureSQL(inner, from: counted, context, numerator: [], meaning: m)
        }
        var innerSQL =
            "SELECT \(innerMeasure) AS \(countAlias) FROM \(context.table(entity)) LEFT JOIN \(context.table(counted)) ON "
            + (["\(context.column(link.child)) = \(context.column(link.parent))"] + joinExtra).joined(separator: " AND ")
        if !wheres.isEmpty { innerSQL += " WHERE " + wheres.joined(separator: " AND ") }
        innerSQL += " GROUP BY \(context.column(ColumnRef(table: entity, column: key)))"
        let alias = measureAlias(.averagePerEntity(inner: inner, entity: entity), from: counted)
        return "SELECT AVG(\(countAlias)) AS \(alias) FROM (\(innerSQL))"
    }
}
