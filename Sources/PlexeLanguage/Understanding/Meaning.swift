/// What a question asks, in schema terms but before any SQL: the measures, conditions,
/// groupings and ordering the interpreter found. The planner turns it into one statement.
struct Meaning: Sendable {
    /// A quantity the answer reports or orders by.
    indirect enum Measure: Sendable, Equatable {
        /// `COUNT(*)` of a table's rows; nil means the rows of the subject table.
        case rows(table: Int?)
        /// `COUNT(DISTINCT col)`.
        case distinctValues(ColumnRef)
        case aggregate(AggregateFunction, ColumnRef)
        /// The share of true values of a yes/no column ("churn rate").
        case rate(ColumnRef, PercentStyle)
        /// The share of rows meeting the numerator conditions ("percentage of customers on
        /// the basic plan").
        case share(PercentStyle)
        /// The column itself, for ordering rows ("the 5 customers with the highest age").
        case value(ColumnRef)
        /// The average over `entity` rows of a per-row measure ("on average, how many
        /// transactions does a customer make").
        case averagePerEntity(inner: Measure, entity: Int)
        /// Two measures combined: the spread `MAX − MIN`, a ratio, a change between periods.
        case combined(Measure, ArithmeticOperator, Measure)
        /// An aggregate over the rows meeting a condition only (`SUM(CASE WHEN … THEN pop END)`).
        case conditional(AggregateFunction, ColumnRef, Condition)
        /// How many distinct periods the rows fall in ("in how many months …").
        case distinctPeriods(DateTarget, DatePart)
        /// An aggregate of a per-row expression ("the average ratio of payload to mass": `AVG(payload / mass)`).
        case ofRows(AggregateFunction, Measure)
    }

    enum ArithmeticOperator: String, Sendable, Equatable {
        case minus = "-"
        case divide = "/"
        /// Days from the left date to the right one, of one row: a duration between a start
        /// and an end column ("how many days did she serve"); NULL while the end is missing.
        case daysUntil = "days until"
    }

    /// Where a date condition or date grouping applies: a named column, or the date column
    /// of a table the phrase sits next to ("made a transaction in 2024").
    struct DateTarget: Sendable, Equatable {
        var column: ColumnRef?
        var anchorTable: Int?
        /// The words, for messages.
        var phrase: String
    }

    enum DateCondition: Sendable, Equatable {
        /// `strftime(format, col) = value`: a year, a month of a year, a month in any year.
        case part(format: String, value: String)
        /// A day (`col = '2024-03-05'`).
        case day(String)
        /// Inclusive or exclusive bounds on ISO dates; `between` when both are inclusive days.
        case range(lower: String?, lowerInclusive: Bool, upper: String?, upperInclusive: Bool)
    }

