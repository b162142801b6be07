/// Reads dates: "in 2024", "since March 2023", "after June 2023", "between 2023-01-01 and
/// 2023-03-31", "from 2020 to 2022", and date groupings such as "per year", "each month",
/// "monthly".
extension Interpreter {
    enum DatePoint: Equatable {
        case day(CalendarDate)
        case month(Int, year: Int?)
        case quarter(Int, year: Int)
        case year(Int)
        case decade(Int)
        case century(Int)

        var start: String? {
            switch self {
            case .day(let d): return d.iso
            case .month(let m, let y?): return CalendarDate(year: y, month: m, day: 1).iso
            case .year(let y): return CalendarDate(year: y, month: 1, day: 1).iso
            case .quarter(let q, let y): return CalendarDate(year: y, month: 3 * q - 2, day: 1).iso
            case .decade(let y), .century(let y): return CalendarDate(year: y, month: 1, day: 1).iso
            case .month(_, nil): return nil
            }
        }

        /// The first day after the period.
        var end: String? {
            switch self {
            case .day(let d): return d.nextDay.iso
            case .month(let m, let y?): return CalendarDate(year: y, month: m, day: 1).startOfNextMonth.iso
            case .year(let y): return CalendarDate(year: y + 1, month: 1, day: 1).iso
            case .quarter(let q, let y):
                return q == 4 ? CalendarDate(year: y + 1, month: 1, day: 1).iso : CalendarDate(year: y, month: 3 * q + 1, day: 1).iso
            case .decade(let y): return CalendarDate(year: y + 10, month: 1, day: 1).iso
            case .century(let y): return CalendarDate(year: y + 100, month: 1, day: 1).iso
            case .month(_, nil): return nil
            }
        }

        var isBareYear: Bool {
            if case .year = self { return true }
            return false
        }
    }

    /// A date at `j`: an ISO date, "March 2023", "March 5, 2023", "the year 2023", or (when
    /// `allowYear`) a bare year.
    func datePoint(at j: Int, allowYear: Bool) -> (DatePoint, last: Int)? {
        guard j >= 0, j < items.count, !items[j].used else { return nil }
        if let iso = items[j].date, let date = CalendarDate(iso: iso) { return (.day(date), j) }
        if let decade = tokens[items[j].range.lowerBound].decade, items[j].range.count == 1 {
            return (tokens[items[j].range.lowerBound].century ? .century(decade) : .decade(decade), j)
        }
        if case .month(let m)? = keyword(j) {
            var k = j + 1
            var day: Int?
            if isNumber(k), items[k].isInteger, items[k].year == nil, let n = items[k].number, n >= 1, n <= 31 {
                day = Int(n)
                k += 1
            }
            if k < items.count, items[k].text == "," { k += 1 }
            if isNumber(k), let year = items[k].year {
                if let day { return (.day(CalendarDate(year: year, month: m, day: day)), k) }
                return (.month(m, year: year), k)
            }
            return (.month(m, year: nil), day == nil ? j : j + 1)
        }
        // "15 September 1988", "1 August, 1988": the day written before the month. Only with
        // the year: a bare "3 March" could as well be a count before a month's rows.
        if isNumber(j), items[j].isInteger, items[j].year == nil, let n = items[j].number, n >= 1, n <= 31, j + 1 < items.count,
            case .month(let m)? = keyword(j + 1)
        {
            var k = j + 2
            if k < items.count, items[k].text == "," { k += 1 }
            if isNumber(k), let year = items[k].year, Int(n) <= CalendarDate.daysIn(month: m, year: year) {
                return (.day(CalendarDate(year: year, month: m, day: Int(n))), k)
            }
        }
        if case .datePart(.year)? = keyword(j), isNumber(j + 1), let year = items[j + 1].year {
            return (.year(year), j + 1)
        }
        // "Q1 2023", "the first quarter of 2023", "the 3rd quarter of 2024"
        var quarter: Int?
        var k = j + 1
        let word = tokens[items[j].range.lowerBound].lower
        if let q = Interpreter.quarterNumber(word) {
            quarter = q
        } else if j + 1 < items.count, !items[j + 1].used,
            // ("quarter" may have been read as the name of the table's quarter column.)
            (items[j + 1].keyword ?? items[j + 1].alternateKeyword) == .datePart(.quarter)
        {
            switch keyword(j) {
            case .ordinal(let q)? where (1...4).contains(q): quarter = q
            case .extreme(.ascending, .time)? where word == "first": quarter = 1
            case .extreme(.descending, .time)? where word == "last": quarter = 4
            default: break
            }
            k = j + 2
        }
        if let quarter {
            if let of = nextIndex(from: k, skipping: { _ in false }), keyword(of) == .dateRelation(.during) || items[of].text == "," { k = of + 1 }
            if isNumber(k), let year = items[k].year { return (.quarter(quarter, year: year), k) }
        }
        // "1972 Q3": the year written first, as quarter labels often are ("1972 Q3", "2020 Q1").
        if isNumber(j), let year = items[j].year, j + 1 < items.count, !items[j + 1].used, items[j + 1].range.count == 1,
            let q = Interpreter.quarterNumber(tokens[items[j + 1].range.lowerBound].lower)
        {
            return (.quarter(q, year: year), j + 1)
        }
        if allowYear, isNumber(j), let year = items[j].year { return (.year(year), j) }
        return nil
    }

