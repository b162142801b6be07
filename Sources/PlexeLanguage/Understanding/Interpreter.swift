import PlexeFoundation

/// Reads the meaning of a tagged question in passes, each claiming the items of one kind of
/// construct: chart and percentage words, ordering, "top N", dates, comparisons, missing
/// values and related rows, groupings, values and yes/no columns, then measures. Whatever no
/// pass claims is reported to the person, so a word the engine does not understand can never
/// be silently dropped.
///
/// The passes are local pattern readers over the item list rather than a grammar: questions
/// about tables are short, word order is loose ("premium customers in the UK", "customers in
/// the UK on the premium plan"), and local patterns degrade gracefully on phrasings no
/// grammar anticipated.
struct Interpreter {
    let lexicon: SchemaLexicon
    let tokens: [Token]
    /// The stems of every word of the question: a qualifier said anywhere in it
    /// (`SchemaLexicon.plainColumn`) is said.
    let saidStems: Set<String>
    var items: [Item]
    var meaning = Meaning()
    /// Tables the question names, or whose columns it names without doubt, in order of mention.
    var contextTables: [Int] = []
    /// Words placed on weak evidence (a noun taken for the rows), reported with the unplaced
    /// words if the question is refused.
    var guessedWords: [String] = []
    /// Nouns for persons placed as the rows of the one table of people
    /// (`Interpreter.peopleRowsTable`): compared by a number, they are compared by age.
    var peopleRowWords: [String] = []
    /// "range"/"spread" words whose measure phrase is read by the aggregate path
    /// (`Interpreter+SpreadOfAMeasurePhrase.swift`): their tokens when they are kept (passes
    /// between may merge items, which moves item indices), their items from just before the
    /// measures are read.
    var spreadWordTokens: Set<Int> = []
    var spreadWords: Set<Int> = []

    init(lexicon: SchemaLexicon, tokens: [Token], items: [Item]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.saidStems = Set(tokens.map(\.stem))
        self.items = items
        self.contextTables = Interpreter.contextTables(of: items)
    }

    /// Tables the items name, or whose columns they name without doubt, in order of mention.
    static func contextTables(of items: [Item]) -> [Int] {
        var context: [Int] = []
        for item in items {
            if item.keyword == nil, let table = item.table, item.tableScore >= 2, !context.contains(table) {
                context.append(table)
            }
        }
        for item in items where item.keyword == nil {
            let columns = item.columns
            guard let best = columns.map(\.score).max(), best >= 2 else { continue }
            let tables = Set(columns.filter { $0.score == best }.map(\.ref.table))
            if tables.count == 1, let table = tables.first, !context.contains(table) { context.append(table) }
        }
        return context
    }

    /// Nouns that only say what kind of thing a column holds ("wind speed", "weather type",
    /// "churn status"): absorbed into the column named just before them.
    static let columnSuffixNouns: Set<String> = [
        "speed", "level", "type", "status", "category", "value", "amount", "score", "count", "number",
        "kind", "class", "group", "name", "size", "total", "figure", "flag", "bucket", "segment", "tier",
        "reading", "measurement", "info", "data", "field", "column", "indicator",
    ]

    mutating func interpret() throws(TranslationError) -> Meaning {
        readMonthWordsAsPeriods()
        readSeasonsOfYearlyTables()
        linkWords()
        try refuseSexWordsOfCodedColumns()
        absorbRatesOfUndatedMeasures()
        readHowOfANamedMeasure()
        dropValuesBeforeTheirOwnPlural()
        absorbUnitDimensionNouns()
        preferColumnsOverSharedTableWords()
        preferMeasuresNamedAsTheirSeries()
        leaveNameWordsBeforeValuesUnplaced()
        readPerUnitPhrases()
        readVerbsOfTheData()
        contextTables = Interpreter.contextTables(of: items)
        readAPeriodRowWith()
        readNumberingNounsAfterSuperlatives()
        readRowNounsBeforeAttributes()
        absorbVerbsOfReceiving()
        readPhrasalVerbs()
        readVerbsByMeaning()
        readVerbsOfACause()
        readVerbsDefinedByACondition()
        joinUnitsOfTheNamedMeasure()
        absorbColumnSuffixes()
        absorbAttributeNounAfterMeasureColumn()
        readStatingVerbs()
        absorbRatingVerbs()
        readPeriphrasticComparatives()
        try readArithmetic()
        absorbClosingHowQuestion()
        readAxisWords()
        try rejectUnknownWords()
        turnSpeedOnDurations()
        readSentenceShape()
        readChartAndPercentWords()
        try readScatter()
        try readOrdering()
        try readCountOfTop()
        try readRanking()
        try readSuperlativeByMeasure()
        askForRowsOfAFlagNoun()
        readRelationOnANumberedColumn()
        try readDates()
        try readComparisons()
        absorbDimensionAfterComparedNumbers()
        try readMissingValuesAndRelations()
        try readGroupings()
        try readTextPatterns()
        try readValues()
        try readNeverHadAFlag()
        try readYesNoColumns()
        try readCombinedMeasure()
        readSpreadWordsAsAggregates()
        try readMeasures()
        try refuseUnreadSpreads()
        countRowsHoldingTheExtreme()
        try readRemaining()
        groupValuesAskedSeparately()
        noteWrittenNumbers()
        try refuseGuessedRowsOfAGroupedFigure()
        return meaning
    }

