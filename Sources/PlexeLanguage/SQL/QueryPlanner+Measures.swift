import PlexeFoundation

/// Measures and groupings as SQL expressions, with the aliases a person would give them.
extension QueryPlanner {
    // MARK: Measures

    func measureSQL(_ measure: Meaning.Measure, from: Int, _ context: SQLContext, numerator: [Meaning.Condition], meaning: Meaning)
        throws(TranslationError) -> String
    {
        // On a frequency table a row is a combination, not a person: counts add up its weights.
        let weight = meaning.namesRowsAsSuch ? nil : lexicon.frequencyColumn(of: from).map { context.column($0) }
        switch measure {
        case .rows(let t):
            guard let t, t != from else { return weight.map { "SUM(\($0))" } ?? "COUNT(*)" }
            guard lexicon.isAncestor(t, of: from), let key = lexicon.tables[t].keyColumn else {
                throw unsupported("Cannot count \(lexicon.tables[t].name) from \(lexicon.tables[from].name) rows.")
            }
            return "COUNT(DISTINCT \(context.column(ColumnRef(table: t, column: key))))"
        case .distinctValues(let ref):
            // ("survivors" of a yes/no column: the people who said yes, or the two values?)
            if weight != nil, lexicon[ref].isBooleanLike {
                throw unsupported(
                    "\(lexicon.tables[from].name) counts people per combination; say \"with \(lexicon.columnName(ref)) yes\" to count them.")
            }
            return "COUNT(DISTINCT \(context.column(ref)))"
        case .aggregate(let f, let ref):
            // A category's average, sum or extreme over combinations ignores how many share each.
            if let frequency = lexicon.frequencyColumn(of: from), ref != frequency, ref.table == from {
                throw unsupported(
                    "Each row of \(lexicon.tables[from].name) stands for \(lexicon.columnName(frequency)) of them; \(f.sqlName) of \(lexicon.columnName(ref)) over its rows would not weigh them."
                )
            }
            return "\(f.sqlName)(\(context.column(ref)))"
        case .rate(let ref, let style):
            let column = lexicon[ref]
            var expr = context.column(ref)
            if column.type == .string, let yes = column.trueLiteral { expr = "\(expr) = \(yes.sql)" }
            if let weight {
                if column.type != .string, let yes = column.trueLiteral { expr = "\(expr) = \(yes.sql)" }
                return "\(style == .fraction ? "1.0" : "100.0") * SUM(CASE WHEN \(expr) THEN \(weight) ELSE 0 END) / SUM(\(weight))"
            }
            return style == .fraction ? "AVG(\(expr))" : "100.0 * AVG(\(expr))"
        case .share(let style):
            let parts = try numerator.map { c throws(TranslationError) in try anyConditionSQL(c, from: from, context, meaning: meaning) }
            let scale = style == .fraction ? "1.0" : "100.0"
            if let column = meaning.shareOfColumn.map({ context.column($0) }) ?? weight {
                if parts.isEmpty, !meaning.groupings.isEmpty { return "\(scale) * SUM(\(column)) / SUM(SUM(\(column))) OVER ()" }
                guard !parts.isEmpty else { throw unsupported("A percentage needs a condition (\"percentage of customers on the basic plan\").") }
                let condition = parts.joined(separator: " AND ")
                return "\(scale) * SUM(CASE WHEN \(condition) THEN \(column) ELSE 0 END) / SUM(\(column))"
            }
            if parts.isEmpty, !meaning.groupings.isEmpty {
                // "percentage of customers per plan type": each group's share of all rows.
                return "\(style == .fraction ? "1.0" : "100.0") * COUNT(*) / SUM(COUNT(*)) OVER ()"
            }
            guard !parts.isEmpty else { throw unsupported("A percentage needs a condition (\"percentage of customers on the basic plan\").") }
            let condition = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
            return "\(style == .fraction ? "1.0" : "100.0") * SUM(\(condition)) / COUNT(*)"
        case .value(let ref):
            return context.column(ref)
        case .averagePerEntity:
            throw unsupported("An average per entity cannot be combined with other measures.")
        case .combined(let a, let op, let b):
            let left = try measureSQL(a, from: from, context, numerator: numerator, meaning: meaning)
            let right = try measureSQL(b, from: from, context, numerator: numerator, meaning: meaning)
            // A ratio of whole numbers must not be whole-number division.
            switch op {
            case .divide: return "1.0 * \(left) / \(right)"
            case .minus: return "\(left) - \(right)"
            case .daysUntil: return "julianday(\(right)) - julianday(\(left))"
            }
        case .conditional(let f, let ref, let condition):
            let test = try anyConditionSQL(condition, from: from, context, meaning: meaning)
            // A count of the rows meeting the condition ("premium customers").
            if f == .count { return weight.map { "SUM(CASE WHEN \(test) THEN \($0) ELSE 0 END)" } ?? "COUNT(CASE WHEN \(test) THEN 1 END)" }
            return "\(f.sqlName)(CASE WHEN \(test) THEN \(context.column(ref)) END)"
        case .distinctPeriods(let target, let part):
            guard let ref = target.column else { throw unsupported("\"\(target.phrase)\" has no date column") }
            let column = context.column(ref)
            // Periods the rows come in are the rows ("how many weeks" of a weekly series).
            if lexicon.periods[ref] == part, lexicon[ref].unique { return "COUNT(*)" }
            if lexicon[ref].isYearNumber {
                guard part == .year else { throw unsupported("\(lexicon.columnName(ref)) holds years only; it cannot count \(part.rawValue)s.") }
                return "COUNT(DISTINCT \(column))"
            }
            let (expression, _, _) = try groupingSQL(.datePart(target, part), context, meaning: meaning, from: from)
            return "COUNT(DISTINCT \(expression))"
        case .ofRows(let f, let inner):
            return "\(f.sqlName)(\(try measureSQL(inner, from: from, context, numerator: numerator, meaning: meaning)))"
        }
    }

