import PlexeFoundation

/// Dates and conditions as SQL: the date column each date phrase applies to, row conditions,
/// `IN (SELECT …)` for conditions on child tables, counts of related rows, and which
/// conditions are the numerator of a share.
extension QueryPlanner {
    // MARK: Dates

    /// Gives every date phrase its column: the one named, else the only date column of the
    /// table it sits next to, else of the table read from (or one of its parents).
    func resolveDates(_ m: inout Meaning, from: Int) throws(TranslationError) {
        // Date columns the question names somewhere: "signed up each month in 2023" uses
        // `signup_date` for both the months and the year.
        var named: [ColumnRef] = []
        for condition in m.conditions { if case .period(let t, _) = condition.kind, let c = t.column, !named.contains(c) { named.append(c) } }
        for grouping in m.groupings { if case .datePart(let t, _) = grouping, let c = t.column, !named.contains(c) { named.append(c) } }
        if case .datePart(let t, _)? = m.answerEntity, let c = t.column, !named.contains(c) { named.append(c) }
        func resolve(_ target: Meaning.DateTarget) throws(TranslationError) -> Meaning.DateTarget {
            if target.column != nil { return target }
            var resolved = target
            var candidates: [ColumnRef] = []
            if let anchor = target.anchorTable { candidates = lexicon.dateColumns(of: anchor) }
            let namedHere = named.filter { target.anchorTable == nil || $0.table == target.anchorTable }
            if candidates.count != 1, namedHere.count == 1 { candidates = namedHere }
            if candidates.isEmpty { candidates = lexicon.dateColumns(of: from) }
            if candidates.isEmpty {
                candidates = lexicon.tables.indices.filter { lexicon.isAncestor($0, of: from) }.flatMap { lexicon.dateColumns(of: $0) }
            }
            if candidates.isEmpty, target.anchorTable == nil || target.anchorTable == from {
                // "How many trees had a size of at least 6 on 15 July 1990" of trees and their
                // measurements: the rows counted have no date, and the one table that refers to
                // them and has a date holds when each measurement was taken; the period is of
                // those rows (a condition on related rows, with the others on them).
                let related = lexicon.tables.indices.filter { lexicon.isAncestor(from, of: $0) }.flatMap { lexicon.dateColumns(of: $0) }
                if related.count == 1, lexicon.tables[from].columns.allSatisfy({ !$0.isYearNumber }) { candidates = related }
            }
            if candidates.isEmpty {
                // `release_year` stands in for a date: "per year", "per decade".
                let years = lexicon.tables[target.anchorTable ?? from].columns.filter(\.isYearNumber).map(\.ref)
                if years.count == 1 { candidates = years }
            }
            if candidates.count == 1 {
                resolved.column = candidates[0]
                return resolved
            }
            if candidates.isEmpty {
                throw TranslationError(
                    kind: .unplacedWords([target.phrase]),
                    message:
                        "\"\(target.phrase)\" needs a date column, and \(lexicon.tables[from].name) has none. Known tables and columns: \(lexicon.summary)."
                )
            }
            let names = candidates.map { "\(lexicon.tables[$0.table].name).\(lexicon.columnName($0))" }
            throw TranslationError(
                kind: .ambiguous(phrase: target.phrase, candidates: names),
                message: "\"\(target.phrase)\" could apply to \(names.joined(separator: " or ")). Please name the date column you mean.")
        }
        // "states with more than 2000 hires in 1986" of `states` and `state_years(state,
        // year, hires)`: the period is of the related rows the other condition is on, when
        // the rows counted have no time of their own.
        let timeless = { [lexicon] (t: Int) in lexicon.dateColumns(of: t).isEmpty && !lexicon.tables[t].columns.contains(where: \.isYearNumber) }
        var conditionTables: [Int] = []
        for condition in m.conditions {
            switch condition.kind {
            case .compare(let ref, _, _), .between(let ref, _, _), .oneOf(let ref, _, _):
                if !conditionTables.contains(ref.table) { conditionTables.append(ref.table) }
            default: break
            }
        }
        let relatedYears = conditionTables.filter { $0 != from && lexicon.isAncestor(from, of: $0) }.compactMap { t in
            let years = lexicon.tables[t].columns.filter(\.isYearNumber)
            return lexicon.dateColumns(of: t).isEmpty && years.count == 1 ? years[0].ref : nil
        }
        for i in m.conditions.indices {
            if case .period(let target, let condition) = m.conditions[i].kind, target.column == nil, target.anchorTable == nil, timeless(from),
                !lexicon.tables.indices.contains(where: { lexicon.isAncestor($0, of: from) && !timeless($0) }), relatedYears.count == 1,
                let kind = condition.onYearColumn(relatedYears[0])
            {
                m.conditions[i].kind = kind
            }
        }
        /// A period on its resolved date column — or, on a whole-number year column, the
        /// comparison of the year.
        func resolvedPeriod(_ target: Meaning.DateTarget, _ condition: Meaning.DateCondition) throws(TranslationError) -> Meaning.Condition.Kind {
            let resolved = try resolve(target)
            // A whole-number year column holds no months or days: strftime on it is nonsense.
            if let column = resolved.column, !lexicon[column].isTemporal {
                guard let kind = condition.onYearColumn(column) else {
                    throw unsupported("\"\(target.phrase)\" is finer than a year, and \(lexicon.columnName(column)) holds years only.")
                }
                return kind
            }
            return .period(resolved, condition)
        }
        for i in m.conditions.indices {
            if case .period(let target, let condition) = m.conditions[i].kind {
                let table = target.anchorTable ?? from
                let columns = lexicon.tables[table].columns
                // A table with a year column and no date column: "in 2015" is `year = 2015`.
                if target.column == nil, lexicon.dateColumns(of: table).isEmpty,
                    let year = columns.first(where: \.isYearNumber),
                    let kind = condition.onYearColumn(year.ref)
                {
                    m.conditions[i].kind = kind
                    continue
                }
                // "in June" of a table with a month-number column: `Month = 6`; "June 2019"
                // adds the year column's condition.
                if target.column == nil, lexicon.dateColumns(of: table).isEmpty,
                    let month = columns.first(where: { lexicon.calendarPart($0.ref) == "month" })
                {
                    if case .part(format: "%m", let value) = condition, let n = Int(value) {
                        m.conditions[i].kind = .compare(month.ref, .equal, .integer(Int64(n)))
                        continue
                    }
                    if case .part(format: "%Y-%m", let value) = condition, let year = columns.first(where: \.isYearNumber),
                        let y = Int(value.prefix(4)), let n = Int(value.suffix(2))
                    {
                        m.conditions[i].kind = .compare(month.ref, .equal, .integer(Int64(n)))
                        m.conditions.append(
                            Meaning.Condition(kind: .compare(year.ref, .equal, .integer(Int64(y))), position: m.conditions[i].position))
                        continue
                    }
                }
                m.conditions[i].kind = try resolvedPeriod(target, condition)
            }
        }
        // Periods taken together ("in December, January and February"): each side resolved as
        // it would be alone.
        func resolveEither(_ kind: Meaning.Condition.Kind) throws(TranslationError) -> Meaning.Condition.Kind {
            switch kind {
            case .period(let target, let condition):
                return try resolvedPeriod(target, condition)
            case .either(var a, var b):
                a.kind = try resolveEither(a.kind)
                b.kind = try resolveEither(b.kind)
                return .either(a, b)
            default: return kind
            }
        }
        for i in m.conditions.indices {
            guard case .either = m.conditions[i].kind else { continue }
            if let kinds = listedMonthsOnAMonthColumn(m.conditions[i].kind, from: from) {
                m.conditions[i].kind = kinds[0]
                for kind in kinds.dropFirst() { m.conditions.append(Meaning.Condition(kind: kind, position: m.conditions[i].position)) }
                continue
            }
            m.conditions[i].kind = try resolveEither(m.conditions[i].kind)
        }
        for i in m.groupings.indices {
            if case .datePart(let target, let part) = m.groupings[i] {
                m.groupings[i] = .datePart(try resolve(target), part)
            }
        }
        if case .datePart(let target, let part)? = m.answerEntity {
            m.answerEntity = .datePart(try resolve(target), part)
        }
        for i in m.measures.indices {
            if case .distinctPeriods(let target, let part) = m.measures[i].measure {
                m.measures[i].measure = .distinctPeriods(try resolve(target), part)
            }
        }
    }

