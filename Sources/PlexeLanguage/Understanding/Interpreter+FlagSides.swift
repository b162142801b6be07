/// Sides of a ratio or a difference picked by a yes/no column: "the ratio of the average price
/// of houses with central air to that of houses without it", "the difference between the
/// average thickness of patients with an ulcer and those without". "With" (or "without") and
/// the column pick one side's rows, as a value does; the other side may say only "without"
/// ("those without", "houses without it"), and then it is the rows where the same column
/// says the opposite.
extension Interpreter {
    /// "with central air", "without an ulcer": "with" or "without" at `w`, then (articles
    /// between) a yes/no column, before `to`. The rows it picks, as the value a side's
    /// condition is built from (`sideCondition`), and the items said. Only a column that reads
    /// as a flag: a column of several values is no "with"/"without".
    func flagPick(at w: Int, before to: Int) throws(TranslationError) -> (value: (ColumnRef, String), items: [Int])? {
        guard !items[w].used, items[w].range.count == 1, let k = nextIndex(from: w + 1, skipping: { isArticle($0) }), k < to,
            !items[k].used, items[k].keyword == nil, !items[k].hasValue, isColumn(k, where: { $0.isBooleanLike })
        else { return nil }
        let word = tokens[items[w].range.lowerBound].lower
        guard word == "with" || word == "without", let (ref, negatedForm) = try column(k, where: { $0.isBooleanLike }),
            let literal = (word == "with") != negatedForm ? lexicon[ref].trueLiteral : lexicon[ref].falseLiteral
        else { return nil }
        return ((ref, Interpreter.sideValue(literal)), [w, k])
    }

    /// The other side of a flag, said as "those without", "that of houses without it", "the
    /// ones with it": nothing in `from..<to` but the flag word opposite to the first side's,
    /// the rows' nouns, and words standing for the first side ("those", "that", "it"). The
    /// rows where the first side's yes/no column says the opposite, and the items said. Nil
    /// when the first side is not picked by a flag, or anything else is said.
    func flagComplement(of first: ArithmeticOperand, _ from: Int, _ to: Int) -> ArithmeticOperand? {
        guard let (ref, value) = first.value,
            first.items.contains(where: { k in
                items[k].range.count == 1 && ["with", "without"].contains(tokens[items[k].range.lowerBound].lower)
            }), let yes = lexicon[ref].trueLiteral, let no = lexicon[ref].falseLiteral
        else { return nil }
        let firstIsYes = value == Interpreter.sideValue(yes)
        guard firstIsYes || value == Interpreter.sideValue(no) else { return nil }
        let opposite = firstIsYes ? "without" : "with"
        var flagWord: Int?
        var said: [Int] = []
        for k in from..<to where !items[k].used && !isArticle(k) {
            let word = tokens[items[k].range.lowerBound].lower
            if items[k].range.count == 1, word == opposite, flagWord == nil {
                flagWord = k
            } else if items[k].range.count == 1, ["those", "that", "ones", "one", "of", "it", "them", "this"].contains(word) {
                said.append(k)
            } else if isTable(k), !items[k].hasValue, items[k].table == ref.table {
                // "houses without it": the rows' noun again.
                said.append(k)
            } else {
                return nil
            }
        }
        guard let flagWord else { return nil }
        return (nil, nil, (ref, Interpreter.sideValue(firstIsYes ? no : yes)), [flagWord] + said)
    }

    /// A yes/no column's literal as the text of a side's value (`sideCondition` reads a
    /// number back for a numeric column).
    static func sideValue(_ literal: SQLLiteral) -> String {
        switch literal {
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let s): return s
        }
    }
}
