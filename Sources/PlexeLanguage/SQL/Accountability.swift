/// The last word on a translation: every schema word the reading claimed must be visible in
/// the statement it produced.
///
/// Why it exists: on six blind question sets in a row, 5–8 % of the questions got a *wrong*
/// answer where the product allows 2 %, and nearly all of them were one shape — a pass marked a
/// word `used` (so it was never reported as unplaced), but what the word meant never reached the
/// SQL: "male versus female" charted only one column, "with their depths and salinities" lost
/// the salinities, a child table's measure answered from its parent's row. Each pass claims items
/// for its own reasons, so no single pass can see that a claim led nowhere; only the finished
/// statement can. The check is a set difference between the items that linked to the schema
/// and what the statement names, done once here for every construct, rather than a guard in
/// each pass.
///
/// An item is accounted for when the statement names one of the things it could stand for: a
/// column it could mean, the table it names (or whose rows a column of it stands for), or a
/// value it could be, as a literal. Items that kept a built-in English meaning (a keyword) are
/// not schema claims and are not checked. A claim that led nowhere is refused as an unplaced
/// word, with the same message as a word no pass could place: a 422 the person can act on is
/// better than an answer to a question they did not ask.
///
/// What a pass claims on purpose as context (a noun for the rows already measured, "at
/// diagnosis" beside a measure, the words before a rows' noun) it marks `Item.isContext`, and
/// only that is exempt. Two English claims whose loss answered other questions are held to the
/// same rule: "on average" must show as an `AVG`, and a period word ("monthly") as that period
/// when the statement reports one total or extreme. And the rows a question lists must be the
/// rows the statement reads, not only those of a sub-query. The other half — a group no word asked for, a measured
/// quantity left beside an aggregate — is refused where such groups are made
/// (`QueryPlanner.completeMeaning`), since the statement no longer says which word a group came from.
struct Accountability {
    let lexicon: SchemaLexicon
    let items: [Item]
    /// The reading as the interpreter left it: "on average" is a claim the statement must show
    /// too (an average of counts per year read as a plain count answered another question).
    let meaning: Meaning

    /// Throws `unplacedWords` naming every claimed schema word the statement does not show.
    func check(sql: String) throws(TranslationError) {
        let words = Accountability.identifierWords(of: sql)
        let lowered = sql.lowercased()
        var missing: [String] = []
        // (An item whose schema reading was taken for its English sense — "total" of a `total`
        // column as the sum, "year" of a `year` column as "per year" — answered as that word.
        // A word read as a mere filler is no such sense: it is still checked.)
        for item in items where item.used && !item.isContext && item.keyword == nil && !item.schema.isEmpty {
            if let alternate = item.alternateKeyword, alternate != .filler { continue }
            if !isVisible(item, words: words, sql: lowered) { missing.append(item.text) }
        }
        // The table whose rows the question lists must be what the statement reads (or a parent
        // of it), not only a sub-query that picks other rows ("list the players of the Eastern
        // league" answered with the league).
        if meaning.asksForRows, let subject = meaning.subjectTable, let position = meaning.subjectPosition, items.indices.contains(position) {
            let outer = Accountability.identifierWords(of: Accountability.outerStatement(of: sql))
            let read = lexicon.tables.indices.filter { Accountability.names(lexicon.tables[$0].name, in: outer, sql: "") }
            // ("Which kilns never … in any firing": the rows asked for are the kilns, which it reads.)
            var answered = false
            switch meaning.answerEntity {
            case .table(let t)?: answered = t != subject && read.contains(t)
            case .column(let ref)?: answered = ref.table != subject && read.contains(ref.table)
            default: break
            }
            if !answered, !read.contains(where: { $0 == subject || lexicon.isAncestor(subject, of: $0) }) {
                missing.append(items[position].text)
            }
        }
        // A period word ("monthly", "yearly") claimed by a pass, in a statement that reports one
        // figure for all the rows (no group, no average, no period taken from a date): the
        // periods the question asked for were lost ("graph the monthly rainfall for 1990" as one total).
        // (Rows counted are often the periods themselves: "how many weeks …", "monthly readings".)
        let aggregated = ["sum(", "max(", "min("].contains { lowered.contains($0) }
        if aggregated, !lowered.contains(" group by "), !lowered.contains("avg(") {
            for item in items where item.used && !item.isContext && item.schema.isEmpty {
                guard case .datePart(let part)? = item.keyword else { continue }
                if !Accountability.periodMarks(part).contains(where: { lowered.contains($0) }) { missing.append(item.text) }
            }
        }
        // ("pay more than $10,000 on average": right after a number compared, the words say the
        // column holds averages, not that the answer is one.)
        let describesComparedNumber = items.indices.contains { i in
            items[i].keyword == .onAverage && i > 0 && items[i - 1].number != nil
        }
        if meaning.onAverage, !describesComparedNumber, !lowered.contains("avg(") {
            let words = items.filter { item in
                item.used && item.text.lowercased().split(separator: " ").contains { $0 == "average" || $0 == "mean" }
            }.map(\.text)
            missing.append(contentsOf: words.isEmpty ? ["on average"] : words)
        }
        guard !missing.isEmpty else { return }
        let quoted = missing.map { "\"\($0)\"" }.joined(separator: ", ")
        throw TranslationError(
            kind: .unplacedWords(missing),
            message:
                "Could not tell what \(quoted) should add to the answer: the query read from the question does not use it. Known tables and columns: \(lexicon.summary)."
        )
    }

