import PlexeFoundation

/// The planner's first steps: completing what the question left implicit (a count for
/// "customers by country", the grouping behind "which country …", the measure a bare
/// superlative ranks by) and choosing the table to read from.
extension QueryPlanner {
    // MARK: Completing the meaning

    /// Fills in what questions leave implicit: a count for "customers by country", the
    /// grouping behind "which country …", the measure a bare superlative ranks by.
    func completeMeaning(_ m: inout Meaning) throws(TranslationError) {
        try placeWrittenNumbers(&m)
        rankRowsByTheNamedMember(&m)
        boundRowsByTheirTotal(&m)
        rescaleToColumnUnits(&m)
        countRowsOfTheOneChildTable(&m)
        // "How old is the oldest rider, and of which club?": a superlative of a row's own value
        // picks one row, and the column asked with it is that row's. Groups by the column would
        // answer "the oldest of each club", which nobody asked. (With a limit already read —
        // "which club has the oldest rider" — the grouped reading names the same club.)
        if case .column(let asked)? = m.answerEntity, case .value(let ranked)? = m.rankMeasure, m.rankDirection != nil,
            asked.table == ranked.table || lexicon.isAncestor(asked.table, of: ranked.table),
            lexicon[ranked].isNumeric || lexicon[ranked].isTemporal, m.measures.isEmpty, m.groupings.isEmpty, m.limit == nil,
            m.orderMeasure == nil, !m.wantsChart, !m.onAverage
        {
            m.answerEntity = .table(ranked.table)
            m.projections = [asked] + m.projections.filter { $0 != asked && $0 != ranked }
            m.limit = 1
            // (The column asked is what names the row here; no other label is added.)
            m.asksForRows = false
        }
        // "What percentage of all floods were in the north" where a `floods` column tallies
        // them: the share of the column's total.
        if m.measures.count == 1, case .share = m.measures[0].measure, m.projections.count == 1, lexicon.countsThings(m.projections[0]) {
            m.shareOfColumn = m.projections[0]
            m.projections = []
        }
        let distribution = m.chartHint == .distribution || m.chartHint == .histogram
        // "Northwind's payroll year by year", "the price over the years" asked as a table:
        // each value with its time, in time order.
        if m.chartHint == .trend, !m.wantsChart, resultType != .visualization, m.measures.isEmpty, m.rankMeasure == nil, !m.rankMeasureImplicit,
            m.groupings.isEmpty, m.answerEntity == nil, !m.projections.isEmpty,
            m.projections.allSatisfy({ lexicon[$0].isNumeric && !lexicon.isOrdinal($0) && $0.table == m.projections[0].table })
        {
            let table = m.projections[0].table
            var times = lexicon.dateColumns(of: table)
            if times.isEmpty { times = lexicon.tables[table].columns.filter(\.isYearNumber).map(\.ref) }
            if times.count == 1, let time = times.first {
                m.projections.insert(time, at: 0)
                m.orderMeasure = m.orderMeasure ?? .value(time)
                m.listsEveryRow = true
            }
        }
        // "How long were the leaves on average": the average of the one number asked for, never
        // its list of values.
        if m.onAverage, m.measures.isEmpty, m.rankMeasure == nil, !m.rankMeasureImplicit, m.answerEntity == nil, m.projections.count == 1,
            lexicon[m.projections[0]].isNumeric, !lexicon[m.projections[0]].isBooleanLike, !lexicon.isOrdinal(m.projections[0])
        {
            m.measures = [Meaning.MeasureUse(measure: .aggregate(.average, m.projections[0]), position: 0)]
            m.projections = []
        }
        // "Monthly sales in 2016", "Sales in Ontario": an amount column asked for with
        // groups or conditions (not a list) is a total.
        if m.measures.isEmpty, m.rankMeasure == nil, m.answerEntity == nil, !m.asksForRows, m.tableMentions.isEmpty,
            !m.projections.isEmpty, !m.groupings.isEmpty || !m.conditions.isEmpty,
            m.projections.allSatisfy({ lexicon[$0].isNumeric && defaultAggregate($0) == .sum && lexicon.tables[$0.table].keyColumn != $0.column })
        {
            m.measures = m.projections.map { Meaning.MeasureUse(measure: .aggregate(.sum, $0), position: 0) }
            m.projections = []
        }
        // "The tonnage in every quarter of 2008": a number asked for by groups is its average
        // (total) per group, which is the number itself where a group is one row.
        if m.measures.isEmpty, m.rankMeasure == nil, !m.rankMeasureImplicit, m.answerEntity == nil, !m.groupings.isEmpty, !m.projections.isEmpty,
            m.projections.allSatisfy({
                lexicon[$0].isNumeric && !lexicon[$0].isBooleanLike && !lexicon.isOrdinal($0)
                    && !m.groupings.contains(.column($0))
            })
        {
            m.measures = m.projections.map { Meaning.MeasureUse(measure: .aggregate(defaultAggregate($0), $0), position: 0) }
            m.projections = []
        }
        // "Plot rainfall by year": a chart of a number by groups shows its average (total) per group.
        if m.wantsChart, m.measures.isEmpty, m.rankMeasure == nil, m.answerEntity == nil, !m.groupings.isEmpty, m.projections.count == 1,
            lexicon[m.projections[0]].isNumeric, !lexicon[m.projections[0]].isBooleanLike,
            lexicon.tables[m.projections[0].table].keyColumn != m.projections[0].column
        {
            m.measures = [Meaning.MeasureUse(measure: .aggregate(defaultAggregate(m.projections[0]), m.projections[0]), position: 0)]
            m.projections = []
        }
        if m.measures.isEmpty, m.rankMeasure == nil, m.answerEntity == nil {
            if !m.groupings.isEmpty, m.projections.isEmpty {
                m.measures = [Meaning.MeasureUse(measure: .rows(table: nil), position: 0)]
            } else if distribution || m.wantsChart, m.projections.count == 1 {
                let ref = m.projections[0]
                let column = lexicon[ref]
                if column.isTemporal {
                    m.groupings = [.datePart(Meaning.DateTarget(column: ref, anchorTable: nil, phrase: column.name), .year)]
                    m.projections = []
                    m.measures = [Meaning.MeasureUse(measure: .rows(table: nil), position: 0)]
                } else if !column.isNumeric {
                    m.groupings = [.column(ref)]
                    m.projections = []
                    m.measures = [Meaning.MeasureUse(measure: .rows(table: nil), position: 0)]
                }
            } else if distribution, !m.groupings.isEmpty {
                m.measures = [Meaning.MeasureUse(measure: .rows(table: nil), position: 0)]
            }
        }
        // "Plot the number of transactions over time": per period of the measured table's
        // date, by how long its dates run (years over three years, months over three months).
        if m.wantsChart, m.chartHint == .trend || m.chartHint == .lineChart, m.groupings.isEmpty, m.answerEntity == nil,
            m.projections.isEmpty, let first = m.measures.first?.measure
        {
            var table: Int? = m.subjectTable
            switch first {
            case .rows(let t?): table = t
            case .aggregate(_, let r), .distinctValues(let r): table = r.table
            default: break
            }
            if let table, lexicon.dateColumns(of: table).count == 1, let date = lexicon.dateColumns(of: table).first, lexicon[date].unique,
                m.measures.count == 1, case .aggregate(let f, let r) = first, f == .sum || f == .average, r.table == table
            {
                // One row a date ("plot the number of floods over time" of a monthly table):
                // each date's total is its row, so the series itself, one point a date.
                m.measures = []
                m.projections = [r]
            } else if let table, lexicon.dateColumns(of: table).count == 1, let date = lexicon.dateColumns(of: table).first {
                var part = DatePart.month
                if let span = lexicon.dateSpans[date] {
                    let days = span.last.dayNumber - span.first.dayNumber
                    part = days > 3 * 365 ? .year : days > 90 ? .month : days > 21 ? .week : .day
                }
                m.groupings = [.datePart(Meaning.DateTarget(column: date, anchorTable: nil, phrase: lexicon.columnName(date)), part)]
            } else if let table, lexicon.dateColumns(of: table).isEmpty {
                // No date: one whole-number period column (a year, a week number) is the time
                // axis; with none, or several, a single figure would answer a question asked
                // over time, so it is refused.
                let periods = lexicon.tables[table].columns.filter { $0.isYearNumber || lexicon.calendarPart($0.ref) != nil }
                guard periods.count == 1 else {
                    throw TranslationError(
                        kind: .unplacedWords(["over time"]),
                        message:
                            "A chart over time needs one date, year or period column, and \(lexicon.tables[table].name) has \(periods.isEmpty ? "none" : "several"). Known tables and columns: \(lexicon.summary)."
                    )
                }
                m.groupings = [.column(periods[0].ref)]
            }
        }
        // "countries with more than 100 customers": the column the condition is about is the group.
        let hasGroupCondition = m.conditions.contains { condition in
            if case .measure(let measure, _, _) = condition.kind {
                if case .rows(let t?) = measure, m.projections.contains(where: { lexicon.isAncestor($0.table, of: t) }) { return false }
                return true
            }
            return false
        }
        if hasGroupCondition, m.groupings.isEmpty, m.answerEntity == nil, !m.projections.isEmpty {
            m.groupings = m.projections.map { .column($0) }
            m.projections = []
        }
        // "the northernmost site", "the heaviest parcel and its sender": the extreme of a
        // column next to what names each row is that row, not a group.
        if m.measures.count == 1, case .aggregate(let f, let measured) = m.measures[0].measure, f == .maximum || f == .minimum,
            m.groupings.isEmpty, m.answerEntity == nil, m.rankMeasure == nil, !m.projections.isEmpty,
            m.projections.allSatisfy({ $0.table == measured.table }),
            m.projections.contains(where: { lexicon[$0].unique || lexicon.tables[$0.table].labelColumn == $0.column })
        {
            m.answerEntity = .table(measured.table)
            m.rankMeasure = .value(measured)
            m.rankDirection = f == .maximum ? .descending : .ascending
            m.limit = m.limit ?? 1
            m.measures = []
        }
        // "the country and the average age": plain columns next to aggregates are groups.
        if !m.measures.isEmpty, !m.projections.isEmpty, m.answerEntity == nil, m.rankMeasure == nil, !m.rankMeasureImplicit {
            // "the average crew of the harbour boats", "how many entries are in the boat list":
            // the column that names each row, beside measures of those rows, is only the
            // rows' noun — one group per row would answer nothing the question asked.
            let measuredTables = Set(
                m.measures.compactMap { use -> Int? in
                    switch use.measure {
                    case .aggregate(_, let r): return r.table
                    case .rows(let t): return t ?? m.subjectTable ?? m.projections.first?.table
                    default: return nil
                    }
                })
            let conditioned = Set(m.conditions.flatMap { refs(of: $0) })
            // ("Show the boats and their total crew" asks for each row: not dropped there.)
            if measuredTables.count == 1, !m.asksForRows, !m.listsWithLabel {
                m.projections.removeAll { ref in
                    measuredTables.contains(ref.table) && lexicon[ref].unique && !conditioned.contains(ref)
                        && SchemaLexicon.namingColumn(of: lexicon.tables[ref.table]) == ref.column
                }
            }
        }
        if !m.measures.isEmpty, !m.projections.isEmpty, m.answerEntity == nil, m.rankMeasure == nil, !m.rankMeasureImplicit {
            // A decimal or identifying column is no group: something in the question was misread.
            // So is a whole-number column with too many values to have been kept (a duration, a
            // count): groups of it would be nearly one per row.
            if let odd = m.projections.first(where: {
                lexicon[$0].type == .float || lexicon[$0].unique
                    || (lexicon[$0].isNumeric && lexicon[$0].distinctValues == nil && !lexicon.isOrdinal($0) && !lexicon[$0].isBooleanLike)
            }) {
                let name = lexicon.columnName(odd)
                throw TranslationError(
                    kind: .unplacedWords([name]),
                    message: "Could not tell what to do with \(name) next to the other measures. Known tables and columns: \(lexicon.summary).")
            }
            // "How many age and dose combinations are there", "how many people were cases
            // or controls": a question that opens with "how many" and names no groups asks
            // for one number; columns left beside it were not understood as groups.
            // (A column a condition fixes only names where the value is: "had BOS as their
            // destination".)
            let fixed = Set(m.conditions.flatMap { refs(of: $0) })
            if m.opensWithCount, m.groupings.isEmpty, !m.wantsChart, m.projections.contains(where: { !fixed.contains($0) }) {
                let names = m.projections.filter { !fixed.contains($0) }.map { lexicon.columnName($0) }
                throw TranslationError(
                    kind: .unplacedWords(names),
                    message:
                        "Could not tell what to do with \(names.joined(separator: ", ")) next to the count. Known tables and columns: \(lexicon.summary)."
                )
            }
            // A group no word asked for (the second half of the accountability check, see
            // `Accountability`): a column beside a measure becomes a group only when it can be
            // one — a category, a yes/no, a period. A measured quantity beside an extreme ("how
            // tall is the tallest pine", "the last year with any fever deaths") was a figure or
            // a condition the reading did not understand; grouped by, it answers a question no
            // one asked. (A whole number with a handful of values — a period 1 to 4, a count of
            // cylinders — is a category.)
            if let unasked = m.projections.first(where: {
                !m.groupings.contains(.column($0)) && lexicon[$0].isNumeric && !lexicon[$0].isBooleanLike && !lexicon.isOrdinal($0)
                    && lexicon.calendarPart($0) == nil && !isSmallCategory($0)
            }) {
                let name = lexicon.columnName(unasked)
                throw TranslationError(
                    kind: .unplacedWords([name]),
                    message:
                        "Could not tell what to do with \(name) next to the other measures: no word asks for a group of each \(name). Known tables and columns: \(lexicon.summary)."
                )
            }
            for ref in m.projections where !m.groupings.contains(.column(ref)) { m.groupings.append(.column(ref)) }
            m.projections = []
        }
        // "Who earns the most?": rows of the table the question is about.
        if m.asksWho, m.answerEntity == nil {
            // People are rows with a name: the table named, or the nearest parent with a name
            // column — never the table whose rows are being counted ("who has the most projects").
            var counted: Int?
            if case .rows(let t?)? = m.rankMeasure { counted = t }
            func hasName(_ t: Int) -> Bool {
                lexicon.tables[t].labelColumn.map { lexicon.tables[t].columns[$0].words.contains("name") } ?? false
            }
            let mentioned = ([m.subjectTable].compactMap { $0 } + m.tableMentions.map(\.table)).filter { $0 != counted }
            var table = mentioned.first(where: hasName) ?? mentioned.first
            if table == nil, let concept = m.verbMeasure {
                table = lexicon.measureColumn(for: concept, preferring: [])?.table
            }
            if table == nil {
                switch m.rankMeasure ?? m.measures.first?.measure {
                case .value(let ref)?, .aggregate(_, let ref)?: table = ref.table
                default: break
                }
            }
            if !(table.map(hasName) ?? false), let base = table ?? counted,
                let labelled = lexicon.tables.indices.filter({ hasName($0) && lexicon.isAncestor($0, of: base) })
                    .min(by: { (lexicon.pathUp(from: base, to: $0)?.count ?? 99) < (lexicon.pathUp(from: base, to: $1)?.count ?? 99) })
            {
                table = labelled
            }
            if table == nil {
                let labelled = lexicon.tables.indices.filter { lexicon.tables[$0].labelColumn != nil }
                if labelled.count == 1 { table = labelled[0] }
            }
            if let table {
                m.answerEntity = .table(table)
                if m.rankMeasure == nil, m.rankDirection == nil, let first = m.measures.first, case .aggregate(let f, let ref) = first.measure,
                    f == .maximum || f == .minimum, ref.table == table
                {
                    // "Who has the highest salary?" ranks rows rather than reporting the maximum.
                    m.measures.removeFirst()
                    m.rankMeasure = .value(ref)
                    m.rankDirection = f == .maximum ? .descending : .ascending
                    m.limit = m.limit ?? 1
                }
            }
        }
        if m.rankMeasure == nil, m.rankMeasureImplicit || (m.answerEntity != nil && m.rankDirection != nil) {
            m.rankMeasure = try implicitRankMeasure(m)
        }
        if m.rankMeasure == nil, m.limit != nil, m.answerEntity != nil || !m.groupings.isEmpty, let first = m.measures.first {
            m.rankMeasure = first.measure
            m.rankDirection = m.rankDirection ?? .descending
        }
        rankTotalsOfARepeatedLabel(&m)
        answerRowsForUniqueKeys(&m)
        dropGroupsOfComparedPeriods(&m)
        if let entity = m.answerEntity {
            switch entity {
            case .column(let ref):
                let needsGroups =
                    m.rankMeasure != nil || !m.measures.isEmpty
                    || m.conditions.contains {
                        if case .measure = $0.kind { return true }
                        return false
                    }
                if needsGroups, !m.groupings.contains(.column(ref)) { m.groupings.insert(.column(ref), at: 0) }
            case .datePart(let target, let part):
                if !m.groupings.contains(.datePart(target, part)) { m.groupings.insert(.datePart(target, part), at: 0) }
                if m.rankMeasure == nil, m.measures.isEmpty { m.measures = [Meaning.MeasureUse(measure: .rows(table: nil), position: 0)] }
            case .table(let t):
                if m.rankMeasure == nil,
                    !m.measures.isEmpty
                        || m.conditions.contains(where: { condition in
                            if case .measure(let measure, _, _) = condition.kind, !isChildCount(measure, of: t) { return true }
                            return false
                        })
                {
                    m.groupings.insert(.entity(t), at: 0)
                }
            }
        }
        // A bare column as the measure of groups is summed or averaged.
        let groupedEntity: Int? = {
            if case .table(let t)? = m.answerEntity { return t }
            return nil
        }()
        if let rank = m.rankMeasure, case .value(let ref) = rank {
            let rowLevel = groupedEntity.map { ref.table == $0 || lexicon.isAncestor(ref.table, of: $0) } ?? false
            if !rowLevel && (m.answerEntity != nil || !m.groupings.isEmpty) {
                m.rankMeasure = groupMeasure(ref)
                // "Which pier has the longest boat", "which year had the highest tonnage": a
                // superlative of a measure that does not add up picks the group holding the
                // extreme row, not the group with the highest average.
                // "Which breed is the heaviest on average" says which: the average.
                if case .aggregate(.average, let r)? = m.rankMeasure, m.limit != nil || m.rankDirection != nil, !m.onAverage {
                    m.rankMeasure = .aggregate(m.rankDirection == .ascending ? .minimum : .maximum, r)
                }
            }
        }
        if let order = m.orderMeasure, case .value(let ref) = order, !m.groupings.isEmpty {
            m.orderMeasure = .aggregate(defaultAggregate(ref), ref)
        }
    }

