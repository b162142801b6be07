import PlexeFoundation

/// Checks a completed reading against what the data can mean, before any SQL is written.
///
/// A reading can place every word and still be nonsense: "how many days were above 30" read
/// as the sum of a day-of-month column, "every quarter of 2008" as `quarter = 2008`. Such a
/// reading answers with confidence and is wrong; the person is better served by a 422 that
/// says which part did not make sense. These checks look only at column facts ingest
/// gathered (names, types, distinct values), never at particular datasets.
extension QueryPlanner {
    func checkSanity(_ m: Meaning) throws(TranslationError) {
        var measures = m.measures.map(\.measure) + [m.rankMeasure, m.orderMeasure].compactMap { $0 }
        for condition in m.conditions { if case .measure(let measure, _, _) = condition.kind { measures.append(measure) } }
        for measure in measures { try checkArithmetic(measure) }
        // Figures of two columns asked for with nothing joining them ("how much wider are
        // saplings than their orchards" read as one average and one maximum): the question asked
        // for one thing the reading did not understand.
        if !m.joinsFigures {
            var columns: [ColumnRef] = []
            for use in m.measures {
                if case .aggregate(_, let r) = use.measure, !columns.contains(r) { columns.append(r) }
            }
            if columns.count > 1 {
                let names = columns.map { lexicon.columnName($0) }
                throw TranslationError(
                    kind: .unplacedWords(names),
                    message:
                        "Could not tell how \(names.joined(separator: " and ")) relate in this question. Known tables and columns: \(lexicon.summary)."
                )
            }
        }
        // "The first month with …" of a table spanning years: the lowest month number is
        // January of any year, not the first month.
        for measure in measures {
            guard case .aggregate(let f, let ref) = measure, f == .minimum || f == .maximum, lexicon.isOrdinal(ref),
                !lexicon[ref].isYearNumber, lexicon.observedRange(ref) != nil,
                let year = lexicon.tables[ref.table].columns.first(where: { $0.isYearNumber && $0.ref != ref }),
                !m.conditions.contains(where: { refs(of: $0).contains(year.ref) })
            else { continue }
            throw unsupported(
                "\(lexicon.columnName(ref)) repeats every \(year.name); the \(f == .minimum ? "first" : "last") one is "
                    + "not its \(f == .minimum ? "lowest" : "highest") number. Please ask within one \(year.name), or for the rows.")
        }
        // "What is the first month?" of a table that spells its months by name (`Jan`…`Dec`)
        // with no monthly date beside them (`Interpreter.readMonthWordsAsPeriods` reads the
        // month from that date where there is one): names sort alphabetically, so their
        // minimum is "Apr", never the first month.
        for measure in measures {
            guard case .aggregate(let f, let ref) = measure, f == .minimum || f == .maximum, lexicon.holdsMonthNames(ref) else { continue }
            throw unsupported(
                "\(lexicon.columnName(ref)) holds month names, which sort alphabetically: the \(f == .minimum ? "lowest" : "highest") one is "
                    + "not the \(f == .minimum ? "first" : "last") month. Please ask for a date, or for the rows.")
        }
        for condition in m.conditions { try checkLiterals(condition) }
        try checkRowCountBeyondTheTable(m)
        try checkContradictoryValues(m)
        try checkCountOfOneRow(m)
        for measure in measures { try checkTotalOfFixedOrNumberingColumn(measure, m) }
        // Rows counted per value of a column that names each row are all 1: the count was
        // not what the question measured.
        for case .column(let ref) in m.groupings where lexicon[ref].unique {
            for measure in measures {
                guard case .rows(let t) = measure, t == nil || t == ref.table else { continue }
                let name = lexicon.columnName(ref)
                throw unsupported(
                    "Each \(name) is one row of \(lexicon.tables[ref.table].name), so counting its rows gives 1. Please name the column to measure.")
            }
        }
    }

    /// A count of rows bounded past the rows the table has ("parishes with more than 5,000
    /// pupils" of 300 parish rows, "pupils" taken for the rows): no group can have more
    /// rows than the whole table, so the number measured something the reading missed (a
    /// column that counts them).
    private func checkRowCountBeyondTheTable(_ m: Meaning) throws(TranslationError) {
        for condition in m.conditions {
            guard case .measure(.rows(let t), let op, let literal) = condition.kind, op == .greater || op == .greaterOrEqual,
                let table = t ?? m.subjectTable, lexicon.tables[table].rowCount > 0
            else { continue }
            let bound: Double
            switch literal {
            case .integer(let v): bound = Double(v)
            case .real(let v): bound = v
            case .text: continue
            }
            let rows = Double(lexicon.tables[table].rowCount)
            guard op == .greater ? bound >= rows : bound > rows else { continue }
            throw unsupported(
                "\(lexicon.tables[table].name) has \(lexicon.tables[table].rowCount) rows, so no group has more than \(literal.sql) of them: "
                    + "the number is not a count of its rows. Please name the column it is of.")
        }
    }