    /// The quarter a word such as "q3" names.
    static func quarterNumber(_ word: String) -> Int? {
        guard word.count == 2, word.hasPrefix("q"), let q = Int(word.dropFirst()), (1...4).contains(q) else { return nil }
        return q
    }

    mutating func readDates() throws(TranslationError) {
        var j = 0
        while j < items.count {
            defer { j += 1 }
            guard !items[j].used, let (point, last) = datePoint(at: j, allowYear: true) else { continue }
            let p = previousIndex(from: j - 1, skipping: { k in items[k].isFiller && !items[k].used })
            var relation: Keyword? = p.flatMap { keyword($0) }
            if case .dateRelation? = relation {
            } else if case .between? = relation {
            } else if case .compare? = relation {
                if point.isBareYear { continue }
            } else {
                relation = nil
            }
            // "from the 1970s" is those ten years, not everything since 1970 (unless "until" follows).
            let fromUntil =
                nextIndex(from: last + 1, skipping: { isArticle($0) }).map { keyword($0) == .dateRelation(.until) || keyword($0) == .and } ?? false
            switch point {
            case .decade, .century:
                let from = p.map { ["from", "of"].contains(tokens[items[$0].range.lowerBound].lower) } ?? false
                if relation == nil || (from && !fromUntil) { relation = .dateRelation(.during) }
            default:
                break
            }
            // "records from 1983" are that year's, as "from the 1970s" is that decade's: a bare
            // "from" opens a range only when something continues it ("onwards", "on", "to 1990",
            // "or later", read below and in the range readers) or the question asks for a series
            // ("parcels by year from 2018" starts there).
            if let p, relation == .dateRelation(.since), tokens[items[p].range.lowerBound].lower == "from", items[p].range.count == 1,
                !fromUntil, !continuesFrom(after: last), !asksForASeriesOfPeriods
            {
                relation = .dateRelation(.during)
            }
            // "1995 or later", "from 1995 or later", "2000 or earlier": an open range.
            var laterOrEarlier: Int?
            if let q = nextIndex(from: last + 1, skipping: { _ in false }), case .postfixCompare(let c)? = keyword(q) {
                let text = items[q].text.lowercased()
                if text.hasSuffix("later") || text.hasSuffix("after") {
                    relation = .dateRelation(.since)
                    laterOrEarlier = q
                } else if (text.hasSuffix("earlier") || text.hasSuffix("before")) && c == .lessOrEqual {
                    relation = .dateRelation(.until)
                    laterOrEarlier = q
                }
            }
            if point.isBareYear {
                guard let relation else { continue }
                // "a lifetime value of 2000" is a number, not a year.
                // "the weekly readings of 2000" are that year's: a plural names many values.
                if let p, tokens[items[p].range.lowerBound].lower == "of",
                    let before = previousIndex(from: p - 1, skipping: { isArticle($0) }),
                    isColumn(before, where: { $0.isNumeric })
                {
                    let last = tokens[items[before].range.upperBound - 1]
                    let plural = last.lemma != last.lower
                    let dated = lexicon.tables.indices.contains { !lexicon.dateColumns(of: $0).isEmpty }
                    if !(plural && dated) { continue }
                }
                if case .dateRelation(.on) = relation { continue }
            }
            var condition: Meaning.DateCondition?
            var end = last
            // Further months listed with the first, taken with it.
            var listed: [Meaning.DateCondition] = []
            // Whether the months listed are asked for each apart: one figure a month.
            var eachMonth = false
            switch relation {
            case .between?:
                guard let a = nextIndex(from: last + 1, skipping: { isArticle($0) }), case .and? = keyword(a),
                    let (second, secondLast) = datePoint(at: a + 1, allowYear: point.isBareYear)
                else { continue }
                condition = range(from: point, to: second)
                use(a)
                end = secondLast
            case .dateRelation(.since)?, .dateRelation(.from)?, .compare(.greaterOrEqual)?:
                if let t = nextIndex(from: last + 1, skipping: { isArticle($0) }), isRangeLink(t),
                    let (second, secondLast) = datePoint(at: t + 1, allowYear: point.isBareYear)
                {
                    condition = range(from: point, to: second)
                    use(t)
                    end = secondLast
                } else if let start = point.start {
                    condition = .range(lower: start, lowerInclusive: true, upper: nil, upperInclusive: false)
                } else if case .month(_, nil) = point {
                    // "readings from June": a month of any year has no start; it is that month.
                    condition = during(point)
                }
            case .dateRelation(.after)?, .compare(.greater)?:
                if case .day(let d) = point {
                    condition = .range(lower: d.iso, lowerInclusive: false, upper: nil, upperInclusive: false)
                } else if let next = point.end {
                    condition = .range(lower: next, lowerInclusive: true, upper: nil, upperInclusive: false)
                }
            case .dateRelation(.before)?, .compare(.less)?:
                if let start = point.start {
                    condition = .range(lower: nil, lowerInclusive: false, upper: start, upperInclusive: false)
                }
            case .dateRelation(.until)?, .compare(.lessOrEqual)?:
                if case .day(let d) = point {
                    condition = .range(lower: nil, lowerInclusive: false, upper: d.iso, upperInclusive: true)
                } else if let next = point.end {
                    condition = .range(lower: nil, lowerInclusive: false, upper: next, upperInclusive: false)
                }
            default:
                condition = during(point)
                // "for 1973 and 1974": two years in a row are one span (two years apart stay
                // unread: they are not one span, and may be two things compared).
                if relation == .dateRelation(.during), case .year(let year) = point,
                    let a = nextIndex(from: last + 1, skipping: { _ in false }), keyword(a) == .and, isNumber(a + 1),
                    items[a + 1].year == year + 1,
                    nextIndex(from: a + 2, skipping: { isArticle($0) }).map({ keyword($0) != .and && keyword($0) != .or }) ?? true,
                    let (second, secondLast) = datePoint(at: a + 1, allowYear: true), let start = point.start, let upper = second.end
                {
                    condition = .range(lower: start, lowerInclusive: true, upper: upper, upperInclusive: false)
                    use(a)
                    end = secondLast
                } else if relation == .dateRelation(.during), let t = nextIndex(from: last + 1, skipping: { isArticle($0) }),
                    keyword(t) == .dateRelation(.until), let (second, secondLast) = datePoint(at: t + 1, allowYear: point.isBareYear),
                    let span = range(from: point, to: second)
                {
                    // "for 1940 through 1945", "in March to May 2020": one span from the first
                    // point to the end of the second, as "from 1940 to 1945" is — read apart,
                    // the first was one year and the second an open bound (`= 1940 AND < 1946`).
                    condition = span
                    use(t)
                    end = secondLast
                } else if case .month(let first, nil) = point, !asksForEachApart {
                    // "in December, January and February", "the winter months (December,
                    // January, February)": months of any year listed together are taken
                    // together — no row is in two of them at once. A year after the last
                    // ("June, July and August 2003") is the year of them all. Months asked
                    // for "each of" them are the rows of them all, one figure a month (grouped
                    // below): pooled, they were one figure the question did not ask for.
                    // Months asked for each apart otherwise ("compare January and February")
                    // are not pooled (and refused as two months at once).
                    var k = last
                    var months: [Int] = []
                    var year: Int?
                    while year == nil,
                        let n = nextIndex(
                            from: k + 1, skipping: { t in keyword(t) == .and || keyword(t) == .or || items[t].isFiller && !items[t].used }),
                        let (next, nextLast) = datePoint(at: n, allowYear: false), case .month(let month, let y) = next
                    {
                        months.append(month)
                        year = y
                        k = nextLast
                    }
                    if !months.isEmpty {
                        condition = during(.month(first, year: year))
                        listed = months.map { during(.month($0, year: year)) }
                        end = k
                        if let e = eachBefore(j) {
                            eachMonth = true
                            use(e)
                            for t in e..<j where tokens[items[t].range.lowerBound].lower == "of" { use(t) }
                        }
                    }
                }
            }
            guard let condition else { continue }
            let anchorStart = relation != nil ? (p ?? j) : j
            let target = try dateTarget(before: anchorStart, after: end, phrase: items[anchorStart...end].map(\.text).joined(separator: " "))
            if let ref = target.column, lexicon[ref].isYearNumber {
                guard let kind = condition.onYearColumn(ref) else { continue }
                meaning.conditions.append(Meaning.Condition(kind: kind, position: anchorStart))
            } else {
                var kind = Meaning.Condition.Kind.period(target, condition)
                for other in listed {
                    kind = .either(
                        Meaning.Condition(kind: kind, position: anchorStart), Meaning.Condition(kind: .period(target, other), position: anchorStart))
                }
                meaning.conditions.append(Meaning.Condition(kind: kind, position: anchorStart))
                if eachMonth {
                    // (A table with a month-number column and no date: that column.)
                    let table = target.anchorTable ?? contextTables.first ?? (lexicon.tables.count == 1 ? 0 : nil)
                    if let table, lexicon.dateColumns(of: table).isEmpty,
                        let month = lexicon.tables[table].columns.first(where: { lexicon.calendarPart($0.ref) == "month" })
                    {
                        meaning.groupings.append(.column(month.ref))
                    } else {
                        meaning.groupings.append(.datePart(target, .month))
                        // Months of any year: the month of the year, whatever the year.
                        if case .part(format: "%m", _) = condition { meaning.wholePeriod = true }
                    }
                }
            }
            for k in j...end { use(k) }
            if relation != nil, let p { use(p) }
            if let laterOrEarlier { use(laterOrEarlier) }
            j = end
        }
        try readDateGroupings()
    }

