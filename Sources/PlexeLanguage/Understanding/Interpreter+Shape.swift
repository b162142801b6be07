/// Passes that read the shape of the answer: chart and percentage words, ordering, and what a
/// "which …" / "top N …" question ranks.
extension Interpreter {
    static let auxiliaryVerbs: Set<String> = ["is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "be", "been"]

    /// "Which courier rests the least, and how long?", "… the longest delay, and how long was
    /// it?": after a superlative, a closing "and how <adjective> (was it)" asks for the value
    /// the answer row already carries.
    mutating func absorbClosingHowQuestion() {
        absorbHowAdjectiveBeforeItsSuperlative()
        guard let h = items.indices.last(where: { !items[$0].used && tokens[items[$0].range.lowerBound].lower == "how" }), h > 0,
            let a = previousIndex(from: h - 1, skipping: { _ in false }), keyword(a) == .and || items[a].text == ",",
            items[..<a].contains(where: { item in
                switch item.keyword {
                case .extreme?, .adjective(_, _?)?: return true
                default: return false
                }
            })
        else { return }
        // The rest: an adjective or "much"/"many"/"long", then at most a verb and a pronoun.
        let rest = Array((h + 1)..<items.count)
        guard !rest.isEmpty, rest.count <= 3,
            rest.allSatisfy({ k in
                let word = tokens[items[k].range.lowerBound].lower
                if case .adjective? = items[k].keyword { return true }
                return [
                    "long", "much", "many", "big", "large", "high", "far", "old", "was", "is", "were", "are", "it", "they", "that", "this", "he",
                    "she",
                ]
                .contains(word) || (items[k].isFiller && items[k].range.count == 1)
            })
        else { return }
        for k in [a, h] + rest {
            items[k].isUnknown = false
            // (It only asks again for the figure the first part ranked by.)
            useAsContext(k)
        }
    }

    /// "How tall is the tallest player?", "How slow was the slowest lap?": an opening "how"
    /// and an adjective whose dimension a superlative later in the question ranks by ask for
    /// the figure of the row that superlative picks (the column is the superlative's to find,
    /// where the adjective alone could not name it).
    private mutating func absorbHowAdjectiveBeforeItsSuperlative() {
        guard let h = nextIndex(from: 0, skipping: { isArticle($0) }), h + 1 < items.count, !items[h].used, items[h].isUnknown,
            items[h].range.count == 1, tokens[items[h].range.lowerBound].lower == "how",
            case .adjective(let dimension, _)? = keyword(h + 1),
            items[(h + 2)...].contains(where: { item in
                guard !item.used, case .adjective(dimension, _?)? = item.keyword, let first = item.range.first else { return false }
                // The superlative itself ("tallest"), not the same word again.
                return tokens[first].lower != tokens[items[h + 1].range.lowerBound].lower
            })
        else { return }
        items[h].isUnknown = false
        useAsContext(h, h + 1)
    }

    /// A table named after what a column of it counts (`floods(region, year, floods)`): the
    /// rows are tallies, not the things, so the noun names the column ("how many floods",
    /// "floods by region" add it up). "the floods table" still names the table.
    mutating func preferCountColumnsOverTheirTable() {
        for i in items.indices where !items[i].used && items[i].keyword == nil {
            guard let table = items[i].table else { continue }
            let tableScore = items[i].tableScore
            guard items[i].columns.contains(where: { $0.ref.table == table && $0.score >= tableScore && lexicon.countsThings($0.ref) })
            else { continue }
            if let next = items[i].range.last.map({ $0 + 1 }), next < tokens.count,
                ["table", "dataset", "file", "sheet", "spreadsheet"].contains(tokens[next].lemma)
            {
                continue
            }
            items[i].schema.removeAll {
                if case .table = $0.target { return true }
                return false
            }
        }
    }

    /// "per dosage group" where another column is named "… group" (`smoker_group`,
    /// `age_group`): a noun that only says what kind of thing the column before it holds is
    /// part of that column's name, not a second column to group by.
    mutating func absorbKindNounsAfterColumns() {
        for i in items.indices.dropFirst() where !items[i].used && items[i].keyword == nil && items[i].range.count == 1 {
            guard Interpreter.columnSuffixNouns.contains(tokens[items[i].range.lowerBound].lemma), !items[i - 1].used,
                items[i - 1].keyword == nil, let before = items[i - 1].columns.map(\.score).max(), before >= 2,
                items[i].hasColumn, !items[i].hasValue, items[i].table == nil, items[i].bestSchemaScore <= 2,
                !items[i].columns.contains(where: { own in items[i - 1].columns.contains { $0.ref == own.ref } })
            else { continue }
            items[i].used = true
            items[i].schema = []
        }
    }

    /// "the range of temperatures" of `lake_temperature(month, surface_celsius)`: part of a
    /// table's name that says what its one measure measures also reads as that measure,
    /// as strongly as it reads as the table, so a place that wants a measure finds it while
    /// "how many" still counts rows.
    mutating func addSoleMeasureReadings() {
        for i in items.indices where !items[i].used && items[i].keyword == nil && !items[i].hasColumn && !items[i].hasValue {
            guard let table = items[i].table, items[i].tableScore < 4, let sole = soleMeasure(of: table) else { continue }
            items[i].schema.append(Item.SchemaMatch(target: .column(sole, negated: false), score: items[i].tableScore))
        }
    }

    /// Readings settled before any construct is read: tally columns over their table's name,
    /// kind nouns after a column, a table's one measure named by part of the table's name.
    mutating func settleReadings() {
        preferCountColumnsOverTheirTable()
        absorbKindNounsAfterColumns()
        addSoleMeasureReadings()
        absorbRegardlessOfAColumn()
    }

    /// "regardless of treatment", "irrespective of the sex of the patient": the column named
    /// is pooled over, neither grouped nor filtered, so the phrase adds nothing to the query.
    /// Only a column (or its table's rows) may follow; anything else is left unplaced.
    mutating func absorbRegardlessOfAColumn() {
        for i in items.indices where !items[i].used && items[i].range.count == 1 {
            guard ["regardless", "irrespective"].contains(tokens[items[i].range.lowerBound].lower) else { continue }
            var k = i + 1
            guard k < items.count, !items[k].used, items[k].range.count == 1, tokens[items[k].range.lowerBound].lower == "of" else { continue }
            k += 1
            while k < items.count, !items[k].used, items[k].range.count == 1,
                ["the", "their", "its", "his", "her"].contains(tokens[items[k].range.lowerBound].lower)
            {
                k += 1
            }
            guard k < items.count, !items[k].used, items[k].keyword == nil, items[k].hasColumn, !items[k].hasValue else { continue }
            merge(i...k)  // (indices after i shift: one such phrase per question)
            items[i].used = true
            items[i].isUnknown = false
            items[i].schema = []
            return
        }
    }

    mutating func readSentenceShape() {
        for (i, item) in items.enumerated() {
            if let first = item.range.first, Interpreter.auxiliaryVerbs.contains(tokens[first].lower) {
                meaning.verbPositions.append(i)
            }
            if case .relative? = item.keyword { meaning.relativePositions.append(i) }
        }
        if let first = nextIndex(from: 0, skipping: { isArticle($0) }) {
            switch items[first].keyword {
            case .question(.who)?:
                meaning.asksForRows = true
                meaning.asksWho = true
                use(first)
            case .show?, .question(.which)?: meaning.asksForRows = true
            default: break
            }
        }
    }

    mutating func readChartAndPercentWords() {
        for i in items.indices {
            switch keyword(i) {
            case .chart(let word)?:
                if word == .scatter { continue }
                // "ended in a draw", "how many draws": the noun (a tie) is no request for a
                // chart — read as one, the condition vanished and every game was counted.
                let token = tokens[items[i].range.lowerBound]
                if token.lemma == "draw", token.lower != token.lemma || (i > 0 && isArticle(i - 1)) {
                    items[i].keyword = nil
                    items[i].isUnknown = !items[i].hasValue && !items[i].hasColumn
                    continue
                }
                if word != .trend { meaning.wantsChart = true }
                if meaning.chartHint == nil || word != .plot { meaning.chartHint = word }
                use(i)
            case .percent(let style)?:
                // "rate" right after a yes/no column is that column's rate (read with the column).
                if style == .rate, i > 0, items[i - 1].columns.contains(where: { lexicon[$0.ref].isBooleanLike }) { break }
                // "the average jobless percentage" of `PERJOBLESS`: the word after a column that
                // holds percentages names that column's figure, not a share of rows.
                if i > 0, !items[i - 1].used, items[i - 1].keyword == nil, items[i - 1].columns.contains(where: { holdsPercentages($0.ref) }) {
                    use(i)
                    break
                }
                // "the thrift ratio of X", "the hoard rates of A and B": a noun for the rows
                // right before the word makes it a figure of theirs the schema did not place
                // (a column), not a share of the rows — a share of rows needs the thing
                // counted after it ("the share of hoards from A"). Left unplaced: refused.
                if i > 0, !items[i - 1].used, items[i - 1].keyword == nil, items[i - 1].table != nil, !items[i - 1].hasValue,
                    !items[i - 1].hasColumn
                {
                    items[i].keyword = nil
                    items[i].isUnknown = true
                    break
                }
                if meaning.percent == nil || style != .rate { meaning.percent = style }
                use(i)
            case .onAverage?:
                meaning.onAverage = true
                use(i)
            default:
                break
            }
        }
    }

    /// A numeric column whose name says it is a percentage (`pct_…`, `…_rate`, `PERJOBLESS`:
    /// "per" run together with a word) and whose values fit 0 to 100.
    private func holdsPercentages(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        guard column.isNumeric, !column.isBooleanLike, let range = lexicon.valueRange(ref), range.lowerBound >= 0, range.upperBound <= 100
        else { return false }
        let name = column.name.lowercased()
        return column.words.contains { ["pct", "percent", "percentage", "per", "rate", "share"].contains($0) } || name.hasPrefix("per")
            || name.hasPrefix("pct") || name.hasSuffix("pct")
    }

    /// "price on the y axis", "with carats on the horizontal axis", "carats horizontally":
    /// the axis said right after a column. Read before unknown words are refused ("axis" is
    /// no word of the schema); `readScatter` places the columns by it, and refuses the
    /// phrase when it is not said of one of the two plotted columns.
    mutating func readAxisWords() {
        func word(_ k: Int) -> String? {
            guard k < items.count, !items[k].used, items[k].range.count == 1 else { return nil }
            return tokens[items[k].range.lowerBound].lower
        }
        let axisNames: [String: Bool] = ["x": false, "horizontal": false, "y": true, "vertical": true]
        for c in items.indices where !items[c].used && items[c].hasColumn {
            var k = c + 1
            if let w = word(k), w == "horizontally" || w == "vertically" {
                meaning.declaredAxes[c] = (w == "vertically", [k])
            } else {
                var phrase: [Int] = []
                if let w = word(k), ["on", "along", "as"].contains(w) {
                    phrase.append(k)
                    k += 1
                }
                if word(k) == "the" {
                    phrase.append(k)
                    k += 1
                }
                // "x axis", "x-axis" (one word or two).
                if let w = word(k), w.hasSuffix("-axis"), let vertical = axisNames[String(w.dropLast(5))] {
                    meaning.declaredAxes[c] = (vertical, phrase + [k])
                } else if let w = word(k), let vertical = axisNames[w], word(k + 1) == "axis" {
                    meaning.declaredAxes[c] = (vertical, phrase + [k, k + 1])
                } else {
                    continue
                }
            }
            for p in meaning.declaredAxes[c]?.phrase ?? [] {
                items[p].used = true
                items[p].isUnknown = false
            }
        }
    }

    /// "plot X vs Y", "X against Y", "the relationship between X and Y", "scatter plot of X
    /// against Y": two numeric columns as points, x first — unless axis words put them
    /// ("Y vs X with X on the x axis", "X on the vertical axis").
    mutating func readScatter() throws(TranslationError) {
        try readScatterColumns()
        guard !meaning.declaredAxes.isEmpty else { return }
        // Each axis phrase follows a mention of one of the two plotted columns (that mention
        // may be a second one: "plot A against B with A on the y axis").
        var vertical: [ColumnRef: Bool] = [:]
        var stray: [Int] = []
        for (c, declared) in meaning.declaredAxes.sorted(by: { $0.key < $1.key }) {
            guard let scatter = meaning.scatter,
                let ref = [scatter.x, scatter.y].first(where: { ref in items[c].columns.contains { $0.ref == ref } }),
                vertical[ref].map({ $0 == declared.vertical }) ?? true
            else {
                stray += declared.phrase
                continue
            }
            vertical[ref] = declared.vertical
            use(c)
        }
        if !stray.isEmpty {
            let words = stray.map { items[$0].text }
            throw TranslationError(kind: .unplacedWords(words), message: unplacedMessage(words))
        }
        guard let scatter = meaning.scatter else { return }
        let xVertical = vertical[scatter.x]
        let yVertical = vertical[scatter.y]
        if let xVertical, let yVertical, xVertical == yVertical {
            throw unsupported("Both plotted columns were put on the \(xVertical ? "vertical" : "horizontal") axis.")
        }
        // Axis words win over the order: "A vs B with A on the y axis" puts B on x.
        if xVertical == true || yVertical == false { meaning.scatter = Meaning.ScatterAxes(x: scatter.y, y: scatter.x) }
    }

    private mutating func readScatterColumns() throws(TranslationError) {
        var scatterWord = items.indices.first {
            if case .chart(.scatter)? = keyword($0) ?? items[$0].keyword { return true }
            return false
        }
        // "What is the correlation between X and Y?" asks for a number, which is not offered:
        // a correlation is a chart only when one is asked for.
        if let s = scatterWord, items[s].text.lowercased().hasPrefix("correlation"), !meaning.wantsChart { scatterWord = nil }
        guard meaning.wantsChart || scatterWord != nil else { return }
        let numeric: (SchemaLexicon.Column) -> Bool = { $0.isNumeric && !$0.isBooleanLike }
        var axes: (Int, Int, [Int])?
        // "A on the y axis against B": past the axis words.
        let axisPhrases = Set(meaning.declaredAxes.values.flatMap(\.phrase))
        for v in items.indices where keyword(v) == .versus {
            guard let a = previousIndex(from: v - 1, skipping: { isArticle($0) || axisPhrases.contains($0) }), isMeasureColumn(a, where: numeric),
                let b = nextIndex(from: v + 1, skipping: { isArticle($0) }), isMeasureColumn(b, where: numeric)
            else { continue }
            axes = (a, b, [v])
            break
        }
        // "plot A on the y axis and B on the x axis": both placed outright.
        let declared = meaning.declaredAxes.keys.sorted()
        if axes == nil, meaning.wantsChart, declared.count == 2, isMeasureColumn(declared[0], where: numeric),
            isMeasureColumn(declared[1], where: numeric)
        {
            let between = ((declared[0] + 1)..<declared[1]).filter { !axisPhrases.contains($0) && !isArticle($0) }
            if between.count == 1, keyword(between[0]) == .and || keyword(between[0]) == .versus { axes = (declared[0], declared[1], between) }
        }
        // Words already taken (the column a unit noun stands for) are passed over.
        if axes == nil, let s = scatterWord,
            let a = nextIndex(from: s + 1, skipping: { isArticle($0) || keyword($0) == .between || items[$0].used }),
            isMeasureColumn(a, where: numeric),
            let link = nextIndex(from: a + 1, skipping: { isArticle($0) }), keyword(link) == .and || keyword(link) == .versus,
            let b = nextIndex(from: link + 1, skipping: { isArticle($0) || items[$0].used }), isMeasureColumn(b, where: numeric)
        {
            axes = (a, b, [link])
        }
        guard let (a, b, links) = axes, let (x, _) = try column(a, where: numeric), let (y, _) = try column(b, where: numeric), x != y else { return }
        meaning.scatter = Meaning.ScatterAxes(x: x, y: y)
        meaning.wantsChart = true
        use(a, b)
        for l in links { use(l) }
        if let scatterWord { use(scatterWord) }
    }

    mutating func readOrdering() throws(TranslationError) {
        for i in items.indices {
            switch keyword(i) {
            case .direction(let direction, let alphabetical)?:
                meaning.orderDirection = direction
                if alphabetical { meaning.alphabetical = true }
                use(i)
            case .orderBy?:
                use(i)
                let ranked = items[i].text.lowercased().hasPrefix("rank")
                if let j = nextIndex(from: i + 1, skipping: { isArticle($0) }),
                    let (measure, last) = try measurePhrase(at: j)
                {
                    meaning.orderMeasure = measure
                    for k in j...last { use(k) }
                }
                if meaning.orderDirection == nil { meaning.orderDirection = ranked ? .descending : .ascending }
            default:
                break
            }
        }
    }

    /// Reads "top N X", "which N X", "which X", "the N largest X", "X with the most …".
    mutating func readRanking() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            switch keyword(i) {
            case .top(let direction)?:
                use(i)
                var j = nextIndex(from: i + 1, skipping: { isArticle($0) })
                if let n = j, isNumber(n), items[n].isInteger, let value = items[n].number, value >= 1 {
                    meaning.limit = Int(value)
                    use(n)
                    j = nextIndex(from: n + 1, skipping: { isArticle($0) })
                } else if meaning.limit == nil {
                    meaning.limit = 1
                }
                meaning.rankDirection = direction
                if let j {
                    if case .extreme(let d, let style)? = keyword(j), style != .time {
                        meaning.rankDirection = d
                        use(j)
                        if let k = nextIndex(from: j + 1, skipping: { isArticle($0) }) { try takeAnswerEntity(at: k) }
                    } else {
                        try takeAnswerEntity(at: j)
                    }
                }
                try readRankMeasureAfterBy(from: i + 1)
            case .show?:
                // "List the 10 employees with the highest salary", "show 5 customers from Canada"
                guard meaning.limit == nil, let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), isNumber(n),
                    items[n].isInteger, let value = items[n].number, value >= 1, value < 100_000,
                    let j = nextIndex(from: n + 1, skipping: { isArticle($0) }),
                    isTable(j) || isColumn(j)
                        || {
                            if case .agent? = keyword(j) { return true }
                            return false
                        }()
                else { continue }
                meaning.limit = Int(value)
                use(n)
                try takeAnswerEntity(at: j)
            case .question(let word)? where word != .who:
                // "the years in which the activity was above 150": after a preposition "which"
                // only joins a clause to the noun before it; it asks for nothing.
                // (Only after a noun: "In which year …" asks.)
                let preposition = items[i].range.lowerBound - 1
                if preposition > 0,
                    ["in", "on", "during", "at", "for", "from", "to", "by", "under", "over"].contains(tokens[preposition].lower),
                    let noun = items.indices.first(where: { items[$0].range.upperBound == preposition }),
                    isTable(noun) || isColumn(noun) || isDatePart(noun)
                {
                    use(i)
                    continue
                }
                guard meaning.answerEntity == nil, var j = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { continue }
                // "Which number of beds has the highest average price": which value of the
                // whole-number column, not a count ("what number of" still counts).
                if word == .which, keyword(j) == .count, items[j].text.lowercased().hasPrefix("number"),
                    let k = nextIndex(from: j + 1, skipping: { isArticle($0) }), isColumn(k, where: { $0.type == .integer && !$0.isBooleanLike })
                {
                    use(j)
                    j = k
                }
                // "What quantity of P0371 was sold?" asks for a total, not a list of quantities.
                if word == .what, isColumn(j, where: { $0.isNumeric }), !isFollowedByRanking(j) {
                    meaning.whatColumnPosition = j
                    continue
                }
                if isNumber(j), items[j].isInteger, let value = items[j].number, value >= 1, value < 1000 {
                    let n = j
                    guard let k = nextIndex(from: j + 1, skipping: { isArticle($0) }) else { continue }
                    // "which 3 largest …": read with the superlative.
                    if case .extreme? = keyword(k) { continue }
                    guard isColumn(k) || isTable(k) || isDatePart(k) else { continue }
                    meaning.limit = Int(value)
                    use(n)
                    j = k
                }
                if isColumn(j) || isTable(j) || isDatePart(j) {
                    // "What payment methods …", "Which plan type has …", "Which 5 customers …"
                    if word == .what, isTable(j), !isFollowedByRanking(j) { continue }
                    try takeAnswerEntity(at: j)
                    use(i)
                } else if word == .which, isValue(j), items[j].keyword == nil, isFollowedByRanking(j),
                    let columnScore = items[j].columns.map(\.score).max(), columnScore >= (items[j].values.map(\.score).max() ?? 0),
                    let (ref, _) = try column(j)
                {
                    // "Which region has the most depots": "which" asks for a kind of thing, so
                    // a noun that is both a column and one of the stored values is the column.
                    // Only for a superlative: there, which of two tables' copies of a key is
                    // grouped cannot change the winner; for "fewer than 5" it decides whether
                    // keys without rows count, and a tie is too weak to decide that.
                    meaning.answerEntity = .column(ref)
                    use(i, j)
                } else if word == .which, isValue(j), items[j].keyword == nil, isFollowedByRanking(j, orRankingAdjective: true),
                    let k = nextIndex(from: j + 1, skipping: { isArticle($0) }), !isColumn(k), !isTable(k),
                    case let tables = Set(items[j].values.map(\.ref.table)), tables.count == 1, let table = tables.first,
                    items[j].values.allSatisfy({ lexicon.tables[table].labelColumn != $0.ref.column })
                {
                    // "Which man is the tallest?" where "man" is only a value of a category
                    // (`sex = 'M'`): "which" asks for the row that ranks first among those rows,
                    // not for the tallest figure. The value stays for the conditions to read.
                    meaning.answerEntity = .table(table)
                    use(i)
                }
            case .agent?:
                // "the 3 top earners", "top spenders"; "how many buyers" counts them (read with the count).
                guard meaning.answerEntity == nil else { continue }
                if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), keyword(p) == .count { continue }
                if meaning.limit == nil, let n = previousIndex(from: i - 1, skipping: { isArticle($0) }), isNumber(n),
                    items[n].isInteger, let value = items[n].number, value >= 1
                {
                    meaning.limit = Int(value)
                    use(n)
                }
                try takeAnswerEntity(at: i)
                if meaning.limit == nil { meaning.limit = 1 }
            case .adjective(let dimension, let direction?)? where dimension != .time:
                // "the 5 oldest customers"
                guard meaning.limit == nil, let n = previousIndex(from: i - 1, skipping: { isArticle($0) }), isNumber(n),
                    items[n].isInteger, let value = items[n].number, value >= 1, value < 1000,
                    let j = nextIndex(from: i + 1, skipping: { isArticle($0) }), isTable(j),
                    let ref = try dimensionColumn(dimension, hint: direction.extremeFunction)
                else { continue }
                meaning.limit = Int(value)
                meaning.rankDirection = direction
                meaning.rankMeasure = .value(ref)
                use(n, i)
                try takeAnswerEntity(at: j)
            case .extreme(let direction, let style)?:
                // "the 3 largest transactions", "the 5 most common products"
                var verb: VerbConcept?
                let afterExtreme = nextIndex(
                    from: i + 1,
                    skipping: { k in
                        if isArticle(k) { return true }
                        if case .verb(let concept)? = keyword(k) {
                            verb = concept
                            return true
                        }
                        return false
                    })
                if let j = afterExtreme, case .agent? = keyword(j) {
                    if let n = previousIndex(from: i - 1, skipping: { isArticle($0) }), isNumber(n), items[n].isInteger,
                        let value = items[n].number, value >= 1, meaning.limit == nil
                    {
                        meaning.limit = Int(value)
                        use(n)
                    }
                    meaning.rankDirection = direction
                    use(i)
                    try takeAnswerEntity(at: j)
                    if meaning.limit == nil { meaning.limit = 1 }
                    continue
                }
                if let n = previousIndex(from: i - 1, skipping: { isArticle($0) }), isNumber(n), items[n].isInteger,
                    let value = items[n].number, value >= 1, value < 1000, meaning.limit == nil,
                    let j = afterExtreme, isColumn(j) || isTable(j)
                {
                    if let verb, meaning.verbMeasure == nil { meaning.verbMeasure = verb }
                    meaning.limit = Int(value)
                    meaning.rankDirection = direction
                    use(n, i)
                    if style == .frequency {
                        meaning.rankMeasure = .rows(table: nil)
                        try takeAnswerEntity(at: j)
                    } else if isTable(j), let table = items[j].table {
                        try takeAnswerEntity(at: j)
                        meaning.rankMeasureImplicit = true
                        if style == .time { meaning.rankMeasure = try timeMeasure(of: table) }
                    } else if let (ref, _) = try column(j), lexicon[ref].isNumeric || lexicon[ref].isTemporal {
                        // "the 5 highest amounts": rows ranked by that column.
                        meaning.answerEntity = .table(ref.table)
                        meaning.rankMeasure = .value(ref)
                        use(j)
                    } else {
                        try takeAnswerEntity(at: j)
                    }
                    continue
                }
                // "the biggest bank transfer transaction", "the most recent transaction": that row.
                if verb == nil, style != .frequency, meaning.answerEntity == nil, meaning.limit == nil, !meaning.asksWho,
                    let j = nextIndex(from: i + 1, skipping: { k in isArticle(k) || isValue(k) || isColumn(k, where: { $0.isBooleanLike }) }),
                    isTable(j), let table = items[j].table
                {
                    meaning.rankDirection = direction
                    meaning.limit = 1
                    use(i)
                    try takeAnswerEntity(at: j)
                    if style == .time { meaning.rankMeasure = try timeMeasure(of: table) } else { meaning.rankMeasureImplicit = true }
                    continue
                }
                // "the highest paid employee", "the best selling product"
                if let verb, meaning.answerEntity == nil, let j = afterExtreme, isTable(j) || isColumn(j) {
                    if meaning.verbMeasure == nil { meaning.verbMeasure = verb }
                    meaning.rankDirection = direction
                    meaning.rankMeasureImplicit = true
                    if meaning.limit == nil { meaning.limit = 1 }
                    use(i)
                    try takeAnswerEntity(at: j)
                    continue
                }
                // "the country with the most customers", "customers who spent the most"
                guard meaning.answerEntity == nil, let e = entityBefore(i) else { continue }
                try takeAnswerEntity(at: e)
            default:
                break
            }
        }
    }

    /// "Which discipline pays more on average?", "which region has more cabins?": with no
    /// "than", a comparative in a question asking which value of a column compares the groups
    /// of that column, so it asks for the one ranked first, as "the most" would.
    mutating func readComparativeBetweenGroups() {
        guard !items.indices.contains(where: { keyword($0) == .than }),
            let q = nextIndex(from: 0, skipping: { isArticle($0) }), keyword(q) == .question(.which),
            let a = nextIndex(from: q + 1, skipping: { isArticle($0) }), isColumn(a, where: { !$0.isNumeric }), !isTable(a)
        else { return }
        for i in (a + 1)..<items.count where !items[i].used && items[i].isUnknown && items[i].range.count == 1 {
            // ("fewer" / "less" are left alone: "the fewest" of a column reads as its
            // minimum, where "fewer X" counts.)
            guard tokens[items[i].range.lowerBound].lower == "more" else { continue }
            items[i].isUnknown = false
            items[i].keyword = .extreme(.descending, .magnitude)
            return
        }
    }

    func isDatePart(_ i: Int) -> Bool {
        if case .datePart? = keyword(i) { return true }
        return false
    }

    /// "what customers …" asks for rows of a table only when a ranking follows; otherwise the
    /// table is just the subject ("what customers are from Canada" is a list).
    /// Whether a superlative word follows within six items (`orRankingAdjective`: or an
    /// adjective that ranks, "the tallest").
    private func isFollowedByRanking(_ j: Int, orRankingAdjective: Bool = false) -> Bool {
        items[(j + 1)...].prefix(6).contains { item in
            switch item.keyword {
            case .extreme?: return true
            case .adjective(_, _?)?: return orRankingAdjective
            default: return false
            }
        }
    }

    /// The entity a superlative ranks when the question reads "X with the most …" or "X who
    /// spent the most": a table or column right before, linked by "with", "who", "that has".
    private func entityBefore(_ i: Int) -> Int? {
        var j = i - 1
        var sawLink = false
        while j >= 0 && i - j <= 5 {
            let item = items[j]
            if item.used { return nil }
            switch item.keyword {
            case .with?, .relative?, .have?, .verb?, .filler?:
                sawLink = true
                j -= 1
                continue
            case .rowsNoun?:
                // "the grade of the parcel with the largest volume": that row.
                guard sawLink, !isPlural(j), rowsNounTable != nil else { return nil }
                return j
            case nil:
                break
            default:
                return nil
            }
            if item.keyword == nil, isTable(j) || isColumn(j) {
                guard sawLink else { return nil }
                // The entity must not be the argument of something else ("average amount with …").
                if let p = previousIndex(from: j - 1, skipping: { isArticle($0) }) {
                    switch items[p].keyword {
                    case .aggregate?, .count?, .extreme?, .groupBy?: return nil
                    default: break
                    }
                }
                return j
            }
            return nil
        }
        return nil
    }

    /// The table a generic noun for rows ("sample", "record") stands for: the one table
    /// in context, or the upload's only table.
    var rowsNounTable: Int? {
        if contextTables.count == 1 { return contextTables[0] }
        return contextTables.isEmpty && lexicon.tables.count == 1 ? 0 : nil
    }

    mutating func takeAnswerEntity(at j: Int) throws(TranslationError) {
        if case .rowsNoun? = keyword(j), let table = rowsNounTable {
            meaning.answerEntity = .table(table)
            noteTable(table, at: j)
            use(j)
            return
        }
        // "the top 5 spenders": people, ranked by what they spend.
        if case .agent(let concept)? = keyword(j) {
            meaning.asksWho = true
            if meaning.verbMeasure == nil { meaning.verbMeasure = concept }
            meaning.rankMeasureImplicit = true
            if meaning.rankDirection == nil { meaning.rankDirection = .descending }
            use(j)
            return
        }
        if isDatePart(j), case .datePart(let part)? = keyword(j) {
            meaning.answerEntity = .datePart(Meaning.DateTarget(phrase: items[j].text), part)
            use(j)
            return
        }
        if isTable(j), let table = items[j].table {
            meaning.answerEntity = .table(table)
            noteTable(table, at: j)
            use(j)
            return
        }
        if isColumn(j), let (ref, _) = try column(j) {
            meaning.answerEntity = .column(weekdayAskedAsDate(ref, at: j) ?? ref)
            use(j)
        }
    }

    /// "On which day was the rate at its highest?" of a daily table with a `day` column of
    /// weekday names beside its dates: a day that ranks one reading is a date (the weekday
    /// repeats every week, so ranking it would need an average nobody asked for). The table's
    /// key must be its date (one row per day), the column the word names a repeating text
    /// column named "day", and no aggregate word ("the highest average rate") in the question.
    private func weekdayAskedAsDate(_ ref: ColumnRef, at j: Int) -> ColumnRef? {
        let column = lexicon[ref]
        guard tokens[items[j].range.lowerBound].lemma == "day", items[j].range.count == 1, column.words == ["day"], column.isText,
            !column.unique, let key = lexicon.tables[ref.table].keyColumn, lexicon.tables[ref.table].columns[key].isTemporal,
            isFollowedByRanking(j),
            !items.contains(where: {
                switch $0.keyword {
                case .aggregate?, .onAverage?, .count?, .inTotal?: return true
                default: return false
                }
            })
        else { return nil }
        return lexicon.tables[ref.table].columns[key].ref
    }

    /// "top 3 countries by number of customers": the measure after "by".
    mutating func readRankMeasureAfterBy(from start: Int) throws(TranslationError) {
        guard let b = nextIndex(from: start, skipping: { items[$0].used || isArticle($0) }),
            case .groupBy? = keyword(b), items[b].text.lowercased() == "by",
            let m = nextIndex(from: b + 1, skipping: { isArticle($0) }),
            let (measure, last) = try measurePhrase(at: m)
        else { return }
        if case .value(let ref) = measure, !lexicon[ref].isNumeric { return }
        meaning.rankMeasure = measure
        use(b)
        for k in m...last { use(k) }
    }

    /// The date column a time superlative ranks rows by ("the latest transactions").
    mutating func timeMeasure(of table: Int) throws(TranslationError) -> Meaning.Measure? {
        // A date column named elsewhere in the question decides ("the first customer to sign up").
        for i in items.indices where isColumn(i, where: { $0.isTemporal && $0.ref.table == table }) {
            if let (ref, _) = try column(i, where: { $0.isTemporal && $0.ref.table == table }) {
                use(i)
                return .value(ref)
            }
        }
        let dates = lexicon.dateColumns(of: table)
        if dates.count == 1 { return .value(dates[0]) }
        if dates.isEmpty { return nil }
        throw ambiguity("the latest", dates.map(qualifiedName))
    }

    /// A measure named at `j`: "average age", "number of customers", "total amount", "age".
    /// Returns the measure and the last item it covers.
    func measurePhrase(at j: Int) throws(TranslationError) -> (Meaning.Measure, Int)? {
        var functions: [AggregateFunction] = []
        var k = j
        var counting = false
        scan: while k < items.count {
            switch keyword(k) {
            case .aggregate(let f)?: functions.append(f)
            case .extreme(let d, .magnitude)?: functions.append(d.extremeFunction)
            case .count?: counting = true
            case .and? where !functions.isEmpty: break
            default:
                if isArticle(k) { break }
                break scan
            }
            k += 1
        }
        guard k < items.count else { return nil }
        if !items[k].used, let keyword = items[k].keyword ?? items[k].alternateKeyword, case .verb(let concept) = keyword,
            let ref = lexicon.measureColumn(for: concept, preferring: contextTables)
        {
            return (.aggregate(functions.first ?? .sum, ref), k)
        }
        if counting {
            if isTable(k), let table = items[k].table { return (.rows(table: table), k) }
            if isColumn(k), let (ref, _) = try column(k) {
                // "the number of riders" of a column that holds a count of them is its
                // total; of names or codes it is how many different ones there are.
                if functions.isEmpty && !isCountLike(ref) && !lexicon.countsThings(ref) { return (.distinctValues(ref), k) }
                return (.aggregate(functions.first ?? .sum, ref), k)
            }
            return nil
        }
        if isColumn(k), let (ref, _) = try column(k, hint: functions.first) {
            if let f = functions.first { return (.aggregate(f, ref), k) }
            if lexicon[ref].isBooleanLike, k + 1 < items.count, case .percent? = items[k + 1].keyword ?? items[k + 1].alternateKeyword {
                return (.rate(ref, .rate), k + 1)
            }
            return (.value(ref), k)
        }
        return nil
    }

    /// Count-like columns (`purchase_count`, `num_items`) are summed or averaged, not
    /// counted distinct.
    func isCountLike(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        return column.isNumeric && column.words.contains { SchemaLexicon.countWords.contains($0) }
    }
}

