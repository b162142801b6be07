import PlexeFoundation

/// Turns a `Meaning` into one SQLite `SELECT`: picks the table to read from (the one every
/// other named table can be reached from by following foreign keys up), joins parents, turns
/// conditions on child tables into `IN (SELECT …)` sub-queries, and shapes the result —
/// a scalar, groups, ranked groups or rows, a row list, or histogram bins.
struct QueryPlanner {
    let lexicon: SchemaLexicon
    let meaning: Meaning
    let resultType: ResultType

    struct Output {
        var sql: String
        var chart: ChartSpec.Kind?
    }

    /// A measure as it appears in the SELECT list.
    private struct SelectedMeasure {
        var measure: Meaning.Measure
        var alias: String
    }

    private enum Shape {
        case scalar
        case grouped
        /// Rows of the answer table ordered by one of their own columns.
        case rankedRows(ColumnRef)
        case rows
    }

    func plan() throws(TranslationError) -> Output {
        var m = meaning
        try completeMeaning(&m)
        try checkSanity(m)

        if case .averagePerEntity(let inner, let entity)? = m.measures.first?.measure, m.measures.count == 1, m.groupings.isEmpty {
            return Output(sql: try averagePerEntitySQL(inner: inner, entity: entity, meaning: m), chart: nil)
        }

        if let axes = m.scatter { return try scatter(axes, meaning: m) }
        // A number charted over time.
        if resultType == .visualization, m.measures.isEmpty, m.rankMeasure == nil, m.groupings.isEmpty, m.answerEntity == nil,
            m.chartHint != .distribution, m.chartHint != .histogram, m.projections.count == 1, lexicon[m.projections[0]].isNumeric,
            let series = try timeSeries(of: m.projections[0], meaning: m)
        {
            return series
        }

        // "over time" with no time to chart it over is not a distribution.
        if m.chartHint == .trend, m.groupings.isEmpty, m.answerEntity == nil, m.measures.isEmpty, m.projections.count == 1,
            lexicon.dateColumns(of: m.projections[0].table).isEmpty, !lexicon.tables[m.projections[0].table].columns.contains(where: \.isYearNumber)
        {
            throw TranslationError(
                kind: .unplacedWords(["over time"]),
                message:
                    "\"over time\" needs a date column, and \(lexicon.tables[m.projections[0].table].name) has none. Known tables and columns: \(lexicon.summary)."
            )
        }
        // Histogram of one numeric column.
        if m.measures.isEmpty, m.rankMeasure == nil, m.groupings.isEmpty, m.answerEntity == nil,
            m.chartHint == .distribution || m.chartHint == .histogram || (m.wantsChart && resultType == .visualization),
            m.projections.count == 1, lexicon[m.projections[0]].isNumeric
        {
            return try histogram(of: m.projections[0], meaning: m)
        }

        // Rows ranked by one of their own columns ("the 5 customers with the highest lifetime value").
        var shape: Shape
        var rankColumn: ColumnRef?
        if case .table(let t)? = m.answerEntity, let rank = m.rankMeasure, case .value(let ref) = rank,
            ref.table == t || lexicon.isAncestor(ref.table, of: t)
        {
            shape = .rankedRows(ref)
            rankColumn = ref
        } else if !m.groupings.isEmpty {
            shape = .grouped
        } else if case .table? = m.answerEntity, m.rankMeasure != nil {
            shape = .grouped
        } else if !m.measures.isEmpty, resultType == .visualization, m.measures.count == 1,
            let named = m.conditions.first(where: {
                if case .oneOf(_, let values, false) = $0.kind { return values.count > 1 }
                return false
            }), case .oneOf(let ref, _, _) = named.kind
        {
            // "Bar chart of the average size for the north and the south harbours": a bar per
            // value named, not one bar for them together.
            m.groupings = [.column(ref)]
            shape = .grouped
        } else if !m.measures.isEmpty {
            shape = .scalar
        } else {
            shape = .rows
        }
        if case .table(let t)? = m.answerEntity, case .grouped = shape, !m.groupings.contains(.entity(t)) {
            m.groupings.insert(.entity(t), at: 0)
        }

        // The table to read from.
        let from = try fromTable(m, rankColumn: rankColumn)
        try resolveDates(&m, from: from)
        if case .grouped = shape {
            m.groupings.removeAll { $0 == .entity(from) && m.answerEntity != .table(from) }
            if m.groupings.isEmpty {
                // "per transaction" on the transactions table is every row.
                shape = m.measures.isEmpty ? .rows : .scalar
            }
        }
        let grouped: Bool = {
            if case .grouped = shape { return true }
            return false
        }()

        // "customers who made transactions": a child table named but not otherwise used
        // means the rows must have some.
        for mention in m.tableMentions where mention.table != from && lexicon.isAncestor(from, of: mention.table) {
            let used = m.conditions.contains { condition in
                switch condition.kind {
                case .measure(.rows(let t?), _, _): return t == mention.table
                case .period(let target, _): return target.column?.table == mention.table || target.anchorTable == mention.table
                default: return (try? conditionTable(condition)) == mention.table
                }
            }
            let measured = (m.measures.map(\.measure) + [m.rankMeasure, m.orderMeasure].compactMap { $0 }).contains { measure in
                if case .rows(let t?) = measure { return t == mention.table }
                return false
            }
            if !used && !measured {
                m.conditions.append(
                    Meaning.Condition(kind: .measure(.rows(table: mention.table), .greaterOrEqual, .integer(1)), position: mention.position))
            }
        }

        // Place the conditions.
        var whereConditions: [Meaning.Condition] = []
        var havingConditions: [Meaning.Condition] = []
        var childConditions: [Int: [Meaning.Condition]] = [:]
        var relatedCounts: [(table: Int, op: Comparison, value: Int, position: Int)] = []
        var numerator: [Meaning.Condition] = []
        let isShare = m.measures.contains {
            if case .share = $0.measure { return true }
            return false
        }
        let numeratorPositions = isShare ? shareNumeratorPositions(m) : []
        for condition in m.conditions {
            if isShare, numeratorPositions.contains(condition.position) {
                numerator.append(condition)
                continue
            }
            switch condition.kind {
            case .measure(.rows(let t?), let op, let value) where t != from && lexicon.isAncestor(from, of: t):
                guard case .integer(let n) = value else { throw unsupported("a count of \(lexicon.tables[t].name) must be a whole number") }
                relatedCounts.append((t, op, Int(n), condition.position))
            case .measure:
                guard grouped else {
                    throw unsupported("A condition on an aggregate needs something to group by (for example \"which countries have …\").")
                }
                havingConditions.append(condition)
            default:
                let table = try conditionTable(condition)
                if table == from || lexicon.isAncestor(table, of: from) {
                    whereConditions.append(condition)
                } else if lexicon.isAncestor(from, of: table) {
                    childConditions[table, default: []].append(condition)
                } else {
                    throw unrelated(table, from)
                }
            }
        }
        if isShare, numerator.isEmpty, m.groupings.isEmpty, let last = whereConditions.popLast() { numerator.append(last) }

        // Which tables the main statement touches, for joins and aliases.
        var touched: [ColumnRef] = []
        func touch(_ measure: Meaning.Measure?) {
            switch measure {
            case .distinctValues(let r)?, .aggregate(_, let r)?, .rate(let r, _)?, .value(let r)?: touched.append(r)
            case .rows(let t?)? where t != from:
                if let key = lexicon.tables[t].keyColumn { touched.append(ColumnRef(table: t, column: key)) }
            case .combined(let a, _, let b)?:
                touch(a)
                touch(b)
            case .conditional(_, let r, let condition)?:
                touched.append(r)
                touched += refs(of: condition)
            case .distinctPeriods(let target, _)?:
                if let c = target.column { touched.append(c) }
            case .ofRows(_, let inner)?:
                touch(inner)
            default: break
            }
        }
        m.measures.forEach { touch($0.measure) }
        touch(m.rankMeasure)
        touch(m.orderMeasure)
        for grouping in m.groupings {
            switch grouping {
            case .column(let r):
                touched.append(r)
                if resultType != .visualization, let name = namingCompanion(of: r) { touched.append(name) }
            case .datePart(let target, _): if let c = target.column { touched.append(c) }
            case .entity(let t):
                if let key = lexicon.tables[t].keyColumn { touched.append(ColumnRef(table: t, column: key)) }
                if let label = lexicon.tables[t].labelColumn { touched.append(ColumnRef(table: t, column: label)) }
            }
        }
        touched += m.projections
        if case .column(let r)? = m.answerEntity { touched.append(r) }
        for condition in whereConditions + havingConditions + numerator { touched += refs(of: condition) }
        if case .rankedRows = shape, case .table(let t)? = m.answerEntity {
            if let key = lexicon.tables[t].keyColumn { touched.append(ColumnRef(table: t, column: key)) }
            if let label = lexicon.tables[t].labelColumn { touched.append(ColumnRef(table: t, column: label)) }
        }
        var joins: [ForeignKeyLink] = []
        for ref in touched where ref.table != from {
            guard let path = lexicon.pathUp(from: from, to: ref.table) else { throw unrelated(ref.table, from) }
            for link in path where !joins.contains(link) { joins.append(link) }
        }
        var context = SQLContext(lexicon: lexicon)
        if !joins.isEmpty {
            context.aliases = SQLContext.aliases(for: [from] + joins.map(\.parent.table), lexicon: lexicon)
        }

        // WHERE
        var wheres = try whereConditions.map { c throws(TranslationError) in try conditionSQL(c, context, meaning: m) }
        for (table, conditions) in childConditions.sorted(by: { $0.key < $1.key }) where !relatedCounts.contains(where: { $0.table == table }) {
            wheres.append(try semiJoin(child: table, conditions: conditions, from: from, context, meaning: m))
        }
        for related in relatedCounts {
            wheres.append(
                try relatedCountSQL(
                    related.table, related.op, related.value, conditions: childConditions[related.table] ?? [],
                    from: from, context, meaning: m))
        }

        // SELECT, GROUP BY, HAVING, ORDER BY
        var selects: [String] = []
        var groupBy: [String] = []
        var orderBy: [String] = []
        var limit: Int? = nil
        var distinct = false
        var havingSQL: [String] = []
        var chart: ChartSpec.Kind? = nil
        let visual = resultType == .visualization
        var selectedMeasures: [SelectedMeasure] = []
        func aliasFor(_ measure: Meaning.Measure) -> String {
            var alias = measureAlias(measure, from: from)
            var n = 2
            while selectedMeasures.contains(where: { $0.alias == alias && $0.measure != measure }) {
                alias = measureAlias(measure, from: from) + "_\(n)"
                n += 1
            }
            return alias
        }
        func selectMeasure(_ measure: Meaning.Measure) throws(TranslationError) -> String {
            if let existing = selectedMeasures.first(where: { $0.measure == measure }) { return existing.alias }
            let alias = aliasFor(measure)
            let sql = try measureSQL(measure, from: from, context, numerator: numerator, meaning: m)
            if case .value = measure {
                selects.append(sql)
                selectedMeasures.append(SelectedMeasure(measure: measure, alias: sql))
                return sql
            }
            selects.append("\(sql) AS \(alias)")
            selectedMeasures.append(SelectedMeasure(measure: measure, alias: alias))
            return alias
        }

        switch shape {
        case .scalar:
            if visual {
                selects.append(quoteLiteral(titleLabel(m, from: from)) + " AS label")
                chart = .barChart
            }
            for use in visual ? Array(m.measures.prefix(1)) : m.measures { _ = try selectMeasure(use.measure) }
        case .grouped:
            // A column asked for that is neither a group nor measured would be dropped from
            // the answer without a word: the reading missed what it was for.
            let grouped = Set(
                m.groupings.compactMap { grouping -> ColumnRef? in
                    if case .column(let ref) = grouping { return ref }
                    return nil
                })
            var measured: [ColumnRef] = []
            for measure in m.measures.map(\.measure) + [m.rankMeasure, m.orderMeasure].compactMap({ $0 }) {
                switch measure {
                case .aggregate(_, let r), .value(let r), .distinctValues(let r), .rate(let r, _), .conditional(_, let r, _): measured.append(r)
                default: break
                }
            }
            if let dropped = m.projections.first(where: {
                !grouped.contains($0) && !measured.contains($0) && !lexicon[$0].unique
                    && lexicon.tables[$0.table].labelColumn != $0.column && lexicon.tables[$0.table].keyColumn != $0.column
            }) {
                let name = lexicon.columnName(dropped)
                throw TranslationError(
                    kind: .unplacedWords([name]),
                    message: "Could not tell what to do with \(name) in groups of rows. Known tables and columns: \(lexicon.summary).")
            }
            var timeKeys: [String] = []
            // Groups of a table keyed by a written code ("per sector") show both the code and
            // the name: a question names the group by the code column that points at it as
            // often as by its name. A table shows the name first and the code after it;
            // a chart, which labels its bars by its first column and plots its
            // second, labels them by the short code and keeps the name after the figures.
            var trailing: [String] = []
            for (index, grouping) in m.groupings.enumerated() {
                if visual && index > 0 { break }
                let (expr, alias, isTime) = try groupingSQL(grouping, context, meaning: m, from: from)
                if let alias {
                    selects.append("\(expr) AS \(alias)")
                    groupBy.append(groupByTerm(alias: alias, expression: expr, from: from))
                } else if visual, case .entity(let t) = grouping, let code = codeKey(of: t) {
                    selects.append(context.column(code))
                    trailing.append(expr)
                    groupBy.append(context.column(code))
                } else {
                    selects.append(expr)
                    // "Which regions …": rows without a region are no region to name; nor
                    // are they a bar to label in a chart by region.
                    if case .column(let ref) = grouping, m.answerEntity == .column(ref) || visual, lexicon[ref].nullable {
                        wheres.append("\(expr) IS NOT NULL")
                    }
                    if case .entity(let t) = grouping, let code = codeKey(of: t) { trailing.append(context.column(code)) }
                    // Groups of a code are shown with the name it stands for.
                    if !visual, case .column(let ref) = grouping, let name = namingCompanion(of: ref) {
                        selects.append(context.column(name))
                    }
                    if case .entity(let t) = grouping, let key = lexicon.tables[t].keyColumn {
                        groupBy.append(context.column(ColumnRef(table: t, column: key)))
                    } else {
                        groupBy.append(expr)
                    }
                }
                if isTime { timeKeys.append(alias ?? expr) }
            }
            var measures = m.measures.map(\.measure)
            if measures.isEmpty, m.rankMeasure == nil {
                // "Which countries have an average lifetime value above 450": show that average.
                measures = havingConditions.compactMap { condition in
                    if case .measure(let measure, _, _) = condition.kind { return measure }
                    return nil
                }
                if measures.isEmpty { measures = [.rows(table: nil)] }
            }
            if visual { measures = Array((m.rankMeasure.map { [$0] } ?? measures).prefix(1)) }
            var firstMeasureAlias: String?
            for measure in measures {
                let alias = try selectMeasure(measure)
                if firstMeasureAlias == nil { firstMeasureAlias = alias }
            }
            selects += trailing
            for condition in havingConditions {
                guard case .measure(let measure, let op, let value) = condition.kind else { continue }
                // "which nations had no cases heard by judge X", read as groups of the cases:
                // a group exists only where it has rows, so a count that only zero satisfies
                // (`HAVING COUNT(*) = 0`) can never hold and the answer would be empty whatever
                // the data. Refused rather than answered with no rows.
                if case .rows = measure, case .integer(let n) = value, op.holds(0, Double(n)), !op.holds(1, Double(n)) {
                    throw unsupported(
                        "Groups with no rows never appear among the rows grouped, so \"none\" cannot be counted per group here; ask for the related table's rows that have none."
                    )
                }
                let expr = try measureSQL(measure, from: from, context, numerator: numerator, meaning: m)
                havingSQL.append("\(expr) \(op.rawValue) \(value.sql)")
            }
            if let rank = m.rankMeasure {
                let alias = try selectMeasure(rank)
                orderBy.append("\(alias) \((m.rankDirection ?? .descending).sql)")
                limit = m.limit
            } else if let order = m.orderMeasure {
                let alias = try selectMeasure(order)
                orderBy.append("\(alias) \((m.orderDirection ?? .ascending).sql)")
            } else if m.alphabetical, let first = groupBy.first {
                orderBy.append("\(first) \((m.orderDirection ?? .ascending).sql)")
            } else if let direction = m.orderDirection, let alias = firstMeasureAlias {
                orderBy.append("\(alias) \(direction.sql)")
            } else if !timeKeys.isEmpty {
                orderBy = timeKeys
            }
            if m.limit != nil && limit == nil { limit = m.limit }
            if visual { chart = chartKind(m, timeGrouped: !timeKeys.isEmpty) }
        case .rankedRows(let rank):
            guard case .table(let t)? = m.answerEntity else { break }
            var columns: [ColumnRef] = []
            if visual {
                if let label = lexicon.tables[t].labelColumn ?? lexicon.tables[t].keyColumn { columns.append(ColumnRef(table: t, column: label)) }
            } else if m.projections.isEmpty {
                if let key = lexicon.tables[t].keyColumn { columns.append(ColumnRef(table: t, column: key)) }
                if let label = lexicon.tables[t].labelColumn { columns.append(ColumnRef(table: t, column: label)) }
            } else {
                // "the shoe size of the tallest player": that column, with what
                // identifies the row.
                columns = m.projections
                if m.asksForRows, let identity = lexicon.tables[t].labelColumn ?? lexicon.tables[t].keyColumn,
                    !columns.contains(ColumnRef(table: t, column: identity))
                {
                    columns.insert(ColumnRef(table: t, column: identity), at: 0)
                }
            }
            // "How many beds does the most expensive cabin have, and what did it sell for": a
            // figure asked of the one row is that row's value of the column; anything else
            // (a count of other rows, a ratio) is not a column of the row, and dropping it would
            // answer a different question.
            for use in m.measures {
                switch use.measure {
                case .aggregate(_, let ref), .value(let ref),
                    .distinctValues(let ref)
                where ref.table == t || lexicon.isAncestor(ref.table, of: t):
                    if visual { throw unsupported("A chart of ranked rows shows one figure per row; ask for \(lexicon.columnName(ref)) on its own.") }
                    if !columns.contains(ref) { columns.append(ref) }
                case .rows(let counted) where counted == nil || counted == t:
                    // "Which family has the most children, and how many?": the count of the
                    // ranked rows' own table only restates the superlative's figure.
                    continue
                default:
                    throw unsupported(
                        "Could not tell how to give \(measureAlias(use.measure, from: from).replacingOccurrences(of: "_", with: " ")) for the row the superlative picks. Known tables and columns: \(lexicon.summary)."
                    )
                }
            }
            if !columns.contains(rank) { columns.append(rank) }
            // (A table's key may also be its label.)
            columns = columns.enumerated().filter { columns.firstIndex(of: $0.element) == $0.offset }.map(\.element)
            selects = columns.map(context.column)
            orderBy.append("\(context.column(rank)) \((m.rankDirection ?? .descending).sql)")
            // Rows without a value do not rank ("the 5 youngest" are not five unknown ages).
            if lexicon[rank].nullable { wheres.append("\(context.column(rank)) IS NOT NULL") }
            limit = m.limit ?? 1
            if visual { chart = .barChart }
        case .rows:
            var columns = m.projections
            // "the stores in Oslo with their codes": each row with what names it.
            if m.listsWithLabel, m.answerEntity == nil {
                let listed = m.subjectTable ?? from
                if listed != from, lexicon.isAncestor(listed, of: from), columnNamingOneRow(of: listed, whereConditions) != nil {
                    // "Show all weighings of hive 7 with their dates": the one hive's key is
                    // the same on every line and names none of them; the lines are the
                    // related rows themselves, each with all it holds.
                    let whole = lexicon.tables[from].columns.map(\.ref)
                    columns = whole + columns.filter { !whole.contains($0) }
                } else if let identity = lexicon.tables[listed].labelColumn ?? lexicon.tables[listed].keyColumn
                    ?? lexicon.tables[listed].columns.first(where: { $0.isText && $0.words == lexicon.tables[listed].words })?.ref.column
                {
                    let table = lexicon.tables[listed]
                    if !columns.contains(ColumnRef(table: listed, column: identity)) {
                        columns.insert(ColumnRef(table: listed, column: identity), at: 0)
                    } else if identity == table.labelColumn, let key = table.keyColumn, key != identity,
                        !columns.contains(ColumnRef(table: listed, column: key))
                    {
                        // "the regions with their names": the name is what is added beside
                        // each row, so the row itself is shown by its key ("NE", then
                        // "New England"); the name alone would be the list without its rows.
                        columns.insert(ColumnRef(table: listed, column: key), at: 0)
                    }
                }
            }
            // "the tax rates of Oslo and Bergen": each value with the one it belongs to.
            // A list of distinct values ("which cities … between 2001 and 2005") is told apart
            // by the values themselves; a chart keeps its one label and one number.
            let listsValues = m.distinct || (m.tableMentions.isEmpty && !m.listsEveryRow && columns.allSatisfy { !lexicon[$0].unique })
            if !columns.isEmpty, m.answerEntity == nil {
                for condition in whereConditions {
                    // "the depth for 1955 through 1960": each value with its year.
                    switch condition.kind {
                    case .oneOf(let ref, let values, false) where values.count > 1:
                        if !columns.contains(ref) { columns.insert(ref, at: 0) }
                    case .between(let ref, _, _) where !listsValues && !visual:
                        if !columns.contains(ref) { columns.insert(ref, at: 0) }
                    default: break
                    }
                }
            }
            if case .column(let ref)? = m.answerEntity, !columns.contains(ref) {
                columns.insert(ref, at: 0)
                distinct = true
            }
            // "List all countries": the values, once each, unless rows of a table were asked for.
            if m.distinct
                || (!columns.isEmpty && m.tableMentions.isEmpty && m.answerEntity == nil && !m.listsEveryRow
                    && columns.allSatisfy({ !lexicon[$0].unique }))
            {
                distinct = true
            }
            // "Tracts with a crime rate above 40", "the years with more than 6000 trapped": each
            // named row with the figure it was picked by, which is what a reader checks first.
            // (Only beside a column naming each row once: on a list of repeating values the
            // figure would split one value into several lines.)
            if !visual, let named = columns.first(where: { lexicon[$0].unique }) {
                for condition in whereConditions {
                    guard case .compare(let ref, let op, _) = condition.kind, op != .equal, op != .notEqual, ref.table == named.table,
                        lexicon[ref].isNumeric, !lexicon[ref].isBooleanLike, !columns.contains(ref)
                    else { continue }
                    columns.append(ref)
                }
            }
            if visual {
                // A chart of rows: a label and a number per row, when the table has them.
                let table = lexicon.tables[from]
                let label =
                    columns.first(where: { !lexicon[$0].isNumeric })
                    ?? (table.labelColumn ?? table.keyColumn).map { ColumnRef(table: from, column: $0) }
                let value =
                    columns.first(where: { lexicon[$0].isNumeric })
                    ?? table.columns.first(where: { $0.isNumeric && !$0.unique })?.ref
                if let label, let value { columns = [label, value] }
            }
            if columns.isEmpty {
                // The rows asked for, not the columns of the tables joined to filter them.
                let listed = m.subjectTable.flatMap { t in t == from || lexicon.isAncestor(t, of: from) ? t : nil } ?? from
                selects = [context.aliases[listed].map { "\($0).*" } ?? "*"]
            } else {
                selects = columns.map(context.column)
            }
            if let order = m.orderMeasure, case .value(let ref) = order {
                orderBy.append("\(context.column(ref)) \((m.orderDirection ?? .ascending).sql)")
            } else if let direction = m.orderDirection {
                let target = m.alphabetical ? columns.first(where: { lexicon[$0].isText }) : columns.first(where: { lexicon[$0].isNumeric })
                if let target { orderBy.append("\(context.column(target)) \(direction.sql)") }
            }
            limit = m.limit
            if visual { chart = .barChart }
        }

        // "Who got the most ballots" where nothing left to order by: the first row of an
        // unordered list would be an arbitrary answer to a superlative.
        if limit != nil, orderBy.isEmpty, m.rankDirection != nil || m.orderDirection != nil || m.orderMeasure != nil {
            throw unsupported("Could not tell what to rank by. Known tables and columns: \(lexicon.summary).")
        }
        var sql = "SELECT " + (distinct ? "DISTINCT " : "") + selects.joined(separator: ", ")
        sql += " FROM " + context.table(from)
        for link in joins {
            sql += " JOIN \(context.table(link.parent.table)) ON \(context.column(link.parent)) = \(context.column(link.child))"
        }
        if !wheres.isEmpty { sql += " WHERE " + wheres.joined(separator: " AND ") }
        if !groupBy.isEmpty { sql += " GROUP BY " + groupBy.joined(separator: ", ") }
        if !havingSQL.isEmpty { sql += " HAVING " + havingSQL.joined(separator: " AND ") }
        if !orderBy.isEmpty { sql += " ORDER BY " + orderBy.joined(separator: ", ") }
        if let limit { sql += " LIMIT \(limit)" }
        return Output(sql: sql, chart: chart)
    }