    func measureAlias(_ measure: Meaning.Measure, from: Int) -> String {
        let raw: String
        switch measure {
        case .rows(let t): raw = lexicon.tables[t ?? from].words.joined(separator: "_") + "_count"
        case .distinctValues(let ref): raw = "distinct_" + lexicon.columnName(ref)
        case .aggregate(let f, let ref): raw = f.aliasPrefix + "_" + lexicon.columnName(ref)
        case .rate(let ref, let style): raw = lexicon.columnName(ref) + (style == .fraction ? "_rate" : "_rate_percent")
        case .share(let style): raw = style == .fraction ? "proportion" : "percentage"
        case .value(let ref): raw = lexicon.columnName(ref)
        case .averagePerEntity(let inner, let entity):
            raw = "avg_" + measureAlias(inner, from: from) + "_per_" + lexicon.tables[entity].words.joined(separator: "_")
        case .combined(.aggregate(.maximum, let a), .minus, .aggregate(.minimum, let b)) where a == b:
            raw = "range_" + lexicon.columnName(a)
        case .combined(_, let op, _):
            raw = op == .divide ? "ratio" : op == .daysUntil ? "days" : "difference"
        case .conditional(let f, let ref, _):
            raw = f.aliasPrefix + "_" + lexicon.columnName(ref)
        case .distinctPeriods(_, let part):
            raw = part.rawValue + "_count"
        case .ofRows(let f, let inner):
            raw = f.aliasPrefix + "_" + measureAlias(inner, from: from)
        }
        var alias = ""
        var lastUnderscore = false
        for c in raw.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                alias.append(c)
                lastUnderscore = false
            } else if !lastUnderscore {
                alias.append("_")
                lastUnderscore = true
            }
        }
        if alias.first?.isNumber == true { alias = "m_" + alias }
        if SQLIdentifier.needsQuoting(alias) { alias += "_value" }
        return alias
    }

    func titleLabel(_ m: Meaning, from: Int) -> String {
        guard let first = m.measures.first else { return lexicon.tables[from].name }
        return measureAlias(first.measure, from: from).replacingOccurrences(of: "_", with: " ")
    }

    // MARK: Groupings

    /// A grouping's SELECT expression, its alias (for date parts) and whether it is time.
    func groupingSQL(_ grouping: Meaning.Grouping, _ context: SQLContext, meaning: Meaning, from: Int) throws(TranslationError) -> (
        String, String?, Bool
    ) {
        switch grouping {
        case .column(let ref):
            return (context.column(ref), nil, lexicon[ref].isTemporal)
        case .entity(let t):
            guard let label = lexicon.tables[t].labelColumn ?? lexicon.tables[t].keyColumn else {
                throw unsupported("\(lexicon.tables[t].name) has no identifying column to group by.")
            }
            return (context.column(ColumnRef(table: t, column: label)), nil, false)
        case .datePart(let target, let part):
            guard let ref = target.column else { throw unsupported("\"\(target.phrase)\" has no date column") }
            let column = context.column(ref)
            if lexicon[ref].isYearNumber {
                switch part {
                case .year: return (column, nil, true)
                case .decade: return ("(\(column) / 10) * 10", "decade", true)
                default: throw unsupported("\(lexicon.columnName(ref)) holds years only; it cannot be split by \(part.rawValue).")
                }
            }
            // "head count by month" of a table with one row per month, every date the month's
            // first: each row is already its month, so the dates themselves are the groups (one
            // point per row at its own date). A month of the year ("%m") still needs the part.
            let wholeMonth = part == .month && !meaning.wholePeriod && !isWithinOneYear(meaning)
            if lexicon.periods[ref] == part, lexicon.datesAtTheirPeriodStart.contains(ref), wholeMonth || part == .year {
                return (column, nil, true)
            }
            switch part {
            case .decade: return ("(CAST(strftime('%Y', \(column)) AS INTEGER) / 10) * 10", "decade", true)
            case .year: return ("strftime('%Y', \(column))", "year", true)
            case .month:
                return (isWithinOneYear(meaning) || meaning.wholePeriod ? "strftime('%m', \(column))" : "strftime('%Y-%m', \(column))", "month", true)
            case .day:
                return (lexicon[ref].type == .datetime ? "date(\(column))" : column, lexicon[ref].type == .datetime ? "day" : nil, true)
            case .week: return ("strftime('%Y-%W', \(column))", "week", true)
            case .quarter:
                // "each quarter of the year, across all years": the quarter's number alone.
                if meaning.wholePeriod { return ("((CAST(strftime('%m', \(column)) AS INTEGER) + 2) / 3)", "quarter", true) }
                return ("strftime('%Y', \(column)) || '-Q' || ((CAST(strftime('%m', \(column)) AS INTEGER) + 2) / 3)", "quarter", true)
            case .weekday: return ("strftime('%w', \(column))", "weekday", true)
            case .hour: return ("strftime('%H', \(column))", "hour", true)
            }
        }
    }

    /// Whether the question's conditions keep one calendar year, so its months are months of
    /// that year ("%m").
    private func isWithinOneYear(_ meaning: Meaning) -> Bool {
        meaning.conditions.contains {
            if case .period(_, .part(format: "%Y", _)) = $0.kind { return true }
            if case .period(_, .range(let lower?, _, let upper?, _)) = $0.kind {
                return lower.prefix(4) == upper.prefix(4)
                    || upper.hasSuffix("-01-01") && Int(upper.prefix(4)) == (Int(lower.prefix(4)) ?? 0) + 1
            }
            return false
        }
    }

    /// GROUP BY a date part by its alias, unless a real column has that name.
    func groupByTerm(alias: String, expression: String, from: Int) -> String {
        let clash = lexicon.tables.contains { table in table.columns.contains { $0.name.lowercased() == alias } }
        return clash ? expression : alias
    }

    func chartKind(_ m: Meaning, timeGrouped: Bool) -> ChartSpec.Kind {
        if m.chartHint == .histogram { return .histogram }
        if timeGrouped || m.chartHint == .lineChart { return .lineChart }
        return .barChart
    }
}