extension Interpreter {
    /// "Average clotting time for men and for women", "… for men and women separately",
    /// "compare the average age of men and women": a figure asked of each of several values
    /// of one column is one figure per value — the values' column grouped, restricted to
    /// them (which also leaves out the rows without a value) — never one figure pooled over
    /// them. Said without such words ("for men and women"), the values pool as before.
    mutating func groupValuesAskedSeparately() {
        guard asksForEachApart, meaning.groupings.isEmpty, meaning.answerEntity == nil, meaning.rankMeasure == nil,
            meaning.scatter == nil, !meaning.measures.isEmpty,
            meaning.measures.allSatisfy({ use in
                switch use.measure {
                case .aggregate, .rows, .distinctValues: return true
                default: return false
                }
            })
        else { return }
        let lists = meaning.conditions.compactMap { condition -> ColumnRef? in
            if case .oneOf(let ref, let values, false) = condition.kind, values.count > 1 { return ref }
            return nil
        }
        guard lists.count == 1, let ref = lists.first else { return }
        meaning.groupings = [.column(ref)]
    }

    /// Whether the question asks for values it lists one by one ("for A and for B", "A and B
    /// separately", "compare A and B"): a figure for each, never one over them together.
    var asksForEachApart: Bool {
        let words = tokens.map(\.lower)
        return zip(words, words.dropFirst()).contains { $0 == "and" && $1 == "for" }
            || words.contains { ["separately", "respectively", "compare", "compared", "comparing"].contains($0) }
    }
}
