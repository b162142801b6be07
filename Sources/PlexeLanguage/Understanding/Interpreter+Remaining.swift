/// The last pass: tables become the subject, columns the listed columns, "or" joins two
/// conditions, and anything left over is reported to the person.
extension Interpreter {
    /// The last pass: tables become the subject, columns become the listed columns, and
    /// anything else left over is reported.
    mutating func readRemaining() throws(TranslationError) {
        var unplaced: [String] = []
        for i in items.indices where !items[i].used {
            let item = items[i]
            if isTable(i), let table = item.table {
                // A word that only shares a stem with a table's name ("sail" of `sailings`)
                // after another table was named is no mention of those rows: taken as one, the
                // word would vanish from the answer. Left unplaced.
                if item.tableScore <= 1,
                    meaning.tableMentions.contains(where: { $0.table != table }) || (meaning.subjectTable.map { $0 != table } ?? false)
                {
                    unplaced.append(item.text)
                    continue
                }
                noteTable(table, at: i)
                if meaning.subjectTable == nil {
                    meaning.subjectTable = table
                    meaning.subjectPosition = i
                }
                use(i)
                continue
            }
            if isColumn(i), let (ref, negated) = try column(i) {
                if negated {
                    unplaced.append(item.text)
                    continue
                }
                // "percentage of orders paid by card": the noun after "percentage of" only names
                // the rows counted.
                if meaning.percent != nil, let p = previousIndex(from: i - 1, skipping: { isArticle($0) }),
                    case .percent? = items[p].keyword, item.bestSchemaScore <= 3
                {
                    useAsContext(i)
                    continue
                }
                // A verb that merely shares a word with a column ("work" and `work_city`) is a
                // verb unless something used it.
                if item.alternateKeyword == .filler, item.bestSchemaScore <= 2 {
                    // Right after the rows' noun ("employees work in …") it is their verb, which
                    // the statement need not show; elsewhere ("what yields did …", "… and yields")
                    // it was a noun, and the accountability check asks where it went.
                    if i > 0, items[i - 1].table != nil || items[i - 1].keyword == .rowsNoun { useAsContext(i) } else { use(i) }
                    continue
                }
                // "the total quantity of items sold": a second name for a measured column.
                if isMeasured(ref) {
                    use(i)
                    continue
                }
                // "the maximum temperature" names `temp_max` and asks for its maximum; "the total
                // price of all orders" sums `total_price`.
                if let function = aggregateWord(in: i), !meaning.asksForRows || !meaning.groupings.isEmpty,
                    lexicon[ref].isNumeric || function == .maximum || function == .minimum
                {
                    meaning.measures.append(Meaning.MeasureUse(measure: .aggregate(function, ref), position: i))
                    use(i)
                    continue
                }
                // "What quantity of product P0371 was sold?": a total.
                if meaning.whatColumnPosition == i, meaning.measures.isEmpty, meaning.verbMeasure != nil, lexicon[ref].isNumeric,
                    lexicon.tables[ref.table].keyColumn != ref.column
                {
                    meaning.measures.append(Meaning.MeasureUse(measure: .aggregate(.sum, ref), position: i))
                    use(i)
                    continue
                }
                // "the average unitPrice of stores in Oslo": the plural after "of" names
                // the rows measured, not groups.
                if !meaning.measures.isEmpty, lexicon[ref].isText, isPlural(i), wordBefore(i, skipping: ["the", "all"]) == "of" {
                    useAsContext(i)
                    continue
                }
                // "the average girth of the saplings in orchards with …" where "saplings" names both the
                // measured table and a count column of another: the plural after "of" names the
                // rows measured, not groups of that count.
                if let table = measuredTable(), table != ref.table, item.table == table || lexicon[ref].words == lexicon.tables[table].words,
                    isPlural(i), wordBefore(i, skipping: ["the", "all"]) == "of"
                {
                    useAsContext(i)
                    continue
                }
                // "the average pollen of days with …", "the range of the rate across districts": a
                // column that names each row (unique, or the finest calendar part of the table)
                // in the plural names the rows measured; one group per row would measure nothing.
                if !meaning.measures.isEmpty, meaning.groupings.isEmpty, meaning.answerEntity == nil, isPlural(i),
                    lexicon[ref].unique || lexicon.isFinestCalendarPart(ref),
                    let before = wordBefore(i, skipping: ["the", "all", "these", "those"]),
                    ["of", "in", "across", "among", "over", "for", "on"].contains(before)
                {
                    useAsContext(i)
                    continue
                }
                // "the oldest keeper when hired", "the average age at admission": a date
                // after "when" or "at", beside a measure of the same rows, says when that measure
                // was taken — the value was recorded then. One group per date would answer
                // nothing the question asked.
                if lexicon[ref].isTemporal, let before = wordBefore(i, skipping: ["the", "their", "its", "his", "her"]),
                    ["when", "at", "upon"].contains(before), measuresTable(ref.table)
                {
                    useAsContext(i)
                    continue
                }
                // "How long were the leaves on average?": the column's average, not its values.
                if meaning.onAverage, meaning.measures.isEmpty, lexicon[ref].isNumeric, !lexicon[ref].isBooleanLike {
                    meaning.measures.append(Meaning.MeasureUse(measure: .aggregate(.average, ref), position: i))
                    use(i)
                    continue
                }
                if !meaning.projections.contains(ref) { meaning.projections.append(ref) }
                use(i)
                continue
            }
            if isValue(i) {
                unplaced.append(item.text)
                continue
            }
            if item.isUnknown {
                unplaced.append(item.text)
                continue
            }
            if let keyword = item.keyword {
                if keyword.isHarmlessWhenUnused { continue }
                switch keyword {
                case .chart(.trend), .month, .datePart, .ageUnit:
                    if case .datePart = keyword, meaning.answerEntity == nil { unplaced.append(item.text) }
                    continue
                case .percent:
                    continue
                case .textMatch:
                    // "how much sugar do the drinks contain": a verb here, with nothing to match.
                    if let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), items[n].literal != nil || items[n].isUnknown {
                        unplaced.append(item.text)
                    }
                    continue
                default:
                    unplaced.append(item.text)
                }
                continue
            }
            if item.number != nil || item.date != nil || item.literal != nil {
                unplaced.append(item.text)
            }
        }
        if !unplaced.isEmpty {
            let reported = withGuesses(unplaced)
            throw TranslationError(kind: .unplacedWords(reported), message: unplacedMessage(reported))
        }
        joinAlternatives()
        let joining: Set<String> = ["and", "&", "vs", "versus", "plus", "with", "along", "alongside", "both", "as", "/", "against"]
        meaning.joinsFigures = tokens.contains { joining.contains($0.lower) }
        // "revenue by month in 2024": a money noun alone is the total of the money column.
        if meaning.measures.isEmpty, meaning.rankMeasure == nil, !meaning.rankMeasureImplicit, meaning.projections.isEmpty,
            meaning.answerEntity == nil, meaning.percent == nil, meaning.tableMentions.isEmpty,
            let concept = meaning.verbMeasure, let ref = lexicon.measureColumn(for: concept, preferring: contextTables)
        {
            meaning.measures.append(Meaning.MeasureUse(measure: .aggregate(.sum, ref), position: 0))
        }
        // "on average, how many transactions does a customer make"
        if meaning.onAverage
            || meaning.measures.contains(where: {
                if case .rows = $0.measure { return false }
                return false
            })
        {
            resolveAveragePerEntity()
        }
        try readCountInMagnitudes()
        countPeopleOfRepeatedMeasures()
        if let style = meaning.percent,
            !meaning.measures.contains(where: {
                if case .rate = $0.measure { return true }
                return false
            }),
            meaning.rankMeasure == nil
        {
            meaning.measures.removeAll {
                if case .rows = $0.measure { return true }
                return false
            }
            meaning.measures.append(Meaning.MeasureUse(measure: .share(style), position: 0))
        }
    }

    /// "How many million people lived …": a count said in millions (thousands, billions) is
    /// no count of rows — rows are never counted in millions. It is the one column of the
    /// rows kept in that magnitude (`residents_millions`), added up; with none, or several,
    /// the magnitude word is refused rather than dropped.
    private mutating func readCountInMagnitudes() throws(TranslationError) {
        guard let t = tokens.indices.dropFirst(2).first(where: { tokens[$0 - 2].lower == "how" && tokens[$0 - 1].lower == "many" }),
            let scale = Tokenizer.magnitudeWords[tokens[t].lemma],
            let r = meaning.measures.firstIndex(where: {
                if case .rows = $0.measure { return true }
                return false
            }),
            case .rows(let counted) = meaning.measures[r].measure
        else { return }
        let tables = counted.map { [$0] } ?? (meaning.subjectTable.map { [$0] } ?? contextTables)
        let kept = tables.flatMap { table in
            lexicon.tables[table].columns.filter { $0.isNumeric && !$0.isBooleanLike && lexicon.unitScale($0.ref) == scale }.map(\.ref)
        }
        // The noun counted is the people or things of that column ("million people",
        // "million residents"), never other rows ("how many million hoards").
        let noun = items.firstIndex { $0.range.contains(t + 1) }
        let nounFits =
            noun.map { n in
                items[n].keyword == .rowsNoun || items[n].columns.contains { $0.ref == kept.first } || items[n].table == kept.first?.table
            } ?? false
        guard kept.count == 1, nounFits, counted.map({ $0 == kept[0].table }) ?? true,
            meaning.tableMentions.allSatisfy({ $0.table == kept[0].table })
        else {
            throw TranslationError(kind: .unplacedWords([tokens[t].text]), message: unplacedMessage([tokens[t].text]))
        }
        meaning.measures[r].measure = .aggregate(.sum, kept[0])
    }

    /// Whether the question already measures or compares a numeric column of `table` (an
    /// aggregate, the column a superlative ranks by, "60 or older").
    private func measuresTable(_ table: Int) -> Bool {
        let measured = (meaning.measures.map(\.measure) + [meaning.rankMeasure].compactMap { $0 }).contains { measure in
            switch measure {
            case .aggregate(_, let r), .value(let r): return r.table == table && lexicon[r].isNumeric
            default: return false
            }
        }
        return measured
            || meaning.conditions.contains { condition in
                switch condition.kind {
                case .compare(let r, _, _), .between(let r, _, _): return r.table == table && lexicon[r].isNumeric
                default: return false
                }
            }
    }

    /// The one table whose columns every measure aggregates, if so.
    private func measuredTable() -> Int? {
        var tables = Set<Int>()
        for use in meaning.measures {
            guard case .aggregate(_, let r) = use.measure else { return nil }
            tables.insert(r.table)
        }
        return tables.count == 1 ? tables.first : nil
    }

    func isPlural(_ i: Int) -> Bool {
        let last = tokens[items[i].range.upperBound - 1]
        return last.lemma != last.lower
    }

    /// The word before item `i`, passing over `skipping` words.
    func wordBefore(_ i: Int, skipping: Set<String>) -> String? {
        var t = items[i].range.lowerBound - 1
        while t >= 0, skipping.contains(tokens[t].lower) { t -= 1 }
        return t >= 0 ? tokens[t].lower : nil
    }

    /// An aggregate word inside a column phrase ("maximum temperature", "total price").
    private func aggregateWord(in i: Int) -> AggregateFunction? {
        for t in items[i].range {
            for (words, keyword) in EnglishLexicon.phrasesByFirstWord[tokens[t].lemma] ?? [] where words.count == 1 {
                switch keyword {
                case .extreme(let d, .magnitude): return d.extremeFunction
                case .aggregate(let f): return f
                default: continue
                }
            }
        }
        return nil
    }

    /// An "or" left between two conditions joins them: "customers from Canada or on the
    /// premium plan" is one condition, not two that must both hold.
    private mutating func joinAlternatives() {
        for i in items.indices where keyword(i) == .or {
            let before = meaning.conditions.indices.filter { meaning.conditions[$0].position < i }
                .max { meaning.conditions[$0].position < meaning.conditions[$1].position }
            let after = meaning.conditions.indices.filter { meaning.conditions[$0].position > i }
                .min { meaning.conditions[$0].position < meaning.conditions[$1].position }
            guard let before, let after else { continue }
            let joined = Meaning.Condition(
                kind: .either(meaning.conditions[before], meaning.conditions[after]),
                position: meaning.conditions[before].position)
            meaning.conditions.remove(at: max(before, after))
            meaning.conditions.remove(at: min(before, after))
            meaning.conditions.append(joined)
            use(i)
        }
    }

    private func isMeasured(_ ref: ColumnRef) -> Bool {
        let measures = meaning.measures.map(\.measure) + [meaning.rankMeasure, meaning.orderMeasure].compactMap { $0 }
        return measures.contains { measure in
            switch measure {
            case .aggregate(_, let r), .distinctValues(let r), .rate(let r, _): return r == ref
            default: return false
            }
        }
    }

    private mutating func resolveAveragePerEntity() {
        guard
            let index = meaning.measures.firstIndex(where: {
                switch $0.measure {
                case .rows(_?), .aggregate(.sum, _), .aggregate(.count, _), .distinctValues: return true
                default: return false
                }
            })
        else { return }
        let counted: Int
        switch meaning.measures[index].measure {
        case .rows(let t?): counted = t
        case .aggregate(_, let ref), .distinctValues(let ref): counted = ref.table
        default: return
        }
        var entity: Int?
        if let g = meaning.groupings.firstIndex(where: {
            if case .entity(let e) = $0, e != counted { return true }
            return false
        }),
            case .entity(let e) = meaning.groupings[g]
        {
            entity = e
            meaning.groupings.remove(at: g)
        } else {
            entity = meaning.tableMentions.first { $0.table != counted && lexicon.pathUp(from: counted, to: $0.table) != nil }?.table
        }
        guard let entity else { return }
        meaning.measures[index].measure = .averagePerEntity(inner: meaning.measures[index].measure, entity: entity)
        if meaning.subjectTable == counted { meaning.subjectTable = entity }
    }

    /// The unplaced words with the guesses made from weak evidence (nouns taken for the rows):
    /// when the question is refused anyway, those were not understood either.
    func withGuesses(_ words: [String]) -> [String] {
        words + guessedWords.filter { !words.contains($0) }
    }

    func unplacedMessage(_ words: [String]) -> String {
        let quoted = words.map { "\"\($0)\"" }.joined(separator: ", ")
        return "Could not place \(quoted) in a query over this data. Known tables and columns: \(lexicon.summary)."
    }
}
