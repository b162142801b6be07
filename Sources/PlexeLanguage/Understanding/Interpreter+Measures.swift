/// Reads what the answer measures: counts ("how many", "number of"), aggregates ("average
/// age", "minimum and maximum ages"), superlatives ("the highest lifetime value", "the most
/// transactions", "the most common payment method"), rates and shares.
extension Interpreter {
    /// Words that name a table's rows as rows, not as what they stand for (see
    /// `Meaning.namesRowsAsSuch`), as written: "recorded" is a verb (people recorded in the
    /// north), and "line" a chart as often as a row. The singulars "record" and "entry" are
    /// nouns as often ("one record per patient", "the entry fee" is a value), but a question
    /// that says "each record" or "the entry for …" still points at rows as rows.
    static let rowsAsSuchNouns: Set<String> = ["row", "rows", "record", "records", "entry", "entries", "combinations", "cells"]

    /// Whether the question names the table's rows as rows ("how many records", "how many
    /// groups"; `Meaning.namesRowsAsSuch`). Read once, where it is first needed: the yes/no
    /// conditions (`qualifyEventsByObservation`) are read before the measures. ("How many
    /// groups" counts the combinations; "people per age group" does not.)
    /// A row noun in an opening phrase already absorbed as a description of the data
    /// ("According to the records, how many loans …") names the data, not the rows counted.
    func namesRowsAsSuch() -> Bool {
        let comma = items.firstIndex { tokens[$0.range.lowerBound].text == "," }
        let opening = comma.flatMap { c in items[0...c].allSatisfy(\.used) ? items[c].range.lowerBound : nil } ?? 0
        return tokens[opening...].contains { Interpreter.rowsAsSuchNouns.contains($0.lower) }
            || tokens.indices.dropFirst().contains { tokens[$0].lower == "groups" && ["many", "of"].contains(tokens[$0 - 1].lower) }
    }

