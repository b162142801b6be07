/// Measures that combine two aggregates: a change between two periods ("how much did the
/// revenue of Oslo grow between 2015 and 2020"), the spread of a column ("the difference
/// between the highest and lowest", "the range of"), and ratios ("the ratio of total refunds to
/// total sales", "of ACME's highest price to its lowest", "of the revenue of Oslo to that
/// of Bergen").
extension Interpreter {
    /// Verbs of change, by the sign of the change they ask for: up (value at the end minus
    /// value at the start) or down (start minus end, positive when it fell).
    static let changeVerbs: [String: SortDirection] = [
        "grow": .descending, "rise": .descending, "increase": .descending, "climb": .descending, "gain": .descending,
        "go up": .descending, "jump": .descending, "improve": .descending, "change": .descending,
        "fall": .ascending, "drop": .ascending, "decline": .ascending, "decrease": .ascending, "shrink": .ascending,
        "go down": .ascending, "sink": .ascending, "dip": .ascending, "slide": .ascending,
    ]

    /// The base verb of a token if it is a verb of change ("grew", "risen", "dropped").
    func changeVerb(_ i: Int, evenASingularTableName: Bool = false) -> SortDirection? {
        guard i >= 0, i < items.count, !items[i].used, items[i].range.count == 1,
            items[i].schema.isEmpty || (evenASingularTableName && namesOnlyTablesInTheSingular(i))
        else { return nil }
        let word = tokens[items[i].range.lowerBound].lower
        if let direction = Interpreter.changeVerbs[word] { return direction }
        for base in WordNet.shared?.baseForms(word, .verb) ?? [] {
            if let direction = Interpreter.changeVerbs[base] { return direction }
        }
        return nil
    }

    mutating func readArithmetic() throws(TranslationError) {
        // (The first pass after linking: readings the arithmetic already depends on.)
        settleReadings()
        try readDuration()
        readPeriodsOfAnEvent()
        readRecentEvent()
        // (Before the dates and periods: "in how many years … at some point" must not leave "point".)
        readAtSomePoint()
        // (Before the change: "how many observations fall in 1985" places rows, it is no change.)
        readRowsLyingInPeriods()
        try readChange()
        try readSpread()
        try readRatio()
        try readDifference()
        try readHowManyMore()
        try readHowMuchComparative()
        readComparativeBetweenGroups()
        absorbVerbsBeforeComparisons()
    }

    // MARK: Change between two periods

    /// "How much did X grow between 1952 and 2007", "by how much did the average X drop from
    /// 2008 to 2009", "how much did ACME's price grow between the first and the last week":
    /// the value at one period minus the value at the other, each the average of the rows of
    /// its period (the row itself when the period is one row).
    private mutating func readChange() throws(TranslationError) {
        let pace = paceChange()
        // (A table's rows are never named by a verb of change, though WordNet files a death
        // and an injury under "change": see `SchemaLexicon.specificKindWords`. The singular of
        // a table named after changes is still the verb: see `namesOnlyTablesInTheSingular`.)
        guard let v = items.indices.first(where: { changeVerb($0, evenASingularTableName: true) != nil }) ?? pace?.verb,
            let direction = changeVerb(v, evenASingularTableName: true) ?? pace?.direction
        else { return }
        // The two periods, after "between" or "from".
        guard
            let b = items.indices.first(where: { k in
                k > v && !items[k].used && (keyword(k) == .between || keyword(k) == .dateRelation(.from) || keyword(k) == .dateRelation(.since))
            })
        else { return }
        let firstStart = nextIndex(from: b + 1, skipping: { isArticle($0) }) ?? items.count
        guard let (said, firstLast) = periodEndpoint(at: firstStart) ?? elidedEdge(at: firstStart) ?? dayOfMonthWithoutYear(at: firstStart),
            let link = nextIndex(from: firstLast + 1, skipping: { isArticle($0) }),
            keyword(link) == .and || keyword(link) == .dateRelation(.until),
            let (second, secondLast) = periodEndpoint(at: nextIndex(from: link + 1, skipping: { isArticle($0) }) ?? items.count),
            let first = endpoint(said, inTheYearOf: second)
        else { return }
        // "between the first and the last week of 2019": the edges of that year's rows, which
        // the edges of the whole table are not.
        if case .edge = first, let after = nextIndex(from: secondLast + 1, skipping: { _ in false }), case .dateRelation? = keyword(after) { return }
        if case .edge = second, let after = nextIndex(from: secondLast + 1, skipping: { _ in false }), case .dateRelation? = keyword(after) { return }
        // The measure: the one numeric column named, with an aggregate word if any.
        // (Not a column that names a period: "from day 0 to day 9".)
        // (Nor a numeric column followed by a value it holds, which picks the rows: "airline 1's
        // cost" of an `airline` numbered 1 to 6.)
        let candidates = items.indices.filter { k in
            !items[k].used && k != v && !(b...secondLast).contains(k) && isMeasureColumn(k, where: { $0.isNumeric && !$0.isYearNumber })
                && !picksRowsByNumber(k)
        }
        var measured: (item: Int, ref: ColumnRef)? = pace.flatMap { $0.verb == v ? (v, $0.ref) : nil }
        // Words that all name the one column ("how many million did the population grow" of
        // `herd_millions`, "the number of lambs born" of `lambs_born`) are one measure.
        var sameColumn: [Int] = []
        // (The time that "slows down" is already the measure; the columns named pick the rows.)
        if measured == nil, !candidates.isEmpty {
            var refs: [ColumnRef] = []
            for k in candidates {
                guard let (ref, _) = try column(k, where: { $0.isNumeric }) else { break }
                refs.append(ref)
            }
            if refs.count == candidates.count, Set(refs).count == 1 {
                measured = (candidates[0], refs[0])
                sameColumn = Array(candidates.dropFirst())
            }
        } else if measured == nil, candidates.isEmpty,
            let k = items.indices.first(where: {
                if case .verb? = keyword($0) { return true }
                return false
            }),
            case .verb(let concept)? = keyword(k), let ref = lexicon.measureColumn(for: concept, preferring: contextTables)
        {
            // "how much did revenue grow": the money a verb or noun of money measures.
            measured = (k, ref)
        }
        if measured == nil, candidates.isEmpty {
            // "how much did turnout fall", "the mean lap time": a table's name for its measure.
            for k in items.indices where k != v && !items[k].used {
                guard let ref = tableMeasure(k) else { continue }
                measured = (k, ref)
                break
            }
        }
        guard let (c, ref) = measured else { return }
        // A period's value: its average, or its total for an amount named by a verb or noun of
        // money, or by a noun of an amount used or made ("the yearly gas consumption").
        let namesAmount = items[c].range.contains { Interpreter.amountNouns.contains(tokens[$0].lemma) }
        var function =
            namesAmount
            ? AggregateFunction.sum
            : keyword(c) == nil ? AggregateFunction.average : SchemaLexicon.isAdditive(lexicon[ref]) ? .sum : .average
        // A count of things kept by dated rows (deaths by month, parcels by week) between two
        // years: a year's figure is its total, as "the yearly deaths" or "the total deaths"
        // say; a mean of its months has to be asked for ("the average …"). (Only counts of
        // things: a level or a measured amount, `rainfall_mm`, keeps its mean.) Rows keyed by a
        // year number (`year` 1875…1894, several corps a year) are dated rows too.
        if first.isYear, second.isYear, lexicon.countsThings(ref),
            !lexicon.dateColumns(of: ref.table).isEmpty || lexicon.tables[ref.table].columns.contains(where: \.isYearNumber)
        {
            function = .sum
        }
        var functionItem: Int?
        var extra: [Int] = sameColumn
        if let a = previousIndex(from: c - 1, skipping: { isArticle($0) }), case .aggregate(let f)? = keyword(a), f != .count {
            function = f
            functionItem = a
        } else if let a = previousIndex(from: c - 1, skipping: { isArticle($0) }), keyword(a) == .count,
            items[a].range.contains(where: { ["number", "count"].contains(tokens[$0].lower) })
        {
            // "the number of lambs born" in a year: the period's total of what is counted;
            // "the total number of home runs", one phrase, as well (not an average of the
            // players' figures beside a count of the rows).
            function = .sum
            functionItem = a
            // "the annual number of …" between two years: the total of each year, said again.
            if let y = previousIndex(from: a - 1, skipping: { isArticle($0) }), keyword(y) == .datePart(.year), first.isYear, second.isYear {
                extra.append(y)
            }
        }
        // "by how many million did …": "how many" asks for the change in the column's unit.
        if let h = previousIndex(from: c - 1, skipping: { _ in false }), keyword(h) == .count, tokens[items[h].range.lowerBound].lower == "how" {
            extra.append(h)
            if h > 0, tokens[items[h - 1].range.lowerBound].lower == "by", !items[h - 1].used { extra.append(h - 1) }
        }
        guard let startCondition = try periodCondition(first, of: ref.table), let endCondition = try periodCondition(second, of: ref.table) else {
            return
        }
        let start = Meaning.Measure.conditional(function, ref, Meaning.Condition(kind: startCondition, position: b))
        let end = Meaning.Measure.conditional(function, ref, Meaning.Condition(kind: endCondition, position: b))
        let change: Meaning.Measure = direction == .descending ? .combined(end, .minus, start) : .combined(start, .minus, end)
        meaning.measures.append(Meaning.MeasureUse(measure: change, position: v))
        for k in [v, b, link, c] + Array(b...secondLast) { use(k) }
        if let functionItem { use(functionItem) }
        for k in extra { use(k) }
        if let pace, pace.verb == v { useAsContext(pace.particle) }
        // "the average mite count per hive": per row of the measured table is the average
        // itself, not a group.
        if let p = nextIndex(from: c + 1, skipping: { _ in false }), keyword(p) == .groupBy,
            tokens[items[p].range.lowerBound].lower == "per", let n = nextIndex(from: p + 1, skipping: { isArticle($0) }),
            n < v, isTable(n), items[n].table == ref.table, !items[n].hasValue
        {
            use(p)
            useAsContext(n)
        }
        // "how did unemployment change": "how" asks for the change itself.
        for k in items.indices where items[k].isUnknown && !items[k].used && tokens[items[k].range.lowerBound].lower == "how" && k < v {
            items[k].isUnknown = false
            use(k)
        }
        // "how much", "by how much"
        for k in items.indices where keyword(k) == .howMuch {
            use(k)
            if k > 0, tokens[items[k - 1].range.lowerBound].lower == "by" { use(k - 1) }
        }
    }