    /// Whether the word at `j` is a period adjective ("annual", "monthly") of a table with one
    /// row per that period (a unique date or year column at that period): it says what each
    /// row is, so it groups nothing and an aggregate before it reads past it ("the average
    /// annual inflow" of yearly rows is the mean of the rows).
    func isPeriodOfTheRows(_ j: Int) -> Bool {
        guard case .datePart(let part)? = items[j].keyword else { return false }
        let word = items[j].text.lowercased()
        guard word.hasSuffix("ly") || word.hasPrefix("annual"),
            let table = contextTables.first ?? (lexicon.tables.count == 1 ? 0 : nil)
        else { return false }
        return lexicon.tables[table].columns.contains { lexicon.periods[$0.ref] == part && $0.unique }
    }

    /// Whether the question asks for one figure per period or a line over time: "by year",
    /// "per month", "each year", "trend", "over time".
    var asksForASeriesOfPeriods: Bool {
        items.indices.contains { j in
            if case .chart(.trend)? = items[j].keyword { return true }
            var isPeriod = items[j].columns.contains { lexicon[$0.ref].isTemporal || lexicon[$0.ref].isYearNumber }
            if case .datePart? = items[j].keyword { isPeriod = true }
            return isPeriod && followsAGroupingWord(j)
        }
    }

