/// Reads comparisons tied to a column: "older than 40", "at least 1000", "between 30 and 40",
/// "5 or more", "more than 5 items", "more than 10 transactions" (a count of related rows),
/// "an average lifetime value above 450" (a condition on a group's measure).
extension Interpreter {
    mutating func readComparisons() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            switch keyword(i) {
            case .between?:
                try readBetween(at: i)
            case .compare(.greaterOrEqual)? where atLeastOneRow(at: i):
                break
            case .compare(let op)?:
                try readCompare(at: i, op)
            case .adjective(let dimension, let direction?)? where dimension != .time:
                try readAdjectiveComparison(at: i, dimension, direction)
            case .ordinal(let n)?:
                try readOrdinal(at: i, n)
            case .signed(let op)?:
                // "a negative profit", "profit is negative"
                let accept: (SchemaLexicon.Column) -> Bool = { $0.isNumeric }
                let c =
                    nextIndex(from: i + 1, skipping: { isArticle($0) }).flatMap { isColumn($0, where: accept) ? $0 : nil }
                    ?? previousIndex(from: i - 1, skipping: { isArticle($0) || keyword($0) == .filler }).flatMap {
                        isColumn($0, where: accept) ? $0 : nil
                    }
                guard let c, let (ref, _) = try column(c, where: accept) else { continue }
                meaning.conditions.append(Meaning.Condition(kind: .compare(ref, op, .integer(0)), position: i))
                use(i, c)
            case .extreme(.ascending, .time)? where tokens[items[i].range.lowerBound].lower == "first":
                try readOrdinal(at: i, 1)
            default:
                if isNumber(i) { try readNumberWithPostfix(at: i) }
            }
        }
    }

    /// "in how many years was the rate above 2 at some point", "did it ever go below 1 at any
    /// time": a row meeting the comparison is what "at some point" asks for, which the
    /// condition already says. (Not "at every point" or "at all times": those ask for all rows.)
    mutating func readAtSomePoint() {
        // ("at" and "some" are fillers of their own; the noun is what would be left unplaced.)
        for i in items.indices where tokens[items[i].range.lowerBound].lower == "at" && items[i].range.count == 1 {
            guard i + 2 < items.count, !items[i + 2].used, items[i + 1].range.count == 1, items[i + 2].range.count == 1,
                ["some", "any"].contains(tokens[items[i + 1].range.lowerBound].lower),
                ["point", "time", "stage", "moment"].contains(tokens[items[i + 2].range.lowerBound].lemma),
                items[..<i].contains(where: { item in
                    if case .compare? = item.keyword { return true }
                    return false
                })
            else { continue }
            useAsContext(i, i + 1, i + 2)
        }
    }

    /// "did at least one month have more than 350 riders", "was at least one keeper hired":
    /// one row of the data (a period, or a row of a table linked to no other) is the rows
    /// themselves — the words ask that some exist, which the rest of the question already
    /// counts. Uses the three words when so. ("customers with at least one transaction" is a
    /// condition on related rows, read elsewhere.)
    private mutating func atLeastOneRow(at i: Int) -> Bool {
        guard let n = nextIndex(from: i + 1, skipping: { _ in false }), items[n].number == 1, !items[n].used,
            let noun = nextIndex(from: n + 1, skipping: { _ in false }), !items[noun].used, !isPlural(noun)
        else { return false }
        var rows = false
        if case .datePart? = keyword(noun) { rows = true }
        if case .month? = keyword(noun) { rows = false }
        // ("at least one month" of a table whose date column is `month`.)
        if isColumn(noun, where: { $0.isTemporal }), !items[noun].hasValue { rows = true }
        if let table = items[noun].table, items[noun].tableScore >= 3, !items[noun].hasValue,
            !lexicon.links.contains(where: { $0.parent.table == table || $0.child.table == table })
        {
            rows = true
        }
        guard rows else { return false }
        use(i, n, noun)
        return true
    }

    private func numberLiteral(_ i: Int) -> SQLLiteral {
        SQLLiteral.number(items[i].number ?? 0)
    }

    /// A preceding "not" flips a comparison ("not older than 40").
    private mutating func negationBefore(_ i: Int) -> Bool {
        if let p = previousIndex(from: i - 1, skipping: { k in items[k].isFiller && !items[k].used }), case .negation? = keyword(p) {
            use(p)
            return true
        }
        return false
    }

    private mutating func readCompare(at i: Int, _ comparison: Comparison) throws(TranslationError) {
        guard let n = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { return }
        var op = comparison
        // "a lifetime value above the average", "older than the average customer"
        if !isNumber(n), let function = aggregateFunction(at: n) {
            if negationBefore(i) { op = op.negated }
            var last = n
            if let c = nextIndex(from: n + 1, skipping: { isArticle($0) }), isColumn(c, where: { $0.isNumeric }) { last = c }
            guard let target = try comparisonTarget(operatorAt: i, numberAt: last, dimension: nil, hint: nil, unitAlreadyAt: nil),
                case .column(let ref) = target
            else { return }
            meaning.conditions.append(Meaning.Condition(kind: .compareToAggregate(ref, op, function), position: i))
            for k in i...last where !items[k].used && (k == i || k >= n) { use(k) }
            return
        }
        // "the ACME value higher than the INITECH value": two columns of the row.
        if !isNumber(n), isColumn(n, where: { $0.isNumeric }), let (other, _) = try column(n, where: { $0.isNumeric }),
            let target = try comparisonTarget(operatorAt: i, numberAt: i, dimension: nil, hint: nil, unitAlreadyAt: i),
            case .column(let ref) = target, ref != other
        {
            if negationBefore(i) { op = op.negated }
            meaning.conditions.append(Meaning.Condition(kind: .compareColumns(ref, op, other), position: i))
            use(i, n)
            if let noun = nextIndex(from: n + 1, skipping: { _ in false }),
                items[noun].isUnknown || items[noun].keyword == nil && items[noun].schema.isEmpty,
                Interpreter.measureNouns.contains(tokens[items[noun].range.lowerBound].lemma)
            {
                use(noun)
            }
            return
        }
        guard isNumber(n) else { return }
        // "more than 100 in a year", "above 30 on any day": per row of a table whose rows are
        // those periods; the period words only say so.
        var periodWords: [Int] = []
        if let p = nextIndex(from: n + 1, skipping: { _ in false }), ["in", "on", "during"].contains(tokens[items[p].range.lowerBound].lower),
            let q = nextIndex(from: p + 1, skipping: { _ in false }),
            ["a", "any", "one", "each", "single", "some"].contains(tokens[items[q].range.lowerBound].lower),
            let d = nextIndex(from: q + 1, skipping: { tokens[items[$0].range.lowerBound].lower == "single" }),
            isDatePart(d) || isColumn(d, where: { $0.isYearNumber || lexicon.isFinestCalendarPart($0.ref) }), !isPlural(d)
        {
            periodWords = Array(p...d)
            for k in periodWords { items[k].used = true }
        }
        if try readNeverPastABound(operatorAt: i, numberAt: n, op, dimension: nil) { return }
        if negationBefore(i) { op = op.negated }
        guard let target = try comparisonTarget(operatorAt: i, numberAt: n, dimension: nil, hint: nil) else {
            for k in periodWords { items[k].used = false }
            return
        }
        add(target, op, numberLiteral(n), at: i)
        use(i, n)
    }

    /// "Which stores never exported more than 100", "which riders never took longer than 300
    /// s": no row of the group above it, so its largest is at most 100 (its smallest at least N
    /// for "never less than N"). Returns whether it read so.
    /// (Tried on a copy: finding the target claims words, which must stay free otherwise.)
    private mutating func readNeverPastABound(operatorAt i: Int, numberAt n: Int, _ op: Comparison, dimension: Dimension?) throws(TranslationError)
        -> Bool
    {
        var probe = self
        guard meaning.answerEntity != nil, let never = neverBefore(i), op != .equal, op != .notEqual,
            let target = try probe.comparisonTarget(operatorAt: i, numberAt: n, dimension: dimension, hint: nil), case .column(let ref) = target,
            lexicon[ref].isNumeric, sameTableAsAnswer(ref)
        else { return false }
        self = probe
        let extreme: AggregateFunction = op == .greater || op == .greaterOrEqual ? .maximum : .minimum
        meaning.conditions.append(Meaning.Condition(kind: .measure(.aggregate(extreme, ref), op.negated, numberLiteral(n)), position: i))
        use(i, n, never)
        return true
    }

    /// Groups of the answer's own table: rows of a related table are read as related rows
    /// ("regions that never had a sale above 650" includes regions without sales).
    private func sameTableAsAnswer(_ ref: ColumnRef) -> Bool {
        switch meaning.answerEntity {
        case .column(let c)?: return c.table == ref.table
        case .table(let t)?: return t == ref.table
        default: return false
        }
    }

    /// "never" a few words before a comparison ("never exported more than", "never had a price
    /// above"), with only verbs, columns and little words between.
    private func neverBefore(_ i: Int) -> Int? {
        var k = i - 1
        while k >= 0 && i - k <= 4 {
            if items[k].used { return nil }
            if case .negation? = items[k].keyword { return tokens[items[k].range.lowerBound].lower == "never" ? k : nil }
            var linking = items[k].keyword == nil || isArticle(k) || items[k].keyword == .have || items[k].keyword == .with
            if case .verb? = items[k].keyword { linking = true }
            guard linking else { return nil }
            k -= 1
        }
        return nil
    }

    private mutating func readBetween(at i: Int) throws(TranslationError) {
        guard let a = nextIndex(from: i + 1, skipping: { isArticle($0) }), isNumber(a),
            let andIndex = nextIndex(from: a + 1, skipping: { isArticle($0) }), isRangeAnd(andIndex),
            let b = nextIndex(from: andIndex + 1, skipping: { isArticle($0) }), isNumber(b)
        else { return }
        var dimension: Dimension?
        if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), case .adjective(let d, _)? = keyword(p), d != .time {
            dimension = d
            use(p)
        }
        guard let target = try comparisonTarget(operatorAt: i, numberAt: b, dimension: dimension, hint: nil) else { return }
        let low = numberLiteral(a)
        let high = numberLiteral(b)
        switch target {
        case .column(let ref):
            meaning.conditions.append(Meaning.Condition(kind: .between(ref, low, high), position: i))
        case .measure(let measure):
            meaning.conditions.append(Meaning.Condition(kind: .measure(measure, .greaterOrEqual, low), position: i))
            meaning.conditions.append(Meaning.Condition(kind: .measure(measure, .lessOrEqual, high), position: i))
        }
        use(i, a, andIndex, b)
    }

    private func aggregateFunction(at k: Int) -> AggregateFunction? {
        switch keyword(k) {
        case .aggregate(let f)? where f != .count: return f
        case .extreme(let d, .magnitude)?: return d.extremeFunction
        default: return nil
        }
    }

    private func isAgeUnit(_ k: Int) -> Bool {
        if case .ageUnit? = keyword(k) { return true }
        return false
    }

    private func isRangeAnd(_ k: Int) -> Bool {
        switch keyword(k) {
        case .and?, .dateRelation(.until)?: return true
        default: return false
        }
    }

    /// "older than 40", "aged 50", "aged over 50", "younger than 30".
    private mutating func readAdjectiveComparison(at i: Int, _ dimension: Dimension, _ direction: SortDirection) throws(TranslationError) {
        guard let j = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { return }
        var op: Comparison
        var n: Int
        if case .than? = keyword(j), let k = nextIndex(from: j + 1, skipping: { isArticle($0) }), isNumber(k) {
            op = direction == .descending ? .greater : .less
            n = k
            use(j)
        } else if case .compare(let c)? = keyword(j), let k = nextIndex(from: j + 1, skipping: { isArticle($0) }), isNumber(k) {
            op = c
            n = k
            use(j)
        } else if isNumber(j), let to = nextIndex(from: j + 1, skipping: { isArticle($0) }), keyword(to) == .dateRelation(.until),
            let m = nextIndex(from: to + 1, skipping: { isArticle($0) }), isNumber(m)
        {
            // "aged 30 to 40"
            guard let target = try comparisonTarget(operatorAt: i, numberAt: m, dimension: dimension, hint: nil),
                case .column(let ref) = target
            else { return }
            meaning.conditions.append(Meaning.Condition(kind: .between(ref, numberLiteral(j), numberLiteral(m)), position: i))
            use(i, j, to, m)
            return
        } else if isNumber(j), items[i].text.lowercased() == "aged" || items[i].text.lowercased() == "age" {
            n = j
            op = .equal
            if let p = nextIndex(from: j + 1, skipping: { k in isArticle(k) || isAgeUnit(k) }) {
                switch keyword(p) {
                case .postfixCompare(let c)?:
                    op = c
                    use(p)
                case .adjective(.age, let d?)? where items[p].text.lowercased().hasPrefix("or") || items[p].text.lowercased().hasPrefix("and"):
                    op = d == .descending ? .greaterOrEqual : .lessOrEqual
                    use(p)
                default: break
                }
            }
        } else {
            return
        }
        if try readNeverPastABound(operatorAt: i, numberAt: n, op, dimension: dimension) { return }
        if negationBefore(i) { op = op.negated }
        guard let target = try comparisonTarget(operatorAt: i, numberAt: n, dimension: dimension, hint: nil) else { return }
        add(target, op, numberLiteral(n), at: i)
        use(i, n)
    }

    /// "from week 4 onwards", "since week 3", "after round 2", "before lap 10": a time word
    /// before (or "onwards" after) a whole-number column and its number bounds the column,
    /// as it would a date. Read before the dates and values, which would take "week 4" for
    /// `week = 4` and the time words for nothing. ("Readings from week 4", with no "onwards",
    /// are the day's own; "from week 2 to week 4" is a range, read elsewhere.)
    mutating func readRelationOnANumberedColumn() {
        for c in items.indices where !items[c].used && c + 1 < items.count {
            let n = c + 1
            guard !items[n].used, items[n].isInteger, items[n].number != nil,
                isColumn(c, where: { $0.type == .integer && !$0.isBooleanLike && !$0.isYearNumber }), items[c].keyword == nil,
                let ref = items[c].columns.filter({ lexicon[$0.ref].type == .integer }).max(by: { $0.score < $1.score })?.ref
            else { continue }
            let after = n + 1 < items.count && !items[n + 1].used ? n + 1 : nil
            if let after, keyword(after) == .dateRelation(.until) { continue }
            let before = previousIndex(from: c - 1, skipping: { isArticle($0) }).flatMap { items[$0].used ? nil : $0 }
            let word = before.map { tokens[items[$0].range.lowerBound].lower } ?? ""
            var op: Comparison?
            var words = [c, n]
            if let after, keyword(after) == .dateRelation(.since), ["onwards", "onward"].contains(tokens[items[after].range.lowerBound].lower) {
                op = .greaterOrEqual
                words.append(after)
                if let before, keyword(before) == .dateRelation(.since) { words.append(before) }
            } else if let before {
                switch keyword(before) {
                case .dateRelation(.before)? where asksForOneNumberedRow(columnAt: c),
                    .dateRelation(.after)? where asksForOneNumberedRow(columnAt: c):
                    // "the wait before trial number 12" is a value of that one trial, not of every
                    // trial before it.
                    op = .equal
                case .dateRelation(.since)? where word != "from": op = .greaterOrEqual
                case .dateRelation(.after)?: op = .greater
                case .dateRelation(.before)?: op = .less
                case .dateRelation(.until)? where word != "to": op = .lessOrEqual
                default: break
                }
                words.append(before)
            }
            guard let op, let value = items[n].number else { continue }
            meaning.conditions.append(Meaning.Condition(kind: .compare(ref, op, .number(value)), position: c))
            for k in words { use(k) }
        }
    }

    /// Whether the whole-number column read at `c` is named by its "number"/"no." ("trial
    /// number 12") and nothing in the question counts, aggregates, ranks, lists or charts rows:
    /// then the question asks for a value of that one numbered row, and a time word before it
    /// ("the wait before trial number 12") places the value, not a bound on the column.
    private func asksForOneNumberedRow(columnAt c: Int) -> Bool {
        let last = tokens[items[c].range.upperBound - 1].lower
        guard ["number", "no", "no.", "#"].contains(last) else { return false }
        return !items.contains { item in
            switch item.keyword {
            case .count?, .aggregate?, .extreme?, .top?, .show?, .chart?, .groupBy?, .distinct?, .rowsNoun?, .inTotal?, .onAverage?,
                .question(.which)?:
                return true
            default: return false
            }
        }
    }

    /// "first class", "3rd class": the value of a whole-number column.
    private mutating func readOrdinal(at i: Int, _ n: Int) throws(TranslationError) {
        let accept: (SchemaLexicon.Column) -> Bool = { $0.type == .integer && ($0.distinctValues?.contains(String(n)) ?? true) }
        guard i + 1 < items.count, isColumn(i + 1, where: accept), let (ref, _) = try column(i + 1, where: accept) else { return }
        // "the first month with a delay above 30" searches the months; it is not January.
        if lexicon.isOrdinal(ref), let after = nextIndex(from: i + 2, skipping: { isArticle($0) }),
            keyword(after) == .with || keyword(after) == .relative
        {
            return
        }
        // "the first year the level dropped under 578": a column of calendar years has no year
        // 1; the earliest year meeting the comparison that follows is asked for, as with "the
        // first year when …". ("The depth in the first year" asks for a value of that year:
        // left to be refused, not read as the year.)
        let inAPeriod =
            previousIndex(from: i - 1, skipping: { isArticle($0) }).map {
                ["in", "during", "for"].contains(tokens[items[$0].range.lowerBound].lower)
            } ?? false
        let compared = items[(i + 2)...].contains { item in
            if case .compare? = item.keyword { return true }
            return false
        }
        if lexicon[ref].isYearNumber, compared, !inAPeriod { return }
        meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, .integer(Int64(n))), position: i))
        use(i, i + 1)
    }

    /// "5 or more", "50 or older", "30 and under"; or "a quantity of 5" (equality).
    private mutating func readNumberWithPostfix(at n: Int) throws(TranslationError) {
        // "amounts from 100 to 200", "30-40 years old"
        if let to = nextIndex(from: n + 1, skipping: { isArticle($0) }), keyword(to) == .dateRelation(.until),
            let m = nextIndex(from: to + 1, skipping: { isArticle($0) }), isNumber(m)
        {
            var start = n
            if let from = previousIndex(from: n - 1, skipping: { isArticle($0) }), keyword(from) == .dateRelation(.since) { start = from }
            if let target = try comparisonTarget(operatorAt: start, numberAt: m, dimension: nil, hint: nil), case .column(let ref) = target {
                meaning.conditions.append(Meaning.Condition(kind: .between(ref, numberLiteral(n), numberLiteral(m)), position: n))
                use(start, n, to, m)
            }
            return
        }
        var p = n + 1
        var unit: Int?
        if p < items.count, !items[p].used, items[p].keyword == nil, isColumn(p) || isTable(p) {
            unit = p
            p += 1
        }
        // "28 degrees or more": a unit word no column is named by, between the number and
        // its comparison.
        var unitWord: Int?
        if unit == nil, p + 1 < items.count, !items[p].used, items[p].schema.isEmpty, items[p].keyword == nil || items[p].isFiller,
            items[p].range.count == 1, SchemaLexicon.unitSpellings(of: tokens[items[p].range.lowerBound].lower) != nil,
            case .postfixCompare? = keyword(p + 1)
        {
            unitWord = p
            p += 1
        }
        var op: Comparison?
        var dimension: Dimension?
        if p < items.count {
            switch keyword(p) {
            case .postfixCompare(let c)?: op = c
            case .adjective(.age, let d?)? where ["or", "and"].contains(tokens[items[p].range.lowerBound].lower):
                op = d == .descending ? .greaterOrEqual : .lessOrEqual
                dimension = .age
            default: break
            }
        }
        // "5 or more items": the unit after the comparison.
        if op != nil, unit == nil, p + 1 < items.count, !items[p + 1].used, items[p + 1].keyword == nil || keyword(p + 1) == .ageUnit,
            isColumn(p + 1) || isTable(p + 1) || keyword(p + 1) == .ageUnit
        {
            unit = p + 1
        }
        if op == nil {
            // Equality: "a quantity of 5", "quantity = 5", "aged 30" is read with the adjective.
            // "at 250 ml", "the 500 ml bottle": the unit after the number names the column.
            let unitColumn: ColumnRef? = try unit.flatMap { u throws(TranslationError) in
                isColumn(u, where: { $0.isNumeric && !$0.isBooleanLike }) ? try column(u, where: { $0.isNumeric && !$0.isBooleanLike })?.ref : nil
            }
            func sameColumnAfter(_ k: Int, _ ref: ColumnRef) -> Bool {
                guard k < items.count, !items[k].used, items[k].keyword == nil else { return false }
                return items[k].columns.contains { $0.ref == ref }
            }
            let l0 = previousIndex(
                from: n - 1, skipping: { k in isArticle(k) || keyword(k) == .compare(.equal) || keyword(k) == .have || keyword(k) == .with })
            if let ref = unitColumn, let u = unit, let value = items[n].number, lexicon.observedRange(ref)?.contains(value) ?? false,
                !(l0.map { isColumn($0, where: { $0.isNumeric }) && !(items[$0].columns.contains { $0.ref == ref }) } ?? false)
            {
                meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, numberLiteral(n)), position: n))
                use(n, u)
                // "a volume of 500 ml", "the 250 ml volume": the column named again around the number.
                if let l0, items[l0].columns.contains(where: { $0.ref == ref }), !items[l0].used { use(l0) }
                if sameColumnAfter(u + 1, ref) { use(u + 1) }
                return
            }
            guard
                let l = previousIndex(
                    from: n - 1,
                    skipping: { k in
                        isArticle(k) || keyword(k) == .compare(.equal) || keyword(k) == .have || keyword(k) == .with
                    })
            else { return }
            // "employee 7": the row with that key.
            if isTable(l), let table = items[l].table, let key = lexicon.tables[table].keyColumn,
                lexicon.tables[table].columns[key].isNumeric, items[n].isInteger, l == n - 1
            {
                meaning.conditions.append(
                    Meaning.Condition(kind: .compare(ColumnRef(table: table, column: key), .equal, numberLiteral(n)), position: n))
                noteTable(table, at: l)
                use(n)
                return
            }
            guard isColumn(l, where: { $0.isNumeric }),
                let (ref, _) = try column(l, where: { $0.isNumeric })
            else { return }
            if let value = items[n].number, let range = lexicon.observedRange(ref), !range.contains(value) {
                // A number the column cannot hold is not its value: "every quarter of 2008" is
                // the year of the table's year column, and the quarters are what is asked for.
                if items[n].year != nil,
                    let year = lexicon.tables[ref.table].columns.first(where: {
                        $0.isYearNumber && $0.ref != ref && lexicon.observedRange($0.ref)?.contains(value) != false
                    })
                {
                    meaning.conditions.append(Meaning.Condition(kind: .compare(year.ref, .equal, numberLiteral(n)), position: n))
                    use(n)
                }
                return
            }
            meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, numberLiteral(n)), position: n))
            use(l, n)
            return
        }
        guard let op else { return }
        if let p0 = previousIndex(from: n - 1, skipping: { isArticle($0) }), case .adjective(let d, _)? = keyword(p0), d != .time {
            dimension = d
            use(p0)
        }
        if dimension == nil, let unit, case .ageUnit? = keyword(unit) { dimension = .age }
        guard let target = try comparisonTarget(operatorAt: n, numberAt: unit ?? n, dimension: dimension, hint: nil, unitAlreadyAt: unit) else {
            return
        }
        add(target, op, numberLiteral(n), at: n)
        use(n, p)
        if let unit { use(unit) }
        if let unitWord { use(unitWord) }
    }

    enum ComparisonTarget {
        case column(ColumnRef)
        case measure(Meaning.Measure)
    }

    private mutating func add(_ target: ComparisonTarget, _ op: Comparison, _ value: SQLLiteral, at position: Int) {
        switch target {
        case .column(let ref):
            meaning.conditions.append(Meaning.Condition(kind: .compare(ref, op, value), position: position))
        case .measure(let measure):
            meaning.conditions.append(Meaning.Condition(kind: .measure(measure, op, value), position: position))
        }
    }

    /// What a comparison applies to: the adjective's dimension, the unit after the number
    /// ("5 items", "10 transactions", "40 years old"), or the column before the operator
    /// ("amount greater than", "an average lifetime value above").
    private mutating func comparisonTarget(
        operatorAt i: Int, numberAt n: Int, dimension: Dimension?, hint: AggregateFunction?,
        unitAlreadyAt: Int? = nil
    ) throws(TranslationError) -> ComparisonTarget? {
        var dimension = dimension
        // The unit after the number.
        var u: Int?
        if let unitAlreadyAt {
            u = unitAlreadyAt
        } else {
            u = nextIndex(from: n + 1, skipping: { isArticle($0) })
        }
        if let u, u < items.count {
            if case .ageUnit? = keyword(u) {
                // "older than 40 years" is an age; "a life span above 80 years" is the column
                // named, in years.
                if ((try? dimensionColumn(.age, hint: hint)) ?? nil) != nil || !columnBeforeOperator(i) { dimension = .age }
                use(u)
            } else if items[u].isUnknown, tokens[items[u].range.lowerBound].lemma == "time" {
                // "sold more than 100 times": a count of rows.
                use(u)
                return .measure(.rows(table: nil))
            } else if unitAlreadyAt != nil || !items[u].used {
                if isTable(u), let table = items[u].table {
                    // "bread above 14 pence" of a table whose price and wage columns are both
                    // in pence: the word names the table only through the unit its columns
                    // share, and the number is one of those columns, never a count of rows.
                    let word = Morphology.stem(tokens[items[u].range.lowerBound].lower)
                    let measured = Set(
                        lexicon.tables[table].columns.filter { column in
                            column.isNumeric && !column.isBooleanLike && column.words.contains { Morphology.stem($0) == word }
                        }.map(\.ref))
                    if items[u].range.count == 1, measured.count > 1 {
                        guard let picked = columnPickedBeforeSharedUnit(u, operatorAt: i, among: measured) else { return nil }
                        use(u)
                        if let l = indexBeforeOperator(i) { use(l) }
                        return .column(picked)
                    }
                    // "the spot rate fell below 200 yen" of a table named `yen`: a word for the
                    // table that is no plural, after a number compared with a column named
                    // before it, is the column's unit — a count of rows would be "200 yens".
                    if items[u].range.count == 1, !isPlural(u), columnBeforeOperator(i) {
                        useAsContext(u)
                    } else {
                        noteTable(table, at: u)
                        use(u)
                        // "more than 20 floods" where the rows of `floods` tally them in a
                        // `floods` column: the column, not a count of rows.
                        let tallies = Set(items[u].columns.map(\.ref).filter { $0.table == table && lexicon.countsThings($0) })
                        if tallies.count == 1, let tally = tallies.first { return .column(tally) }
                        return .measure(.rows(table: table))
                    }
                }
                // "towns with more than 20,000 people": of a table of places, the people are its
                // population column (`populationColumn`).
                if namesPeopleOfAPlace(u),
                    items[u].range.count == 1, !items[u].hasColumn, let population = populationColumn() ?? wholePopulationColumn()
                {
                    use(u)
                    return .column(population)
                }
                // "regions with more than 30 stores" where stores are a column's
                // values: how many different ones each group has.
                if !items[u].used, items[u].keyword == nil, isColumn(u, where: { $0.isText }), isPlural(u),
                    let (ref, _) = try column(u, where: { $0.isText })
                {
                    use(u)
                    return .measure(.distinctValues(ref))
                }
                // "rain over 10 mm" with `rain_mm` and `snow_mm`: a unit several columns share only
                // confirms the column the noun before names (even a noun that also names the
                // table); with no such noun the unit is left ambiguous, and the question refused.
                if !items[u].used, items[u].keyword == nil, let picked = columnPickedBeforeSharedUnit(u, operatorAt: i) {
                    use(u)
                    if let l = indexBeforeOperator(i) { use(l) }
                    return .column(picked)
                }
                // A unit is a measured column even where the word is also a value ("10 mm of rain").
                if !items[u].used, items[u].keyword == nil, items[u].columns.contains(where: { lexicon[$0.ref].isNumeric }),
                    let (ref, _) = try column(u, where: { $0.isNumeric })
                {
                    // "an income of at least 50 thousand dollars" with a `fare_usd` column
                    // elsewhere: the unit only says how the named column is counted.
                    // (Not "the average response at 2 kg": there the column before is measured,
                    // and the unit names the column the number is of.)
                    if items[u].range.count == 1, SchemaLexicon.unitSpellings(of: tokens[items[u].range.lowerBound].lower) != nil,
                        keyword(i) != .compare(.equal), let l = indexBeforeOperator(i), isColumn(l, where: { $0.isNumeric && !$0.isBooleanLike }),
                        !isIdentifierBeforeVerb(l, operatorAt: i),
                        !(previousIndex(from: l - 1, skipping: { isArticle($0) }).map { a in
                            if case .aggregate? = keyword(a) { return true }
                            if case .extreme? = keyword(a) { return true }
                            return false
                        } ?? false),
                        let (named, _) = try column(l, where: { $0.isNumeric && !$0.isBooleanLike }), named != ref
                    {
                        use(u, l)
                        return .column(named)
                    }
                    use(u)
                    // "weigh more than 200 pounds": the verb before named the same column.
                    if let l = previousIndex(from: i - 1, skipping: { isArticle($0) }), isColumn(l),
                        (try? column(l))??.ref == ref
                    {
                        use(l)
                    }
                    // "groups with more than 50 floods in total": each group's sum.
                    if let t = nextIndex(from: u + 1, skipping: { isArticle($0) }), keyword(t) == .inTotal {
                        use(t)
                        return .measure(.aggregate(.sum, ref))
                    }
                    return .column(ref)
                }
            }
        }
        if let dimension {
            guard let ref = try dimensionColumn(dimension, hint: hint) else { return nil }
            return .column(ref)
        }
        // The column before the operator.
        guard let l = indexBeforeOperator(i) else { return nil }
        if isColumn(l, where: { $0.isNumeric || $0.isTemporal }), !isIdentifierBeforeVerb(l, operatorAt: i),
            let (ref, _) = try column(l, where: { $0.isNumeric || $0.isTemporal })
        {
            use(l)
            // "an average lifetime value above 450": a condition on the group's measure.
            if let a = previousIndex(from: l - 1, skipping: { isArticle($0) }) {
                switch keyword(a) {
                case .aggregate(let f)?:
                    use(a)
                    return .measure(.aggregate(f, ref))
                case .extreme(let d, .magnitude)?:
                    use(a)
                    return .measure(.aggregate(d.extremeFunction, ref))
                default:
                    break
                }
            }
            return .column(ref)
        }
        if isColumn(l, where: { $0.isBooleanLike }), let (ref, _) = try column(l, where: { $0.isBooleanLike }),
            l + 1 < items.count, case .percent? = items[l + 1].keyword
        {
            use(l, l + 1)
            return .measure(.rate(ref, .rate))
        }
        if case .count? = keyword(l) {
            return nil
        }
        if keyword(l) == .rowsNoun, ["people", "person", "persons", "individual"].contains(tokens[items[l].range.lowerBound].lower),
            let age = try dimensionColumn(.age, hint: hint)
        {
            use(l)
            return .column(age)
        }
        // "employees who earn more than 100000", "customers who spent over 500"
        if let k = previousIndex(from: i - 1, skipping: { isArticle($0) }), let verbWord = items[k].keyword ?? items[k].alternateKeyword,
            case .verb(let concept) = verbWord, let ref = lexicon.measureColumn(for: concept, preferring: contextTables)
        {
            use(k)
            // "customers who spent more than 5000 in total": what each spent altogether.
            if let t = nextIndex(from: n + 1, skipping: { isArticle($0) }), keyword(t) == .inTotal {
                use(t)
                return .measure(.aggregate(.sum, ref))
            }
            return .column(ref)
        }
        if isTable(l), let table = items[l].table {
            // "fees were no more than 1.5" in `fees(fee, …)`: the column the word also names.
            let tied = items[l].columns.filter { lexicon[$0.ref].isNumeric && $0.score >= items[l].tableScore }
            if tied.count == 1 {
                use(l)
                return .column(tied[0].ref)
            }
            // "transactions over 500": the table's money column — unless a noun after the
            // number says what is counted ("parties had more than 4 people").
            if let u = nextIndex(from: n + 1, skipping: { isArticle($0) }), !items[u].used,
                items[u].isUnknown || keyword(u) == .rowsNoun
            {
                return nil
            }
            // "people over 40", "patients under 30": persons compared by a number are compared
            // by age.
            // So are the rows of a table of people ("patients over 75" of `patients(id, age,
            // sex)`, `SchemaLexicon.tablesOfPeople`), by a number a person's age can be.
            if guessedWords.contains(items[l].text) || peopleRowWords.contains(items[l].text)
                || tokens[items[l].range.lowerBound].lemma == "person"
                || (lexicon.tablesOfPeople[table] && (items[n].number ?? .infinity) <= 130),
                let age = try dimensionColumn(.age, hint: hint)
            {
                return .column(age)
            }
            // "a reading above 25" of `buoy_readings(day, level_cm)`: part of a table's name
            // that names what its one measure measures.
            if items[l].tableScore < 4, let sole = soleMeasure(of: table), !items[l].hasValue {
                use(l)
                return .column(sole)
            }
            if items[l].tableScore < 4 { return nil }
            let money = lexicon.columns(in: [table], namedBy: VerbConcept.spend.columnWords)
            if let first = money.first { return .column(first) }
        }
        return nil
    }

    /// "shires with more than 500,000 people" of `pop_total` beside `pop_young`, `pop_urban`,
    /// `pop_density`: where several columns count a place's people (`populationColumn` finds no
    /// one), the people of the place, unqualified, are all of them: the one such column whose
    /// only other word says so ("total", "all"). The others count a part, or are no count.
    private func wholePopulationColumn() -> ColumnRef? {
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        let columns = tables.flatMap { lexicon.tables[$0].columns }
        guard !columns.contains(where: \.describesAPerson) else { return nil }
        let peopleWords: Set<String> = ["population", "pop", "inhabitants", "inhabitant", "residents", "resident"]
        let counts = columns.filter { column in column.isNumeric && !column.isBooleanLike && column.words.contains { peopleWords.contains($0) } }
        guard counts.count > 1 else { return nil }
        let whole = counts.filter { column in
            let rest = column.words.filter { !peopleWords.contains($0) }
            return rest.count == 1 && ["total", "all"].contains(rest[0])
        }
        return whole.count == 1 ? whole[0].ref : nil
    }

    /// Whether the word at `l` names an identifier (`isIdentifier`) and a verb between it and
    /// the comparison at `i` names a measure: "members who earn more than 5000" where `member`
    /// numbers the rows compares what the verb names; an identifier is never compared with a
    /// quantity.
    private func isIdentifierBeforeVerb(_ l: Int, operatorAt i: Int) -> Bool {
        guard isColumn(l, where: { [lexicon] in lexicon.isIdentifier($0.ref) }) else { return false }
        return (l + 1..<i).contains { k in
            if case .verb(let concept)? = items[k].keyword ?? items[k].alternateKeyword {
                return lexicon.measureColumn(for: concept, preferring: contextTables) != nil
            }
            return false
        }
    }

    /// Whether a numeric column is named right before the comparison at `i`.
    private func columnBeforeOperator(_ i: Int) -> Bool {
        guard let l = indexBeforeOperator(i) else { return false }
        return isColumn(l, where: { $0.isNumeric })
    }

    /// The one column, among the numeric columns a unit word after the number names, that the
    /// word before the operator also names; nil when the unit names one column or none, or when
    /// the word before picks none or several of them.
    private func columnPickedBeforeSharedUnit(_ u: Int, operatorAt i: Int, among given: Set<ColumnRef>? = nil) -> ColumnRef? {
        let shared = given ?? Set(items[u].columns.map(\.ref).filter { lexicon[$0].isNumeric && !lexicon[$0].isBooleanLike })
        guard shared.count > 1, let l = indexBeforeOperator(i), items[l].keyword == nil, items[l].number == nil else { return nil }
        let named = Set(items[l].columns.map(\.ref)).intersection(shared)
        guard named.count == 1, let ref = named.first, !items[l].columns.contains(where: { !shared.contains($0.ref) && $0.score >= 4 }) else {
            return nil
        }
        return ref
    }

    /// The word a comparison at `i` is about: the one before it, past articles and the
    /// words that only link it ("that have", "with", "which", fillers, verbs).
    private func indexBeforeOperator(_ i: Int) -> Int? {
        previousIndex(
            from: i - 1,
            skipping: { k in
                if isArticle(k) { return true }
                switch keyword(k) {
                case .have?, .with?, .relative?, .filler?, .verb?: return true
                default: return false
                }
            })
    }

    /// The column an adjective measures ("older" → `age`), in the tables in context first.
    func dimensionColumn(_ dimension: Dimension, hint: AggregateFunction?) throws(TranslationError) -> ColumnRef? {
        let order = contextTables + lexicon.tables.indices.filter { !contextTables.contains($0) }
        for t in order {
            var found = lexicon.columns(in: [t], namedBy: dimension.columnWords)
            if found.count > 1, let hint {
                let hinted = found.filter { lexicon[$0].words.contains { SchemaLexicon.hintWords(for: hint).contains($0) } }
                if !hinted.isEmpty { found = hinted }
            }
            if found.count > 1, let plain = lexicon.plainColumn(among: found, measureWords: dimension.columnWords, saidStems: saidStems) {
                found = [plain]
            }
            if found.count == 1 { return found[0] }
            if found.count > 1 { throw ambiguity(dimension.columnWords[0], found.map(qualifiedName)) }
        }
        return nil
    }
}