    /// Two different values required of the same thing at once: of one column ("how many more
    /// swarms did the meadow hives give than the orchard hives" read as `site = 'meadow' AND
    /// site = 'orchard'`), or two months or years of one date (two periods the reading did
    /// not take together). No row can meet both, so the reading joined what the question set
    /// against each other. (The numerator of a share is compared with the rest, not required
    /// with it.)
    private func checkContradictoryValues(_ m: Meaning) throws(TranslationError) {
        let isShare = m.measures.contains {
            if case .share = $0.measure { return true }
            return false
        }
        guard !isShare else { return }
        var required: [FixedTarget: SQLLiteral] = [:]
        for condition in m.conditions {
            let fixed: (target: FixedTarget, value: SQLLiteral)
            if let (ref, literal) = condition.requiredValue {
                fixed = (.column(ref), literal)
            } else if case .period(let target, .part(let format, let value)) = condition.kind {
                fixed = (.datePart(target.column, target.anchorTable, format), .text(value))
            } else {
                continue
            }
            if let earlier = required[fixed.target], earlier != fixed.value {
                switch fixed.target {
                case .column(let ref):
                    let name = lexicon.columnName(ref)
                    throw unsupported(
                        "The question asks for two values of \(name) at once, and no row has both. To compare them, ask for each, or \"by \(name)\".")
                case .datePart(let column, _, let format):
                    let periods = format == "%Y" ? "years" : format == "%m" ? "months" : "periods"
                    throw unsupported(
                        "The question asks for two \(periods)\(column.map { " of \(lexicon.columnName($0))" } ?? "") at once, and no row is in both. To take them together, list them (\"in June, July and August\"), ask for a range, or for each by period."
                    )
                }
            }
            required[fixed.target] = fixed.value
        }
    }

    /// What a condition can fix to one value: a column, or one part (year, month) of a date.
    private enum FixedTarget: Hashable {
        case column(ColumnRef)
        /// The date's column (or the table its phrase sits next to, while unresolved) and the
        /// `strftime` format of the part.
        case datePart(ColumnRef?, Int?, String)
    }

    /// A total that no one asks for: the sum of a column that numbers the rows (whole numbers,
    /// none repeated, from 0 or 1 up to about the number of rows: "how many trials" of a trial
    /// number 1..18 read as its sum), or of a column the conditions fix to one value ("how many
    /// properties have two bedrooms" read as the sum of the bedrooms where they are 2). Either
    /// reading placed "how many" on the wrong thing; the rows were what was counted, and the
    /// 422 says so.
    private func checkTotalOfFixedOrNumberingColumn(_ measure: Meaning.Measure, _ m: Meaning) throws(TranslationError) {
        guard case .aggregate(let f, let ref) = measure, f == .sum else { return }
        if lexicon.numbersRows(ref) {
            throw unsupported(
                "\(lexicon.columnName(ref)) numbers the rows of \(lexicon.tables[ref.table].name); its total means nothing. To count the rows, ask \"how many rows\" or name them by the table."
            )
        }
        if m.conditions.contains(where: { $0.requiredValue?.column == ref }) {
            throw unsupported(
                "The question fixes \(lexicon.columnName(ref)) to one value, so its total was not what was asked. To count the rows that have it, name them by the table (\(lexicon.tables[ref.table].name))."
            )
        }
    }

    /// Rows counted where a condition names one row by a column that never repeats ("how many
    /// workshops does Guild 7 have" of a table with one row per guild): the count is
    /// 1 whatever was asked, so what was asked is elsewhere (a column that counts, a related
    /// table) and was not understood.
    private func checkCountOfOneRow(_ m: Meaning) throws(TranslationError) {
        // ("How many rows are there for X": no table named; the rows counted are those the
        // conditions are on.)
        let conditionTables = Set(m.conditions.compactMap { try? conditionTable($0) })
        guard m.groupings.isEmpty, m.answerEntity == nil, m.measures.count == 1, case .rows(let t) = m.measures[0].measure,
            let counted = t ?? m.subjectTable ?? (conditionTables.count == 1 ? conditionTables.first : nil)
        else { return }
        if let ref = columnNamingOneRow(of: counted, m.conditions) {
            throw unsupported(
                "Each \(lexicon.columnName(ref)) is one row of \(lexicon.tables[counted].name), so counting its rows gives 1. "
                    + "Please name the column or the related table to count.")
        }
    }

