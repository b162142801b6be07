extension SchemaLexicon {
    /// Calendar words that, in the plural, measure a span rather than count things
    /// (`tenure_years`, `stay_days`).
    static let spanWords: Set<String> = ["year", "month", "week", "day", "hour", "minute", "second", "decade", "quarter"]

    /// A whole-number column that counts things, named after them in the plural (`storms`,
    /// `Arrests`, `BILLS2019`, `NewHiresK`) or with a count word (`visit_count`): each row
    /// holds how many of them there were, so "how many storms", "the most storms" and "storms
    /// by region" add the column up — never count rows, average or take the largest row.
    /// Plurals of units and calendar words (`age_years`, `weight_lbs`) measure, not count;
    /// decimals count only when the name gives them a scale (`NewHiresK`).
    func countsThings(_ ref: ColumnRef) -> Bool {
        if ref == anonymousCount { return true }
        let column = self[ref]
        // (A count in thousands, `JobsK`, is stored with decimals.)
        guard column.type == .integer || column.type == .float && unitScale(ref) != nil, !column.isBooleanLike, !isOrdinal(ref) else {
            return false
        }
        if column.words.contains(where: { SchemaLexicon.countWords.contains($0) }) { return true }
        if column.words.contains(where: { SchemaLexicon.identifierWords.contains($0) || SchemaLexicon.spanWords.contains($0) }) {
            return false
        }
        // The head noun: the last word of three letters or more that is not a unit.
        let words = Tokenizer.splitIdentifier(column.name).map { String($0.lowercased().filter(\.isLetter)) }
        guard let head = words.last(where: { $0.count >= 3 && SchemaLexicon.unitSpellings(of: $0) == nil }) else { return false }
        let singular = Morphology.singular(head)
        return singular != head && SchemaLexicon.unitSpellings(of: singular) == nil && !SchemaLexicon.spanWords.contains(singular)
    }
}

extension SchemaLexicon {
    /// Names that say a column holds a number of something without saying of what: R's
    /// response `y`, a bare `count`. (Not a frequency, `n` or `Freq`: in a table of counts by
    /// category the act noun often names a category too, "rejections" of `Admit`; nor a
    /// quantity, which counts goods, not acts.)
    static let anonymousCountNames: Set<String> = ["y", "count", "cnt", "number", "num"]

    /// The one whole-number column of the upload named only as a count (`anonymousCountNames`;
    /// not a yes/no flag, an identifier or an ordinal, never below zero), which an act noun the
    /// schema does not spell ("accidents", "deaths") may count; nil when there is none or more
    /// than one. It counts things (`countsThings`): the deaths of a year are the sum over its
    /// rows.
    func findAnonymousCount() -> ColumnRef? {
        guard frequencyColumns.allSatisfy({ $0 == nil }) else { return nil }
        var found: ColumnRef?
        for table in tables {
            for column in table.columns
            where column.type == .integer && SchemaLexicon.anonymousCountNames.contains(column.name.lowercased()) && !column.isBooleanLike
                && !isIdentifier(column.ref) && !isOrdinal(column.ref) && (valueRange(column.ref)?.lowerBound ?? -1) >= 0
            {
                if found != nil { return nil }
                found = column.ref
            }
        }
        return found
    }
}

extension SchemaLexicon {
    /// How many units one stored value stands for, where the name says so (`income_k`,
    /// `JobsK`, `residents_millions`: `Column.unitScale`, the one reading of a name's scale
    /// that linking uses too); nil when the values are in plain units.
    func unitScale(_ ref: ColumnRef) -> Double? {
        let scale = self[ref].unitScale
        return scale > 1 ? scale : nil
    }
}