    /// "In which ward did Okafor get the most ballots?" of a wide table (one count column per
    /// candidate, `SchemaLexicon.valueFamily`): "the most ballots" read as the most rows, next
    /// to one member of the family, ranks each row by that member's column — a row per ward
    /// holds no count of rows.
    /// With no member named ("which ward had the most ballots"), the table's column of totals
    /// ranks them, where it has one.
    private func rankRowsByTheNamedMember(_ m: inout Meaning) {
        guard case .rows(let counted)? = m.rankMeasure, m.measures.isEmpty, m.groupings.isEmpty, m.projections.count <= 1 else { return }
        // (Only rows asked for by what names them: "who", "which candidate" may mean the
        // members themselves, which no row is.)
        guard case .column(let asked)? = m.answerEntity, !m.asksWho, lexicon.familyRowNamer(of: asked.table) == asked else { return }
        let table = asked.table
        guard counted == nil || counted == table, !lexicon.valueFamily(of: table).isEmpty else { return }
        if let member = m.projections.first {
            guard member.table == table, lexicon.isFamilyMember(member) else { return }
            m.rankMeasure = .value(member)
        } else if let total = lexicon.familyTotalColumn(of: table) {
            m.rankMeasure = .value(total)
            m.projections = [total]
        }
    }

    /// "How many wards had at least 2000 ballots in total", "which wards had more than 2000
    /// ballots" of a wide table with a column of totals: the bound read as a count of rows per
    /// ward (always 1) is a bound on that column, as one member named beside it ("which wards
    /// gave Tanaka more than 50 ballots") bounds the member's column.
    private func boundRowsByTheirTotal(_ m: inout Meaning) {
        guard m.groupings.isEmpty, m.rankMeasure == nil, m.projections.count <= 1 else { return }
        for k in m.conditions.indices {
            guard case .measure(.rows(let counted?), let op, let literal) = m.conditions[k].kind else { continue }
            let family = lexicon.valueFamily(of: counted)
            guard !family.isEmpty else { continue }
            // The rows asked about are the table's own, one per name.
            var own = false
            switch m.answerEntity {
            case .column(let asked)?: own = !m.asksWho && lexicon.familyRowNamer(of: counted) == asked
            case nil:
                own =
                    m.measures.count == 1
                    && {
                        switch m.measures[0].measure {
                        case .rows(let t): return t == nil || t == counted
                        case .distinctValues(let r): return r.table == counted && lexicon[r].unique
                        default: return false
                        }
                    }()
            default: own = false
            }
            guard own else { continue }
            if let member = m.projections.first {
                guard member.table == counted, family.contains(member) else { continue }
                m.conditions[k].kind = .compare(member, op, literal)
                m.projections = []
            } else if let total = lexicon.familyTotalColumn(of: counted) {
                m.conditions[k].kind = .compare(total, op, literal)
            }
        }
    }

