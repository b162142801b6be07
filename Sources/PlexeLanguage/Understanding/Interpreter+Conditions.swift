/// Reads conditions that are not comparisons: missing values ("with no age recorded"),
/// related rows ("customers with no transactions"), values matched to their column
/// ("premium customers", "paid by paypal", "from Canada"), literal identifiers ("product
/// P0371") and yes/no columns ("churned", "haven't churned", "churned versus not").
extension Interpreter {
    private func isNegation(_ k: Int) -> Bool {
        if case .negation? = keyword(k) { return true }
        return false
    }

    /// Words between a negation and what it negates: "do not have a", "with no", "never made any".
    private func isNegationGap(_ k: Int) -> Bool {
        if isArticle(k) { return true }
        switch keyword(k) {
        case .have?, .with?, .filler?, .verb?, .relative?: return true
        default: return false
        }
    }

    mutating func readMissingValuesAndRelations() throws(TranslationError) {
        for i in items.indices where !items[i].used {
            switch keyword(i) {
            case .missing?:
                // "a missing discount", "age is missing", "non-null email"
                var negated = false
                if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), isNegation(p), p == i - 1 {
                    negated = true
                    use(p)
                }
                if let c = nextIndex(from: i + 1, skipping: { isArticle($0) }), isColumn(c), let (ref, _) = try column(c) {
                    addNull(ref, negated: negated, at: i)
                    use(i, c)
                } else if let c = previousIndex(from: i - 1, skipping: { isNegationGap($0) }), isColumn(c), let (ref, _) = try column(c) {
                    addNull(ref, negated: negated, at: i)
                    use(i, c)
                }
            case .recorded?:
                // "have a recorded tail length", "with a known age": the column after, where
                // "have" or "with" asks for rows that have one.
                if let h = previousIndex(from: i - 1, skipping: { isArticle($0) }), keyword(h) == .have || keyword(h) == .with,
                    let c = nextIndex(from: i + 1, skipping: { isArticle($0) }), isPresenceColumn(c), let (ref, _) = try column(c)
                {
                    addNull(ref, negated: true, at: c)
                    use(i, c)
                    continue
                }
                // "have a last purchase date recorded", "with no age recorded", "age is known"
                guard let c = previousIndex(from: i - 1, skipping: { isArticle($0) || keyword($0) == .filler }),
                    isPresenceColumn(c), let (ref, _) = try column(c)
                else { continue }
                // "List the years recorded for site 4": after a verb that asks for rows, the
                // column's values are what is listed; "recorded" says they are stored, it asks
                // for no row that has one.
                if let v = previousIndex(from: c - 1, skipping: { isArticle($0) }), keyword(v) == .show,
                    let f = nextIndex(from: i + 1, skipping: { _ in false }), tokens[items[f].range.lowerBound].lower == "for"
                {
                    if !meaning.projections.contains(ref) { meaning.projections.append(ref) }
                    use(i, c)
                    continue
                }
                // "How many deaths were recorded": the number the column holds is what is counted;
                // read as "rows with deaths recorded", the count of rows answered another question
                // (the measures pass reads it as the column's total).
                if c > 0, case .count? = keyword(c - 1), lexicon[ref].isNumeric, !lexicon[ref].isBooleanLike, !lexicon.isOrdinal(ref) {
                    use(i)
                    continue
                }
                var negated = false
                if let p = previousIndex(from: c - 1, skipping: { isNegationGap($0) }), isNegation(p), c - p <= 4 {
                    negated = true
                    use(p)
                }
                addNull(ref, negated: !negated, at: c)
                use(i)
                // "the lowest value recorded", "the highest concentration ever measured": the
                // column is also what is measured.
                var measured = false
                if let a = previousIndex(from: c - 1, skipping: { isArticle($0) }) {
                    switch keyword(a) {
                    case .aggregate?, .extreme?: measured = true
                    default: break
                    }
                }
                if !measured { use(c) }
            case .negation?:
                guard let k = nextIndex(from: i + 1, skipping: { isNegationGap($0) }) else { continue }
                if isTable(k), let table = items[k].table, table != contextTables.first {
                    // "customers with no transactions", "who never made a transaction"
                    noteTable(table, at: k)
                    meaning.conditions.append(Meaning.Condition(kind: .measure(.rows(table: table), .equal, .integer(0)), position: i))
                    use(i, k)
                } else if let subject = contextTables.first, items[k].used, items[k].keyword == nil,
                    let ref = items[k].columns.max(by: { $0.score < $1.score })?.ref, ref.table != subject,
                    lexicon.isAncestor(subject, of: ref.table),
                    meaning.conditions.contains(where: { condition in
                        switch condition.kind {
                        case .compare(let r, _, _), .between(let r, _, _), .oneOf(let r, _, _): return r == ref
                        default: return false
                        }
                    })
                {
                    // "stores that never had a return rate above 3": none of their related
                    // rows meets the comparison, which is read next as a condition on them.
                    noteTable(ref.table, at: k)
                    meaning.conditions.append(Meaning.Condition(kind: .measure(.rows(table: ref.table), .equal, .integer(0)), position: i))
                    use(i)
                } else if isPresenceColumn(k, where: { !$0.isBooleanLike }), !isComparedOrValued(after: k),
                    let (ref, _) = try column(k, where: { !$0.isBooleanLike })
                {
                    // "no age recorded", "without a referral source"; "no precipitation" in a
                    // column that is never empty means zero.
                    let column = lexicon[ref]
                    var recorded = false
                    if let r = nextIndex(from: k + 1, skipping: { isArticle($0) }), keyword(r) == .recorded || keyword(r) == .missing {
                        recorded = true
                    }
                    // "no improvement" of an `Improved` column that is never empty and stores
                    // 'None' among its grades: that grade, not an empty cell.
                    let noneValue =
                        column.isText && !column.nullable && !recorded
                        ? column.distinctValues?.first(where: { $0.lowercased() == "none" }) : nil
                    if column.isNumeric, !column.nullable, !recorded {
                        meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, .integer(0)), position: i))
                    } else if let noneValue {
                        meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, .text(noneValue)), position: i))
                    } else {
                        addNull(ref, negated: false, at: i)
                    }
                    use(i, k)
                    if let r = nextIndex(from: k + 1, skipping: { isArticle($0) }) {
                        switch keyword(r) {
                        case .recorded?, .missing?: use(r)
                        default: break
                        }
                    }
                }
            case .with?, .have?:
                // "countries with their codes", "every month with its index", "each member with her
                // rank": listed beside them.
                if keyword(i) == .with, i + 2 < items.count, ["their", "its", "his", "her"].contains(tokens[items[i + 1].range.lowerBound].lower),
                    isColumn(i + 2)
                {
                    meaning.listsWithLabel = true
                    use(i, i + 1)
                    continue
                }
                guard let k = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { continue }
                // "transactions that have a discount", "customers with an email": the value is there.
                if isPresenceColumn(k, where: { !$0.isBooleanLike }), k - i <= 2, !isComparedOrValued(after: k),
                    k == i + 1 ? keyword(i) == .with : ["a", "an", "any", "some"].contains(tokens[items[k - 1].range.lowerBound].lower),
                    !isFollowedByMeasureWord(k),
                    let (ref, _) = try column(k, where: { !$0.isBooleanLike })
                {
                    // "the first month with any deaths": a number of events is there when it is
                    // above zero (a column that is never empty would make presence mean nothing).
                    let some = ["any", "some"].contains(tokens[items[k - 1].range.lowerBound].lower)
                    if lexicon[ref].isNumeric, !lexicon.isOrdinal(ref), some || !lexicon[ref].nullable {
                        meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .greater, .integer(0)), position: i))
                    } else {
                        addNull(ref, negated: true, at: i)
                    }
                    use(i, k)
                    if let r = nextIndex(from: k + 1, skipping: { isArticle($0) }), keyword(r) == .recorded { use(r) }
                    continue
                }
                // "customers with transactions": at least one related row.
                guard keyword(i) == .with, isTable(k),
                    let table = items[k].table, table != contextTables.first
                else { continue }
                if let after = nextIndex(from: k + 1, skipping: { isArticle($0) }), items[after].number != nil { continue }
                noteTable(table, at: k)
                meaning.conditions.append(Meaning.Condition(kind: .measure(.rows(table: table), .greaterOrEqual, .integer(1)), position: i))
                use(i, k)
            default:
                break
            }
        }
        readThereWere()
    }

    /// "In how many months were there losses from storms", "days when there was any rain": a
    /// number of events that is there is above zero.
    private mutating func readThereWere() {
        for i in items.indices where !items[i].used && tokens[items[i].range.lowerBound].lower == "there" && items[i].range.count == 1 {
            guard i > 0, ["were", "was", "is", "are"].contains(tokens[items[i - 1].range.upperBound - 1].lower),
                let k = nextIndex(from: i + 1, skipping: { isArticle($0) || ["any", "some"].contains(tokens[items[$0].range.lowerBound].lower) }),
                k - i <= 2, isColumn(k, where: { $0.isNumeric && !$0.isBooleanLike }), !isComparedOrValued(after: k),
                !isFollowedByMeasureWord(k),
                let ref = items[k].columns.filter({ lexicon[$0.ref].isNumeric }).max(by: { $0.score < $1.score })?.ref,
                !lexicon.isOrdinal(ref), SchemaLexicon.isAdditive(lexicon[ref]) || !lexicon[ref].nullable
            else { continue }
            meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .greater, .integer(0)), position: i))
            use(i, k)
        }
    }

    /// Whether a column is followed by a comparison, a number or a value (then the negation
    /// belongs to that, not to a missing value).
    private func isComparedOrValued(after k: Int) -> Bool {
        guard let n = nextIndex(from: k + 1, skipping: { isArticle($0) }) else { return false }
        if items[n].number != nil || items[n].literal != nil || isValue(n) { return true }
        switch keyword(n) {
        case .compare?, .between?, .postfixCompare?, .textMatch?: return true
        default: return false
        }
    }

    /// "with a lifetime value above …" and "with the highest …" are not about presence.
    private func isFollowedByMeasureWord(_ k: Int) -> Bool {
        guard let n = nextIndex(from: k + 1, skipping: { isArticle($0) }) else { return false }
        switch keyword(n) {
        case .extreme?, .aggregate?, .percent?: return true
        default: return false
        }
    }

    /// Whether the item names a column whose value may be there or not. After "a", "an" or
    /// "no", a word that names both the subject table and one of its columns ("a wage
    /// recorded" in a `farm_wages` table with a `weekly_wage` column) is the column: one row of
    /// the table asked about is never what a row has, lacks or records.
    private func isPresenceColumn(_ c: Int, where accept: (SchemaLexicon.Column) -> Bool = { _ in true }) -> Bool {
        if isColumn(c, where: accept) { return true }
        guard c > 0, isTable(c), let table = items[c].table, table == contextTables.first,
            ["a", "an", "no"].contains(tokens[items[c - 1].range.upperBound - 1].lower)
        else { return false }
        return items[c].columns.contains { $0.ref.table == table && accept(lexicon[$0.ref]) }
    }

    private mutating func addNull(_ ref: ColumnRef, negated: Bool, at position: Int) {
        meaning.conditions.append(Meaning.Condition(kind: .isNull(ref, negated: negated), position: position))
    }

    // MARK: Groupings

    static let groupTrailingWords: Set<String> = [
        "status", "type", "category", "group", "level", "class", "kind", "flag", "value", "bucket", "segment", "tier", "name",
    ]

    mutating func readGroupings() throws(TranslationError) {
        for i in items.indices {
            guard case .groupBy? = keyword(i) else { continue }
            if listsEveryRow(i) {
                // "every voyage" names the rows (a table, even where a column shares its name):
                // each one is listed; "every country" of a column lists its values once each.
                if let k = nextIndex(from: i + 1, skipping: { isArticle($0) }), items[k].table != nil { meaning.listsEveryRow = true }
                use(i)
                continue
            }
            guard let k = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { continue }
            let plainBy = items[i].text.lowercased() == "by"
            if isValue(k) { continue }
            // "chart the number of boats by number of masts": the groups are the values of the
            // whole-number column counted, not a second count.
            if keyword(k) == .count, let c = nextIndex(from: k + 1, skipping: { isArticle($0) || tokens[items[$0].range.lowerBound].lower == "of" }),
                isColumn(c, where: { $0.type == .integer && !$0.unique && !$0.isBooleanLike }),
                let (ref, _) = try column(c, where: { $0.type == .integer && !$0.unique && !$0.isBooleanLike })
            {
                meaning.groupings.append(.column(ref))
                use(i, k, c)
                continue
            }
            if isColumn(k), let (ref, _) = try column(k) {
                // "heard by judge MacGuigan", "refereed by referee Smith": the column named
                // before one of its own values says whose rows, a condition the value reading
                // places; grouping by the column as well would make one group of that value.
                if plainBy, let v = nextIndex(from: k + 1, skipping: { isArticle($0) }), isValue(v),
                    items[v].values.contains(where: { $0.ref == ref })
                {
                    continue
                }
                // "the average number of deaths per month" where each row is one month (the
                // column is unique): the mean over the rows, not one group per row.
                if items[i].text.lowercased() == "per", lexicon[ref].unique, asksForAnAverage {
                    use(i, k)
                    continue
                }
                // "made by churned customers" names an agent, not a grouping.
                if plainBy, let n = nextIndex(from: k + 1, skipping: { isArticle($0) }), isTable(n) { continue }
                meaning.groupings.append(.column(ref))
                use(i, k)
                if k + 1 < items.count, !items[k + 1].used, items[k + 1].isUnknown || items[k + 1].isFiller,
                    Interpreter.groupTrailingWords.contains(tokens[items[k + 1].range.lowerBound].lemma)
                {
                    use(k + 1)
                }
                // "by country and plan type"
                var last = k
                while let a = nextIndex(from: last + 1, skipping: { isArticle($0) }), keyword(a) == .and,
                    let c = nextIndex(from: a + 1, skipping: { isArticle($0) }), isColumn(c),
                    let (other, _) = try column(c), !lexicon[other].isNumeric || lexicon[other].isBooleanLike
                {
                    meaning.groupings.append(.column(other))
                    use(a, c)
                    last = c
                }
            } else if isTable(k), let table = items[k].table {
                // "made by customers on the enterprise plan" names an agent, "by customer" a grouping.
                let word = tokens[items[k].range.upperBound - 1]
                if plainBy && word.lemma != word.lower { continue }
                // "plot the average headcount per store over the years": with the time axis
                // named, "per store" is what the average is of (each store's rows at each
                // point), not one line per store.
                if items[i].text.lowercased() == "per", asksForAnAverage,
                    items.contains(where: { $0.keyword == .chart(.trend) })
                {
                    use(i, k)
                    continue
                }
                meaning.groupings.append(.entity(table))
                noteTable(table, at: k)
                use(i, k)
            }
        }
    }

    /// Whether the question asks for an average anywhere ("the average", "on average", "mean").
    var asksForAnAverage: Bool {
        items.contains { item in
            if case .aggregate(.average)? = item.keyword { return true }
            return false
        }
    }

    /// "List every bird in …", "show each voyage to …": right after a verb that asks for rows,
    /// and with nothing measured, "every" picks all the rows; it does not make one group per row
    /// (which would count them).
    private func listsEveryRow(_ i: Int) -> Bool {
        let word = items[i].text.lowercased()
        guard word == "every" || word == "each", let p = previousIndex(from: i - 1, skipping: { isArticle($0) }),
            case .show? = items[p].keyword
        else { return false }
        return !items.contains { item in
            switch item.keyword ?? item.alternateKeyword {
            case .count?, .aggregate?, .extreme?, .howMuch?, .percent?, .verb?, .agent?, .onAverage?, .inTotal?: return true
            default: return false
            }
        }
    }

    // MARK: Text patterns

    /// "emails ending in gmail.com", "names starting with 'A'", "titles containing report".
    mutating func readTextPatterns() throws(TranslationError) {
        for i in items.indices {
            guard case .textMatch(let match)? = keyword(i),
                let v = nextIndex(from: i + 1, skipping: { isArticle($0) }), !items[v].used,
                let text = items[v].literal ?? (items[v].isUnknown ? items[v].text : nil)
            else { continue }
            var negated = false
            var ref: ColumnRef?
            if let c = previousIndex(
                from: i - 1, skipping: { k in isArticle(k) || keyword(k) == .relative || keyword(k) == .have || keyword(k) == .with })
            {
                if isNegation(c), let c2 = previousIndex(from: c - 1, skipping: { isArticle($0) }), isColumn(c2, where: { $0.isText }) {
                    negated = true
                    use(c)
                    ref = try column(c2, where: { $0.isText })?.ref
                    use(c2)
                } else if isColumn(c, where: { $0.isText }) {
                    ref = try column(c, where: { $0.isText })?.ref
                    use(c)
                }
            }
            if ref == nil { ref = try nameColumn(near: i) }
            guard let ref else { continue }
            meaning.conditions.append(Meaning.Condition(kind: .like(ref, match.pattern(text), negated: negated), position: i))
            items[v].isUnknown = false
            use(i, v)
        }
    }

    // MARK: Values

    mutating func readValues() throws(TranslationError) {
        var i = 0
        while i < items.count {
            defer { i += 1 }
            if !items[i].used, let part = items[i].valuePart, !isValue(i) {
                // "across the whole Assembly", "in the entire Fleet": a word found only inside
                // stored names, after "whole" or "entire", is the subject of the data as a
                // whole — not a pattern some names happen to contain.
                let start = items[i].range.lowerBound
                if start > 0, ["whole", "entire"].contains(tokens[start - 1].lower), items[i].range.count == 1 {
                    use(i)
                    if let w = items.indices.first(where: { items[$0].range.contains(start - 1) }) {
                        items[w].isUnknown = false
                        use(w)
                    }
                    continue
                }
                readValuePart(at: i, part)
                continue
            }
            if !items[i].used, items[i].literal != nil, !isValue(i) {
                try readLiteral(at: i)
                continue
            }
            guard isValue(i) else { continue }
            // "total rain": after an aggregate, a word that is also a measured column is the measure.
            if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), isMeasureColumn(i, where: { $0.isNumeric }) {
                switch keyword(p) {
                case .aggregate?, .extreme(_, .magnitude)?: continue
                default: break
                }
            }
            // The column named next to the value: "basic plan", "payment method card".
            let before = previousIndex(from: i - 1, skipping: { k in isArticle(k) || keyword(k) == .compare(.equal) })
            let after = i + 1 < items.count ? i + 1 : nil
            var adjacent: [Int] = []
            var preferred: ColumnRef?
            for k in [before, after].compactMap({ $0 }) where !items[k].used && items[k].keyword == nil && items[k].hasColumn {
                let refs = Set(items[k].columns.map(\.ref))
                if let match = items[i].values.first(where: { refs.contains($0.ref) }) {
                    preferred = match.ref
                    adjacent.append(k)
                }
            }
            guard let (ref, first) = try valueChoice(i, preferring: preferred) else { continue }
            var literals: [SQLLiteral] = [.text(first)]
            var covered = [i]
            // "premium or enterprise", "card, paypal and crypto"
            var j = i + 1
            if let a = adjacent.first(where: { $0 == i + 1 }) { j = a + 1 }
            while let link = nextIndex(from: j, skipping: { isArticle($0) }), link < items.count {
                guard keyword(link) == .or || keyword(link) == .and,
                    let next = nextIndex(from: link + 1, skipping: { isArticle($0) }), isValue(next),
                    let other = items[next].values.first(where: { $0.ref == ref })
                else { break }
                literals.append(.text(other.value))
                covered.append(contentsOf: [link, next])
                j = next + 1
                if j < items.count, !items[j].used, items[j].keyword == nil, items[j].columns.contains(where: { $0.ref == ref }) {
                    covered.append(j)
                    j += 1
                }
            }
            // Verbs and column words that only introduce the value: "paid with", "referred through".
            var negated = false
            var k = i - 1
            var steps = 0
            while k >= 0 && steps < 5 {
                defer {
                    k -= 1
                    steps += 1
                }
                if items[k].used { continue }
                if isNegation(k) || keyword(k) == .compare(.notEqual) {
                    negated = true
                    covered.append(k)
                    break
                }
                if items[k].keyword == nil, items[k].columns.contains(where: { $0.ref == ref }) {
                    covered.append(k)
                    continue
                }
                if isArticle(k) { continue }
                switch keyword(k) {
                case .dateRelation?, .have?, .with?, .relative?, .groupBy?, .filler?, .compare(.equal)?, .verb?: continue
                default: break
                }
                break
            }
            meaning.conditions.append(Meaning.Condition(kind: .oneOf(ref, literals, negated: negated), position: i))
            for index in covered + adjacent { use(index) }
        }
    }

    /// "the Old-Town neighbourhood", "'Market' in their name": text inside the stored values of one
    /// column, as `LIKE '%…%'`. The column's own name next to it, and "in its name", only
    /// say where the text is.
    private mutating func readValuePart(at i: Int, _ part: ValueIndex.Part) {
        meaning.conditions.append(Meaning.Condition(kind: .like(part.ref, part.pattern, negated: false), position: i))
        items[i].isUnknown = false
        use(i)
        for k in [i - 1, i + 1]
        where k >= 0 && k < items.count && !items[k].used && items[k].keyword == nil
            && items[k].columns.contains(where: { $0.ref == part.ref })
        {
            use(k)
        }
    }

    /// "product P0371", "customer C0000001", "email 'a@b.c'", "named Emma Gomez".
    private mutating func readLiteral(at i: Int) throws(TranslationError) {
        let quoted = items[i].isQuoted
        let isCode = tokens[items[i].range.lowerBound].isCode
        // "named Emma Gomez", "orders did Anna Meyer place": capitalised words are a name.
        let named = previousIndex(from: i - 1, skipping: { isArticle($0) }).flatMap { keyword($0) == .named ? $0 : nil }
        if !quoted && !isCode && items[i].isUnknown {
            var words: [String] = []
            var k = i
            while k < items.count, !items[k].used, let literal = items[k].literal, items[k].isUnknown, !tokens[items[k].range.lowerBound].isCode {
                words.append(literal)
                k += 1
            }
            // Without "named", only a full name (two capitalised words or more) is taken as one,
            // and never a country: "Italy" with no Italian rows must be reported, not searched.
            guard named != nil || words.count >= 2,
                CountryNames.byKey[words.joined(separator: " ").lowercased()] == nil,
                let ref = try nameColumn(near: named ?? i)
            else { return }
            meaning.conditions.append(Meaning.Condition(kind: .oneOf(ref, [.text(words.joined(separator: " "))], negated: false), position: i))
            if let named { use(named) }
            for index in i..<k {
                items[index].isUnknown = false
                use(index)
            }
            return
        }
        guard quoted || isCode else { return }
        guard let p = previousIndex(from: i - 1, skipping: { k in isArticle(k) || keyword(k) == .compare(.equal) }) else { return }
        var ref: ColumnRef?
        if isColumn(p), let (c, _) = try column(p) {
            ref = c
            use(p)
        } else if isTable(p), let table = items[p].table, let key = lexicon.tables[table].keyColumn {
            ref = ColumnRef(table: table, column: key)
            noteTable(table, at: p)
        }
        guard let ref, let text = items[i].literal else { return }
        let column = lexicon[ref]
        let literal: SQLLiteral
        if column.isNumeric, let number = Double(text) { literal = .number(number) } else { literal = .text(text) }
        meaning.conditions.append(Meaning.Condition(kind: .oneOf(ref, [literal], negated: false), position: i))
        items[i].isUnknown = false
        use(i)
    }

    /// The column a person's or thing's name is in: the label column of the table named just
    /// before, else the one text column called "…name" in the tables in context.
    func nameColumn(near i: Int) throws(TranslationError) -> ColumnRef? {
        if let t = previousIndex(from: i - 1, skipping: { isArticle($0) }), isTable(t), let table = items[t].table,
            let label = lexicon.tables[table].labelColumn
        {
            return ColumnRef(table: table, column: label)
        }
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        let candidates = tables.flatMap { t in lexicon.tables[t].columns.filter { $0.isText && $0.words.contains("name") }.map(\.ref) }
        if candidates.count == 1 { return candidates[0] }
        if let first = contextTables.first, let label = lexicon.tables[first].labelColumn,
            candidates.contains(ColumnRef(table: first, column: label))
        {
            return ColumnRef(table: first, column: label)
        }
        if candidates.count > 1 { throw ambiguity(items[i].text, candidates.map(qualifiedName)) }
        return nil
    }

    // MARK: Yes/no columns

    mutating func readYesNoColumns() throws(TranslationError) {
        meaning.namesRowsAsSuch = namesRowsAsSuch()
        var mentions: [(index: Int, ref: ColumnRef, positive: Bool, negationAt: Int?)] = []
        for i in items.indices where isColumn(i, where: { $0.isBooleanLike }) {
            // "churn rate" and "average churn" are measures, read later.
            if i + 1 < items.count, case .percent? = items[i + 1].keyword ?? items[i + 1].alternateKeyword { continue }
            if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }) {
                switch keyword(p) {
                case .aggregate?, .distinct?, .extreme?: continue
                case .count?, .groupBy?:
                    // "how many churned customers" filters; "how many churn …" would count the column.
                    if let n = nextIndex(
                        from: i + 1,
                        skipping: { k in
                            items[k].used || isArticle(k) || isValue(k) || isColumn(k, where: { $0.isBooleanLike })
                        }),
                        isTable(n)
                    {
                        break
                    }
                    // "the number of observed deaths", "how many confirmed fires": the word stands
                    // before a value of another column, the things counted, and qualifies them;
                    // a yes/no column has two values, so counting them is never what is asked.
                    if let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), namesAValueOfAnotherColumn(n) { break }
                    continue
                default: break
                }
            }
            guard let (ref, negatedForm) = try column(i, where: { $0.isBooleanLike }) else { continue }
            var negationAt: Int?
            var k = i - 1
            var steps = 0
            while k >= 0 && steps < 4 {
                if items[k].used && !isNegation(k) {
                    k -= 1
                    steps += 1
                    continue
                }
                if isNegation(k) {
                    negationAt = k
                    break
                }
                if !isNegationGap(k) { break }
                k -= 1
                steps += 1
            }
            // "sites that never had a confirmed fire", "with no confirmed fires": before a yes/no
            // word that qualifies the noun after it, a negation at a distance ("never had a") or a
            // "no" denies the whole phrase — no such fire — and is left for the related-rows
            // reading; only "not"/"non" right before the word negates the word itself ("not
            // confirmed fires").
            if let n = negationAt, qualifiesTheNounAfter(i),
                n != i - 1 || !["not", "non"].contains(tokens[items[n].range.lowerBound].lower)
            {
                negationAt = nil
            }
            mentions.append((i, ref, negatedForm == (negationAt != nil), negationAt))
        }
        // The columns in the order the question first mentions them (not a `Set`'s order,
        // which changes from process to process): the conditions and groups follow it.
        var refs: [ColumnRef] = []
        for mention in mentions where !refs.contains(mention.ref) { refs.append(mention.ref) }
        for ref in refs {
            let these = mentions.filter { $0.ref == ref }
            if these.contains(where: { $0.positive }) && these.contains(where: { !$0.positive }) {
                // "churned versus non-churned", "for churned and for non-churned customers"
                meaning.groupings.append(.column(ref))
                for m in these {
                    use(m.index)
                    if let n = m.negationAt { use(n) }
                }
                for v in items.indices where keyword(v) == .versus { use(v) }
                // "between active and inactive employees"
                if let first = these.map(\.index).min(), let b = previousIndex(from: first - 1, skipping: { isArticle($0) || isNegation($0) }),
                    keyword(b) == .between
                {
                    use(b)
                }
                continue
            }
            for m in these {
                let column = lexicon[ref]
                guard let literal = m.positive ? column.trueLiteral : column.falseLiteral else { continue }
                meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, literal), position: m.index))
                use(m.index)
                if let n = m.negationAt { use(n) }
            }
        }
        try qualifyEventsByObservation()
    }

    /// A yes/no column named by the participle of a verb of perception (`observed`, `detected`,
    /// `seen`: WordNet files the verb's first sense under perception) says whether a row's event
    /// was seen to happen; a row with "no" records a follow-up that ended without it (a censored
    /// time), not the event. So a question about events of a kind ("how many deaths", "the
    /// recurrences by arm") counts the observed ones, while one about the rows as rows ("how many
    /// entries have the type death") counts them all. Without such a column, or once the question
    /// has said which it means, nothing changes; "never had a recurrence" is refused, since the
    /// related-rows reading cannot yet carry the qualifier into its subquery.
    mutating func qualifyEventsByObservation() throws(TranslationError) {
        guard !meaning.namesRowsAsSuch else { return }
        var added: [Meaning.Condition] = []
        for condition in meaning.conditions {
            guard case .oneOf(let ref, _, let negated) = condition.kind, lexicon[ref].isText, !lexicon[ref].isBooleanLike,
                let flag = lexicon.observationColumn(of: ref.table), let yes = lexicon[flag].trueLiteral,
                !meaning.conditions.contains(where: { other in
                    switch other.kind {
                    case .compare(let r, _, _), .oneOf(let r, _, _), .isNull(let r, _): return r == flag
                    default: return false
                    }
                }),
                !added.contains(where: { $0.requiredValue?.column == flag })
            else { continue }
            if negated {
                throw unsupported(
                    "Rows of \(lexicon.tables[ref.table].name) whose \(lexicon.columnName(flag)) is not yes record no event; say whether they count (\"with \(lexicon.columnName(flag)) yes\")."
                )
            }
            added.append(Meaning.Condition(kind: .compare(flag, .equal, yes), position: condition.position))
        }
        meaning.conditions += added
    }

    /// Whether the yes/no word at `i` stands before what it qualifies: a value of another column
    /// ("confirmed fires") or the rows' noun ("confirmed incidents").
    private func qualifiesTheNounAfter(_ i: Int) -> Bool {
        guard let n = nextIndex(from: i + 1, skipping: { isArticle($0) }) else { return false }
        return namesAValueOfAnotherColumn(n) || isTable(n)
    }

    /// Whether the item names a value of a column that is not yes/no ("fires" of a `kind`
    /// column), read already or not: what a yes/no word before it qualifies.
    private func namesAValueOfAnotherColumn(_ n: Int) -> Bool {
        guard items[n].keyword == nil, !items[n].columns.contains(where: { lexicon[$0.ref].isBooleanLike }) else { return false }
        return items[n].schema.contains { match in
            if case .value(let ref, _) = match.target { return !lexicon[ref].isBooleanLike }
            return false
        }
    }

    /// "Which thriller sold the most copies?" of a table of named rows with a yes/no `thriller`
    /// column: the noun asks for rows that are thrillers, not for the values 0 and 1 of the
    /// column — a yes/no value is never what "which" asks for. The rows are kept where the
    /// column says yes and named by their label.
    mutating func askForRowsOfAFlagNoun() {
        guard case .column(let ref)? = meaning.answerEntity, let yes = lexicon[ref].trueLiteral,
            lexicon.tables[ref.table].labelColumn != nil,
            let k = items.indices.first(where: { k in
                items[k].used && items[k].keyword == nil && items[k].columns.contains { $0.ref == ref && $0.score >= 4 }
                    && items[k].columns.allSatisfy { $0.ref == ref }
            })
        else { return }
        meaning.conditions.append(Meaning.Condition(kind: .compare(ref, .equal, yes), position: k))
        meaning.answerEntity = .table(ref.table)
        noteTable(ref.table, at: k)
    }
}