extension QueryPlanner {
    /// "more than 2 million" of a column counted in thousands is `> 2000`: a number written
    /// in full is brought to the column's unit when only the rescaled number fits the values
    /// the column holds (a number that already fits was written in the column's unit), or,
    /// where those are unknown, when it is a thousand times the scale or more.
    func rescaleToColumnUnits(_ m: inout Meaning) {
        func rescaled(_ ref: ColumnRef, _ literal: SQLLiteral) -> SQLLiteral {
            guard let scale = lexicon.unitScale(ref) else { return literal }
            let value: Double
            switch literal {
            case .integer(let v): value = Double(v)
            case .real(let v): value = v
            case .text: return literal
            }
            guard value >= scale else { return literal }
            if let range = lexicon.valueRange(ref) {
                guard !range.contains(value), value / scale <= range.upperBound * 10 else { return literal }
            } else if value < scale * 1000 {
                // Values unknown: only a number a thousand times the scale ("2 million" of
                // thousands) is surely written in full.
                return literal
            }
            return .number(value / scale)
        }
        func rescale(_ kind: Meaning.Condition.Kind) -> Meaning.Condition.Kind {
            switch kind {
            case .compare(let ref, let op, let literal): return .compare(ref, op, rescaled(ref, literal))
            case .between(let ref, let low, let high): return .between(ref, rescaled(ref, low), rescaled(ref, high))
            case .either(let a, let b):
                return .either(
                    Meaning.Condition(kind: rescale(a.kind), position: a.position), Meaning.Condition(kind: rescale(b.kind), position: b.position))
            default: return kind
            }
        }
        for k in m.conditions.indices { m.conditions[k].kind = rescale(m.conditions[k].kind) }
    }
}

/// Frequency tables: one row per combination of categories and a column saying how many
/// people or things share it (`survey_counts(Region, Smoker, AgeBand, N)`). A row is not one
/// of the things asked about, so "how many smokers" is `SUM(N)`, never `COUNT(*)`.
extension SchemaLexicon {
    /// Names a careful person reads as "how many had this combination": short count words and
    /// the nouns of weighting. (A `total` or `amount` could be money; it is left out.)
    static let frequencyWords: Set<String> = [
        "freq", "frequency", "frequencies", "n", "count", "counts", "cnt", "number", "num", "weight", "wt", "persons", "people", "tally",
        "headcount",
    ]

    /// The column that weighs each row of a frequency table (`frequencyColumns`, found once).
    func frequencyColumn(of table: Int) -> ColumnRef? { frequencyColumns.indices.contains(table) ? frequencyColumns[table] : nil }

    /// `frequencyColumn(of:)`, worked out from the columns. Each condition keeps out a table
    /// whose rows are things in their own right:
    /// - exactly one whole-number column named only with frequency words — a second one, or a
    ///   decimal, would be a measure of each row, and the rows would be things, not tallies;
    /// - its values are never negative (a count cannot be; a balance or change can);
    /// - at least two other columns, all categorical (text, yes/no, or whole numbers with few
    ///   values, `Class` 1–3), none unique and no other key — a unique name or identifier makes each
    ///   row one thing, and a date or measure makes the rows observations;
    /// - as many rows as it takes to cross the categories at most, so each row is one
    ///   combination.
    func findFrequencyColumn(of table: Int) -> ColumnRef? {
        let t = tables[table]
        guard t.columns.count >= 3 else { return nil }
        let weights = t.columns.filter { column in
            column.type == .integer && !column.isBooleanLike && !column.words.isEmpty
                && column.words.allSatisfy { SchemaLexicon.frequencyWords.contains($0) }
        }
        guard weights.count == 1, let weight = weights.first, let range = valueRange(weight.ref), range.lowerBound >= 0,
            // (A few combinations may each have a different count, which makes the weight look
            // like a key; it is named as a count, so it is not one.)
            t.keyColumn == nil || t.keyColumn == weight.ref.column
        else { return nil }
        var combinations = 1
        for column in t.columns where column.ref != weight.ref {
            guard !column.unique, let values = column.distinctValues, !values.isEmpty else { return nil }
            let categorical = column.isBooleanLike || column.isText || column.type == .integer && values.count <= 12
            guard categorical else { return nil }
            // (Saturating: many wide categories cross into more combinations than an Int holds.)
            let product = combinations.multipliedReportingOverflow(by: values.count)
            combinations = product.overflow ? Int.max : product.partialValue
        }
        guard t.rowCount <= combinations else { return nil }
        return weight.ref
    }
}