    struct Condition: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case compare(ColumnRef, Comparison, SQLLiteral)
            case between(ColumnRef, SQLLiteral, SQLLiteral)
            case oneOf(ColumnRef, [SQLLiteral], negated: Bool)
            case isNull(ColumnRef, negated: Bool)
            case period(DateTarget, DateCondition)
            /// A condition on a measure: of each group (HAVING), or — for a count of a child
            /// table's rows — of each row's related rows ("with no transactions", "made more
            /// than 10 transactions").
            case measure(Measure, Comparison, SQLLiteral)
            /// A column against an aggregate of itself over the whole table ("a lifetime value
            /// above the average").
            case compareToAggregate(ColumnRef, Comparison, AggregateFunction)
            /// Two columns of the same row compared ("weeks when ACME was higher than INITECH").
            case compareColumns(ColumnRef, Comparison, ColumnRef)
            /// `col LIKE pattern ESCAPE '\'`.
            case like(ColumnRef, String, negated: Bool)
            /// Either condition ("from Canada or on the premium plan").
            indirect case either(Condition, Condition)
        }
        var kind: Kind
        /// Index of the item the condition was read from (where it sits in the sentence).
        var position: Int

        /// The one value the condition requires of a column (`= v`, or `IN (v)` not negated),
        /// if it is such a condition: what fixes a column, names a row by its key, or would
        /// contradict another value required of the same column.
        var requiredValue: (column: ColumnRef, value: SQLLiteral)? {
            switch kind {
            case .compare(let ref, .equal, let value): return (ref, value)
            case .oneOf(let ref, let values, false) where values.count == 1: return (ref, values[0])
            default: return nil
            }
        }
    }

    enum Grouping: Sendable, Equatable {
        case column(ColumnRef)
        case datePart(DateTarget, DatePart)
        /// One group per row of a table ("per customer").
        case entity(Int)
    }

    /// What a "which …" / "top N …" question asks for.
    enum AnswerEntity: Sendable, Equatable {
        case column(ColumnRef)
        case table(Int)
        case datePart(DateTarget, DatePart)
    }

    struct MeasureUse: Sendable, Equatable {
        var measure: Measure
        var position: Int
    }

    /// Two measures of the same rows plotted against each other, the first named on x.
    struct ScatterAxes: Sendable, Equatable {
        var x: ColumnRef
        var y: ColumnRef
    }

    /// "what percentage of all floods happened in the north": the share is of a tally
    /// column's total, not of the rows.
    var shareOfColumn: ColumnRef?

    /// The question opens with "how many" / "number of" (after any context phrase): one
    /// count, unless a word asks for groups.
    var opensWithCount = false

    /// The question has a word that joins two figures ("and", "with", "versus").
    var joinsFigures = true

    var wantsChart = false
    var scatter: ScatterAxes?
    /// "price on the y axis", "carats horizontally": the axis said of the column at an item,
    /// true for the vertical one, with the items of the phrase (see `readAxisWords`).
    var declaredAxes: [Int: (vertical: Bool, phrase: [Int])] = [:]
    var chartHint: ChartWord?
    var percent: PercentStyle?

    var measures: [MeasureUse] = []
    var conditions: [Condition] = []
    var groupings: [Grouping] = []
    var projections: [ColumnRef] = []
    var distinct = false

    var answerEntity: AnswerEntity?
    var limit: Int?
    /// Direction of the superlative or of "top"/"bottom".
    var rankDirection: SortDirection?
    /// The measure a superlative ranks by ("highest lifetime value").
    var rankMeasure: Measure?
    var rankMeasureImplicit = false
    /// The superlative is a size or a grade ("which country is the biggest"), not "the most":
    /// with no measure named it has nothing to rank by, and the rows are not what it counts.
    var rankWordIsASize = false
    /// "in total", "altogether", "overall", "combined" is in the question: a measure ranked
    /// per named thing adds up over that thing's rows.
    var saysInTotal = false
    /// "sorted by …": explicit order target and direction.
    var orderMeasure: Measure?
    var orderDirection: SortDirection?
    var alphabetical = false

    /// Tables named in the question, by item position.
    var tableMentions: [(table: Int, position: Int)] = []
    /// The table whose rows are counted or listed, when the question says so.
    var subjectTable: Int?
    var subjectPosition: Int?
    /// Position of the main verb for share questions: conditions after it are the numerator.
    var verbPositions: [Int] = []
    var relativePositions: [Int] = []
    var asksForRows = false
    /// The question names the rows as such ("how many rows", "records", "combinations"): on a
    /// frequency table those are counted with `COUNT(*)`, not by their frequency column.
    var namesRowsAsSuch = false
    /// "What quantity of …": a numeric column asked for right after "what".
    var whatColumnPosition: Int?
    /// The question opens with "who": it asks for rows of a table (people, usually).
    var asksWho = false
    var onAverage = false
    /// "across all years", "all years combined": months are months of the year.
    var wholePeriod = false
    /// "list the countries with their codes": each row with what names it.
    var listsWithLabel = false
    /// "List every voyage to …": each row, not the distinct values of the columns asked for.
    var listsEveryRow = false
    /// A verb naming the measure ("spent", "sold"), when no column does.
    var verbMeasure: VerbConcept?
    /// Numbers written with a magnitude word or a unit ("50 billion", "6 feet").
    var writtenNumbers: [WrittenNumber] = []

    /// A number as the question wrote it, for the planner's checks against the columns.
    struct WrittenNumber: Sendable, Equatable {
        /// The number as read (magnitude applied: "50 billion" is 5e10).
        var value: Double
        /// 1e3 for "thousand", "40k", "40,000"; 1e9 for "billion"; 1 when none.
        var magnitude: Double
        var unit: PhysicalUnit?
        /// The words, for messages.
        var phrase: String
    }
}

extension Meaning.DateCondition {
    /// The same period as a comparison on a whole-number year column (`birth_year`,
    /// `model_year`): "before 1970" → `birth_year < 1970`. Nil for periods finer than a year.
    func onYearColumn(_ ref: ColumnRef) -> Meaning.Condition.Kind? {
        func year(_ iso: String) -> Int? {
            guard iso.hasSuffix("-01-01") else { return nil }
            return Int(iso.prefix(4))
        }
        switch self {
        case .part(format: "%Y", let value):
            guard let y = Int(value) else { return nil }
            return .compare(ref, .equal, .integer(Int64(y)))
        case .range(let lower, let lowerInclusive, let upper, let upperInclusive):
            guard !(lower == nil && upper == nil), lowerInclusive || lower == nil, !upperInclusive || upper == nil else { return nil }
            let low = lower.flatMap(year)
            let high = upper.flatMap(year)
            if lower != nil && low == nil || upper != nil && high == nil { return nil }
            if let low, let high { return .between(ref, .integer(Int64(low)), .integer(Int64(high - 1))) }
            if let low { return .compare(ref, .greaterOrEqual, .integer(Int64(low))) }
            if let high { return .compare(ref, .less, .integer(Int64(high))) }
            return nil
        default:
            return nil
        }
    }
}

extension Meaning.DateTarget {
    init(phrase: String) { self.init(column: nil, anchorTable: nil, phrase: phrase) }
}