    /// Nouns that make a table name its money column: "transaction value", "order total".
    static let tableMeasureNouns: Set<String> = ["value", "amount", "size", "total", "spend", "spending", "revenue", "cost", "price"]

    private mutating func absorbColumnSuffixes() {
        for i in items.indices.dropFirst() where items[i].bestSchemaScore <= 1 && !items[i].used && items[i].range.count == 1 {
            let lemma = tokens[items[i].range.lowerBound].lemma
            let tableWord = tokens[items[i - 1].range.lowerBound]
            guard Interpreter.tableMeasureNouns.contains(lemma), items[i].keyword == nil || items[i].isFiller,
                tableWord.lower == tableWord.lemma, items[i - 1].keyword == nil, items[i - 1].range.count == 1,
                let table = items[i - 1].table, !items[i - 1].hasColumn,
                let money = lexicon.measureColumn(for: .spend, preferring: [table]), money.table == table
            else { continue }
            items[i - 1].schema = [Item.SchemaMatch(target: .column(money, negated: false), score: 4)]
            items[i].used = true
            items[i].isUnknown = false
            items[i].keyword = nil
        }
        for i in items.indices.dropFirst() where items[i].schema.isEmpty && (items[i].isUnknown || items[i].isFiller) {
            let suffix = tokens[items[i].range.lowerBound]
            guard Interpreter.columnSuffixNouns.contains(suffix.lemma), items[i - 1].hasColumn || items[i - 1].hasValue else { continue }
            // "the marital statuses" where "marital" found the value 'Married': a plural kind
            // noun after a value of one column asks for the kinds, the column's values — not
            // the rows of that one value ("the premium tier", singular, stays the value).
            if !items[i - 1].hasColumn, suffix.lemma != suffix.lower, !items[i - 1].used {
                let columns = Set(
                    items[i - 1].schema.compactMap { match -> ColumnRef? in
                        if case .value(let ref, _) = match.target { return ref }
                        return nil
                    })
                if columns.count == 1, let ref = columns.first {
                    items[i - 1].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
                }
            }
            items[i].used = true
            items[i].isUnknown = false
        }
    }

    /// Words no construct can take (not a literal, not "times") are reported before anything
    /// else: an answer built around them could only be a guess.
    private func rejectUnknownWords() throws(TranslationError) {
        let unknown = items.filter { item in
            item.isUnknown && !item.used && item.literal == nil && tokens[item.range.lowerBound].lemma != "time"
        }.map(\.text)
        if !unknown.isEmpty {
            let reported = withGuesses(unknown)
            throw TranslationError(kind: .unplacedWords(reported), message: unplacedMessage(reported))
        }
    }

    // MARK: Item helpers

    func keyword(_ i: Int) -> Keyword? {
        guard i >= 0, i < items.count, !items[i].used else { return nil }
        return items[i].keyword
    }

    /// Little words that connect a construct to its argument: "the", "a", "of", "in", "on".
    func isArticle(_ i: Int) -> Bool {
        guard i >= 0, i < items.count else { return false }
        let item = items[i]
        if item.used { return false }
        switch item.keyword {
        case .filler?, .dateRelation(.during)?, .dateRelation(.on)?: return true
        default: return false
        }
    }

    /// The first index at or after `start` for which `skip` is false.
    func nextIndex(from start: Int, skipping skip: (Int) -> Bool) -> Int? {
        var j = start
        while j < items.count {
            if !skip(j) { return j }
            j += 1
        }
        return nil
    }

    /// The first index at or before `start` (going left) for which `skip` is false.
    func previousIndex(from start: Int, skipping skip: (Int) -> Bool) -> Int? {
        var j = start
        while j >= 0 {
            if !skip(j) { return j }
            j -= 1
        }
        return nil
    }

    mutating func use(_ indexes: Int...) { for i in indexes where i >= 0 && i < items.count { items[i].used = true } }