    /// The key of `table` when it is a written code standing beside a different naming
    /// column (`"AGR"` beside "Agriculture", `"U.S.A."` beside "United States"): a few
    /// values, all letters but for the dots of an abbreviation. Nil for numbered keys and for
    /// identifiers with digits ("C0017"), which number rows and name nothing.
    func codeKey(of table: Int) -> ColumnRef? {
        let t = lexicon.tables[table]
        guard let key = t.keyColumn, let label = t.labelColumn, key != label else { return nil }
        let ref = ColumnRef(table: table, column: key)
        guard !lexicon[ref].isNumeric, !lexicon[ref].isTemporal, let values = lexicon[ref].distinctValues, !values.isEmpty,
            values.allSatisfy({ value in value.contains(where: \.isLetter) && value.allSatisfy { $0.isLetter || $0 == "." } })
        else { return nil }
        return ref
    }

    /// The name a code column stands for: its own table's label when it is that table's key,
    /// or the label of the table its foreign key points to (`mkr` → `maker`). Nil when
    /// the code is itself the name.
    func namingCompanion(of ref: ColumnRef) -> ColumnRef? {
        let table = lexicon.tables[ref.table]
        if table.keyColumn == ref.column, let label = table.labelColumn, label != ref.column {
            return ColumnRef(table: ref.table, column: label)
        }
        guard let link = lexicon.parentLinks(of: ref.table).first(where: { $0.child == ref }),
            let label = lexicon.tables[link.parent.table].labelColumn, label != link.parent.column
        else { return nil }
        return ColumnRef(table: link.parent.table, column: label)
    }
}

extension QueryPlanner {
    /// The column by which the conditions pick one row of `table`: its key or its naming
    /// column, required to be one value ("hive 7"). (The key or the naming column only: in a
    /// small table any text can happen to be unique, a city as well as a name.)
    func columnNamingOneRow(of table: Int, _ conditions: [Meaning.Condition]) -> ColumnRef? {
        let t = lexicon.tables[table]
        var naming = [t.keyColumn, t.labelColumn]
        // A lookup table other tables refer to, holding a key and one text beside it
        // (`Bk`, "bakery goods"): that text describes each keyed row, whatever its name.
        if let key = t.keyColumn, t.labelColumn == nil || t.labelColumn == key, t.columns.count == 2, !lexicon.childLinks(of: table).isEmpty,
            let other = t.columns.first(where: { $0.ref.column != key }), other.isText, other.unique
        {
            naming.append(other.ref.column)
        }
        return conditions.lazy.compactMap { $0.requiredValue?.column }.first { ref in
            ref.table == table && lexicon[ref].unique && naming.contains(ref.column)
        }
    }
}