    mutating func readMeasures() throws(TranslationError) {
        meaning.saysInTotal = items.contains { $0.keyword == .inTotal }
        // "churn rate", "the churn percentage"
        for i in items.indices where isColumn(i, where: { $0.isBooleanLike }) {
            if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }) {
                switch keyword(p) {
                case .extreme?, .aggregate?: continue
                default: break
                }
            }
            guard i + 1 < items.count, case .percent(let style)? = items[i + 1].keyword ?? items[i + 1].alternateKeyword,
                let (ref, _) = try column(i, where: { $0.isBooleanLike })
            else { continue }
            let scale: PercentStyle = (meaning.percent == .fraction || (style == .fraction && meaning.percent == nil)) ? .fraction : .percentage
            try addMeasure(.rate(ref, scale), at: i, direction: nil)
            use(i, i + 1)
        }
        for i in items.indices where !items[i].used {
            switch keyword(i) {
            case .count?:
                try readCount(at: i, functions: [])
            case .aggregate?, .extreme?:
                try readAggregateChain(at: i)
            case .howMuch?:
                try readHowMuch(at: i)
            case .adjective(let dimension, let direction?)? where dimension != .time:
                try readSuperlativeAdjective(at: i, dimension, direction)
            case .distinct?:
                if let k = nextIndex(from: i + 1, skipping: { isArticle($0) }), isColumn(k), let (ref, _) = try column(k) {
                    meaning.distinct = true
                    meaning.projections.append(ref)
                    use(i, k)
                }
            case .verb(let concept)?:
                if meaning.verbMeasure == nil { meaning.verbMeasure = concept }
            default:
                break
            }
        }
    }

    /// "Which song is the most played, by number of streams?", "which parish is the biggest by
    /// area?": a superlative followed by "by" and a measure ranks by that measure. The
    /// "by" names no grouping, and "most popular" no count of rows. Read before the groupings,
    /// which would otherwise take "by …".
    mutating func readSuperlativeByMeasure() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            guard case .extreme(let direction, let style)? = keyword(i), style != .time, meaning.rankMeasure == nil,
                meaning.answerEntity != nil || meaning.asksWho
            else { continue }
            // ("the most played, by number of streams": the comma only sets the "by" apart.)
            let comma = i + 1 < items.count && items[i + 1].text == "," ? i + 1 : nil
            try readRankMeasureAfterBy(from: (comma ?? i) + 1)
            guard meaning.rankMeasure != nil else { continue }
            use(i)
            if let comma { use(comma) }
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
        }
    }

    /// Column words for a position counted from 1 at the top, where "best" is the smallest.
    static let rankNames: Set<String> = ["rank", "ranking", "position", "place", "placing", "standing", "seed"]

    /// Adds a measure, or makes it the ranking measure when the question ranks something.
    private mutating func addMeasure(_ measure: Meaning.Measure, at position: Int, direction: SortDirection?) throws(TranslationError) {
        if spreadWords.contains(position) {
            // ("the range of …" read by the aggregate path: see `spread(of:at:)`.)
            placeMeasure(try spread(of: measure, at: position), at: position, direction: nil)
            return
        }
        placeMeasure(measure, at: position, direction: direction)
    }

    private mutating func placeMeasure(_ measure: Meaning.Measure, at position: Int, direction: SortDirection?) {
        if let direction, meaning.answerEntity != nil || meaning.limit != nil || !meaning.groupings.isEmpty, meaning.rankMeasure == nil {
            meaning.rankMeasure = measure
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
            return
        }
        let isRows: (Meaning.Measure) -> Bool = {
            if case .rows = $0 { return true }
            return false
        }
        // "Count the number of …" asks for one count.
        if isRows(measure), meaning.measures.contains(where: { isRows($0.measure) }) { return }
        if !meaning.measures.contains(where: { $0.measure == measure }) {
            meaning.measures.append(Meaning.MeasureUse(measure: measure, position: position))
        }
    }

    /// "How many paralytic cases", "how many severe cases in the north" of a table of case
    /// counts per group (`outbreaks(Region, Severe, Mild)`): the word before the generic noun
    /// names a whole-number column that counts cases of that kind (`countsQualifiedThings`), so
    /// the answer is its sum, not the rows. Rows named as rows ("how many severe records") stay
    /// rows. Where each row is a named thing (a unique text key), the cases may as well be the
    /// rows, each scored by the column: the question is refused rather than guessed.
    private mutating func readQualifiedTally(qualifier q: Int, noun: Int, count i: Int) throws(TranslationError) -> Bool {
        guard !meaning.namesRowsAsSuch, !items[q].used, !isTable(q), let best = items[q].columns.map(\.score).max(), best >= 3,
            case let top = items[q].columns.filter({ $0.score == best }), top.count == 1, !top[0].negated,
            lexicon.countsQualifiedThings(top[0].ref, wordNet: WordNet.shared, evenAsKey: true)
        else { return false }
        let ref = top[0].ref
        let table = lexicon.tables[ref.table]
        // (A count taken for the table's key — no value repeated in a few rows — is no
        // evidence either way: refused too, never the rows with the word dropped.)
        if let key = table.keyColumn, table.columns[key].isText || key == ref.column {
            throw ambiguity(
                tokens[items[q].range].map(\.text).joined(separator: " ") + " " + tokens[items[noun].range].map(\.text).joined(separator: " "),
                ["the total of \(lexicon.columnName(ref))", "the \(table.name) rows"])
        }
        use(q)
        useAsContext(noun)
        noteTable(ref.table, at: q)
        try addMeasure(.aggregate(.sum, ref), at: i, direction: nil)
        return true
    }

    /// "How many mine accidents in March" of `mine_accidents(Month, "Mine roof accidents")`: the
    /// words spell the table in full and its count column only in part, but the noun they end
    /// in is the one the column counts (`countsThings`), so each row holds how many there were
    /// and the answer adds the column up; so too where the noun is a closed compound of the
    /// column's ("policyholders" of `Holders`). A table whose rows are the things (`accidents(id,
    /// site, injuries)`) has no such column; rows named as rows, "the … table", or two columns
    /// ending in the noun keep the rows.
    private func tallyNamedLikeItsTable(_ k: Int, _ table: Int) -> ColumnRef? {
        guard !meaning.namesRowsAsSuch, let last = items[k].range.last else { return nil }
        if last + 1 < tokens.count, ["table", "dataset", "file", "sheet", "spreadsheet"].contains(tokens[last + 1].lemma) { return nil }
        let head = Morphology.singular(tokens[last].lower)
        // ("policyholders" of `Holders`: a closed compound names a kind of its last part, when
        // both the whole and the part before are nouns — a policyholder is a holder.)
        func compoundOf(_ word: String) -> Bool {
            guard head.count > word.count + 2, head.hasSuffix(word), let wordNet = WordNet.shared else { return false }
            return wordNet.contains(head, .noun) && wordNet.contains(String(head.dropLast(word.count)), .noun)
        }
        let tallies = lexicon.tables[table].columns.filter { column in
            guard let word = column.words.last, lexicon.countsThings(column.ref) else { return false }
            return column.words.count >= 2 && word == head || compoundOf(word)
        }
        if tallies.isEmpty, let tally = lexicon.periodTally(of: table) { return tally }
        return tallies.count == 1 ? tallies[0].ref : nil
    }

    /// The items of "minimum and maximum", "average and total": functions and where they end.
    private func aggregateChain(from i: Int) -> (functions: [(AggregateFunction, SortDirection?, ExtremeStyle?)], last: Int) {
        var functions: [(AggregateFunction, SortDirection?, ExtremeStyle?)] = []
        var k = i
        var last = i
        while k < items.count {
            switch keyword(k) {
            case .aggregate(let f)?:
                functions.append((f, nil, nil))
            case .extreme(let d, let style)?:
                functions.append((d.extremeFunction, d, style))
            default:
                return (functions, last)
            }
            last = k
            // "minimum and maximum", "average, minimum and maximum"
            if let link = nextIndex(from: k + 1, skipping: { _ in false }), link < items.count,
                keyword(link) == .and, link + 1 < items.count
            {
                switch keyword(link + 1) {
                case .aggregate?, .extreme(_, .magnitude)?, .extreme(_, .time)?:
                    k = link + 1
                    continue
                default:
                    break
                }
            }
            // "highest average …", "lowest total …": the first word ranks, the second measures.
            if case .extreme = keyword(k)!, let next = nextIndex(from: k + 1, skipping: { isArticle($0) }) {
                if case .aggregate? = keyword(next) { return (functions, last) }
            }
            break
        }
        return (functions, last)
    }

    private mutating func readAggregateChain(at i: Int) throws(TranslationError) {
        let (chain, last) = aggregateChain(from: i)
        guard let (firstFunction, firstDirection, firstStyle) = chain.first else { return }
        let ranking = meaning.answerEntity != nil || meaning.limit != nil || meaning.asksWho
        // Values and yes/no words already read as filters may sit between the aggregate and its
        // column: "the largest bank transfer amount".
        let t = nextIndex(
            from: last + 1,
            skipping: { k in
                // ("the average annual inflow" of yearly rows: the adjective describes the rows.)
                isArticle(k) || (isPeriodOfTheRows(k) && k + 1 < items.count && isColumn(k + 1, where: { $0.isNumeric }))
                    || (items[k].used && items[k].keyword == nil
                        && (items[k].hasValue || items[k].columns.contains { lexicon[$0.ref].isBooleanLike }
                            // "flu deaths": a word of the column's name read already, the
                            // next word naming the same column.
                            || (k + 1 < items.count && !items[k + 1].used
                                && items[k].columns.contains { c in items[k + 1].columns.contains { $0.ref == c.ref } })))
            })

        // "the average total spend per customer": the average over entities of a total.
        if chain.count == 1, firstFunction == .average, let t, case .aggregate(.sum)? = keyword(t) {
            use(i)
            meaning.onAverage = true
            return
        }
        if chain.count == 1, let direction = firstDirection {
            // A superlative that ranks groups or rows.
            if firstStyle == .frequency {
                use(i)
                if meaning.answerEntity == nil, let t, isColumn(t) || isTable(t) { try takeAnswerEntity(at: t) }
                meaning.rankMeasure = meaning.rankMeasure ?? .rows(table: nil)
                meaning.rankDirection = direction
                if meaning.limit == nil { meaning.limit = 1 }
                return
            }
            if let t, (ranking || !meaning.groupings.isEmpty) && meaning.rankMeasure == nil,
                keyword(t) == .count
                    || {
                        if case .aggregate? = keyword(t) { return true }
                        return false
                    }()
            {
                // "the highest average transaction amount", "the highest number of transactions"
                if let (measure, end) = try measurePhrase(at: t) {
                    meaning.rankMeasure = measure
                    meaning.rankDirection = direction
                    if meaning.limit == nil { meaning.limit = 1 }
                    use(i)
                    for k in t...end { use(k) }
                    return
                }
            }
            // "which club has the most different players" of player-season rows: the players' id.
            if ranking, meaning.rankMeasure == nil, let d = t, keyword(d) == .distinct,
                let n = nextIndex(from: d + 1, skipping: { isArticle($0) }), isTable(n),
                let ref = try differentPeopleColumn(noun: n, distinctWord: items[d].text)
            {
                use(i, d, n)
                noteTable(ref.table, at: n)
                meaning.rankMeasure = .distinctValues(ref)
                meaning.rankDirection = direction
                if meaning.limit == nil { meaning.limit = 1 }
                return
            }
            if ranking && meaning.rankMeasure == nil {
                use(i)
                meaning.rankDirection = direction
                if meaning.limit == nil { meaning.limit = 1 }
                if let t, keyword(t) == .rowsNoun, ["people", "persons", "individuals"].contains(tokens[items[t].range.lowerBound].lower),
                    let c = nextIndex(
                        from: t + 1,
                        skipping: { j in
                            isArticle(j) || Interpreter.auxiliaryVerbs.contains(tokens[items[j].range.lowerBound].lower) && keyword(j) != .have
                        }),
                    isMeasureColumn(c, where: { [lexicon] in $0.type == .integer && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) }),
                    let (ref, _) = try column(c, where: { [lexicon] in $0.type == .integer && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) })
                {
                    // "the month when the most people were idle": the column that counts them.
                    use(t, c)
                    meaning.rankMeasure = .value(ref)
                } else if let t, keyword(t) == .rowsNoun,
                    namesPeopleOfAPlace(t),
                    let population = populationColumn()
                {
                    // "the region with the most people" of a table of places: their population.
                    use(t)
                    meaning.rankMeasure = .aggregate(.sum, population)
                } else if let t, keyword(t) == .rowsNoun {
                    // "the most entries", "the fewest records": rows counted.
                    use(t)
                    meaning.rankMeasure = .rows(table: nil)
                } else if let t, isTable(t), !isMeasureColumn(t), let table = items[t].table {
                    noteTable(table, at: t)
                    use(t)
                    // "the most transactions" counts them; "the largest transaction" is the
                    // biggest one ("which customer made the largest transaction").
                    let word = tokens[items[i].range.lowerBound].lower
                    let counting = ["most", "least", "fewest", "more", "fewer", "less"].contains(word)
                    let singular = tokens[items[t].range.upperBound - 1].lower == tokens[items[t].range.upperBound - 1].lemma
                    if !counting, singular, let money = lexicon.measureColumn(for: meaning.verbMeasure ?? .spend, preferring: [table]),
                        money.table == table
                    {
                        meaning.rankMeasure = .aggregate(direction.extremeFunction, money)
                    } else {
                        meaning.rankMeasure = .rows(table: table)
                    }
                } else if let t, let tally = try rankedQualifiedTally(at: t) {
                    // "Which clinic had the most severe cases?": the sum per clinic.
                    meaning.rankMeasure = tally
                } else if let t, isMeasureColumn(t), let (ref, _) = try column(t, hint: firstFunction) {
                    use(t)
                    if lexicon[ref].isTemporal, case .datePart(var target, let part)? = meaning.answerEntity {
                        // "Which year had the most signups?": count the events, by their date.
                        target.column = ref
                        meaning.answerEntity = .datePart(target, part)
                        meaning.rankMeasure = .rows(table: ref.table)
                        return
                    }
                    if lexicon[ref].isBooleanLike, t + 1 < items.count, case .percent? = items[t + 1].keyword ?? items[t + 1].alternateKeyword {
                        meaning.rankMeasure = .rate(ref, .percentage)
                        use(t + 1)
                    } else if !lexicon[ref].isNumeric && !lexicon[ref].isTemporal {
                        // "won the most races": names are counted, not ordered.
                        meaning.rankMeasure = .distinctValues(ref)
                    } else if lexicon[ref].isYearNumber, isPlural(t),
                        ["most", "least", "fewest", "more", "fewer"].contains(tokens[items[i].range.lowerBound].lower)
                    {
                        // "the country with the most years of inflation above 2": the years are
                        // counted; the highest year number ranked the latest year instead.
                        meaning.rankMeasure = .distinctValues(ref)
                    } else if lexicon.isIdentifier(ref), isPlural(t) {
                        // "the most members" where `member` numbers them: the highest number
                        // is no measure; the members are the rows, and they are counted. ("The
                        // highest member id", "the best rank" name the column itself.)
                        meaning.rankMeasure = .rows(table: ref.table)
                    } else {
                        meaning.rankMeasure = .value(ref)
                        // "the best rank", "the worst placing": a rank counts from 1 at the top.
                        let word = tokens[items[i].range.lowerBound].lower
                        if ["best", "worst"].contains(word), lexicon[ref].words.contains(where: { Interpreter.rankNames.contains($0) }) {
                            meaning.rankDirection = word == "best" ? .ascending : .descending
                        }
                    }
                } else {
                    meaning.rankMeasureImplicit = true
                    let word = tokens[items[i].range.lowerBound].lower
                    if !["most", "least", "fewest", "more", "fewer", "less"].contains(word) { meaning.rankWordIsASize = true }
                }
                return
            }
            if firstStyle == .time, let t, isTable(t), let table = items[t].table {
                // "the most recent transaction": that row.
                use(i)
                try takeAnswerEntity(at: t)
                meaning.rankMeasure = try timeMeasure(of: table)
                meaning.rankDirection = direction
                if meaning.limit == nil { meaning.limit = 1 }
                return
            }
        }

        var functions = chain.map(\.0)
        // "Show their names and totals": the total already asked for.
        if (t == nil || keyword(t!) == .and) && (meaning.rankMeasure != nil || meaning.rankMeasureImplicit || !meaning.measures.isEmpty),
            tokens[items[i].range.lowerBound].lower != tokens[items[i].range.lowerBound].lemma
        {
            use(i)
            return
        }
        guard let t else {
            // "transaction totals", "the customers' average": the money column of the table before.
            if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), isTable(p), let table = items[p].table,
                let ref = lexicon.measureColumn(for: meaning.verbMeasure ?? .spend, preferring: [table]), ref.table == table
            {
                for index in i...last { use(index) }
                for f in functions { try addMeasure(.aggregate(f, ref), at: i, direction: chain.count == 1 ? firstDirection : nil) }
            }
            return
        }
        // "average number of purchases", "total number of customers", "highest number of …"
        if case .count? = keyword(t) {
            use(i, t)
            let before = meaning.measures.count
            try readCount(at: t, functions: functions)
            let end = nextIndex(from: t + 1, skipping: { isArticle($0) || items[$0].keyword == .distinct }) ?? t
            let words = tokens[items[i].range.lowerBound..<items[end].range.upperBound].map(\.text).joined(separator: " ")
            try refuseExtremeOfAPlainCount(functions, measuresBefore: before, words: words)
            return
        }
        if isMeasureColumn(t), let (ref, _) = try column(t, hint: functions.count == 1 ? functions[0] : nil) {
            for index in i...last { use(index) }
            use(t)
            let column = lexicon[ref]
            if column.isBooleanLike, t + 1 < items.count, case .percent? = items[t + 1].keyword ?? items[t + 1].alternateKeyword {
                use(t + 1)
                try addMeasure(.rate(ref, .percentage), at: i, direction: chain.count == 1 ? firstDirection : nil)
                return
            }
            if !column.isNumeric && !column.isTemporal && !column.isBooleanLike {
                functions = functions.map { $0 == .sum || $0 == .average ? .count : $0 }
            }
            for (n, f) in functions.enumerated() {
                let measure: Meaning.Measure = f == .count ? .distinctValues(ref) : .aggregate(f, ref)
                try addMeasure(measure, at: i, direction: chain.count == 1 ? chain[n].1 : nil)
            }
            return
        }
        if isTable(t), let table = items[t].table {
            let namedMeasure = tableMeasure(t)
            // "total transactions", "the most customers"
            for index in i...last { use(index) }
            use(t)
            noteTable(table, at: t)
            // "the average rainfall" of `rainfall(gauge_code, year, millimetres)`: the
            // table's one measure; "the mean lap time" of `lap_times`, the column named by the
            // table's name and a unit.
            if functions.count == 1, functions[0] != .count, let measure = namedMeasure,
                !items[(t + 1)...].contains(where: { item in
                    !item.used
                        && (item.keyword == .have
                            || {
                                if case .verb? = item.keyword { return true }
                                return false
                            }())
                })
            {
                try addMeasure(.aggregate(functions[0], measure), at: i, direction: chain.count == 1 ? firstDirection : nil)
                return
            }
            if functions == [.average] {
                // "How many transactions does the average customer have?"
                meaning.onAverage = true
                return
            }
            try addMeasure(.rows(table: table), at: i, direction: chain.count == 1 ? firstDirection : nil)
            return
        }
        if let concept = verbConcept(near: t), let ref = try verbColumn(concept) {
            for index in i...last { use(index) }
            for (n, f) in functions.enumerated() {
                try addMeasure(.aggregate(f, ref), at: i, direction: chain.count == 1 ? chain[n].1 : nil)
            }
            return
        }
        if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), isTable(p), let table = items[p].table,
            let ref = lexicon.measureColumn(for: .spend, preferring: [table]), ref.table == table
        {
            for index in i...last { use(index) }
            for f in functions { try addMeasure(.aggregate(f, ref), at: i, direction: chain.count == 1 ? firstDirection : nil) }
        }
    }

    /// The verb at or right before `k` ("spent the most", "total spent").
    private mutating func verbConcept(near k: Int) -> VerbConcept? {
        for j in [k, k - 1, k - 2, k - 3] where j >= 0 && j < items.count {
            if let keyword = items[j].keyword ?? items[j].alternateKeyword, case .verb(let concept) = keyword {
                use(j)
                return concept
            }
        }
        return meaning.verbMeasure
    }

    /// The column a verb measures, in the tables in context first.
    func verbColumn(_ concept: VerbConcept) throws(TranslationError) -> ColumnRef? {
        lexicon.measureColumn(for: concept, preferring: contextTables)
    }

    /// "how many X", "number of X", "count X": rows of a table, distinct values of a column,
    /// or the total of a count column ("number of purchases" → `purchase_count`).
    private mutating func readCount(at i: Int, functions: [AggregateFunction]) throws(TranslationError) {
        if items[..<i].allSatisfy({ $0.used || $0.isFiller || $0.keyword == .and }) { meaning.opensWithCount = true }
        use(i)
        var distinct = false
        // "number of crypto payments": the filters skipped over name the rows counted.
        var impliedTable: Int?
        guard
            let k = nextIndex(
                from: i + 1,
                skipping: { k in
                    if keyword(k) == .distinct {
                        distinct = true
                        return true
                    }
                    if items[k].used, impliedTable == nil, let ref = items[k].values.first?.ref { impliedTable = ref.table }
                    return isArticle(k) || items[k].used
                })
        else {
            try addMeasure(.rows(table: impliedTable), at: i, direction: nil)
            return
        }
        if keyword(k) == .distinct { distinct = true }
        for d in (i + 1)..<k where keyword(d) == .distinct { use(d) }
        let direction: SortDirection? =
            functions.count == 1 ? (functions[0] == .maximum ? .descending : functions[0] == .minimum ? .ascending : nil) : nil
        // "how many region-year observations", "how many dog and owner records": the words
        // before the rows' noun say what each row is about; the rows are those of the table
        // holding every column named (the tables named being it or its parents).
        if !distinct, functions.isEmpty {
            var run: [Int] = []
            var j = k
            while j < items.count, !items[j].used, items[j].keyword == nil || items[j].keyword == .and, items[j].isSchema || items[j].keyword == .and
            {
                if items[j].keyword == nil { run.append(j) }
                j += 1
            }
            // "how many site soundings" of `soundings(site_code, …)`: the table's own noun last.
            var rowsNoun = nextIndex(from: j, skipping: { isArticle($0) }).flatMap { $0 == j && keyword($0) == .rowsNoun ? $0 : nil }
            var ownNounTable: Int?
            if rowsNoun == nil, run.count == 2, j == k + 2, let last = run.last, isTable(last), isPlural(last), items[last].tableScore >= 3,
                let table = items[last].table
            {
                run.removeLast()
                rowsNoun = last
                ownNounTable = table
            }
            if let noun = rowsNoun, run.count == 1, try readQualifiedTally(qualifier: run[0], noun: noun, count: i) { return }
            if let noun = rowsNoun, run.contains(where: { items[$0].hasColumn && !isTable($0) }) {
                var tables = Set<Int>()
                var named: [Int] = []
                for r in run {
                    if isTable(r), let t = items[r].table {
                        named.append(t)
                    } else if let best = items[r].columns.map(\.score).max() {
                        tables.formUnion(items[r].columns.filter { $0.score == best }.map(\.ref.table))
                    }
                }
                if tables.count == 1, let table = tables.first, named.allSatisfy({ $0 == table || lexicon.isAncestor($0, of: table) }),
                    ownNounTable.map({ $0 == table }) ?? true
                {
                    // (The words before the noun only say what each row is about — but a
                    // yes/no column named there, "how many thriller entries", says which
                    // rows: those where it says yes.)
                    var kept: Set<Int> = []
                    for r in run {
                        guard let best = items[r].columns.map(\.score).max(), best >= 4,
                            case let top = items[r].columns.filter({ $0.score == best }), top.count == 1, !top[0].negated,
                            let yes = lexicon[top[0].ref].trueLiteral
                        else { continue }
                        meaning.conditions.append(Meaning.Condition(kind: .compare(top[0].ref, .equal, yes), position: r))
                        use(r)
                        kept.insert(r)
                    }
                    for r in run + [noun] where !kept.contains(r) { useAsContext(r) }
                    for a in k..<j where keyword(a) == .and { use(a) }
                    noteTable(table, at: k)
                    if meaning.subjectTable == nil {
                        meaning.subjectTable = table
                        meaning.subjectPosition = k
                    }
                    try addMeasure(.rows(table: table), at: i, direction: nil)
                    return
                }
            }
        }
        // "how many different players" of player-season rows: the players' id, counted once each.
        if distinct, let d = (i + 1...k).first(where: { items[$0].keyword == .distinct }),
            let ref = try differentPeopleColumn(noun: k, distinctWord: items[d].text)
        {
            use(k)
            noteTable(ref.table, at: k)
            try addMeasure(.distinctValues(ref), at: i, direction: direction)
            return
        }
        if isTable(k), let table = items[k].table, !distinct, let measure = familyCount(noun: k, table: table, functions: functions) {
            try addMeasure(measure, at: i, direction: direction)
            return
        }
        if isTable(k), let table = items[k].table, !distinct, functions.isEmpty, let tally = tallyNamedLikeItsTable(k, table) {
            noteTable(table, at: k)
            use(k)
            try addMeasure(.aggregate(.sum, tally), at: i, direction: nil)
            return
        }
        if isTable(k), let table = items[k].table, !distinct, functions.isEmpty, let counted = columnCountedByAVerb(after: k, table: table) {
            noteTable(table, at: k)
            useAsContext(k)
            use(counted.verb)
            try addMeasure(.aggregate(.sum, counted.column), at: i, direction: nil)
            return
        }
        if isTable(k), let table = items[k].table {
            noteTable(table, at: k)
            use(k)
            if meaning.subjectTable == nil {
                meaning.subjectTable = table
                meaning.subjectPosition = k
            }
            if functions == [.average] { meaning.onAverage = true }
            try addMeasure(.rows(table: table), at: i, direction: direction)
            return
        }
        if isColumn(k), let (ref, _) = try countableColumn(k) {
            use(k)
            let column = lexicon[ref]
            // "how many members": the rows where the yes/no column says yes.
            if column.isBooleanLike, !distinct, isPlural(k), let yes = column.trueLiteral, functions.isEmpty {
                meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, yes), position: k))
                try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                return
            }
            // "how many quarters" of a table with a year and a quarter column: its rows, one a
            // quarter; "how many days" of a table with a day-of-month column: its rows, one a day.
            // A coarser part ("how many months" of daily rows) counts its distinct values.
            if !distinct, lexicon.isFinestCalendarPart(ref) {
                try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                return
            }
            // "how many harbours" of a table `coastal_harbours` whose label column is `harbour`,
            // "how many titles" of books labelled by `title`: the column names what each row is,
            // so the rows are counted — a repeated name is still another harbour or book.
            if !distinct, functions.isEmpty, column.isText, column.words.count == 1,
                let head = lexicon.tables[ref.table].words.last,
                column.words[0] == head || lexicon.tables[ref.table].labelColumn == ref.column
            {
                // ("How many titles" of books whose label is `title`: the word names the rows
                // counted, so the table read is its trace in the statement.)
                if column.words[0] != head { useAsContext(k) }
                try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                return
            }
            // "how many voters" of a text column `vote`: the noun is one who does what the column
            // records (its word and "-r"/"-er"), a person each row is of, not the column's few
            // different choices.
            if !distinct, functions.isEmpty, column.isText, column.words.count == 1, items[k].range.count == 1 {
                let noun = tokens[items[k].range.lowerBound].lemma
                let word = column.words[0]
                if noun != word, noun == word + "r" || noun == word + "er" {
                    useAsContext(k)
                    try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                    return
                }
            }
            // "how many trials" of a trial number 1..18: the column numbers the rows, so the
            // rows are what is counted.
            if !distinct, functions.isEmpty, lexicon.numbersRows(ref) {
                try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                return
            }
            // "on how many days" of a whole-number column named `day` (not `days`): the name, a
            // singular noun, says which day a row is of, not how many days it holds — its
            // different values are counted, never added up.
            if !distinct, functions.isEmpty, column.type == .integer, !column.isBooleanLike, column.words.count == 1,
                column.name.lowercased() == column.words[0], items[k].range.count == 1,
                tokens[items[k].range.lowerBound].lemma == column.words[0], tokens[items[k].range.lowerBound].lower != column.words[0]
            {
                try addMeasure(.distinctValues(ref), at: i, direction: direction)
                return
            }
            let measureLike =
                column.isNumeric && !lexicon.isOrdinal(ref)
                && !column.words.contains(where: { ["id", "code", "key", "year", "zip", "postcode"].contains($0) })
            let counts = isCountLike(ref) || lexicon.countsThings(ref) || SchemaLexicon.isAdditive(column)
            // "how many depth readings": the noun after the column says what is counted — the rows.
            if !distinct, functions.isEmpty, !counts, items[k].range.count > 1,
                ["reading", "record", "observation", "entry", "measurement", "sample", "row"].contains(tokens[items[k].range.upperBound - 1].lemma)
            {
                try addMeasure(.rows(table: ref.table), at: i, direction: direction)
                return
            }
            // "how many temperatures" of decimal readings that neither count nor add up:
            // no total answers it. ("How many births per woman" is the rate itself.)
            if !distinct, functions.isEmpty, measureLike, !counts, column.type == .float, !column.words.contains("per") {
                let words = [items[i].text, items[k].text]
                throw TranslationError(kind: .unplacedWords(words), message: unplacedMessage(words))
            }
            if (isCountLike(ref) || measureLike) && !distinct {
                // "number of purchases" → purchase_count; "total number of hours" → SUM(hours)
                let f = functions.first.map { $0 == .count ? .sum : $0 } ?? .sum
                try addMeasure(.aggregate(f, ref), at: i, direction: direction)
            } else {
                try addMeasure(.distinctValues(ref), at: i, direction: direction)
            }
            return
        }
        if case .rowsNoun? = keyword(k) {
            use(k)
            // "how many people were unemployed in 1950" of a table whose rows are years: no
            // rows are people, and the column right after counts them.
            if ["people", "persons", "individuals"].contains(tokens[items[k].range.lowerBound].lower), !distinct,
                let c = nextIndex(
                    from: k + 1,
                    skipping: { j in
                        isArticle(j) || Interpreter.auxiliaryVerbs.contains(tokens[items[j].range.lowerBound].lower) && keyword(j) != .have
                    }),
                isMeasureColumn(c, where: { [lexicon] in $0.type == .integer && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) }),
                let (ref, _) = try column(c, where: { [lexicon] in $0.type == .integer && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) })
            {
                use(c)
                for j in (k + 1)..<c where !items[j].used { use(j) }
                let f = functions.first.map { $0 == .count ? .sum : $0 } ?? .sum
                try addMeasure(.aggregate(f, ref), at: i, direction: direction)
                return
            }
            // "how many people lived in the north region" of towns with a `population`: the
            // rows are places, and the column counts their people.
            if namesPeopleOfAPlace(k), !distinct,
                let ref = populationColumn()
            {
                let f = functions.first.map { $0 == .count ? .sum : $0 } ?? .sum
                try addMeasure(.aggregate(f, ref), at: i, direction: direction)
                return
            }
            // "how many rows of flood data are there for Kent": the rows of the table named
            // after the noun, whatever value picks them.
            if let of = nextIndex(from: k + 1, skipping: { _ in false }), tokens[items[of].range.lowerBound].lower == "of",
                let t = nextIndex(from: of + 1, skipping: { isArticle($0) }), isTable(t), let table = items[t].table
            {
                use(of, t)
                if let d = nextIndex(from: t + 1, skipping: { _ in false }), ["data", "datum"].contains(tokens[items[d].range.lowerBound].lower) {
                    use(d)
                }
                noteTable(table, at: t)
                if meaning.subjectTable == nil {
                    meaning.subjectTable = table
                    meaning.subjectPosition = t
                }
                try addMeasure(.rows(table: table), at: i, direction: direction)
                return
            }
            // "how many observations come from Northern European countries" of countries and
            // their yearly figures: a word for rows of data names the rows the data is made of
            // (the one table every other table is a parent of), not the parent a condition
            // names, which would count the countries.
            // Not when a word qualifies them ("yearly entries") or the question names a table
            // itself ("the rows of the travellers table").
            if Interpreter.dataRowWords.contains(tokens[items[k].range.lowerBound].lemma), k == i + 1,
                !tokens.contains(where: { $0.lower == "table" }), let leaf = factTable()
            {
                try addMeasure(.rows(table: leaf), at: i, direction: direction)
                return
            }
        }
        // "how many buyers": the people of the table with names, who did what the noun says.
        if case .agent(let concept)? = keyword(k), let measured = lexicon.measureColumn(for: concept, preferring: contextTables) {
            let named = lexicon.tables.indices.filter { t in
                lexicon.tables[t].labelColumn != nil && (t == measured.table || lexicon.isAncestor(t, of: measured.table))
            }
            if let people = named.first(where: { $0 != measured.table }) ?? named.first {
                use(k)
                noteTable(people, at: k)
                if meaning.subjectTable == nil {
                    meaning.subjectTable = people
                    meaning.subjectPosition = k
                }
                if people != measured.table {
                    meaning.conditions.append(
                        Meaning.Condition(kind: .measure(.rows(table: measured.table), .greaterOrEqual, .integer(1)), position: k))
                }
                try addMeasure(.rows(table: people), at: i, direction: direction)
                return
            }
        }
        // "in how many months …", "how many different years": the periods the rows fall in.
        if case .datePart(let part)? = keyword(k), part != .weekday, part != .hour {
            use(k)
            try addMeasure(.distinctPeriods(Meaning.DateTarget(phrase: items[k].text), part), at: i, direction: direction)
            return
        }
        try addMeasure(.rows(table: impliedTable), at: i, direction: direction)
    }

    /// Whether the word at `i` is a noun for the people who live somewhere ("people",
    /// "inhabitants"), which `populationColumn` may count.
    func namesPeopleOfAPlace(_ i: Int) -> Bool {
        ["people", "persons", "inhabitants", "residents"].contains(tokens[items[i].range.lowerBound].lower)
    }

    /// The one numeric column of the tables in question named as a count of people living
    /// somewhere (`population`, `pop`, `inhabitants`, `residents`), if exactly one and the rows
    /// are not people themselves: a table with a person's sex or age is a table of people (a
    /// survey's respondents with their town's population), whose people are its rows.
    func populationColumn() -> ColumnRef? {
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        let columns = tables.flatMap { lexicon.tables[$0].columns }
        guard !columns.contains(where: \.describesAPerson) else { return nil }
        let found = columns.filter { column in
            column.isNumeric && !column.isBooleanLike && column.words.contains { ["population", "pop", "inhabitants", "residents"].contains($0) }
        }
        return found.count == 1 ? found[0].ref : nil
    }

    /// The column after "number of": a count column when the noun names one ("number of
    /// purchases" is `purchase_count`, not `last_purchase`).
    private func countableColumn(_ k: Int) throws(TranslationError) -> (ref: ColumnRef, negated: Bool)? {
        let countLike = items[k].columns.filter { isCountLike($0.ref) }
        if countLike.count == 1, countLike[0].score == items[k].columns.map(\.score).max() { return (countLike[0].ref, false) }
        return try column(k)
    }

    /// "how much revenue", "how much did customers spend".
    private mutating func readHowMuch(at i: Int) throws(TranslationError) {
        let f: AggregateFunction = meaning.onAverage ? .average : .sum
        // "how far had the project progressed": past the auxiliary verb.
        if let k = nextIndex(from: i + 1, skipping: { isArticle($0) || keyword($0) == .have || keyword($0) == .relative }) {
            if case .aggregate? = keyword(k) {
                use(i)
                return
            }
            if isColumn(k, where: { $0.isNumeric }), let (ref, _) = try column(k, where: { $0.isNumeric }) {
                use(i, k)
                try addMeasure(.aggregate(f, ref), at: i, direction: nil)
                return
            }
        }
        // "How much did Acme export in 2001": the verb is the column's own name.
        let measure: (SchemaLexicon.Column) -> Bool = { [lexicon] in $0.isNumeric && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) }
        let named = items.indices.filter { $0 > i && !items[$0].used && items[$0].keyword == nil && isColumn($0, where: measure) }
        if named.count == 1, let c = named.first, let (ref, _) = try column(c, where: measure) {
            use(i, c)
            try addMeasure(.aggregate(f, ref), at: i, direction: nil)
            return
        }
        var concept: VerbConcept?
        for j in (i + 1)..<items.count {
            if let keyword = items[j].keyword ?? items[j].alternateKeyword, case .verb(let c) = keyword {
                concept = c
                use(j)
                break
            }
        }
        // "how much did customers spend", "on average, how much is a transaction"
        if let ref = try verbColumn(concept ?? meaning.verbMeasure ?? .spend) {
            use(i)
            try addMeasure(.aggregate(f, ref), at: i, direction: nil)
        }
    }

    /// "the oldest customer", "the most expensive product", "the youngest age".
    private mutating func readSuperlativeAdjective(at i: Int, _ dimension: Dimension, _ direction: SortDirection) throws(TranslationError) {
        // "which berth has the longest average mooring time": the adjective ranks the groups
        // by the aggregate after it, as "highest" would; with nothing to rank it stays unplaced.
        if let a = nextIndex(from: i + 1, skipping: { isArticle($0) }), case .aggregate(let f)? = keyword(a), f != .count,
            meaning.answerEntity != nil || meaning.limit != nil || !meaning.groupings.isEmpty, meaning.rankMeasure == nil
        {
            guard let (measure, end) = try measurePhrase(at: a), case .aggregate = measure else { return }
            use(i)
            for k in a...end { use(k) }
            meaning.rankMeasure = measure
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
            return
        }
        // "the longest commute delay": the superlative of the column named right after it;
        // the adjective's dimension decides only when no column is named.
        let ref: ColumnRef
        // (A column that numbers or dates the rows is what is ranked: "the windiest day".)
        let measure: (SchemaLexicon.Column) -> Bool = { [lexicon] in $0.isNumeric && !$0.isBooleanLike && !lexicon.isOrdinal($0.ref) }
        if let c = nextIndex(from: i + 1, skipping: { isArticle($0) }), isMeasureColumn(c, where: measure),
            let (named, _) = try column(c, hint: direction.extremeFunction, where: measure)
        {
            ref = named
            use(c)
        } else {
            guard let dimensional = try dimensionColumn(dimension, hint: direction.extremeFunction) else { return }
            ref = dimensional
        }
        use(i)
        let ranking = meaning.answerEntity != nil || meaning.limit != nil
        if ranking && meaning.rankMeasure == nil {
            meaning.rankMeasure = .value(ref)
            meaning.rankDirection = direction
            // "Which pier has the longest boat": one pier, as "which" + a singular noun asks.
            if meaning.limit == nil, let w = items.indices.first(where: { items[$0].keyword == .question(.which) }),
                let noun = nextIndex(from: w + 1, skipping: { isArticle($0) }), noun < i, items[noun].keyword == nil, !isPlural(noun)
            {
                meaning.limit = 1
            }
            return
        }
        // "the windiest day" of a daily table: the row (see `answerRowsForUniqueKeys`).
        if !ranking, let t = nextIndex(from: i + 1, skipping: { isArticle($0) }), isColumn(t),
            let (key, _) = try column(t), key.table == ref.table, lexicon[key].unique || lexicon.isFinestCalendarPart(key)
        {
            use(t)
            meaning.answerEntity = .column(key)
            meaning.rankMeasure = .value(ref)
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
            return
        }
        if let t = nextIndex(from: i + 1, skipping: { isArticle($0) }), isTable(t) {
            try takeAnswerEntity(at: t)
            meaning.rankMeasure = .value(ref)
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
            return
        }
        try addMeasure(.aggregate(direction.extremeFunction, ref), at: i, direction: nil)
    }
}