    /// "slow down", "speed up" said where the data holds one time taken (`lap_time_s`): that
    /// time rising (slowing down) or falling, as a change between two periods.
    private func paceChange() -> (verb: Int, direction: SortDirection, particle: Int, ref: ColumnRef)? {
        for i in items.indices where i + 1 < items.count && !items[i].used && !items[i + 1].used && items[i].range.count == 1 {
            let direction: SortDirection
            switch (tokens[items[i].range.lowerBound].lemma, tokens[items[i + 1].range.lowerBound].lower) {
            case ("slow", "down"): direction = .descending
            case ("speed", "up"): direction = .ascending
            default: continue
            }
            let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
            let times = tables.flatMap { lexicon.tables[$0].columns }.filter { column in
                column.isNumeric && !column.isBooleanLike
                    && (PhysicalUnit.ofColumn(words: column.words, name: column.name)?.dimension == .time
                        || column.words.contains("time") || column.words.contains("duration"))
            }
            guard times.count == 1 else { return nil }
            return (i, direction, i + 1, times[0].ref)
        }
        return nil
    }

    /// Whether the word at `i` reads only tables, and is singular: the rows of `staff_changes`
    /// are "changes", while "how much did payroll change between 2014 and 2015" and "the change
    /// in payroll" are the verb and its noun, however the file was named.
    private func namesOnlyTablesInTheSingular(_ i: Int) -> Bool {
        let token = tokens[items[i].range.lowerBound]
        return token.lemma == token.lower
            && items[i].schema.allSatisfy { match in
                if case .table = match.target { return true }
                return false
            }
    }

    enum PeriodEndpoint {
        case point(DatePoint)
        /// "the first week", "the last month": the earliest or latest date of the data.
        case edge(SortDirection)
        /// "day 0", "round 3": a whole-number column that counts periods, at one value; "age
        /// 8", "dose 6.25": a numeric column at a value it holds.
        case step(ColumnRef, SQLLiteral)

        /// Whether the period is a whole year.
        var isYear: Bool {
            if case .point(let point) = self { return point.isBareYear }
            return false
        }
    }

    /// The numeric column a table's name stands for where a measure is expected: "turnout"
    /// of `turnouts` (its one measure), "lap time" of `lap_times` (the numeric column whose
    /// name holds every word said and at most a unit besides, even where the words also name
    /// another column: `lap`).
    func tableMeasure(_ k: Int) -> ColumnRef? {
        guard k >= 0, k < items.count, !items[k].used, items[k].keyword == nil, !items[k].hasValue, let table = items[k].table else {
            return nil
        }
        let key = lexicon.tables[table].keyColumn
        let own = Set(
            items[k].columns.map(\.ref).filter {
                $0.table == table && $0.column != key && lexicon[$0].isNumeric && !lexicon[$0].isYearNumber && !lexicon[$0].isBooleanLike
            })
        // The words said, and nothing more than the column's unit ("lap time" of
        // `lap_time_ms`, not of `lap_rating`).
        let said = Set(items[k].range.map { tokens[$0].lemma })
        let named = lexicon.tables[table].columns.filter { column in
            guard column.isNumeric, !column.isYearNumber, !column.isBooleanLike, column.ref.column != key, said.isSubset(of: Set(column.words))
            else { return false }
            let rest = Set(column.words).subtracting(said)
            return rest.isEmpty || (rest.count == 1 && PhysicalUnit.ofColumn(words: column.words, name: column.name) != nil)
        }.map(\.ref)
        // (Before the columns the words link to: "lap time" links `lap` too.)
        if named.count == 1 { return named[0] }
        if own.count == 1, let ref = own.first { return ref }
        if !own.isEmpty { return nil }
        return soleMeasure(of: table)
    }

