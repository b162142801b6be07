import PlexeFoundation

/// Small shapes of English that a word-by-word reading gets backwards, each a general rule:
/// - speed said of a time: the fastest time is the lowest ("the fastest lap time", "the
///   quickest trip duration");
/// - a dimension adjective after a measured number restates the comparison ("at most 3 miles
///   long", "at least 6 feet tall"): it is no superlative;
/// - "combined" / "in total" before a measure sums it ("the combined value of all firms");
/// - "how many of the top N …" keeps the rows ranked N or better by the table's rank column;
/// - "how many … got the highest X" counts the rows holding the highest X.
extension Interpreter {
    /// Speed adjectives before a column that measures a time (its unit is one, or it is
    /// named a time or duration), or compared with an amount of time ("slower than 300 ms"):
    /// faster is less time. Run after linking, before the shapes.
    mutating func turnSpeedOnDurations() {
        for i in items.indices where !items[i].used {
            guard case .adjective(.speed, let direction?)? = items[i].keyword,
                var n = nextIndex(from: i + 1, skipping: { isArticle($0) })
            else { continue }
            // "slower than 300 ms": the unit after the number says what is compared.
            if keyword(n) == .than, n + 2 < items.count, items[n + 1].number != nil, items[n + 2].range.count == 1 {
                if PhysicalUnit.written(tokens[items[n + 2].range.lowerBound].lower)?.dimension == .time {
                    items[i].keyword = .adjective(.speed, direction == .descending ? .ascending : .descending)
                    continue
                }
                n += 2
            }
            guard items[n].keyword == nil, let top = items[n].columns.map(\.score).max() else { continue }
            let named = items[n].columns.filter { $0.score == top }.map { lexicon[$0.ref] }
            guard !named.isEmpty, named.allSatisfy({ measuresDuration($0) }) else { continue }
            items[i].keyword = .adjective(.speed, direction == .descending ? .ascending : .descending)
        }
    }

    private func measuresDuration(_ column: SchemaLexicon.Column) -> Bool {
        guard column.isNumeric, !column.isBooleanLike else { return false }
        if PhysicalUnit.ofColumn(words: column.words, name: column.name)?.dimension == .time { return true }
        return column.words.contains { $0 == "time" || $0 == "duration" }
    }

    /// "which trails are at most 3 miles long", "climbers at least 6 feet tall": the adjective
    /// after a number that was compared (with its unit word between) only names the dimension
    /// compared. Run after the comparisons, before the measures.
    mutating func absorbDimensionAfterComparedNumbers() {
        for k in items.indices where !items[k].used {
            guard case .adjective(let dimension, _?)? = items[k].keyword, dimension != .time else { continue }
            let word = tokens[items[k].range.upperBound - 1].lower
            guard !word.hasSuffix("est"), !word.hasSuffix("er"), items[k].range.count == 1 else { continue }
            var p = k - 1
            if p >= 0, items[p].number == nil, items[p].range.count == 1, PhysicalUnit.written(tokens[items[p].range.lowerBound].lower) != nil {
                p -= 1
            }
            guard p >= 0, items[p].used, items[p].number != nil,
                meaning.conditions.contains(where: { $0.position == p || $0.position == p - 1 || $0.position == p + 1 })
            else { continue }
            use(k)
        }
    }