extension SchemaLexicon {
    /// A whole-number column named by an adjective that qualifies the things it counts
    /// (`Severe`, `Paralytic`, `NonFatal`: "how many severe cases" of a table of case counts per
    /// group): each row holds how many such cases its group had, so the cases are the column's
    /// sum, not the rows. `countsThings` cannot see it — the name has no plural noun; the noun
    /// ("cases") is the generic thing counted and is left to the question. Each condition keeps
    /// out a column that is a number but no count:
    /// - whole numbers never below zero (a count cannot be negative; a change or score can);
    /// - not yes/no (0/1 says whether, not how many), not an ordinal, rank or key, not a date
    ///   or year, no identifier, span or unit word (`Age`, `Year`, `Code`);
    /// - the name's last word is an adjective for WordNet (a noun such as `Age` or `Grade` names
    ///   what is measured, not a kind of thing), and any word before it a negating prefix.
    ///
    /// `evenAsKey` accepts the table's key too: in a small table a count can be the first
    /// column with no value repeated, and be taken for the key; the caller refuses then.
    func countsQualifiedThings(_ ref: ColumnRef, wordNet: WordNet?, evenAsKey: Bool = false) -> Bool {
        let column = self[ref]
        guard let wordNet, column.type == .integer, !column.isBooleanLike, !column.isTemporal, !isOrdinal(ref), periods[ref] == nil,
            evenAsKey || tables[ref.table].keyColumn != ref.column, let range = valueRange(ref), range.lowerBound >= 0,
            let last = column.words.last, column.words.dropLast().allSatisfy({ SchemaLexicon.negatingPrefixes.contains($0) }),
            !column.words.contains(where: {
                SchemaLexicon.identifierWords.contains($0) || SchemaLexicon.spanWords.contains($0) || SchemaLexicon.unitSpellings(of: $0) != nil
            })
        else { return false }
        return wordNet.synsets(last, .adjective).count >= max(1, wordNet.synsets(last, .noun).count)
    }

    /// Words that turn the adjective after them into its opposite in a column name (`NonFatal`).
    static let negatingPrefixes: Set<String> = ["non", "not", "un"]
}

/// Tables whose rows are months and that also spell each row's month by name (`month` =
/// `Jan`…`Dec` beside a `date` column with one date a month). The names repeat every year and
/// sort alphabetically, so they never stand for the month a row is: "the first month with …",
/// "how many months of records" are the dates.
extension SchemaLexicon {
    /// Whether the column holds month names only (`Jan`…`Dec`, `January`…`December`).
    func holdsMonthNames(_ ref: ColumnRef) -> Bool {
        let column = self[ref]
        guard column.isText, let values = column.distinctValues, values.count >= 2 else { return false }
        return values.allSatisfy { EnglishLexicon.monthNames[$0.lowercased()] != nil }
    }

    /// The date column of a table of month names whose dates are one a month (`periods`): the
    /// column the month names stand beside, and that says which month a row is.
    func monthlyDate(besideMonthNames ref: ColumnRef) -> ColumnRef? {
        guard holdsMonthNames(ref) else { return nil }
        let dates = dateColumns(of: ref.table).filter { periods[$0] == .month }
        return dates.count == 1 ? dates[0] : nil
    }
}

extension SchemaLexicon {
    /// The one column of a table of periods (one row a month or a year: a unique date with a
    /// `periods` spacing, or a unique year) that is named only as a count (`count`, `n`,
    /// `number`, `freq`) and holds whole numbers never below zero: each row says how many of
    /// the things the table is named after there were in its period, so "how many loans in
    /// 1993" of `monthly_loans(date, month, count)` adds it up — the rows are months, and
    /// there are twelve of them in any year.
    func periodTally(of table: Int) -> ColumnRef? {
        let t = tables[table]
        guard t.columns.contains(where: { $0.unique && (periods[$0.ref] != nil) }) else { return nil }
        let counts = t.columns.filter { column in
            column.type == .integer && !column.isBooleanLike && !column.words.isEmpty
                && column.words.allSatisfy { SchemaLexicon.frequencyWords.contains($0) || SchemaLexicon.countWords.contains($0) }
        }
        guard counts.count == 1, let range = valueRange(counts[0].ref), range.lowerBound >= 0 else { return nil }
        return counts[0].ref
    }
}
