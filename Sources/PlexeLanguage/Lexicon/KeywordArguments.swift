import Foundation

// The values keywords carry: which aggregate, which direction, which comparison, which date
// part. Small closed vocabularies shared by the lexicon, the interpreter and the SQL writer.

enum AggregateFunction: String, Sendable, Hashable {
    case count, sum, average, maximum, minimum

    var sqlName: String {
        switch self {
        case .count: return "COUNT"
        case .sum: return "SUM"
        case .average: return "AVG"
        case .maximum: return "MAX"
        case .minimum: return "MIN"
        }
    }

    /// Prefix of the column alias: `avg_amount`, `total_amount`.
    var aliasPrefix: String {
        switch self {
        case .count: return "count"
        case .sum: return "total"
        case .average: return "avg"
        case .maximum: return "max"
        case .minimum: return "min"
        }
    }
}

enum SortDirection: Sendable, Hashable {
    case descending, ascending
    var sql: String { self == .descending ? "DESC" : "ASC" }
    var extremeFunction: AggregateFunction { self == .descending ? .maximum : .minimum }
}

enum ExtremeStyle: Sendable, Hashable {
    /// highest, largest, most.
    case magnitude
    /// latest, earliest, most recent: meant for dates.
    case time
    /// most common, most popular, least frequent: counts rows.
    case frequency
}

enum Comparison: String, Sendable, Hashable {
    case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<=", equal = "=", notEqual = "<>"

    var negated: Comparison {
        switch self {
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .equal: return .notEqual
        case .notEqual: return .equal
        }
    }

    /// Whether `0 <op> value` holds: a count condition true at zero must keep the rows that
    /// have no related rows at all.
    func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .greater: return lhs > rhs
        case .greaterOrEqual: return lhs >= rhs
        case .less: return lhs < rhs
        case .lessOrEqual: return lhs <= rhs
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        }
    }
}

enum QuestionWord: Sendable, Hashable { case which, what, who }

enum TextMatch: Sendable, Hashable {
    case prefix, suffix, contains

    /// The LIKE pattern for `text` (LIKE's own wildcards in `text` are taken literally).
    func pattern(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
            of: "_", with: "\\_")
        switch self {
        case .prefix: return escaped + "%"
        case .suffix: return "%" + escaped
        case .contains: return "%" + escaped + "%"
        }
    }
}

enum PercentStyle: Sendable, Hashable {
    /// percentage, percent, %: a share on the 0–100 scale.
    case percentage
    /// rate: the share of true values of a yes/no column, on the 0–100 scale.
    case rate
    /// proportion, fraction, ratio: a share on the 0–1 scale.
    case fraction
}

enum ChartWord: Sendable, Hashable {
    case plot, distribution, histogram, barChart, lineChart, pieChart
    /// "trend", "over time": favours a line chart but does not ask for one by itself.
    case trend
    /// "scatter plot", "relationship between": two measures of the same rows, as points.
    case scatter
}

enum DatePart: String, Sendable, Hashable {
    case decade, year, quarter, month, week, day, weekday, hour
}

enum DateRelation: Sendable, Hashable {
    case during, since, after, before, until, on, from
}

/// What a dimension adjective measures, named by the words a matching column would contain.
enum Dimension: Sendable, Hashable, CaseIterable {
    case age, price, length, height, weight, temperature, wind, rain, speed, wealth, time

    var columnWords: [String] {
        switch self {
        case .age: return ["age"]
        case .price: return ["price", "cost", "amount", "fare", "fee"]
        case .length: return ["length", "duration", "distance", "runtime", "minute", "hour", "day"]
        case .height: return ["height"]
        case .weight: return ["weight", "mass"]
        case .temperature: return ["temperature", "temp"]
        case .wind: return ["wind"]
        case .rain: return ["precipitation", "rain", "rainfall"]
        case .speed: return ["speed", "velocity"]
        case .wealth: return ["income", "salary", "wealth", "wage", "net_worth"]
        case .time: return []
        }
    }
}

/// Verbs that name a measure: "spent the most" is a sum of money, "sold the most" of units.
enum VerbConcept: Sendable, Hashable {
    /// `worth` is what a thing is valued at: its value before what was spent on it or what it
    /// sold for ("what is the tools division worth" of an appraised value beside ticket revenue).
    case spend, earn, sell, worth

    /// How an error message names what the verb measures ("what was spent").
    var pastParticiple: String {
        switch self {
        case .spend: return "spent"
        case .earn: return "earned"
        case .sell: return "sold"
        case .worth: return "worth"
        }
    }

    /// Column words that carry the measure, best first.
    var columnWords: [String] {
        switch self {
        case .spend:
            return [
                "amount", "total", "spend", "spending", "spent", "revenue", "sale", "payment", "paid", "price", "cost", "value", "fare", "fee",
                "charge",
            ]
        case .earn: return ["salary", "income", "wage", "earning", "pay", "revenue", "profit", "amount"]
        case .sell: return ["quantity", "qty", "unit", "volume"]
        case .worth: return ["value", "worth", "valuation", "price", "cost", "amount"]
        }
    }
}