extension Interpreter {
    /// "How many votes did Wren get", "the total number of sightings for ROBIN" of a wide
    /// table `bird_sightings(site, ROBIN, WREN, FINCH, …)`: the noun after "how many" is the
    /// table's own word, but each row is a site, and what the noun counts sits in the family's
    /// columns (`SchemaLexicon.valueFamily`). With one of them named elsewhere in the question,
    /// the count is that column's total; with none, "how many sightings were recorded" is the
    /// table's column of totals, where it has one. Nil (the rows are counted) otherwise.
    mutating func familyCount(noun k: Int, table: Int, functions: [AggregateFunction]) -> Meaning.Measure? {
        let family = lexicon.valueFamily(of: table)
        guard !family.isEmpty, isPlural(k), items[k].range.count == 1 else { return nil }
        // The noun is not what names each row: "how many sites" of rows named by `site`
        // counts them.
        let lemma = tokens[items[k].range.lowerBound].lemma
        guard let namer = lexicon.familyRowNamer(of: table), !lexicon[namer].words.contains(lemma) else { return nil }
        // A noun only guessed to be the rows ("in Palm Springs" read as the towns) may be a
        // name the data spells otherwise: the count over all rows would drop it unseen.
        guard guessedWords.isEmpty else { return nil }
        let f = functions.first.map { $0 == .count ? .sum : $0 } ?? .sum
        // Any other number of the table named ("how many votes did X get in total" where X is
        // no member) leaves the count unread.
        let named = items.indices.filter { c in
            c != k && !items[c].used && isColumn(c)
                && items[c].columns.contains {
                    $0.score >= 3 && $0.score == items[c].bestSchemaScore && $0.ref.table == table && lexicon[$0.ref].isNumeric
                }
        }
        if named.count == 1, items[named[0]].columns.allSatisfy({ family.contains($0.ref) || $0.score < items[named[0]].bestSchemaScore }),
            let c = named.first, let ref = items[c].columns.first(where: { family.contains($0.ref) })?.ref
        {
            use(k, c)
            return .aggregate(f, ref)
        }
        if named.isEmpty, let total = lexicon.familyTotalColumn(of: table) {
            use(k)
            return .aggregate(f, total)
        }
        return nil
    }
}