    /// "How many records are there for hive 5?", "how many measurements does hive 4 have":
    /// rows counted without a table named, where the conditions pick one row of a table by its
    /// key or name, would count 1. Other rows are meant: those of the one table that refers to
    /// it. With several such tables the count stays as it is (and the sanity check refuses it).
    private func countRowsOfTheOneChildTable(_ m: inout Meaning) {
        guard m.groupings.isEmpty, m.answerEntity == nil, m.measures.count == 1, case .rows(nil) = m.measures[0].measure,
            m.rankMeasure == nil, !m.wantsChart
        else { return }
        let conditionTables = Set(m.conditions.compactMap { try? conditionTable($0) })
        guard conditionTables.count == 1, let parent = conditionTables.first, m.subjectTable == nil || m.subjectTable == parent else { return }
        let children = lexicon.tables.indices.filter { $0 != parent && lexicon.pathUp(from: $0, to: parent)?.count == 1 }
        guard columnNamingOneRow(of: parent, m.conditions) != nil, children.count == 1, let child = children.first else { return }
        m.measures[0].measure = .rows(table: child)
    }

    /// "On which day was it windiest", "which parcel has the largest volume": when the column
    /// asked for names one row each (a unique column, or the finest calendar part of a daily
    /// or monthly table), the superlative picks the row, with what dates or names it — never
    /// an average per group of rows that happen to share a day of the month.
    private func answerRowsForUniqueKeys(_ m: inout Meaning) {
        // "In which month were deaths highest" of a monthly table: the month is a row.
        if case .datePart(let target, let part)? = m.answerEntity, m.groupings.allSatisfy({ $0 == .datePart(target, part) }) {
            var measuredTable: Int?
            switch m.rankMeasure ?? m.measures.first?.measure {
            case .value(let r)?, .aggregate(_, let r)?: measuredTable = r.table
            default: break
            }
            let dates = measuredTable.map { lexicon.dateColumns(of: $0) } ?? []
            if let column = target.column ?? (dates.count == 1 ? dates[0] : nil), lexicon[column].unique, lexicon.periods[column] == part {
                m.answerEntity = .column(column)
                m.groupings = m.groupings.map { _ in .column(column) }
            }
        }
        guard case .column(let key)? = m.answerEntity, m.groupings.allSatisfy({ $0 == .column(key) }),
            lexicon[key].unique || lexicon.isFinestCalendarPart(key)
        else { return }
        var measured: ColumnRef?
        switch m.rankMeasure {
        case .value(let r)?: measured = r
        case .aggregate(let f, let r)? where f == .maximum || f == .minimum: measured = r
        // Groups of one row each: their total or average is the row's own value.
        case .aggregate(let f, let r)? where f != .count && lexicon[key].unique: measured = r
        case nil:
            if m.measures.count == 1, case .aggregate(let f, let r) = m.measures[0].measure, f == .maximum || f == .minimum {
                measured = r
                m.rankDirection = f == .maximum ? .descending : .ascending
                m.measures = []
            }
        default: break
        }
        guard let measured, measured.table == key.table, lexicon[measured].isNumeric, m.measures.isEmpty else { return }
        let table = lexicon.tables[key.table]
        if lexicon[key].unique {
            m.projections = [key]
        } else {
            // The row's date: every calendar column of the table, coarse to fine as stored.
            m.projections = table.columns.filter {
                $0.isTemporal || lexicon.isOrdinal($0.ref) && ($0.isYearNumber || lexicon.observedRange($0.ref) != nil)
            }.map(\.ref)
            if !m.projections.contains(key) { m.projections.append(key) }
        }
        m.answerEntity = .table(key.table)
        m.rankMeasure = .value(measured)
        m.rankDirection = m.rankDirection ?? .descending
        m.limit = m.limit ?? 1
        m.groupings = []
    }

