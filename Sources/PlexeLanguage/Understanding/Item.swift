/// A phrase of the question with what it may mean: a keyword, schema names (tables, columns,
/// values), a number, a date or a literal. The interpreter's passes consume items one
/// construct at a time; whatever is left unused at the end is reported, never ignored.
struct Item: Sendable {
    struct SchemaMatch: Sendable, Equatable {
        let target: SchemaLexicon.Target
        let score: Int
    }

    /// Token indices covered.
    let range: Range<Int>
    /// The words as written.
    let text: String
    /// The English meaning, when the phrase is a built-in word and no better schema name fits.
    var keyword: Keyword?
    /// The English meaning the phrase also has when a schema name was preferred ("rate" as a
    /// column and as "percent").
    var alternateKeyword: Keyword?
    var schema: [SchemaMatch] = []
    var number: Double?
    var isInteger = false
    /// ISO date.
    var date: String?
    /// A value to use as written: quoted text or an identifier-like code (`P0371`).
    var literal: String?
    var isQuoted = false
    /// Text found inside the stored values of one column, not as a whole value: a `LIKE`.
    var valuePart: ValueIndex.Part?
    /// No reading at all: reported unless a construct claims it as a literal.
    var isUnknown = false
    var used = false
    /// Claimed on purpose as context that adds nothing to the statement: a noun for the rows
    /// already measured ("the mean weight *of the parcels*"), when a measure was taken ("age *at
    /// admission*"), the closing "and how long was it". `Accountability` does not require such
    /// an item to show in the SQL; every other claimed schema item must.
    var isContext = false

    var columns: [(ref: ColumnRef, negated: Bool, score: Int)] {
        schema.compactMap { match in
            if case .column(let ref, let negated) = match.target { return (ref, negated, match.score) }
            return nil
        }
    }

    var values: [(ref: ColumnRef, value: String, score: Int)] {
        schema.compactMap { match in
            if case .value(let ref, let value) = match.target { return (ref, value, match.score) }
            return nil
        }
    }

    var table: Int? {
        for match in schema { if case .table(let t) = match.target { return t } }
        return nil
    }

    var tableScore: Int {
        schema.first { if case .table = $0.target { return true } else { return false } }?.score ?? 0
    }

    var bestSchemaScore: Int { schema.map(\.score).max() ?? 0 }
    var isSchema: Bool { !schema.isEmpty }
    var hasValue: Bool { schema.contains { if case .value = $0.target { return true } else { return false } } }
    var hasColumn: Bool { schema.contains { if case .column = $0.target { return true } else { return false } } }

    var isFiller: Bool {
        if case .filler? = keyword { return true }
        return false
    }

    /// A year-like integer.
    var year: Int? {
        guard isInteger, let number, number >= 1800, number <= 2200 else { return nil }
        return Int(number)
    }
}