    /// A period written as a date, a month and year, a year, or "the first/last week".
    private func periodEndpoint(at j: Int) -> (PeriodEndpoint, last: Int)? {
        guard j < items.count else { return nil }
        if let (point, last) = datePoint(at: j, allowYear: true) { return (.point(point), last) }
        if case .extreme(let direction, .time)? = keyword(j), let p = nextIndex(from: j + 1, skipping: { isArticle($0) }),
            isDatePart(p) || isColumn(p, where: { $0.isTemporal })
        {
            return (.edge(direction), p)
        }
        // "the last week" of a weekly table: the linking already read it as the latest of the
        // one date column (`readTimeEdges`). Only where the rows are that period apart: the
        // first week of a daily series is seven rows, not its first day.
        if case .extreme(let direction, .magnitude)? = keyword(j), j + 1 < items.count,
            ["first", "last"].contains(tokens[items[j].range.lowerBound].lower), isColumn(j + 1, where: { $0.isTemporal }),
            let (date, _) = try? column(j + 1, where: { $0.isTemporal }),
            let part = DatePart(rawValue: tokens[items[j + 1].range.lowerBound].lemma), lexicon.periods[date] == part
        {
            return (.edge(direction), j + 1)
        }
        if isColumn(j, where: { $0.type == .integer && !$0.isYearNumber && !$0.unique }), j + 1 < items.count, isNumber(j + 1),
            items[j + 1].isInteger, let n = items[j + 1].number.flatMap({ Int64(exactly: $0) }),
            let (ref, _) = try? column(j, where: { $0.type == .integer && !$0.isYearNumber })
        {
            return (.step(ref, .integer(n)), j + 1)
        }
        // "from age 8 to age 14", "from dose 6.25 to dose 200" of a column of fractions (ages
        // in years and months, doses): only a value the column holds, of a column that repeats
        // its values (the rows at a value are a group to average, never one row's own figure).
        if isColumn(j, where: { $0.isNumeric && !$0.isYearNumber && !$0.unique && !$0.isBooleanLike }),
            let pick = try? numberPick(at: j, before: items.count), pick.items == [j, j + 1], !lexicon[pick.value.0].unique,
            !lexicon[pick.value.0].isYearNumber, let number = Double(pick.value.1)
        {
            return (.step(pick.value.0, SQLLiteral.number(number)), j + 1)
        }
        return nil
    }

    /// "1 June" (no year), as a first end: its year is the second end's (`endpoint(_:inTheYearOf:)`).
    private func dayOfMonthWithoutYear(at j: Int) -> (PeriodEndpoint, last: Int)? {
        guard isNumber(j), items[j].isInteger, items[j].year == nil, let n = items[j].number, n >= 1, n <= 31, j + 1 < items.count,
            case .month(let m)? = keyword(j + 1), !(j + 2 < items.count && isNumber(j + 2) && items[j + 2].year != nil)
        else { return nil }
        return (.point(.day(CalendarDate(year: 0, month: m, day: Int(n)))), j + 1)
    }

    /// "from 1 June to 15 September 1988", "from June to September 1988": a first end said
    /// without its year is in the second end's year, and must come before it in that year
    /// (else refused: "from 1 December to 15 February 1989" could be either winter). Any
    /// other end as it was said.
    private func endpoint(_ first: PeriodEndpoint, inTheYearOf second: PeriodEndpoint) -> PeriodEndpoint? {
        let year: Int?
        let secondMonth: Int?
        switch second {
        case .point(.day(let d)): (year, secondMonth) = (d.year, d.month)
        case .point(.month(let m, let y)): (year, secondMonth) = (y, m)
        default: (year, secondMonth) = (nil, nil)
        }
        switch first {
        case .point(.day(let d)) where d.year == 0:
            guard let year, let secondMonth, d.month < secondMonth, d.day <= CalendarDate.daysIn(month: d.month, year: year) else { return nil }
            return .point(.day(CalendarDate(year: year, month: d.month, day: d.day)))
        case .point(.month(let m, nil)):
            // ("from May to July": those months of every year, as said.)
            if case .point(.month(_, nil)) = second { return first }
            guard let year, let secondMonth, m < secondMonth else { return nil }
            return .point(.month(m, year: year))
        default:
            return first
        }
    }

    /// "between the first and the last week": "first" with the noun said once, after the
    /// second end (an edge of the same kind of period).
    private func elidedEdge(at j: Int) -> (PeriodEndpoint, last: Int)? {
        guard case .extreme(let direction, .time)? = keyword(j), let link = nextIndex(from: j + 1, skipping: { isArticle($0) }),
            keyword(link) == .and, let second = nextIndex(from: link + 1, skipping: { isArticle($0) }),
            case .extreme? = keyword(second), case .edge? = periodEndpoint(at: second)?.0
        else { return nil }
        return (.edge(direction), j)
    }

    /// The rows of a period, as a condition on the table's one time column.
    private func periodCondition(_ endpoint: PeriodEndpoint, of table: Int) throws(TranslationError) -> Meaning.Condition.Kind? {
        if case .step(let ref, let n) = endpoint {
            guard ref.table == table || lexicon.isAncestor(ref.table, of: table) else { return nil }
            return .compare(ref, .equal, n)
        }
        var times = timeColumns(of: table)
        if times.isEmpty {
            // "the mites per hive in 1995": the time is that of the rows the measured rows
            // belong to (one time column among the tables above).
            times = lexicon.tables.indices.filter { lexicon.isAncestor($0, of: table) }.flatMap(timeColumns(of:))
        }
        guard times.count == 1, let time = times.first else { return nil }
        switch endpoint {
        case .step: return nil
        case .edge(let direction):
            return .compareToAggregate(time, .equal, direction == .descending ? .maximum : .minimum)
        case .point(let point):
            let condition = during(point)
            if lexicon[time].isYearNumber { return condition.onYearColumn(time) }
            return .period(Meaning.DateTarget(column: time, anchorTable: nil, phrase: lexicon.columnName(time)), condition)
        }
    }

    /// A table's date columns, or else its year columns.
    private func timeColumns(of table: Int) -> [ColumnRef] {
        let dates = lexicon.dateColumns(of: table)
        return dates.isEmpty ? lexicon.tables[table].columns.filter(\.isYearNumber).map(\.ref) : dates
    }

    // MARK: Spread

