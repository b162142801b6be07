/// Rate phrases that only restate the unit of a measure, on tables that keep no time: "the
/// weekly wage", "35 shillings a week", "10 hours a week", "exercise per week" of
/// `trades(trade, wage)` or `records(subject, age, exercise)`. With no date, no year and no
/// period column, "weekly" cannot group or pick weeks; what it can say is that the measure
/// it is attached to is a weekly figure, which the column already holds. Where any table
/// keeps time, the words keep their meaning (grouping by week, a date range), as before.
extension Interpreter {
    /// Adjectives of a period that say a figure is counted per that period.
    static let rateAdjectives: Set<String> = ["weekly", "daily", "monthly", "yearly", "annual", "hourly", "quarterly"]
    /// Period nouns of "a week", "per day", "an hour".
    static let ratePeriodNouns: Set<String> = ["week", "day", "month", "year", "hour", "quarter"]

    /// Absorbs the rate phrase into the measure it is said of:
    /// - an adjective right before a numeric column's noun or a money noun ("the weekly pay",
    ///   "the average weekly exercise");
    /// - "a"/"an"/"per" and a period after a numeric column's noun ("exercise per week"),
    ///   after a number compared ("more than 35 shillings a week", "more than 10 hours a
    ///   week": the number, with its unit where linking joined them), or after a unit word
    ///   right after such a number or after "how many" ("how many hours a week").
    ///
    /// Never where the measure is counted or summed ("how many injuries per year", "the
    /// number of deaths per year", "the total weekly cost"): a count per period of rows that
    /// have no period is not the column's figure, and stays refused. Never after a noun of
    /// the rows ("how many accidents a year"), which is no measure.
    mutating func absorbRatesOfUndatedMeasures() {
        guard !lexicon.keepsTime else { return }
        var j = items.count - 1
        while j >= 0 {
            defer { j -= 1 }
            guard j < items.count, case .datePart? = items[j].keyword, !items[j].used, items[j].range.count == 1 else { continue }
            let word = tokens[items[j].range.lowerBound].lower
            if Self.rateAdjectives.contains(word) {
                guard j + 1 < items.count, restatedMeasure(j + 1), !isCountedOrSummed(before: j) else { continue }
                absorb(rate: j, into: j + 1)
            } else if Self.ratePeriodNouns.contains(word), j >= 2, !items[j - 1].used, items[j - 1].range.count == 1,
                ["a", "an", "per"].contains(tokens[items[j - 1].range.lowerBound].lower), isRated(j - 2)
            {
                merge((j - 2)...j)
                j -= 2
            }
        }
    }

    /// Whether the item at `k` names one measure a rate may be of: one numeric column (no
    /// count noun such as "number", no identifier, no year), or a money noun ("pay") whose
    /// column the tables have.
    private func restatedMeasure(_ k: Int) -> Bool {
        guard !items[k].used, items[k].range.count == 1 else { return false }
        let lemma = tokens[items[k].range.lowerBound].lemma
        guard !["number", "count", "total", "sum", "amount"].contains(lemma) else { return false }
        if case .verb(let concept)? = items[k].keyword, concept != .sell {
            return lexicon.measureColumn(for: concept, preferring: contextTables) != nil
        }
        guard items[k].keyword == nil, !items[k].hasValue, let best = items[k].columns.map(\.score).max(), best >= 2,
            best >= items[k].bestSchemaScore
        else { return false }
        let top = Set(items[k].columns.filter { $0.score == best }.map(\.ref))
        guard top.count == 1, let ref = top.first else { return false }
        let column = lexicon[ref]
        return column.isNumeric && !column.isBooleanLike && !column.isYearNumber && !lexicon.isIdentifier(ref)
    }

    /// "how many", "the number of", "the total" just before `k` (past articles).
    private func isCountedOrSummed(before k: Int) -> Bool {
        guard let p = previousIndex(from: k - 1, skipping: { isArticle($0) && tokens[items[$0].range.lowerBound].lower != "of" }) else {
            return false
        }
        switch items[p].keyword {
        case .count?, .aggregate(.sum)?, .aggregate(.count)?, .inTotal?: return true
        default: break
        }
        // "the number of injuries per year", "the count of …".
        if tokens[items[p].range.lowerBound].lower == "of", p >= 1 {
            return ["number", "count", "total", "sum"].contains(tokens[items[p - 1].range.upperBound - 1].lemma)
        }
        return false
    }

    /// Whether the item at `k`, before "a week", is what the rate is of: a measure not
    /// counted or summed, a number compared, or a unit word after a compared number or
    /// after "how many".
    private func isRated(_ k: Int) -> Bool {
        guard k >= 0, !items[k].used else { return false }
        if restatedMeasure(k) { return !isCountedOrSummed(before: k) }
        if items[k].number != nil, items[k].date == nil { return isComparedNumber(k) }
        guard items[k].number == nil, k >= 1 else { return false }
        let unit = tokens[items[k].range.lowerBound].lower
        guard PhysicalUnit.written(unit) != nil || SchemaLexicon.isCurrencyName(unit) else { return false }
        if case .count? = items[k - 1].keyword { return true }
        return items[k - 1].number != nil && items[k - 1].date == nil && isComparedNumber(k - 1)
    }

    /// A comparison ("more than", "above", "between … and") comes right before the number.
    private func isComparedNumber(_ k: Int) -> Bool {
        guard let p = previousIndex(from: k - 1, skipping: { isArticle($0) }) else { return false }
        switch items[p].keyword {
        case .compare?, .between?, .and?, .than?: return true
        default: return false
        }
    }

    /// One item of the rate adjective and the measure after it, with the measure's readings.
    private mutating func absorb(rate j: Int, into k: Int) {
        var measure = items[k]
        merge(j...k)
        measure = Item(
            range: items[j].range, text: items[j].text, keyword: measure.keyword, alternateKeyword: measure.alternateKeyword,
            schema: measure.schema, number: measure.number, isInteger: measure.isInteger, date: measure.date, literal: measure.literal,
            isQuoted: measure.isQuoted, valuePart: measure.valuePart, isUnknown: measure.isUnknown, used: measure.used)
        items[j] = measure
    }
}

extension SchemaLexicon {
    /// Whether any table keeps time: a date, a year number, or a column named after a period
    /// or a time (`week`, `month_no`, `time`). Stored as `keepsTime` when the lexicon is built.
    static func findKeepsTime(in tables: [Table]) -> Bool {
        let periodWords: Set<String> = ["date", "time", "year", "yr", "quarter", "month", "week", "day", "hour", "period", "season", "decade"]
        return tables.flatMap(\.columns).contains { $0.isTemporal || $0.isYearNumber || $0.words.contains(where: periodWords.contains) }
    }
}