    /// "How much did sales grow between 1990 and 2000, using yearly averages": the change
    /// already compares two periods; grouping by that period again would list one line per
    /// year instead of the one number asked for.
    private func dropGroupsOfComparedPeriods(_ m: inout Meaning) {
        var compared: [ColumnRef] = []
        func collect(_ measure: Meaning.Measure) {
            switch measure {
            case .combined(let a, _, let b):
                collect(a)
                collect(b)
            case .conditional(_, _, let condition): compared += refs(of: condition)
            default: break
            }
        }
        for use in m.measures { if case .combined = use.measure { collect(use.measure) } }
        guard !compared.isEmpty else { return }
        m.groupings.removeAll { grouping in
            switch grouping {
            case .column(let ref): return compared.contains(ref)
            case .datePart(let target, let part):
                if let column = target.column { return compared.contains(column) }
                return part == .year && compared.contains { lexicon[$0].isYearNumber || lexicon[$0].isTemporal }
            case .entity: return false
            }
        }
    }

    /// "Which player played the most minutes in total?" of `players(player, season, minutes)`
    /// where a player has a row per season: "in total" ranks each player by the sum of their
    /// rows, not by their single best row.
    private func rankTotalsOfARepeatedLabel(_ m: inout Meaning) {
        guard m.saysInTotal, case .table(let t)? = m.answerEntity, case .value(let ref)? = m.rankMeasure, ref.table == t,
            lexicon[ref].isNumeric, let label = lexicon.tables[t].labelColumn, !lexicon.tables[t].columns[label].unique
        else { return }
        m.answerEntity = .column(lexicon.tables[t].columns[label].ref)
        m.rankMeasure = .aggregate(.sum, ref)
    }