    /// "the difference between the highest and (the) lowest X", "the range of X", "the spread
    /// of X": `MAX(X) - MIN(X)`.
    private mutating func readSpread() throws(TranslationError) {
        for i in items.indices where !items[i].used && items[i].range.count == 1 && (items[i].isUnknown || isWeakLinkBeforeOf(i)) {
            let word = tokens[items[i].range.lowerBound].lemma
            var covered: [Int] = [i]
            // Rows' nouns passed over: they say whose column is spread, not a column to show.
            var context: [Int] = []
            var k: Int?
            var implied: ColumnRef?
            if ["difference", "gap"].contains(word) {
                // (in X) between (the) highest and (the) lowest (X); "longest and shortest",
                // "northernmost and southernmost" name the column by their dimension.
                var b = nextIndex(from: i + 1, skipping: { isArticle($0) || tokens[items[$0].range.lowerBound].lower == "of" })
                var named: Int?
                if let c = b, isMeasureColumn(c, where: { $0.isNumeric || $0.isTemporal }) {
                    named = c
                    covered += ((i + 1)..<c).filter { !items[$0].used }
                    b = nextIndex(from: c + 1, skipping: { isArticle($0) })
                }
                guard let b, keyword(b) == .between,
                    let e1 = nextIndex(from: b + 1, skipping: { isArticle($0) }), let d1 = spreadEnd(e1),
                    let a = nextIndex(from: d1.last + 1, skipping: { isArticle($0) }), keyword(a) == .and,
                    let e2 = nextIndex(from: a + 1, skipping: { isArticle($0) }), let d2 = spreadEnd(e2), d1.direction != d2.direction
                else { continue }
                covered += [b, a] + Array(e1...d1.last) + Array(e2...d2.last)
                // "… and the southernmost town": the noun after names the rows compared.
                func rowNounAfterEnds() -> Int? {
                    guard let n = nextIndex(from: d2.last + 1, skipping: { isArticle($0) }), !isPlural(n),
                        isTable(n) || isColumn(n, where: { $0.unique || lexicon.tables[$0.ref.table].labelColumn == $0.ref.column })
                    else { return nil }
                    return n
                }
                // The column the ends imply, said again after the rows' noun ("the warmest and
                // the coldest year's temperature"): that column, the noun only whose it is
                // (even where the noun names a column itself: `year`).
                let said = (d1.column ?? d2.column).flatMap { ref -> (n: Int, m: Int, ref: ColumnRef)? in
                    guard d1.column == nil || d2.column == nil || d1.column == d2.column, let n = rowNounAfterEnds(),
                        let m = impliedColumnSaid(after: n, ref, ends: [e1, e2])
                    else { return nil }
                    return (n, m, ref)
                }
                if let named {
                    k = named
                    if let n = rowNounAfterEnds() { context.append(n) }
                } else if let said {
                    implied = said.ref
                    context.append(said.n)
                    covered.append(said.m)
                } else if let c = nextIndex(from: d2.last + 1, skipping: { isArticle($0) }),
                    isMeasureColumn(c, where: { $0.isNumeric || $0.isTemporal })
                {
                    k = c
                } else if let g = describedMeasure(after: d2.last) {
                    covered.append(g)
                    k = g + 1
                } else if let ref = d1.column ?? d2.column, d1.column == nil || d2.column == nil || d1.column == d2.column {
                    implied = ref
                    if let n = rowNounAfterEnds() { context.append(n) }
                } else if let c = nextIndex(from: d2.last + 1, skipping: { isArticle($0) }), let ref = tableMeasure(c) {
                    // "the highest and lowest turnout" of `turnouts`: the table's name for its measure.
                    implied = ref
                    covered.append(c)
                }
            } else if ["range", "spread"].contains(word) {
                // "the range of Northwind's payroll": past the value that picks the rows.
                // "the range of boat lengths": past the rows' noun naming whose column it is.
                // "the range of the lap time values": past words linking merged into the
                // noun after them (they are used, and say nothing of their own).
                k = nextIndex(
                    from: i + 1,
                    skipping: { j in
                        isArticle(j) || tokens[items[j].range.lowerBound].lower == "of" || isValue(j)
                            // "the range of the number of breaks": a column that counts, said with "number of".
                            || (keyword(j) == .count && tokens[items[j].range.lowerBound].lower == "number" && j + 1 < items.count
                                && isMeasureColumn(j + 1, where: { $0.isNumeric }))
                            || (items[j].used && items[j].keyword == nil && items[j].schema.isEmpty == false && j + 1 < items.count
                                && items[j + 1].columns.contains(where: { c in items[j].columns.contains { $0.ref == c.ref } }))
                            || ((items[j].table != nil || isColumn(j, where: { $0.isText })) && !items[j].used && j + 1 < items.count
                                && isMeasureColumn(j + 1, where: { $0.isNumeric || $0.isTemporal }))
                    })
                if let c = k, c > i + 1 { context += ((i + 1)..<c).filter { !items[$0].used && !isArticle($0) && !isValue($0) } }
                // "the price range of the houses in …": the column said before the word, when
                // no column follows it; the rows after "of" are those measured.
                if k.map({ !isMeasureColumn($0, where: { $0.isNumeric || $0.isTemporal }) }) ?? true,
                    let p = previousIndex(from: i - 1, skipping: { _ in false }), !items[p].used,
                    isMeasureColumn(p, where: { $0.isNumeric }), let (named, _) = try column(p, where: { $0.isNumeric })
                {
                    implied = named
                    covered.append(p)
                    if let c = k, isTable(c) || items[c].keyword == .rowsNoun { context.append(c) }
                }
            } else {
                continue
            }
            let ref: ColumnRef
            if let implied {
                ref = implied
            } else {
                guard let c = k, isMeasureColumn(c, where: { $0.isNumeric || $0.isTemporal }),
                    let (named, _) = try column(c, where: { $0.isNumeric || $0.isTemporal })
                else {
                    // "the range of January temperatures": the measure phrase, read later as
                    // an aggregate word's would be.
                    if ["range", "spread"].contains(word) { deferSpread(i) }
                    continue
                }
                ref = named
                covered.append(c)
            }
            // "the age gap between …", "the price range of …": the column said right before
            // the word is the one spread, not a column to list beside it.
            if let p = previousIndex(from: i - 1, skipping: { _ in false }), !items[p].used, items[p].columns.contains(where: { $0.ref == ref }) {
                covered.append(p)
            }
            meaning.measures.append(Meaning.MeasureUse(measure: Interpreter.spreadMeasure(of: ref, lexicon), position: i))
            items[i].isUnknown = false
            items[i].schema = []
            for k in covered { use(k) }
            for k in context { useAsContext(k) }
        }
    }

    /// "the highest and the lowest median income": with no groups, a statistic's word right
    /// before the measured column describes the rows' own figures (each row a median), since
    /// the extreme of one aggregate over all rows would be that aggregate, and the spread zero.
    /// The aggregate word's item, when a numeric column follows it and nothing groups the rows
    /// ("… average income by region" is the spread of the regions' averages: refused).
    private func describedMeasure(after last: Int) -> Int? {
        guard let g = nextIndex(from: last + 1, skipping: { isArticle($0) }), !items[g].used, items[g].range.count == 1,
            isDescribingStatistic(g), g + 1 < items.count, !items[g + 1].used,
            isMeasureColumn(g + 1, where: { $0.isNumeric }),
            !items.indices.contains(where: { keyword($0) == .groupBy || items[$0].keyword == .groupBy })
        else { return nil }
        return g
    }

    /// "median", which the engine does not compute, so it only describes a column's figures.
    /// (Not "average" or "mean": "the highest and the lowest average salary" of employees most
    /// likely means the averages of groups the question leaves unsaid — refused, never the
    /// spread of single salaries.)
    private func isDescribingStatistic(_ g: Int) -> Bool {
        items[g].isUnknown && tokens[items[g].range.lowerBound].lemma == "median"
    }

    /// "the warmest and the coldest year's temperature", "the most and least expensive
    /// journal's price": after the rows' noun, the column the ends' adjectives already imply,
    /// said again (linked to that column, or a word naming the adjectives' dimension where the
    /// column's name does not spell it: "price" of `libprice`). Its item, to be read as the
    /// spread's column rather than a second measure.
    private func impliedColumnSaid(after n: Int, _ ref: ColumnRef, ends: [Int]) -> Int? {
        guard let m = nextIndex(from: n + 1, skipping: { _ in false }), !items[m].used, items[m].keyword == nil, !items[m].hasValue
        else { return nil }
        if !items[m].columns.isEmpty, items[m].columns.allSatisfy({ $0.ref == ref }) { return m }
        guard items[m].isUnknown, items[m].range.count == 1 else { return nil }
        let word = tokens[items[m].range.lowerBound].lemma
        let named = ends.contains { e in
            if case .adjective(let dimension, _)? = keyword(e) { return dimension.columnWords.contains(word) }
            return false
        }
        return named ? m : nil
    }