    /// Adding up or averaging a column that numbers rows or periods (an id, a code, a year, a
    /// day of the month) measures nothing.
    private func checkArithmetic(_ measure: Meaning.Measure) throws(TranslationError) {
        switch measure {
        case .aggregate(let function, let ref), .conditional(let function, let ref, _):
            // (The table's key is not enough on its own: a unique count can look like one.)
            if function == .sum || function == .average, lexicon.isOrdinal(ref) {
                let name = lexicon.columnName(ref)
                throw unsupported(
                    "\(name) numbers or dates the rows of \(lexicon.tables[ref.table].name); "
                        + "its \(function == .sum ? "total" : "average") means nothing. "
                        + "To count rows, ask \"how many\" of the table; to rank, name the measure.")
            }
        case .averagePerEntity(let inner, _):
            try checkArithmetic(inner)
        case .combined(let a, _, let b):
            try checkArithmetic(a)
            try checkArithmetic(b)
        default:
            break
        }
    }

    /// A number compared with a column that cannot hold it ("quarter = 2008", "year = 1") is
    /// the sign of a number bound to the wrong column.
    private func checkLiterals(_ condition: Meaning.Condition) throws(TranslationError) {
        func number(_ literal: SQLLiteral) -> Double? {
            switch literal {
            case .integer(let v): return Double(v)
            case .real(let v): return v
            case .text: return nil
            }
        }
        func check(_ ref: ColumnRef, _ literal: SQLLiteral, exact: Bool) throws(TranslationError) {
            guard let value = number(literal), let range = lexicon.valueRange(ref) else { return }
            if range.contains(value) { return }
            // An equal value must be among those the column holds; a bound may lie outside
            // them ("more than 100" of values up to 90), but not by orders of magnitude.
            // (A column holding losses as well as gains is measured by its largest magnitude.)
            let magnitude = max(abs(range.lowerBound), abs(range.upperBound), 1)
            let far =
                value > 0 && range.lowerBound >= 0 && value * 10 < range.lowerBound
                || abs(value) > 10 * magnitude
            // A bound that every row, or no row, of the column meets, and lies further from the
            // values than they spread ("Year > 1000" of years 1700 to 1780), selects nothing the
            // question could mean: the number was about another column.
            // (Only against the values ingest saw, not what a name allows.)
            let spread = range.upperBound - range.lowerBound
            let vacuous = !exact && lexicon[ref].loadedRange != nil && (value < range.lowerBound - spread || value > range.upperBound + spread)
            guard exact || far || vacuous else { return }
            let name = lexicon.columnName(ref)
            throw unsupported(
                "\(SQLLiteral.number(value).sql) does not fit \(name), which holds values from "
                    + "\(SQLLiteral.number(range.lowerBound).sql) to \(SQLLiteral.number(range.upperBound).sql). "
                    + "Please name the column the number is about.")
        }
        switch condition.kind {
        case .compare(let ref, let op, let literal):
            try check(ref, literal, exact: op == .equal)
        case .between(let ref, let low, let high):
            // Both ends outside on the same side: nothing of the column is in between.
            if let range = lexicon.valueRange(ref), let a = number(low), let b = number(high),
                (a > range.upperBound && b > range.upperBound) || (a < range.lowerBound && b < range.lowerBound)
            {
                try check(ref, low, exact: true)
            }
        case .oneOf(let ref, let literals, false):
            for literal in literals { try check(ref, literal, exact: true) }
        case .either(let a, let b):
            try checkLiterals(Meaning.Condition(kind: a.kind, position: condition.position))
            try checkLiterals(Meaning.Condition(kind: b.kind, position: condition.position))
        default:
            break
        }
    }
}

extension SchemaLexicon {
    /// Words that make a column an identifier or a code: `station_id`, `zip_code`, `order_no`.
    static let identifierWords: Set<String> = ["id", "code", "key", "no", "nr", "zip", "zipcode", "postcode", "isbn"]
    /// Calendar words, with the values a column named by them alone can hold.
    static let calendarRanges: [String: ClosedRange<Double>] = [
        "month": 1...12, "mo": 1...12, "quarter": 1...4, "qtr": 1...4, "week": 0...53, "wk": 0...53,
        "day": 1...31, "dayofmonth": 1...31, "weekday": 0...7, "dow": 0...7,
    ]