    /// "in January, February and March (2002)" of a table with a month-number column and no
    /// date: `month IN (1, 2, 3)`, with `year = 2002` when the months share a year — as one
    /// month alone is `month = 1`. Nil unless every period listed is a month of such a table.
    private func listedMonthsOnAMonthColumn(_ kind: Meaning.Condition.Kind, from: Int) -> [Meaning.Condition.Kind]? {
        var leaves: [(Meaning.DateTarget, Meaning.DateCondition)] = []
        func collect(_ kind: Meaning.Condition.Kind) -> Bool {
            switch kind {
            case .period(let target, let condition):
                leaves.append((target, condition))
                return true
            case .either(let a, let b): return collect(a.kind) && collect(b.kind)
            default: return false
            }
        }
        guard collect(kind), let first = leaves.first, leaves.allSatisfy({ $0.0.column == nil && $0.0.anchorTable == first.0.anchorTable })
        else { return nil }
        let table = first.0.anchorTable ?? from
        let columns = lexicon.tables[table].columns
        guard lexicon.dateColumns(of: table).isEmpty, let month = columns.first(where: { lexicon.calendarPart($0.ref) == "month" }) else {
            return nil
        }
        var months: [Int] = []
        var years = Set<Int>()
        for (_, condition) in leaves {
            switch condition {
            case .part(format: "%m", let value):
                guard let n = Int(value) else { return nil }
                months.append(n)
            case .part(format: "%Y-%m", let value):
                guard let y = Int(value.prefix(4)), let n = Int(value.suffix(2)) else { return nil }
                months.append(n)
                years.insert(y)
            default: return nil
            }
        }
        var kinds: [Meaning.Condition.Kind] = [.oneOf(month.ref, months.map { .integer(Int64($0)) }, negated: false)]
        if !years.isEmpty {
            // Months of several years, or a year and no year column: not one set of months.
            guard years.count == 1, months.count == leaves.count, let y = years.first, let year = columns.first(where: \.isYearNumber),
                leaves.allSatisfy({ if case .part(format: "%Y-%m", _) = $0.1 { return true } else { return false } })
            else { return nil }
            kinds.append(.compare(year.ref, .equal, .integer(Int64(y))))
        }
        return kinds
    }