    /// "the range of …", "the spread of …": a spread word that WordNet linked weakly to a
    /// column (range ~ run) but that "of" follows is the spread, not that column. The word's
    /// own column (a column named "range") is a strong link and stays.
    private func isWeakLinkBeforeOf(_ i: Int) -> Bool {
        guard ["range", "spread"].contains(tokens[items[i].range.lowerBound].lemma), items[i].keyword == nil, !items[i].hasValue,
            items[i].bestSchemaScore <= 2, i + 1 < items.count, tokens[items[i + 1].range.lowerBound].lower == "of"
        else { return false }
        return true
    }

    /// One end of a spread: "the highest", "the longest" (its dimension's column), "the
    /// northernmost" (the coordinate it was linked to).
    private func spreadEnd(_ e: Int) -> (direction: SortDirection, column: ColumnRef?, last: Int)? {
        switch keyword(e) {
        case .extreme(let d, .magnitude)?:
            // A compass word comes as two readings of one word: the superlative, then its coordinate.
            let twin = e + 1 < items.count && items[e + 1].range == items[e].range ? e + 1 : e
            let own = (items[e].columns + items[twin].columns).filter { lexicon[$0.ref].isNumeric }.map(\.ref)
            return (d, Set(own).count == 1 ? own[0] : nil, twin)
        case .adjective(let dimension, let d?)? where dimension != .time:
            // (Several columns of the dimension: the column must be named.)
            return (d, (try? dimensionColumn(dimension, hint: d.extremeFunction)) ?? nil, e)
        default:
            return nil
        }
    }

    // MARK: Ratio

    /// "the ratio of A to B": each side an aggregate (a sum when none is said) of a column,
    /// optionally of the rows with a value ("of Oslo", "that of Bergen"); the second side may
    /// leave the column unsaid ("of ACME's highest price to its lowest").
    private mutating func readRatio() throws(TranslationError) {
        guard let r = items.indices.first(where: { !items[$0].used && tokens[items[$0].range.lowerBound].lemma == "ratio" }),
            let to = items.indices.first(where: {
                $0 > r && !items[$0].used && tokens[items[$0].range.lowerBound].lower == "to" && items[$0].range.count == 1
            })
        else { return }
        // "the ratio of exports in 2012 to exports in 2004": each side's own period.
        func period(_ from: Int, _ upTo: Int) -> (point: DatePoint, items: [Int])? {
            for k in from..<upTo where !items[k].used {
                guard let (point, last) = datePoint(at: k, allowYear: true), last < upTo else { continue }
                var covered = Array(k...last)
                if let p = previousIndex(from: k - 1, skipping: { _ in false }), p >= from,
                    ["in", "of", "for"].contains(tokens[items[p].range.lowerBound].lower)
                {
                    covered.append(p)
                }
                return (point, covered)
            }
            return nil
        }
        let firstPeriod = period(r + 1, to)
        // The second side runs to the end or to a date or comparison (its own date when the
        // first side has one).
        var end = to + 1
        // (Not at "dose 6.25", "0.5 mg": a number that picks the second side's rows.)
        while end < items.count {
            if firstPeriod == nil, items[end].number != nil || items[end].date != nil, try !picksRows(end, after: to + 1) { break }
            if firstPeriod == nil, case .dateRelation? = keyword(end), end + 1 < items.count,
                items[end + 1].number != nil || items[end + 1].date != nil, try !picksRows(end + 1, after: to + 1)
            {
                break
            }
            if case .compare? = keyword(end), try !picksRows(end, after: to + 1) { break }
            // "… to real output in the second quarter of 1990": a period after both sides is
            // the rows of both, read with the other dates.
            if firstPeriod == nil, items[end].range.count == 1, !items[end].isSchema,
                ["in", "during"].contains(tokens[items[end].range.lowerBound].lower),
                let next = nextIndex(from: end + 1, skipping: { isArticle($0) }), !items[next].isSchema
            {
                break
            }
            end += 1
        }
        let secondPeriod = firstPeriod == nil ? nil : period(to + 1, end)
        // "the ratio of A to B" that cannot be read is refused, not answered as a share.
        let refuse = TranslationError(
            kind: .unplacedWords([items[r].text]),
            message: unplacedMessage([items[r].text] + (r..<end).filter { items[$0].isUnknown }.map { items[$0].text }))
        // (Each side's own period is not part of its figure: "the EPS in Q4 1980", whose "Q4"
        // names no column.)
        guard var a = try ratioOperand(r + 1, to, skipping: Set(firstPeriod?.items ?? [])) else { throw refuse }
        // "… to 2004": the second side may be its period alone.
        guard
            var b = try ratioOperand(to + 1, end, skipping: Set(secondPeriod?.items ?? [])) ?? flagComplement(of: a, to + 1, end)
                ?? (secondPeriod != nil ? (nil, nil, nil, []) : nil)
        else { throw refuse }
        // "the ratio of premium to basic customers": counts of rows with each value.
        let counting = a.column == nil && b.column == nil && a.function == nil && b.function == nil && a.value != nil && b.value != nil
        guard let column = a.column ?? b.column ?? (counting ? a.value?.0 : nil) else { throw refuse }
        // "the ratio of length to crew for boat 3": two columns named, and a value after the
        // second that picks the rows of both, not of the second alone.
        // "of Oslo's theft rate to its fraud rate": likewise with the value on the first side.
        var picked: ColumnRef?
        if let ac = a.column, let bc = b.column, ac != bc, (a.value == nil) != (b.value == nil), let (valueColumn, value) = a.value ?? b.value {
            meaning.conditions.append(Meaning.Condition(kind: sideCondition(valueColumn, value), position: r))
            a.value = nil
            b.value = nil
            picked = valueColumn
        }
        // "the ratio of crew to X for boat 3" where X was not read: the value names one row,
        // and only the second side would be picked by it — a sum over every row divided by
        // that row's figure answers another question. Refused instead.
        for (side, other) in [(a, b), (b, a)] {
            if let (valueColumn, _) = side.value, side.column == nil, other.value == nil, other.column != nil, lexicon[valueColumn].unique {
                throw refuse
            }
        }
        // A value that names one row (its column is unique) makes the ratio that row's: A / B,
        // never a ratio of sums.
        let oneRow = picked.map { lexicon[$0].unique } ?? false
        // Both sides in their own period, or neither.
        var periods: [Meaning.Condition.Kind] = []
        if let firstPeriod, let secondPeriod {
            guard a.value == nil, b.value == nil, let start = try periodCondition(.point(firstPeriod.point), of: column.table),
                let end = try periodCondition(.point(secondPeriod.point), of: column.table)
            else { throw refuse }
            periods = [start, end]
        } else if firstPeriod != nil {
            throw refuse
        }
        func measure(_ side: (function: AggregateFunction?, column: ColumnRef?, value: (ColumnRef, String)?, items: [Int]), period: Int)
            -> Meaning.Measure
        {
            let ref = side.column ?? column
            if oneRow, side.function == nil, a.function == nil { return .value(ref) }
            if !periods.isEmpty {
                // A period's value is its average (the row itself where a period is one row).
                return .conditional(side.function ?? a.function ?? .average, ref, Meaning.Condition(kind: periods[period], position: r))
            }
            let f = counting ? .count : side.function ?? a.function ?? .sum
            if let (valueColumn, value) = side.value {
                return .conditional(f, ref, Meaning.Condition(kind: sideCondition(valueColumn, value), position: r))
            }
            return .aggregate(f, ref)
        }
        var ratio = Meaning.Measure.combined(measure(a, period: 0), .divide, measure(b, period: 1))
        // "the average ratio of payload to mass": each row's ratio, then their average.
        if let f = previousIndex(from: r - 1, skipping: { isArticle($0) }).flatMap({ k -> (Int, AggregateFunction)? in
            if case .aggregate(let f)? = keyword(k), f != .count, f != .sum { return (k, f) }
            return nil
        }), let ac = a.column, let bc = b.column, a.function == nil, b.function == nil, a.value == nil, b.value == nil, periods.isEmpty, !oneRow {
            ratio = .ofRows(f.1, .combined(.value(ac), .divide, .value(bc)))
            use(f.0)
        }
        meaning.measures.append(Meaning.MeasureUse(measure: ratio, position: r))
        for k in [r, to] + a.items + b.items + (firstPeriod?.items ?? []) + (secondPeriod?.items ?? []) { use(k) }
        for k in (r + 1)..<end
        where isArticle(k) || tokens[items[k].range.lowerBound].lower == "of"
            || ["that", "its", "their"].contains(tokens[items[k].range.lowerBound].lower)
        {
            use(k)
        }
    }