    /// Claims items as context that the statement need not show (see `Item.isContext`).
    mutating func useAsContext(_ indexes: Int...) {
        for i in indexes where i >= 0 && i < items.count {
            items[i].used = true
            items[i].isContext = true
        }
    }

    /// A reading's weight: its score, with a tie broken toward the subject table (the table
    /// named first), so "active" in "how many projects are active" is `projects.status`
    /// rather than `employees.is_active`.
    private func weight(_ match: Item.SchemaMatch) -> Int {
        let table: Int
        switch match.target {
        case .table(let t): table = t
        case .column(let ref, _), .value(let ref, _): table = ref.table
        }
        return match.score * 2 + (table == contextTables.first ? 1 : 0)
    }

    private enum ReadingKind { case table, column, value }

    private func kind(_ target: SchemaLexicon.Target) -> ReadingKind {
        switch target {
        case .table: return .table
        case .column: return .column
        case .value: return .value
        }
    }

    /// The strongest reading of an unused, non-keyword item; ties go to tables, then values.
    private func strongestReading(_ i: Int, columnFilter accept: (SchemaLexicon.Column) -> Bool) -> ReadingKind? {
        guard i >= 0, i < items.count, !items[i].used, items[i].keyword == nil else { return nil }
        var best: (weight: Int, rank: Int, kind: ReadingKind)?
        for match in items[i].schema {
            let k = kind(match.target)
            if case .column(let ref, _) = match.target, !accept(lexicon[ref]) { continue }
            let rank = k == .table ? 2 : k == .value ? 1 : 0
            let w = weight(match)
            if let current = best, (w, rank) <= (current.weight, current.rank) { continue }
            best = (w, rank, k)
        }
        return best?.kind
    }

    /// Whether the item reads as a column (and not as a keyword, table or value that beat it).
    func isColumn(_ i: Int, where accept: (SchemaLexicon.Column) -> Bool = { _ in true }) -> Bool {
        guard i >= 0, i < items.count, items[i].columns.contains(where: { accept(lexicon[$0.ref]) }) else { return false }
        return strongestReading(i, columnFilter: accept) == .column
    }

    /// A numeric column reading that ties with a table or value reading counts as the column
    /// where a measure is expected: "the average fee" in a `fees` table with a `fee` column,
    /// "total rain" where `rain` is also a weather value.
    func isMeasureColumn(_ i: Int, where accept: (SchemaLexicon.Column) -> Bool = { _ in true }) -> Bool {
        if isColumn(i, where: accept) { return true }
        guard isTable(i) || isValue(i) else { return false }
        let columnScore = items[i].columns.filter { accept(lexicon[$0.ref]) && lexicon[$0.ref].isNumeric }.map(\.score).max() ?? 0
        let otherScore = max(items[i].tableScore, items[i].values.map(\.score).max() ?? 0)
        return columnScore >= otherScore
    }

    func isTable(_ i: Int) -> Bool {
        strongestReading(i, columnFilter: { _ in true }) == .table
    }

    func isValue(_ i: Int) -> Bool {
        strongestReading(i, columnFilter: { _ in true }) == .value
    }

    func isNumber(_ i: Int) -> Bool {
        i >= 0 && i < items.count && !items[i].used && items[i].number != nil
    }