    /// The smallest and largest value of a numeric column: from its distinct values when
    /// ingest kept them, else what its calendar name allows (a `month` is 1 to 12, a year
    /// column holds years). Nil when nothing is known.
    func observedRange(_ ref: ColumnRef) -> ClosedRange<Double>? {
        let column = self[ref]
        guard column.isNumeric, !column.isBooleanLike else { return nil }
        if let values = column.distinctValues, !values.isEmpty {
            let numbers = values.compactMap(Double.init)
            if numbers.count == values.count, let low = numbers.min(), let high = numbers.max() { return low...high }
        }
        if column.isYearNumber, let last = column.words.last, last == "year" || last == "yr" { return 1000...2999 }
        if let range = calendarRange(of: column) { return range }
        return nil
    }

    /// The values a numeric column holds: the smallest and largest ingest saw when it kept
    /// them (exact), else `observedRange`. Used to check a number against its column; the
    /// other uses of `observedRange` (which columns are calendar parts) keep its narrower sense.
    func valueRange(_ ref: ColumnRef) -> ClosedRange<Double>? {
        let column = self[ref]
        guard column.isNumeric, !column.isBooleanLike else { return nil }
        return column.loadedRange ?? observedRange(ref)
    }

    /// Calendar parts from the finest: a row per day, week, month or quarter.
    private static let calendarGrain: [String: Int] = [
        "day": 0, "dayofmonth": 0, "week": 1, "wk": 1, "month": 2, "mo": 2, "quarter": 3, "qtr": 3,
    ]

    /// A calendar part column (`Day`, `Month`) that is the finest of its table: each row is
    /// one such period, so "how many days" counts the rows.
    func isFinestCalendarPart(_ ref: ColumnRef) -> Bool {
        func grain(_ column: Column) -> Int? {
            guard column.type == .integer, calendarRange(of: column) != nil, isOrdinal(column.ref) else { return nil }
            let words = column.words.filter { $0 != "of" && $0 != "the" }
            return SchemaLexicon.calendarGrain[words.count == 2 && words[1] == "month" ? "dayofmonth" : words[0]]
        }
        guard let mine = grain(self[ref]) else { return false }
        return tables[ref.table].columns.allSatisfy { other in other.ref == ref || (grain(other).map { $0 > mine } ?? true) }
    }

    /// The calendar part a whole-number column holds ("day", "week", "month", "quarter"), when
    /// its name says so and its values fit.
    func calendarPart(_ ref: ColumnRef) -> String? {
        let column = self[ref]
        guard column.type == .integer, calendarRange(of: column) != nil, isOrdinal(ref) else { return nil }
        let words = column.words.filter { $0 != "of" && $0 != "the" }
        switch words.count == 2 ? (words[1] == "month" ? "dayofmonth" : "weekday") : words[0] {
        case "day", "dayofmonth": return "day"
        case "week", "wk": return "week"
        case "month", "mo": return "month"
        case "quarter", "qtr": return "quarter"
        default: return nil
        }
    }

    private func calendarRange(of column: Column) -> ClosedRange<Double>? {
        let words = column.words.filter { $0 != "of" && $0 != "the" }
        guard words.count == 1 || (words.count == 2 && words[0] == "day") else { return nil }
        if words.count == 2 { return SchemaLexicon.calendarRanges[words[1] == "month" ? "dayofmonth" : "weekday"] }
        return SchemaLexicon.calendarRanges[words[0]]
    }

    /// Whether the column numbers its table's rows: whole numbers, none repeated, from 0 or 1
    /// up to about the number of rows (a run, a position, a row number). "How many" of it
    /// counts the rows; its total means nothing.
    func numbersRows(_ ref: ColumnRef) -> Bool {
        let column = self[ref]
        let rows = tables[ref.table].rowCount
        guard rows > 1, column.type == .integer, column.unique, !column.isBooleanLike, let range = column.loadedRange else { return false }
        return range.lowerBound >= 0 && range.lowerBound <= 1 && range.upperBound <= Double(rows) * 1.05
    }

    /// A numeric column that numbers or dates the rows rather than measuring them: an
    /// identifier or code, a year, or a calendar part (a day of the month,
    /// a quarter) whose values stay within the calendar's. Its sum or average is never a
    /// sensible answer.
    func isOrdinal(_ ref: ColumnRef) -> Bool {
        let column = self[ref]
        guard column.isNumeric else { return false }
        if let last = column.words.last, SchemaLexicon.identifierWords.contains(last) { return true }
        if column.isYearNumber {
            // A year column holds years; a count of years (`years_of_service`) does not.
            guard let range = observedRange(ref) else { return false }
            return range.lowerBound >= 1000
        }
        if let calendar = calendarRange(of: column) {
            // `days` counting a stay can exceed a month's 31; a day of the month cannot.
            if let values = column.distinctValues?.compactMap(Double.init), let high = values.max(), let low = values.min() {
                return calendar.contains(high) && calendar.contains(low)
            }
            return column.type == .integer
        }
        return false
    }
}