    /// "How many more weighings did the meadow hives get than the orchard hives?", "how much
    /// more honey did the meadow hives give than the orchard ones", "how many fewer …": the
    /// figure of the rows with one value minus that of the rows with another value of the same
    /// column (the second minus the first for "fewer" / "less"). Read only when every word
    /// after "than" is placed by the second side: a condition left after it could hold for
    /// both sides or for one, and guessing which would answer another question.
    private mutating func readHowManyMore() throws(TranslationError) {
        guard
            let c = items.indices.first(where: { !items[$0].used && (keyword($0) == .count || keyword($0) == .howMuch) }),
            c + 1 < items.count, !items[c + 1].used,
            items[c + 1].range.count == 1 ? items[c + 1].isUnknown : items[c + 1].hasColumn && items[c + 1].keyword == nil,
            let direction: SortDirection = {
                switch tokens[items[c + 1].range.lowerBound].lower {
                case "more": return .descending
                case "fewer", "less": return .ascending
                default: return nil
                }
            }(),
            let t = items.indices.first(where: { $0 > c + 1 && !items[$0].used && keyword($0) == .than })
        else { return }
        let counting = keyword(c) == .count
        // ("more beds" linked as one column item: the column is the first side's.)
        let firstStart = items[c + 1].range.count == 1 ? c + 2 : c + 1
        guard let first = try ratioOperand(firstStart, t), let second = try ratioOperand(t + 1, items.count),
            let (firstColumn, firstValue) = first.value, let (secondColumn, secondValue) = second.value,
            firstColumn == secondColumn, firstValue != secondValue, second.function == nil || second.function == first.function
        else { return }
        // Every word of both sides is theirs or says nothing ("on average" left over would
        // change what is added up).
        for k in (firstStart..<t).map({ $0 }) + ((t + 1)..<items.count).map({ $0 })
        where !first.items.contains(k) && !second.items.contains(k) && !isArticle(k) && !items[k].used {
            if case .show? = keyword(k) { continue }
            if case .have? = keyword(k) { continue }
            if isTable(k) && !items[k].hasValue { continue }
            return
        }
        // A table's key read for the noun of its rows ("the meadow hives") names the rows, not
        // a figure.
        func figure(_ ref: ColumnRef?) -> ColumnRef? {
            guard let ref, lexicon.tables[ref.table].keyColumn != ref.column, !lexicon.isOrdinal(ref) else { return nil }
            return ref
        }
        let measured: ColumnRef
        let function: AggregateFunction
        if let column = figure(first.column) {
            guard figure(second.column) == nil || second.column == column else { return }
            // "How many more beds does Cabin 3 have than Cabin 5": a whole-number column
            // counts things, and its total is how many; a measure ("how many more kilograms")
            // is not counted.
            guard !counting || first.function != nil || (lexicon[column].type == .integer && !lexicon[column].isBooleanLike) else { return }
            measured = column
            function = first.function ?? .sum
        } else {
            // "How many more weighings …": rows counted; rows of a table named on the first
            // side that refers to the value's table are counted by the column joining them.
            guard counting, first.function == nil else { return }
            let named = first.items.compactMap { k in isTable(k) ? items[k].table : nil }.first
            if let named, named != firstColumn.table {
                guard let link = lexicon.pathUp(from: named, to: firstColumn.table)?.first else { return }
                measured = link.child
            } else {
                measured = firstColumn
            }
            function = .count
        }
        func side(_ value: String) -> Meaning.Measure {
            .conditional(function, measured, Meaning.Condition(kind: .oneOf(firstColumn, [.text(value)], negated: false), position: t))
        }
        let (left, right) = direction == .descending ? (side(firstValue), side(secondValue)) : (side(secondValue), side(firstValue))
        meaning.measures.append(Meaning.MeasureUse(measure: .combined(left, .minus, right), position: c))
        meaning.opensWithCount = false
        for k in [c, c + 1, t] + first.items + second.items { use(k) }
        for k in firstStart..<items.count where !items[k].used && (isArticle(k) || keyword(k) == .show || keyword(k) == .have) { use(k) }
        for k in (t + 1)..<items.count where !items[k].used && isTable(k) { use(k) }
    }

    /// "the difference between the average host score and the average guest score", "the
    /// difference between the average depth in the North and in the South": two aggregates
    /// read as the sides of a ratio are (`ratioOperand`), the second taking the first's
    /// function and column where it leaves them unsaid; their difference, first minus second.
    /// (Spreads and changes between periods are read before.) "The difference between the
    /// mast heights of the Kestrel and the Plover": with no aggregate word, two named rows
    /// (`differenceOfSides`). A side that cannot be read, sides that are the same, or one side
    /// picked by a value and the other not, are refused.
    private mutating func readDifference() throws(TranslationError) {
        guard
            let d = items.indices.first(where: {
                !items[$0].used && items[$0].range.count == 1 && ["difference", "gap"].contains(tokens[items[$0].range.lowerBound].lemma)
            }),
            let afterWord = nextIndex(from: d + 1, skipping: { isArticle($0) })
        else { return }
        // "the difference in average glucose between A and B": the measure said once, before both sides.
        let sharedMeasure = try measureBeforeSides(d)
        guard let b = sharedMeasure?.between ?? (keyword(afterWord) == .between ? afterWord : nil),
            let and = items.indices.first(where: { $0 > b + 1 && !items[$0].used && keyword($0) == .and })
        else { return }
        var end = and + 1
        while end < items.count {
            if case .compare? = keyword(end), try !picksRows(end, after: and + 1) { break }
            end += 1
        }
        let refuse = TranslationError(
            kind: .unplacedWords([items[d].text]),
            message: unplacedMessage([items[d].text] + (d..<end).filter { items[$0].isUnknown && !items[$0].used }.map { items[$0].text }))
        guard var first = try ratioOperand(b + 1, and), var second = try ratioOperand(and + 1, end) ?? flagComplement(of: first, and + 1, end)
        else { throw refuse }
        if let shared = sharedMeasure?.operand {
            // Each side only picks rows: a side naming its own measure is refused.
            guard first.function == nil, first.column == nil, second.function == nil, second.column == nil, first.value != nil,
                second.value != nil
            else { throw refuse }
            first.function = shared.function
            first.column = shared.column
            first.items += shared.items
        }
        let pronoun = takePronounValue(first, &second, secondStart: and + 1)
        guard let difference = differenceOfSides(first, second, position: d) else { throw refuse }
        meaning.measures.append(Meaning.MeasureUse(measure: difference, position: d))
        if let pronoun { use(pronoun) }
        for k in [d, b, and] + first.items + second.items { use(k) }
        for k in (b + 1)..<end
        where !items[k].used
            && (isArticle(k) || ["of", "in", "for", "that", "its", "their", "those"].contains(tokens[items[k].range.lowerBound].lower))
        {
            use(k)
        }
    }