    /// The column an item names, choosing among equally good candidates by the tables in
    /// context and by a hint from the aggregate ("highest temperature" → `temp_max`).
    func column(_ i: Int, hint: AggregateFunction? = nil, where accept: (SchemaLexicon.Column) -> Bool = { _ in true }) throws(TranslationError) -> (
        ref: ColumnRef, negated: Bool
    )? {
        let candidates = items[i].columns.filter { accept(lexicon[$0.ref]) }
        guard let best = candidates.map(\.score).max() else { return nil }
        var top = candidates.filter { $0.score == best }
        if top.count > 1, let hint {
            let hinted = top.filter { lexicon[$0.ref].words.contains { SchemaLexicon.hintWords(for: hint).contains($0) } }
            if !hinted.isEmpty { top = hinted }
        }
        if top.count > 1 {
            let inContext = top.filter { contextTables.contains($0.ref.table) }
            if !inContext.isEmpty { top = inContext }
        }
        if top.count > 1 {
            // The same key seen from both sides of a foreign key is one thing.
            let refs = Set(top.map(\.ref))
            if let parent = top.first(where: { candidate in
                refs.allSatisfy { $0 == candidate.ref || lexicon.links.contains(ForeignKeyLink(child: $0, parent: candidate.ref)) }
            }) {
                top = [parent]
            }
        }
        if top.count > 1 {
            // Prefer the table mentioned first.
            let firstContext = contextTables.first { t in top.contains { $0.ref.table == t } }
            if let firstContext {
                let inFirst = top.filter { $0.ref.table == firstContext }
                if inFirst.count == 1 { top = inFirst }
            }
        }
        if top.count > 1 {
            // A plural noun against a count column and a date ("purchases": `purchase_count`
            // or `last_purchase`) means the count.
            let counts = top.filter { isCountLike($0.ref) }
            if counts.count == 1, top.allSatisfy({ isCountLike($0.ref) || lexicon[$0.ref].isTemporal }) { top = counts }
        }
        if top.count > 1 {
            // "dives" of `dive_number` (numbering the rows) and `dive_depth`: a
            // measure is never the numbering; anything else (a count, a list) is the rows.
            let numbering = top.filter { lexicon.numbersRows($0.ref) }
            if numbering.count == 1, top.count == 2 {
                let measured = hint.map { $0 != .count } ?? false
                top = measured ? top.filter { $0.ref != numbering[0].ref } : numbering
            }
        }
        if top.count > 1 {
            // "rest" of `rest_total`, `rest_deep` and `rest_cycle`: the whole measure.
            let said = Set(items[i].range.map { tokens[$0].lemma })
            let whole = top.filter { lexicon.isWholeMeasure($0.ref, namedBy: said) }
            if whole.count == 1 { top = whole }
        }
        if top.count > 1,
            let plain = lexicon.plainColumn(
                among: top.map(\.ref), phraseWords: SchemaLexicon.words(of: items[i].text), saidStems: saidStems)
        {
            top = top.filter { $0.ref == plain }
        }
        if top.count > 1 {
            throw ambiguity(items[i].text, top.map { qualifiedName($0.ref) })
        }
        return (top[0].ref, top[0].negated)
    }

    func qualifiedName(_ ref: ColumnRef) -> String {
        "\(lexicon.tables[ref.table].name).\(lexicon.columnName(ref))"
    }

    func ambiguity(_ phrase: String, _ candidates: [String]) -> TranslationError {
        let list =
            candidates.count == 2
            ? "\(candidates[0]) or \(candidates[1])"
            : candidates.dropLast().joined(separator: ", ") + " or " + (candidates.last ?? "")
        return TranslationError(
            kind: .ambiguous(phrase: phrase, candidates: candidates),
            message: "\"\(phrase)\" could mean \(list). Please name the column you mean.")
    }

    func unsupported(_ message: String) -> TranslationError {
        TranslationError(kind: .unsupported(message), message: message)
    }

    /// The value readings of an item, narrowed to one column by the tables in context.
    func valueChoice(_ i: Int, preferring column: ColumnRef? = nil) throws(TranslationError) -> (ref: ColumnRef, value: String)? {
        let values = items[i].values
        guard let best = values.map(\.score).max() else { return nil }
        var top = values.filter { $0.score == best }
        if let column, top.contains(where: { $0.ref == column }) { top = top.filter { $0.ref == column } }
        if Set(top.map(\.ref)).count > 1 {
            let inContext = top.filter { contextTables.contains($0.ref.table) }
            if !inContext.isEmpty { top = inContext }
        }
        if Set(top.map(\.ref)).count > 1 {
            // "Cambridge" of a district column holding `Cambridge` beside a town column holding
            // `CAMBRIDGE`: written as one column stores it, case and all, it is that column's.
            let written = items[i].text
            let exact = top.filter { $0.value == written }
            if !exact.isEmpty, Set(exact.map(\.ref)).count == 1 { top = exact }
        }
        if Set(top.map(\.ref)).count > 1 {
            throw ambiguity(items[i].text, top.map { "\(qualifiedName($0.ref)) = '\($0.value)'" })
        }
        return (top[0].ref, top[0].value)
    }

    /// Records a table mention (once per position).
    mutating func noteTable(_ table: Int, at position: Int) {
        if !meaning.tableMentions.contains(where: { $0.position == position }) {
            meaning.tableMentions.append((table, position))
        }
    }
}

extension SchemaLexicon {
    /// Column words that agree with an aggregate: `temp_max` for "highest temperature".
    static func hintWords(for function: AggregateFunction) -> Set<String> {
        switch function {
        case .maximum: return ["max", "maximum", "high", "highest", "top", "peak", "upper"]
        case .minimum: return ["min", "minimum", "low", "lowest", "bottom", "lower"]
        case .average: return ["avg", "average", "mean"]
        case .sum: return ["total", "sum"]
        case .count: return ["count", "number", "num"]
        }
    }
}