    // MARK: Conditions

    func conditionTable(_ condition: Meaning.Condition) throws(TranslationError) -> Int {
        switch condition.kind {
        case .compare(let r, _, _), .between(let r, _, _), .oneOf(let r, _, _), .isNull(let r, _): return r.table
        case .period(let target, _):
            guard let column = target.column else { throw unsupported("\"\(target.phrase)\" has no date column") }
            return column.table
        case .compareToAggregate(let r, _, _), .like(let r, _, _): return r.table
        case .compareColumns(let a, _, let b):
            if a.table == b.table || lexicon.isAncestor(b.table, of: a.table) { return a.table }
            if lexicon.isAncestor(a.table, of: b.table) { return b.table }
            throw unrelated(a.table, b.table)
        case .either(let a, let b):
            let (ta, tb) = (try conditionTable(a), try conditionTable(b))
            if ta == tb || lexicon.isAncestor(tb, of: ta) { return ta }
            if lexicon.isAncestor(ta, of: tb) { return tb }
            throw unrelated(ta, tb)
        case .measure: throw unsupported("a condition on an aggregate is not a row condition")
        }
    }

    func refs(of condition: Meaning.Condition) -> [ColumnRef] {
        switch condition.kind {
        case .compare(let r, _, _), .between(let r, _, _), .oneOf(let r, _, _), .isNull(let r, _): return [r]
        case .period(let target, _): return target.column.map { [$0] } ?? []
        case .measure(let measure, _, _):
            switch measure {
            case .distinctValues(let r), .aggregate(_, let r), .rate(let r, _), .value(let r): return [r]
            default: return []
            }
        case .compareToAggregate(let r, _, _), .like(let r, _, _): return [r]
        case .compareColumns(let a, _, let b): return [a, b]
        case .either(let a, let b): return refs(of: a) + refs(of: b)
        }
    }