    /// "in average glucose between": after a difference word, "in", a measure (an aggregate
    /// word, a column, nothing that picks rows) and "between". The measure and the "between".
    private func measureBeforeSides(_ d: Int) throws(TranslationError) -> (operand: ArithmeticOperand, between: Int)? {
        let i = d + 1
        guard i < items.count, !items[i].used, let b = items.indices.first(where: { $0 > i + 1 && !items[$0].used && keyword($0) == .between })
        else { return nil }
        // ("in average" comes as one item: the average.)
        let inAverage = keyword(i) == .onAverage && tokens[items[i].range.lowerBound].lower == "in"
        guard inAverage || (items[i].range.count == 1 && tokens[items[i].range.lowerBound].lower == "in"),
            var operand = try ratioOperand(i + 1, b), operand.column != nil, operand.value == nil
        else { return nil }
        if inAverage {
            guard operand.function == nil else { return nil }
            operand.function = .average
        }
        operand.items.append(i)
        return (operand, b)
    }

    /// One side of a ratio or a difference: an aggregate word, a column, a value that picks
    /// the side's rows, and the items that said them.
    typealias ArithmeticOperand = (function: AggregateFunction?, column: ColumnRef?, value: (ColumnRef, String)?, items: [Int])

    /// The first side minus the second, the second taking the first's function and column
    /// where it leaves them unsaid ("… and that of Nice", "… than Nice's"). Nil (a refusal)
    /// when the sides are the same, or one is picked by a value and the other not.
    ///
    /// With no aggregate word ("the difference between Lyon's rent and Nice's"), each side
    /// must be one row: a value of a column whose values are all distinct. A value that can
    /// pick several rows leaves open whether their total or their mean is meant.
    func differenceOfSides(_ first: ArithmeticOperand, _ second: ArithmeticOperand, position: Int) -> Meaning.Measure? {
        guard let column = first.column ?? second.column, (first.value == nil) == (second.value == nil) else { return nil }
        var function = first.function ?? second.function
        if function == nil {
            guard let (a, _) = first.value, let (b, _) = second.value, lexicon[a].unique, lexicon[b].unique else { return nil }
            // (The total of one row is that row's figure.)
            function = .sum
        }
        guard let function else { return nil }
        func measure(_ side: ArithmeticOperand) -> Meaning.Measure {
            let ref = side.column ?? column
            let f = side.function ?? function
            if let (valueColumn, value) = side.value {
                return .conditional(f, ref, Meaning.Condition(kind: sideCondition(valueColumn, value), position: position))
            }
            return .aggregate(f, ref)
        }
        let left = measure(first)
        let right = measure(second)
        guard left != right else { return nil }
        return .combined(left, .minus, right)
    }

    /// "Ada's math score … her art score": a possessive pronoun opening the second side
    /// stands for the first side's value where that value names one row, so both sides are
    /// that row's. The pronoun's item, once the second side takes the value.
    func takePronounValue(_ first: ArithmeticOperand, _ second: inout ArithmeticOperand, secondStart: Int) -> Int? {
        guard second.value == nil, let (valueColumn, _) = first.value, lexicon[valueColumn].unique, second.column != nil,
            let p = nextIndex(from: secondStart, skipping: { isArticle($0) && !isPossessivePronoun($0) }), !items[p].used, isPossessivePronoun(p)
        else { return nil }
        second.value = first.value
        return p
    }

    /// "his", "her", "its", "their": said before a second measure, the rows of the first.
    private func isPossessivePronoun(_ i: Int) -> Bool {
        items[i].range.count == 1 && ["his", "her", "its", "their"].contains(tokens[items[i].range.lowerBound].lower)
    }

    func ratioOperand(_ from: Int, _ to: Int, skipping period: Set<Int> = []) throws(TranslationError) -> ArithmeticOperand? {
        var function: AggregateFunction?
        var named: ColumnRef?
        var value: (ColumnRef, String)?
        var used: [Int] = []
        for k in from..<to where !items[k].used && !period.contains(k) && !used.contains(k) {
            // "at dose 200", "at 2 mg": a number of a numeric column picks the side's rows.
            if value == nil, let pick = try numberPick(at: k, before: to) {
                value = pick.value
                used += pick.items
                continue
            }
            // "with central air", "without an ulcer": a yes/no column picks them.
            if value == nil, let pick = try flagPick(at: k, before: to) {
                value = pick.value
                used += pick.items
                continue
            }
            switch keyword(k) {
            case .aggregate(let f)? where f != .count && function == nil:
                function = f
                used.append(k)
                continue
            case .extreme(let d, .magnitude)? where function == nil:
                function = d.extremeFunction
                used.append(k)
                continue
            default:
                break
            }
            if named == nil, let (valueColumn, _) = value, let measure = amountAfterValue(k, in: valueColumn.table) {
                named = measure
                used.append(k)
                continue
            }
            if items[k].keyword != nil { continue }
            // "Smith's total points": a column named like an aggregate word, before the measured
            // column, is the aggregate.
            if function == nil, case .aggregate(let f)? = items[k].alternateKeyword, f != .count,
                let n = nextIndex(from: k + 1, skipping: { isArticle($0) }), n < to, isMeasureColumn(n, where: { $0.isNumeric })
            {
                function = f
                used.append(k)
                continue
            }
            if named == nil, isMeasureColumn(k, where: { $0.isNumeric }), let (ref, _) = try column(k, where: { $0.isNumeric }) {
                named = ref
                used.append(k)
            } else if value == nil, isValue(k), let choice = try valueChoice(k) {
                value = choice
                used.append(k)
            } else if items[k].isUnknown, Interpreter.measureNouns.contains(tokens[items[k].range.lowerBound].lemma) {
                used.append(k)
            } else if isTable(k) {
                // "basic customers": the rows, with the value before them.
                used.append(k)
            } else if let (valueColumn, _) = value, !items[k].hasValue, items[k].columns.contains(where: { $0.ref == valueColumn }) {
                // "the Meadow site": the value's own column said after it.
                used.append(k)
            } else if value == nil, !items[k].hasValue, k + 1 < to, !items[k + 1].used,
                items[k + 1].values.contains(where: { v in items[k].columns.contains { $0.ref == v.ref } })
            {
                // "colour D", "site Meadow": the value's own column said before it.
                used.append(k)
            } else if let named, !items[k].hasValue, items[k].columns.contains(where: { $0.ref == named }),
                items[k].columns.allSatisfy({ $0.ref == named })
            {
                // "the farthest recording distance": the column said again after the superlative named it.
                used.append(k)
            } else if items[k].isSchema || items[k].isUnknown {
                return nil
            }
        }
        guard named != nil || function != nil || value != nil else { return nil }
        return (function, named, value, used)
    }