extension Interpreter {
    /// Verbs that say a member of a wide table's family received what its column counts. (Not
    /// "win": "did Okafor win Millbrook" asks who got the most, which no one column says.)
    private static let receivingVerbs: Set<String> = ["give", "cast", "receive", "go", "get", "poll", "garner"]

    /// "Which wards gave Tanaka more than 50 ballots", "how many ballots were cast in Elm Park",
    /// "ballots went to Okafor": of a table with a family of counts
    /// (`SchemaLexicon.valueFamily`), a verb of giving or receiving only says that the counts
    /// were received — the reading is in the family column or the table's noun it stands by.
    mutating func absorbVerbsOfReceiving() {
        guard let wordNet = WordNet.shared else { return }
        let wide = items.contains { item in
            !item.isUnknown
                && (item.columns.contains { $0.score >= 3 && $0.score == item.bestSchemaScore && lexicon.isFamilyMember($0.ref) }
                    || item.table.map { !lexicon.valueFamily(of: $0).isEmpty } == true && item.tableScore == item.bestSchemaScore)
        }
        guard wide else { return }
        for i in items.indices where items[i].isUnknown && !items[i].used && items[i].range.count == 1 {
            let token = tokens[items[i].range.lowerBound]
            guard token.kind == .word, wordNet.baseForms(token.lower, .verb).contains(where: { Interpreter.receivingVerbs.contains($0) }) else {
                continue
            }
            useAsContext(i)
        }
    }
}