    /// A row condition as SQL, in the spelling of `context`.
    func conditionSQL(_ condition: Meaning.Condition, _ context: SQLContext, meaning: Meaning) throws(TranslationError) -> String {
        switch condition.kind {
        case .compare(let ref, let op, let value):
            return "\(context.column(ref)) \(op.rawValue) \(value.sql)"
        case .between(let ref, let low, let high):
            return "\(context.column(ref)) BETWEEN \(low.sql) AND \(high.sql)"
        case .oneOf(let ref, let values, let negated):
            if values.count == 1 { return "\(context.column(ref)) \(negated ? "<>" : "=") \(values[0].sql)" }
            return "\(context.column(ref)) \(negated ? "NOT IN" : "IN") (\(values.map(\.sql).joined(separator: ", ")))"
        case .isNull(let ref, let negated):
            return "\(context.column(ref)) IS \(negated ? "NOT " : "")NULL"
        case .period(let target, let period):
            guard let ref = target.column else { throw unsupported("\"\(target.phrase)\" has no date column") }
            return dateSQL(ref, period, context)
        case .compareColumns(let a, let op, let b):
            return "\(context.column(a)) \(op.rawValue) \(context.column(b))"
        case .compareToAggregate(let ref, let op, let function):
            let plain = SQLContext(lexicon: lexicon)
            return "\(context.column(ref)) \(op.rawValue) (SELECT \(function.sqlName)(\(plain.column(ref))) FROM \(plain.table(ref.table)))"
        case .like(let ref, let pattern, let negated):
            let escape = pattern.contains("\\") ? " ESCAPE '\\'" : ""
            return "\(context.column(ref)) \(negated ? "NOT LIKE" : "LIKE") \(quoteLiteral(pattern))\(escape)"
        case .either(let a, let b):
            return "(\(try conditionSQL(a, context, meaning: meaning)) OR \(try conditionSQL(b, context, meaning: meaning)))"
        case .measure:
            throw unsupported("a condition on related rows must be placed by the planner")
        }
    }

    private func dateSQL(_ ref: ColumnRef, _ period: Meaning.DateCondition, _ context: SQLContext) -> String {
        let column = context.column(ref)
        let isDateTime = lexicon[ref].type == .datetime
        switch period {
        case .part(let format, let value):
            return "strftime('\(format)', \(column)) = '\(value)'"
        case .day(let iso):
            return isDateTime ? "date(\(column)) = '\(iso)'" : "\(column) = '\(iso)'"
        case .range(let lower, let lowerInclusive, let upper, let upperInclusive):
            if let lower, let upper, lowerInclusive, upperInclusive, !isDateTime {
                return "\(column) BETWEEN '\(lower)' AND '\(upper)'"
            }
            var parts: [String] = []
            if let lower {
                if isDateTime && !lowerInclusive {
                    parts.append("date(\(column)) > '\(lower)'")
                } else {
                    parts.append("\(column) \(lowerInclusive ? ">=" : ">") '\(lower)'")
                }
            }
            if let upper {
                if isDateTime && upperInclusive {
                    parts.append("date(\(column)) <= '\(upper)'")
                } else {
                    parts.append("\(column) \(upperInclusive ? "<=" : "<") '\(upper)'")
                }
            }
            return parts.joined(separator: " AND ")
        }
    }

    /// Any condition relative to the table read from: row conditions on it or its parents,
    /// `IN (SELECT …)` for conditions on its children, counts of related rows.
    func anyConditionSQL(_ condition: Meaning.Condition, from: Int, _ context: SQLContext, meaning: Meaning) throws(TranslationError) -> String {
        if case .measure(.rows(let t?), let op, let value) = condition.kind, t != from, lexicon.isAncestor(from, of: t),
            case .integer(let n) = value
        {
            return try relatedCountSQL(t, op, Int(n), conditions: [], from: from, context, meaning: meaning)
        }
        let table = try conditionTable(condition)
        if table == from || lexicon.isAncestor(table, of: from) { return try conditionSQL(condition, context, meaning: meaning) }
        if lexicon.isAncestor(from, of: table) {
            return try semiJoin(child: table, conditions: [condition], from: from, context, meaning: meaning)
        }
        throw unrelated(table, from)
    }