    /// Whether the word before `j` asks for one group per value: "by", "per", "each", "every".
    private func followsAGroupingWord(_ j: Int) -> Bool {
        guard let g = previousIndex(from: j - 1, skipping: { isArticle($0) }) else { return false }
        return items[g].keyword == .groupBy || ["per", "each", "every"].contains(items[g].text.lowercased())
    }

    /// The "each" of "for each of January, February and March", "in each of …": a word of
    /// one figure apiece, at most two words before the first month.
    private func eachBefore(_ j: Int) -> Int? {
        var k = j - 1
        while k >= 0, k >= j - 3 {
            // (An item may hold several words: "for each", "each of".)
            let words = items[k].range.map { tokens[$0].lower }
            if words.contains("each"), words.allSatisfy({ ["for", "in", "each", "of"].contains($0) }) { return k }
            guard words == ["of"] else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the words right after a date point at `last` keep a "from" open: "onwards",
    /// "on", "forward", "or later".
    private func continuesFrom(after last: Int) -> Bool {
        guard last + 1 < items.count else { return false }
        switch keyword(last + 1) {
        case .dateRelation(.since)?, .dateRelation(.on)?, .dateRelation(.after)?, .postfixCompare?: return true
        default: return ["onward", "forward", "forwards", "later"].contains(tokens[items[last + 1].range.lowerBound].lower)
        }
    }

    private func isRangeLink(_ t: Int) -> Bool {
        switch keyword(t) {
        case .dateRelation(.until)?, .and?: return true
        default: return false
        }
    }

    func during(_ point: DatePoint) -> Meaning.DateCondition {
        switch point {
        case .quarter, .decade, .century:
            return .range(lower: point.start, lowerInclusive: true, upper: point.end, upperInclusive: false)
        case .day(let d): return .day(d.iso)
        case .month(let m, let y?): return .part(format: "%Y-%m", value: "\(y)-\(m < 10 ? "0" : "")\(m)")
        case .month(let m, nil): return .part(format: "%m", value: "\(m < 10 ? "0" : "")\(m)")
        case .year(let y): return .part(format: "%Y", value: String(y))
        }
    }

    private func range(from a: DatePoint, to b: DatePoint) -> Meaning.DateCondition? {
        guard let lower = a.start else { return nil }
        if case .day(let d) = b { return .range(lower: lower, lowerInclusive: true, upper: d.iso, upperInclusive: true) }
        guard let upper = b.end else { return nil }
        return .range(lower: lower, lowerInclusive: true, upper: upper, upperInclusive: false)
    }

    /// The date column a date phrase applies to: a date column named just before ("signed up
    /// in 2023") or just after, else the table named just before ("made a transaction in
    /// 2024"), resolved later against the subject table.
    mutating func dateTarget(before start: Int, after end: Int, phrase: String) throws(TranslationError) -> Meaning.DateTarget {
        var target = Meaning.DateTarget(phrase: phrase)
        var k = start - 1
        var steps = 0
        while k >= 0 && steps < 7 {
            defer {
                k -= 1
                steps += 1
            }
            let item = items[k]
            if item.used { continue }
            if isColumn(k, where: { $0.isTemporal || $0.isYearNumber }) {
                if let (ref, _) = try column(k, where: { $0.isTemporal || $0.isYearNumber }) {
                    target.column = ref
                    // "total parcels by year since 2018" of several rows a year: the column is
                    // also the grouping that "by" asks for; left for the groupings pass, which
                    // would otherwise find it used. (A column with one row per value — "by
                    // quarter" of a quarterly series — has nothing to group.)
                    if !followsAGroupingWord(k) || lexicon[ref].unique { use(k) }
                    return target
                }
            }
            if isTable(k), let table = item.table {
                target.anchorTable = table
                return target
            }
            if item.number != nil || item.date != nil { break }
            switch item.keyword {
            case .compare?, .between?, .groupBy?, .postfixCompare?: return target
            default: continue
            }
        }
        var f = end + 1
        while f < items.count && f <= end + 3 {
            if isColumn(f, where: { $0.isTemporal }), let (ref, _) = try column(f, where: { $0.isTemporal }) {
                target.column = ref
                use(f)
                return target
            }
            if !isArticle(f) { break }
            f += 1
        }
        return target
    }

    private mutating func readDateGroupings() throws(TranslationError) {
        readPartsOfTheYear()
        let asksForChart = items.contains { if case .chart? = $0.keyword { return true } else { return false } }
        for j in items.indices {
            guard case .datePart(let part)? = keyword(j) else { continue }
            let word = items[j].text.lowercased()
            let adverbial = word.hasSuffix("ly") || word.hasPrefix("annual")
            let g = previousIndex(from: j - 1, skipping: { isArticle($0) })
            var grouped = adverbial
            if let g, case .groupBy? = keyword(g) { grouped = true }
            // "all months of 2009": the rows of that year, listed (below) — never a grouping.
            let allOfAYear = j > 0 && !items[j - 1].used && items[j - 1].text.lowercased() == "all" && namesPeriodsOfAYear(j)
            guard grouped || allOfAYear else { continue }
            // "the weekly pollen readings" of a weekly series, "yearly rainfall records": the
            // period the rows already come in describes them; it groups nothing.
            if adverbial, let n = nextIndex(from: j + 1, skipping: { isArticle($0) }), !items[n].used,
                isTable(n) || isColumn(n) || keyword(n) == .rowsNoun,
                let table = items[n].table ?? items[n].columns.first?.ref.table ?? contextTables.first ?? (lexicon.tables.count == 1 ? 0 : nil),
                lexicon.tables[table].columns.contains(where: { lexicon.periods[$0.ref] == part })
            {
                // One row per period: "the highest annual inflow" is the highest row, the
                // adjective context. A chart keeps its period axis, and a total of such rows
                // ("the total annual inflow") may want each year's figure: there the adjective
                // stays a claim the statement must show.
                let sums = items.contains { $0.keyword == .aggregate(.sum) }
                if isPeriodOfTheRows(j), !sums, !asksForChart { useAsContext(j) } else { use(j) }
                continue
            }
            // "the gap between the largest and smallest annual harvest", "how much did monthly
            // sales drop from May to June" of a table with one row per year (month): the
            // adjective says what each row is, not a grouping ("by"/"per"/"each" would say so;
            // a chart keeps its period axis).
            if g.map({ keyword($0) != .groupBy }) ?? true, !asksForChart, isPeriodOfTheRows(j) {
                useAsContext(j)
                continue
            }
            // "the average number of deaths per month" of a table with one row per month: the
            // mean over the rows. One group per row would give each row back as its own
            // "average", an answer to another question.
            if let g, items[g].text.lowercased() == "per", asksForAnAverage,
                let table = contextTables.first ?? (lexicon.tables.count == 1 ? 0 : nil),
                lexicon.tables[table].columns.contains(where: { lexicon.periods[$0.ref] == part && $0.unique })
            {
                use(j, g)
                continue
            }
            // "list every month of 2009 with its index" of a monthly series: the rows, by their
            // date; so too "all months of 2009".
            if let g = allOfAYear ? j - 1 : g, ["every", "each", "all"].contains(items[g].text.lowercased()), meaning.measures.isEmpty,
                !items.contains(where: { item in
                    switch item.keyword {
                    case .aggregate?, .count?, .extreme?, .howMuch?: return !item.used
                    default: return false
                    }
                }),
                let date = (contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables).flatMap({ lexicon.dateColumns(of: $0) }).first,
                lexicon[date].unique, lexicon.periods[date] == part
            {
                if !meaning.projections.contains(date) { meaning.projections.append(date) }
                use(j, g)
                continue
            }
            if allOfAYear { continue }
            var target: Meaning.DateTarget
            // "by month of signup", "per year of the transaction date"
            if let o = nextIndex(from: j + 1, skipping: { _ in false }), case .dateRelation(.during)? = keyword(o),
                let c = nextIndex(from: o + 1, skipping: { isArticle($0) }), isColumn(c, where: { $0.isTemporal }),
                let (ref, _) = try column(c, where: { $0.isTemporal })
            {
                target = Meaning.DateTarget(column: ref, anchorTable: nil, phrase: items[j].text)
                use(o, c)
            } else {
                target = try dateTarget(before: g ?? j, after: j, phrase: items[j].text)
            }
            meaning.groupings.append(.datePart(target, part))
            use(j)
            if let g, case .groupBy? = keyword(g) { use(g) }
        }
    }
}

extension Interpreter {
    /// "for each quarter of the year", "per month of the year": the part of the year, whatever
    /// the year — even where the part's word also names a date column (`quarter_start`).
    private mutating func readPartsOfTheYear() {
        for j in items.indices where j + 1 < items.count && !items[j].used && items[j].range.count == 1 {
            let part: DatePart
            switch tokens[items[j].range.lowerBound].lemma {
            case "month": part = .month
            case "quarter": part = .quarter
            default: continue
            }
            guard keyword(j) == nil || keyword(j) == .datePart(part), !items[j].hasValue,
                items[j].columns.allSatisfy({ lexicon[$0.ref].isTemporal }),
                let g = previousIndex(from: j - 1, skipping: { isArticle($0) }), keyword(g) == .groupBy,
                keyword(j + 1) == .dateRelation(.during), tokens[items[j + 1].range.lowerBound].lower == "of",
                let y = nextIndex(from: j + 2, skipping: { isArticle($0) }), keyword(y) == .datePart(.year),
                tokens[items[y].range.lowerBound].lower == "year"
            else { continue }
            items[j].keyword = .datePart(part)
            items[j].schema = []
            meaning.wholePeriod = true
            for k in (j + 1)...y { use(k) }
        }
    }
}

extension CalendarDate {
    init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