    private func isChildCount(_ measure: Meaning.Measure, of table: Int) -> Bool {
        if case .rows(let t?) = measure { return lexicon.isAncestor(table, of: t) }
        return false
    }

    /// What "spent the most", "the 3 largest transactions" rank by when no column is named.
    private func implicitRankMeasure(_ m: Meaning) throws(TranslationError) -> Meaning.Measure {
        var entityTable: Int?
        if case .table(let t)? = m.answerEntity { entityTable = t }
        let order = m.tableMentions.map(\.table) + lexicon.tables.indices.filter { t in !m.tableMentions.contains { $0.table == t } }
        func measure(for ref: ColumnRef, verb: Bool = false) -> Meaning.Measure {
            if let entityTable, ref.table == entityTable || lexicon.isAncestor(ref.table, of: entityTable) { return .value(ref) }
            // What a verb measures adds up ("spent the most"); a named column of groups is
            // summed or averaged by what it holds ("the year inflation was highest"). "On
            // average" says which ("which rank pays the most on average"): never dropped.
            if m.onAverage { return .aggregate(.average, ref) }
            return .aggregate(verb ? .sum : defaultAggregate(ref), ref)
        }
        if let concept = m.verbMeasure {
            if let ref = lexicon.measureColumn(for: concept, preferring: order) { return measure(for: ref, verb: true) }
            if concept == .sell { return .rows(table: nil) }
            // `measureColumn` passes over a whole-number column whose every value differs (an
            // identifier, as often as not): "which airline spent the most" of a `cost` that
            // differs in each row is that column all the same, when one column is so named.
            if let money = try moneyColumnHoldingDistinctValues(for: concept) { return measure(for: money, verb: true) }
        }
        if let numeric = m.projections.first(where: { lexicon[$0].isNumeric && lexicon.tables[$0.table].keyColumn != $0.column }) {
            return measure(for: numeric)
        }
        if let first = m.measures.first { return first.measure }
        if let entityTable {
            if let money = lexicon.columns(in: [entityTable], namedBy: VerbConcept.spend.columnWords).first { return .value(money) }
            let numeric = lexicon.tables[entityTable].columns.filter { $0.isNumeric && !$0.unique }
            if numeric.count == 1 { return .value(numeric[0].ref) }
            throw TranslationError(
                kind: .ambiguous(phrase: "largest", candidates: numeric.map { "\(lexicon.tables[entityTable].name).\($0.name)" }),
                message:
                    "The question ranks \(lexicon.tables[entityTable].name) but does not say by which column (\(numeric.map(\.name).joined(separator: ", ")))."
            )
        }
        // "Which grade pays the most on average" where nothing names what is paid: a count of
        // rows has no average to take, so the words were not understood.
        if m.onAverage { throw unsupported("Could not tell what to average. Known tables and columns: \(lexicon.summary).") }
        // "In which month were loans highest" of `monthly_loans(date, count)`: the rows are
        // periods, and the table's noun is what its count column counts (`periodTally`).
        if !m.namesRowsAsSuch, m.tableMentions.count == 1, let tally = lexicon.periodTally(of: m.tableMentions[0].table) {
            return .aggregate(.sum, tally)
        }
        // "Which country is the biggest": a size of nothing named; the rows are not what it
        // measures unless the question names them ("the most records").
        if m.rankWordIsASize, !m.namesRowsAsSuch {
            throw unsupported("Could not tell what the superlative measures. Known tables and columns: \(lexicon.summary).")
        }
        // "Which country spent the most" where no column is money: counting the rows would
        // answer another question.
        if let concept = m.verbMeasure, concept != .sell {
            throw unsupported("Could not tell which column holds what was \(concept.pastParticiple). Known tables and columns: \(lexicon.summary).")
        }
        return .rows(table: nil)
    }