    /// `c.customer_id IN (SELECT customer_id FROM transactions WHERE …)`, nested along the
    /// foreign keys when the condition's table is further down.
    func semiJoin(child: Int, conditions: [Meaning.Condition], from: Int, _ context: SQLContext, meaning: Meaning) throws(TranslationError) -> String
    {
        guard let path = lexicon.pathUp(from: child, to: from), let first = path.first, let last = path.last else { throw unrelated(child, from) }
        let plain = SQLContext(lexicon: lexicon)
        for condition in conditions where try conditionTable(condition) != child {
            throw unsupported("Conditions on \(lexicon.tables[try conditionTable(condition)].name) cannot be combined here.")
        }
        // "owners with no cats", "customers who never paid by card": a negated value
        // of the related rows means none of them has it (`NOT IN` the rows that do), not that
        // one of them has another value. The related rows' other conditions ("never had an
        // injury in 2021") say which rows must not have it: they go inside the `NOT IN`.
        let denied = conditions.indices.filter { k in
            if case .oneOf(_, _, negated: true) = conditions[k].kind { return true }
            return false
        }
        if denied.count == 1, path.count == 1, case .oneOf(let ref, let literals, negated: true) = conditions[denied[0]].kind {
            let positive = Meaning.Condition(kind: .oneOf(ref, literals, negated: false), position: conditions[denied[0]].position)
            var rendered = [try conditionSQL(positive, plain, meaning: meaning)]
            for (k, other) in conditions.enumerated() where k != denied[0] { rendered.append(try conditionSQL(other, plain, meaning: meaning)) }
            if lexicon[first.child].nullable { rendered.insert("\(plain.column(first.child)) IS NOT NULL", at: 0) }
            let sql = "SELECT \(plain.column(first.child)) FROM \(plain.table(child)) WHERE " + rendered.joined(separator: " AND ")
            return "\(context.column(last.parent)) NOT IN (\(sql))"
        }
        let rendered = try conditions.map { c throws(TranslationError) in try conditionSQL(c, plain, meaning: meaning) }
        var sql = "SELECT \(plain.column(first.child)) FROM \(plain.table(child))"
        if !rendered.isEmpty { sql += " WHERE " + rendered.joined(separator: " AND ") }
        for k in path.indices.dropFirst() {
            let link = path[k]
            sql = "SELECT \(plain.column(link.child)) FROM \(plain.table(link.child.table)) WHERE \(plain.column(path[k - 1].parent)) IN (\(sql))"
        }
        return "\(context.column(last.parent)) IN (\(sql))"
    }

    /// How many related rows each row has, compared: `IN (… HAVING COUNT(*) > 10)`, or
    /// `NOT IN (…)` when rows with no related rows at all also qualify ("no transactions",
    /// "fewer than 3 transactions").
    func relatedCountSQL(
        _ child: Int, _ op: Comparison, _ n: Int, conditions: [Meaning.Condition], from: Int,
        _ context: SQLContext, meaning: Meaning
    ) throws(TranslationError) -> String {
        guard let path = lexicon.pathUp(from: child, to: from), path.count == 1, let link = path.first else {
            throw unsupported("Counting \(lexicon.tables[child].name) per \(lexicon.singularName(of: from)) needs a direct foreign key between them.")
        }
        let plain = SQLContext(lexicon: lexicon)
        let fk = plain.column(link.child)
        var rendered = try conditions.map { c throws(TranslationError) in try conditionSQL(c, plain, meaning: meaning) }
        let key = context.column(link.parent)
        let table = plain.table(child)
        if !op.holds(0, Double(n)) {
            let whereClause = rendered.isEmpty ? "" : " WHERE " + rendered.joined(separator: " AND ")
            if (op == .greaterOrEqual && n == 1) || (op == .greater && n == 0) {
                return "\(key) IN (SELECT \(fk) FROM \(table)\(whereClause))"
            }
            return "\(key) IN (SELECT \(fk) FROM \(table)\(whereClause) GROUP BY \(fk) HAVING COUNT(*) \(op.rawValue) \(n))"
        }
        if lexicon[link.child].nullable { rendered.insert("\(fk) IS NOT NULL", at: 0) }
        let whereClause = rendered.isEmpty ? "" : " WHERE " + rendered.joined(separator: " AND ")
        if (op == .equal && n == 0) || (op == .less && n == 1) || (op == .lessOrEqual && n == 0) {
            return "\(key) NOT IN (SELECT \(fk) FROM \(table)\(whereClause))"
        }
        return "\(key) NOT IN (SELECT \(fk) FROM \(table)\(whereClause) GROUP BY \(fk) HAVING COUNT(*) \(op.negated.rawValue) \(n))"
    }

    /// Conditions after the main verb of a share question are its numerator ("percentage of
    /// customers [who signed up in 2024] ARE on the basic plan").
    func shareNumeratorPositions(_ m: Meaning) -> Set<Int> {
        let subject = m.subjectPosition ?? m.tableMentions.map(\.position).min() ?? -1
        let positions = m.conditions.map(\.position)
        var mainVerb: Int?
        if let relative = m.relativePositions.first(where: { $0 > subject }) {
            mainVerb = m.verbPositions.first { v in v > relative && positions.contains { $0 > relative && $0 < v } }
        } else {
            mainVerb = m.verbPositions.first { $0 > subject }
        }
        if let mainVerb { return Set(positions.filter { $0 > mainVerb }) }
        // No verb to split at ("percentage of women survived"): the last condition is asked about.
        return positions.max().map { [$0] } ?? []
    }
}