    /// Whether one of the item's readings appears in the statement.
    private func isVisible(_ item: Item, words: Set<String>, sql: String) -> Bool {
        for match in item.schema {
            switch match.target {
            case .table(let t):
                if Accountability.names(lexicon.tables[t].name, in: words, sql: sql) { return true }
                // The rows of a child table named by their parent's noun ("the largest size any
                // plant reached" of growth rows that each belong to one plant).
                if lexicon.tables.indices.contains(where: { child in
                    lexicon.isAncestor(t, of: child) && Accountability.names(lexicon.tables[child].name, in: words, sql: sql)
                }) {
                    return true
                }
            case .column(let ref, _):
                if Accountability.names(lexicon.columnName(ref), in: words, sql: sql) { return true }
                // A column that tells the rows apart ("how many runs" of a `run` number, "how many
                // quarters" of a quarterly table) names the rows: its table is enough.
                if tellsRowsApart(ref), Accountability.names(lexicon.tables[ref.table].name, in: words, sql: sql) {
                    return true
                }
            case .value(let ref, let value):
                // (Inside a `LIKE` pattern too, so the quote is not required before it.)
                if sql.contains(value.lowercased().replacingOccurrences(of: "'", with: "''")),
                    Accountability.names(lexicon.columnName(ref), in: words, sql: sql)
                {
                    return true
                }
            }
        }
        return false
    }

    /// A column whose values tell the rows of its table apart and measure nothing: unique text or
    /// dates, a unique number that numbers rows or is a key or code, or the finest calendar part of
    /// its table. (A unique measure — a yield no two rows share — is no name for the rows.)
    private func tellsRowsApart(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        if lexicon.isFinestCalendarPart(ref) { return true }
        guard column.unique else { return false }
        if !column.isNumeric { return true }
        return lexicon.numbersRows(ref) || lexicon.isOrdinal(ref) || lexicon.tables[ref.table].keyColumn == ref.column
    }

    /// How a period shows in a statement (lowercased): its `strftime` format, or the arithmetic
    /// that makes it from a date.
    private static func periodMarks(_ part: DatePart) -> [String] {
        switch part {
        case .month: return ["%m"]
        case .year: return ["%y"]
        case .week, .weekday: return ["%w"]
        case .day: return ["%d", "%j"]
        case .quarter: return ["-q"]
        case .decade: return ["/ 10"]
        case .hour: return ["%h"]
        }
    }

    /// Whether `name` (a table or column) occurs in the statement as an identifier: a whole
    /// word, or quoted when it holds other characters.
    private static func names(_ name: String, in words: Set<String>, sql: String) -> Bool {
        let lower = name.lowercased()
        if words.contains(lower) { return true }
        return SQLIdentifier.needsQuoting(name) && sql.contains("\"" + lower.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }

    /// The statement without its parenthesized sub-queries (`IN (SELECT …)`): what it reads itself.
    static func outerStatement(of sql: String) -> String {
        var result = ""
        var depth = 0
        var inString = false
        let chars = Array(sql)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if inString {
                if depth == 0 { result.append(ch) }
                if ch == "'" { inString = false }
            } else if ch == "'" {
                inString = true
                if depth == 0 { result.append(ch) }
            } else if ch == "(" {
                let rest = String(chars[(i + 1)...].prefix(7)).uppercased()
                if depth > 0 || rest.hasPrefix("SELECT ") { depth += 1 } else { result.append(ch) }
            } else if ch == ")" && depth > 0 {
                depth -= 1
            } else if depth == 0 {
                result.append(ch)
            }
            i += 1
        }
        return result
    }

    /// The identifier-like words of a statement, lowercased (`t0.price` gives `t0` and `price`).
    /// Text inside string literals is left out, so a value is never taken for a column.
    static func identifierWords(of sql: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        var inString = false
        for ch in sql.lowercased() {
            if inString {
                if ch == "'" { inString = false }
                continue
            }
            if ch == "'" {
                inString = true
                if !current.isEmpty { words.insert(current) }
                current = ""
                continue
            }
            if ch.isLetter || ch.isNumber || ch == "_" {
                current.append(ch)
            } else {
                if !current.isEmpty { words.insert(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }
}