    /// "the combined turnover of all firms": "combined" (an
    /// `inTotal` word) right before a numeric measure column is its sum. Run before the
    /// measures.
    mutating func readCombinedMeasure() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            guard keyword(i) == .inTotal, let k = nextIndex(from: i + 1, skipping: { isArticle($0) }), !items[k].used,
                isMeasureColumn(k, where: { $0.isNumeric && !$0.isBooleanLike }),
                let (ref, negated) = try column(k, where: { $0.isNumeric && !$0.isBooleanLike }), !negated, !lexicon.isOrdinal(ref)
            else { continue }
            meaning.measures.append(Meaning.MeasureUse(measure: .aggregate(.sum, ref), position: k))
            use(i, k)
        }
    }

    /// "How many of the top 100 firms …": the rows ranked 100 or better, by the column that
    /// ranks the table's rows (`rankColumn`); refused when the table has none (ranking by a
    /// measure first is not what this reading can write). Run before the ranking.
    mutating func readCountOfTop() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            guard case .top(.descending)? = keyword(i), let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), isNumber(n),
                items[n].isInteger, let value = items[n].number, value >= 1,
                // ("of" itself counts as an article to `isArticle`.)
                let of = previousIndex(from: i - 1, skipping: { ["the", "these", "those"].contains(tokens[items[$0].range.lowerBound].lower) }),
                of >= 1, tokens[items[of].range.lowerBound].lower == "of",
                items[of].range.count == 1, keyword(of - 1) == .count
            else { continue }
            let t = nextIndex(from: n + 1, skipping: { isArticle($0) })
            let table = t.flatMap { isTable($0) ? items[$0].table : nil } ?? meaning.subjectTable ?? contextTables.first
            guard let table, let rank = rankColumn(of: table) else {
                throw TranslationError(
                    kind: .unsupported("top"),
                    message: "\"the top \(Int(value))\" needs a column that ranks the rows, and none was found. Please name the measure to rank by.")
            }
            meaning.conditions.append(Meaning.Condition(kind: .compare(rank, .lessOrEqual, .integer(Int64(value))), position: n))
            use(i, n, of)
        }
    }

    /// The column that ranks a table's rows: whole numbers, none repeated, from 1 up to about
    /// the number of rows (a rank or position), and not an identifier by its name.
    func rankColumn(of table: Int) -> ColumnRef? {
        let rows = lexicon.tables[table].rowCount
        let ranks = lexicon.tables[table].columns.filter { column in
            guard column.type == .integer, column.unique, let range = column.loadedRange, range.lowerBound == 1,
                range.upperBound <= Double(rows) * 1.05, !column.isBooleanLike
            else { return false }
            // (It may well be the table's key: a rank names its row.)
            return !(column.words.last.map { SchemaLexicon.identifierWords.contains($0) } ?? false)
        }
        return ranks.count == 1 ? ranks.first?.ref : nil
    }

    /// "How many hens got the highest ration": a count of rows next to the extreme of a column
    /// (with no "and" between, no groups and nothing ranked) counts the rows that hold it.
    /// Run after the measures.
    mutating func countRowsHoldingTheExtreme() {
        guard meaning.measures.count == 2, meaning.groupings.isEmpty, meaning.answerEntity == nil, meaning.rankMeasure == nil,
            meaning.limit == nil, case .rows = meaning.measures[0].measure,
            case .aggregate(let function, let ref) = meaning.measures[1].measure, function == .maximum || function == .minimum
        else { return }
        let from = meaning.measures[0].position
        let to = meaning.measures[1].position
        guard from < to, !(from..<to).contains(where: { keyword($0) == .and || tokens[items[$0].range.lowerBound].lower == "," }) else {
            return
        }
        meaning.measures.removeLast()
        meaning.conditions.append(Meaning.Condition(kind: .compareToAggregate(ref, .equal, function), position: to))
    }

    /// "the captain's height", "mate height" where `captain` and `mate` hold heights: a
    /// noun after a measure column that only names what is measured (an attribute noun in
    /// WordNet: height, weight, length, age, temperature) and names other columns less well
    /// than that column is named (`sailor_height`) restates that column; taken on its own it would add a column
    /// of another table. Run after linking.
    mutating func absorbAttributeNounAfterMeasureColumn() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            let p = i - 1
            guard !items[i].used, items[i].keyword == nil, items[i].range.count == 1, !items[p].used, items[p].keyword == nil,
                items[i].tableScore == 0, !items[i].columns.isEmpty, items[i].values.isEmpty
            else { continue }
            let owners = items[p].columns.filter {
                $0.score >= 3 && !$0.negated && lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike && !lexicon.isOrdinal($0.ref)
            }
            // (The noun names its other columns less well than the column before it is named:
            // "height" of `sailor_height` is its name without the table's word, 3 to 4.)
            guard owners.count == 1, let owner = owners.first, owner.score >= items[p].bestSchemaScore, items[i].bestSchemaScore < owner.score,
                !items[i].columns.contains(where: { $0.ref == owner.ref })
            else { continue }
            let lemma = tokens[items[i].range.lowerBound].lemma
            guard !lexicon[owner.ref].words.contains(lemma), let wordNet = WordNet.shared, let synset = wordNet.firstSynset(lemma, .noun),
                wordNet.follow(synset).contains(where: { $0.relation == .attribute })
            else { continue }
            merge(p...i)
            items[p].schema = [Item.SchemaMatch(target: .column(owner.ref, negated: false), score: owner.score)]
        }
    }
}