    /// The one numeric column, not an identifier, whose name holds a word of what `concept`
    /// measures, among those `measureColumn` leaves aside because each row holds a different
    /// value; nil when there is none, an error when two or more could be meant.
    private func moneyColumnHoldingDistinctValues(for concept: VerbConcept) throws(TranslationError) -> ColumnRef? {
        var words = concept.columnWords
        if concept == .spend { words += VerbConcept.earn.columnWords }
        let found = lexicon.tables.indices.flatMap { t in
            lexicon.tables[t].columns.filter { column in
                column.isNumeric && column.unique && column.type != .float && lexicon.tables[t].keyColumn != column.ref.column
                    && column.words.last != "id" && column.words.contains(where: words.contains)
            }
        }
        if found.count > 1 {
            throw TranslationError(
                kind: .ambiguous(phrase: concept.pastParticiple, candidates: found.map { "\(lexicon.tables[$0.ref.table].name).\($0.name)" }),
                message: "Could not tell which column holds what was \(concept.pastParticiple): \(found.map(\.name).joined(separator: ", ")).")
        }
        return found.first?.ref
    }

    /// A bare column as the measure of a group: identifiers and text are counted ("the most
    /// orders" counts distinct `Order ID`s), amounts summed, other numbers averaged.
    func groupMeasure(_ ref: ColumnRef) -> Meaning.Measure {
        let column = lexicon[ref]
        if !column.isNumeric || column.words.last == "id" { return .distinctValues(ref) }
        return .aggregate(defaultAggregate(ref), ref)
    }