    /// "dose 200", "2 mg" on a side of a ratio or a difference ("the average gain at dose 200
    /// to that at dose 50", "the average yield at 2 mg and at 0.5 mg"): a number said right
    /// after a numeric column, or right before the unit a numeric column is named with, is
    /// that column's value and picks the side's rows. Only a value the column holds: another
    /// number is no row of the data (a count, a bound) and is left to the other readings.
    /// The value (as its text) and the items that said it.
    func numberPick(at k: Int, before to: Int) throws(TranslationError) -> (value: (ColumnRef, String), items: [Int])? {
        let accept: (SchemaLexicon.Column) -> Bool = { $0.isNumeric && !$0.isBooleanLike }
        func holds(_ ref: ColumnRef, _ number: Double) -> Bool {
            let column = lexicon[ref]
            if let values = column.distinctValues, !values.isEmpty {
                return values.contains { Double($0) == number }
            }
            return lexicon.observedRange(ref)?.contains(number) ?? false
        }
        func text(_ number: Double) -> String { SQLLiteral.number(number).sql }
        // "at 0.5 mg" comes with the equality the unit's linking put before the number.
        if isEqualityBeforeNumber(k), let pick = try numberPick(at: k + 1, before: to) { return (pick.value, [k] + pick.items) }
        // "0.5 mg" as one item (linking joined the unit to the number): the one column
        // named with the unit.
        if let number = items[k].number, items[k].date == nil, items[k].keyword == nil, items[k].range.count == 2 {
            let refs = unitColumns(tokens[items[k].range.upperBound - 1].lower).filter { accept(lexicon[$0]) }
            if refs.count == 1, holds(refs[0], number) { return ((refs[0], text(number)), [k]) }
        }
        guard k + 1 < to, !items[k + 1].used, items[k].keyword == nil, items[k + 1].keyword == nil else { return nil }
        if items[k].number == nil, items[k].date == nil, isColumn(k, where: accept), let number = items[k + 1].number,
            items[k + 1].date == nil, let (ref, _) = try column(k, where: accept), holds(ref, number)
        {
            // "dose 200 mg": the column's unit said after the number too.
            var covered = [k, k + 1]
            if k + 2 < to, !items[k + 2].used, items[k + 2].keyword == nil, items[k + 2].columns.contains(where: { $0.ref == ref }) {
                covered.append(k + 2)
            }
            return ((ref, text(number)), covered)
        }
        if let number = items[k].number, items[k].date == nil, isColumn(k + 1, where: accept), let (ref, _) = try column(k + 1, where: accept),
            holds(ref, number)
        {
            return ((ref, text(number)), [k, k + 1])
        }
        return nil
    }

    /// Whether the column said at `k` is followed by a number it holds ("airline 1", "dose
    /// 200"): the rows of that value, not a measure.
    private func picksRowsByNumber(_ k: Int) -> Bool {
        guard let pick = try? numberPick(at: k, before: items.count) else { return false }
        return pick.items.first == k && pick.items.count >= 2 && items[pick.items[1]].number != nil
    }

    /// The equality linking put before a number that a unit's column equals ("at 0.5 mg").
    private func isEqualityBeforeNumber(_ k: Int) -> Bool {
        keyword(k) == .compare(.equal) && k + 1 < items.count && items[k + 1].number != nil && items[k].range == items[k + 1].range
    }

    /// Whether the item at `k` (a number, a unit, or the equality before a number) is part of
    /// a number that picks a side's rows (`numberPick`), the side starting at `start`: where the
    /// reader of the sides looks for the end of the second side, it is no comparison or date.
    func picksRows(_ k: Int, after start: Int) throws(TranslationError) -> Bool {
        for s in max(start, k - 2)...k where try numberPick(at: s, before: items.count)?.items.contains(k) == true { return true }
        return false
    }

    /// The rows a side's value picks: a number of a numeric column (`numberPick`) compared as
    /// a number, a text value as itself.
    func sideCondition(_ column: ColumnRef, _ value: String) -> Meaning.Condition.Kind {
        if lexicon[column].isNumeric, let number = Double(value) { return .compare(column, .equal, .number(number)) }
        return .oneOf(column, [.text(value)], negated: false)
    }

    /// "Defence spending" in "the ratio of Defence spending to Health spending": a noun of an
    /// amount after a value names the amount of the value's rows, never their count. Where the
    /// noun names the table too (spending ~ expenditure of `public_expenditure`), the table's
    /// measure; where it is only the verb's noun, the money column of the value's table (named
    /// as money, or the one in a currency). A noun
    /// of things ("basic customers") is no amount (`tableMeasureNouns`).
    private func amountAfterValue(_ k: Int, in table: Int) -> ColumnRef? {
        guard !items[k].used, items[k].range.count == 1, Interpreter.tableMeasureNouns.contains(tokens[items[k].range.lowerBound].lemma)
        else { return nil }
        if isTable(k), items[k].table == table, let measure = tableMeasure(k) { return measure }
        guard case .verb(let concept)? = items[k].keyword, items[k].schema.isEmpty else { return nil }
        if let money = lexicon.measureColumn(for: concept, preferring: [table]), money.table == table { return money }
        // `thousands_gbp`: the one column whose name says it holds a currency.
        let inCurrency = lexicon.tables[table].columns.filter { column in
            column.isNumeric && !column.isBooleanLike && column.words.contains { SchemaLexicon.currencyCodes.contains($0) }
        }
        return inCurrency.count == 1 ? inCurrency[0].ref : nil
    }

    /// "did Oslo's rainfall fall below 1.3", "did ACME close at or above 1.5": an
    /// unknown verb right before a comparison only links the subject to it. So does one before
    /// a superlative of a named measure: "which dose gave the longest average tail length"
    /// (not "employed the most people", where the verb is what is counted).
    private mutating func absorbVerbsBeforeComparisons() {
        for i in items.indices where items[i].isUnknown && !items[i].used && items[i].range.count == 1 {
            guard let next = nextIndex(from: i + 1, skipping: { isArticle($0) }), !items[next].used else { continue }
            let superlativeOfMeasure: Bool = {
                switch items[next].keyword {
                case .extreme(_, .magnitude)?, .adjective(_, _?)?: break
                default: return false
                }
                guard let m = nextIndex(from: next + 1, skipping: { isArticle($0) }) else { return false }
                if case .aggregate(let f)? = keyword(m), f != .count,
                    let c = nextIndex(from: m + 1, skipping: { isArticle($0) }), isMeasureColumn(c, where: { $0.isNumeric })
                {
                    return true
                }
                return isMeasureColumn(m, where: { $0.isNumeric && !$0.isBooleanLike })
            }()
            if superlativeOfMeasure, !(WordNet.shared?.baseForms(tokens[items[i].range.lowerBound].lower, .verb).isEmpty ?? true) {
                items[i].isUnknown = false
                items[i].keyword = .filler
                continue
            }
            switch items[next].keyword {
            case .compare?: break
            // "rose between 1990 and 2000" is a change, read above; a refusal if it was not.
            case .between? where changeVerb(i) == nil: break
            default: continue
            }
            // A comparison with a number ("fell below 1.3"), not any preposition ("flew over the moon").
            guard let number = nextIndex(from: next + 1, skipping: { isArticle($0) }), items[number].number != nil else { continue }
            let word = tokens[items[i].range.lowerBound].lower
            guard changeVerb(i) != nil || !(WordNet.shared?.baseForms(word, .verb).isEmpty ?? true) else { continue }
            // A filler, so the comparison still finds the column named before the verb.
            items[i].isUnknown = false
            items[i].keyword = .filler
        }
    }
}
