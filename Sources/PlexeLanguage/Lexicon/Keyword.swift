/// The meaning of an English word or phrase that is not a schema name: the small built-in
/// vocabulary of questions about tables ("how many", "at least", "per", "plot").
enum Keyword: Sendable, Equatable, Hashable {
    /// "how many", "number of", "count".
    case count
    /// "average", "mean", "total", "sum".
    case aggregate(AggregateFunction)
    /// "highest", "most", "largest" (descending) and "lowest", "fewest", "smallest".
    case extreme(SortDirection, ExtremeStyle)
    /// "more than", "at least", "under", "=".
    case compare(Comparison)
    /// "or more", "or less", "and above", following the number.
    case postfixCompare(Comparison)
    case between
    /// "negative", "positive": compared with zero.
    case signed(Comparison)
    case than
    case and
    case or
    /// "by", "per", "for each", "in each", "grouped by".
    case groupBy
    /// "sorted", "ordered by", "ranked by".
    case orderBy
    /// "descending", "from highest to lowest", "largest first", "alphabetically".
    case direction(SortDirection, alphabetical: Bool)
    /// "top" (descending) and "bottom" (ascending), before a count.
    case top(SortDirection)
    /// "which", "what", "who".
    case question(QuestionWord)
    /// "list", "show", "give", "display": the question asks for rows.
    case show
    /// "not", "no", "never", "non", "without", "excluding".
    case negation
    /// "missing", "null", "empty", "unknown".
    case missing
    /// "recorded", "known", "present", "available": the value is there.
    case recorded
    /// "with", "having".
    case with
    /// "have", "has", "had".
    case have
    /// "distinct", "different", "unique".
    case distinct
    /// "percentage", "percent", "%", "rate", "share", "proportion".
    case percent(PercentStyle)
    /// "plot", "chart", "histogram", "distribution".
    case chart(ChartWord)
    /// "year", "monthly", "per day".
    case datePart(DatePart)
    /// "in", "since", "after", "before", "until" when a date follows.
    case dateRelation(DateRelation)
    case month(Int)
    /// "versus", "vs", "compared to".
    case versus
    case howMuch
    /// "older", "younger", "aged", "more expensive": a comparison or extreme on a column
    /// named by the adjective's dimension.
    case adjective(Dimension, SortDirection?)
    /// "spent", "paid", "earned", "sold": a verb that names a measure.
    case verb(VerbConcept)
    /// "spenders", "buyers", "earners": the people ranked by what a verb measures.
    case agent(VerbConcept)
    /// "on average": the average of a per-entity count or total.
    case onAverage
    /// "in total", "altogether", "combined" after the verb: a sum, but naming no column.
    case inTotal
    /// "named", "called": a literal name follows.
    case named
    /// "records", "rows", "entries", "people": the rows of the table in question.
    case rowsNoun
    /// "years" / "years old" after a number: an age.
    case ageUnit
    /// "ending in", "starting with", "containing": a text pattern (LIKE).
    case textMatch(TextMatch)
    /// "second", "3rd": with a whole-number column, that value ("third class").
    case ordinal(Int)
    /// Words that carry no meaning for the query ("the", "is", "there").
    case filler
    /// Relative pronouns ("who", "that", "whose", "where") opening a clause about the subject.
    case relative

    /// Keywords that may stay unused without the question being misunderstood.
    var isHarmlessWhenUnused: Bool {
        switch self {
        case .filler, .relative, .question, .show, .have, .with, .and, .or, .groupBy, .dateRelation,
            .than, .rowsNoun, .named, .distinct, .verb, .versus, .top, .orderBy, .inTotal, .chart(.trend), .recorded:
            return true
        default:
            return false
        }
    }
}