    /// Amounts, quantities and counts add up; ages, prices and scores are averaged.
    func defaultAggregate(_ ref: ColumnRef) -> AggregateFunction {
        SchemaLexicon.isAdditive(lexicon[ref]) || lexicon.countsThings(ref) ? .sum : .average
    }

    // MARK: The table to read from

    func fromTable(_ m: Meaning, rankColumn: ColumnRef?) throws(TranslationError) -> Int {
        var core: [Int] = []
        func add(_ t: Int?) { if let t, !core.contains(t) { core.append(t) } }
        func addMeasure(_ measure: Meaning.Measure?) {
            switch measure {
            case .rows(let t)?: add(t ?? m.subjectTable)
            case .distinctValues(let r)?, .aggregate(_, let r)?, .rate(let r, _)?, .value(let r)?: add(r.table)
            case .share?: add(m.subjectTable)
            case .averagePerEntity(_, let e)?: add(e)
            case .combined(let a, _, let b)?:
                addMeasure(a)
                addMeasure(b)
            case .conditional(_, let r, _)?: add(r.table)
            case .distinctPeriods(let target, _)?: add(target.column?.table ?? target.anchorTable ?? m.subjectTable)
            case .ofRows(_, let inner)?: addMeasure(inner)
            case nil: break
            }
        }
        m.measures.forEach { addMeasure($0.measure) }
        addMeasure(m.rankMeasure)
        addMeasure(m.orderMeasure)
        // "customers who spent more than 5000 in total": the amounts are read where they are.
        for condition in m.conditions {
            if case .measure(.aggregate(_, let r), _, _) = condition.kind { add(r.table) }
        }
        for grouping in m.groupings {
            switch grouping {
            case .column(let r): add(r.table)
            case .entity(let t): add(t)
            case .datePart(let target, _): add(target.column?.table ?? target.anchorTable)
            }
        }
        m.projections.forEach { add($0.table) }
        switch m.answerEntity {
        case .table(let t)?: add(t)
        case .column(let r)?: add(r.table)
        case .datePart(let target, _)?: add(target.column?.table ?? target.anchorTable)
        case nil: break
        }
        if let rankColumn { add(rankColumn.table) }
        if core.isEmpty {
            add(m.subjectTable ?? m.tableMentions.first?.table)
        }
        if core.isEmpty {
            for condition in m.conditions {
                if let table = try? conditionTable(condition) {
                    add(table)
                    break
                }
            }
        }
        if core.isEmpty, lexicon.tables.count == 1 { add(0) }
        guard !core.isEmpty else {
            throw TranslationError(
                kind: .empty, message: "The question does not say which data to look at. Known tables and columns: \(lexicon.summary).")
        }
        for candidate in core + lexicon.tables.indices.filter({ !core.contains($0) }) {
            if core.allSatisfy({ $0 == candidate || lexicon.isAncestor($0, of: candidate) }) { return candidate }
        }
        throw unrelated(core[0], core[1])
    }

    func unrelated(_ a: Int, _ b: Int) -> TranslationError {
        let message = "The question combines \(lexicon.tables[a].name) and \(lexicon.tables[b].name), but no foreign key connects them."
        return TranslationError(kind: .unsupported(message), message: message)
    }

    func unsupported(_ message: String) -> TranslationError {
        TranslationError(kind: .unsupported(message), message: message)
    }
}

extension QueryPlanner {
    /// A whole-number column with at most a dozen values seen at ingest: a category written as
    /// a number (a period, a grade, a number of doors), fit to group by.
    func isSmallCategory(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        guard column.type == .integer, let values = column.distinctValues else { return false }
        return values.count <= 12
    }
}
