/// The first pass: words that only say what kind of quantity a column holds ("tax rate",
/// "noise level", "pollen readings", "sugar content") are absorbed into the column they
/// follow, and a table's name with such a word names the table's one measure ("the rainfall
/// level" of `rainfall(gauge_code, year, millimetres)`). Done before anything else so
/// that "rate" is not read as a percentage and "readings" not reported as unknown.
extension Interpreter {
    /// Nouns that name the quantity a numeric column measures, not another column.
    static let measureNouns: Set<String> = [
        "rate", "level", "value", "reading", "content", "concentration", "measurement", "figure", "amount",
        "score", "index", "number", "count", "total", "size", "percentage", "share", "ratio", "price", "rating",
    ]

    mutating func linkWords() {
        dropPluralModifiersOfTableNames()
        absorbContextPhrase()
        readNamedTable()
        absorbDataCoverage()
        absorbDataNouns()
        mergeRepeatedColumn()
        readAnswersOfFlagColumns()
        readCompoundMeasureNames()
        preferNamingColumnAmongRowIdentifiers()
        preferColumnsNamedByTheWord()
        leaveBareMakeUnplaced()
        keepBoundColumnsInView()
        absorbPercentUnits()
        joinHyphenatedNames()
        absorbCountOfTheWhole()
        absorbPeriodLengths()
        readHyphenatedKinds()
        readNumberedValues()
        readNumberedNames()
        linkUnknownWords()
        readYearsOfYearNamedColumns()
        readValueFamilies()
        readNumberedColumns()
        readNumberUnits()
        rescaleScaledNumbers()
        readCountedColumnValues()
        readNamedRowsInScope()
        absorbValueNouns()
        absorbGroupNounsAfterValues()
        absorbThingsAfterYesNoColumns()
        absorbNounsBeforeValues()
        absorbDimensionNouns()
        absorbMeasureNouns()
        readAmountNouns()
        absorbNameOfQuotedText()
        absorbWholeScope()
        readCountedNouns()
        absorbCalendarMonth()
        readAdjectiveBeforeNoun()
        readHowAdjective()
        readExcludingWithout()
        readTimeEdges()
    }

    /// "doctors" of a grade column holding `Doc`, `JuniorDoc` and `SeniorDoc`: the word is
    /// a name of `Doc` (WordNet's doc ~ doctor), but the other values are kinds of it too
    /// (their last parts are that value), so the word names a family of values, not one. When
    /// the family is every value of the column, the word names every row: the rows of that
    /// table, no filter. When it is only some, the word is ambiguous and left unplaced. A word
    /// written as the stored value itself ("docs", "Doc") keeps the value.
    private mutating func readValueFamilies() {
        for i in items.indices where !items[i].used && items[i].keyword == nil && items[i].range.count == 1 && !items[i].isQuoted {
            let token = tokens[items[i].range.lowerBound]
            let values = items[i].values
            guard values.count == 1, let (ref, value, _) = values.first,
                ![token.lower, token.lemma].contains(value.lowercased()),
                let stored = lexicon[ref].distinctValues
            else { continue }
            let parts = Tokenizer.splitIdentifier(value).map { $0.lowercased() }
            let family = stored.filter { other in
                let otherParts = Tokenizer.splitIdentifier(other).map { $0.lowercased() }
                return otherParts.count >= parts.count && Array(otherParts.suffix(parts.count)) == parts
            }
            guard family.count > 1 else { continue }
            if family.count == stored.count {
                items[i].schema = [Item.SchemaMatch(target: .table(ref.table), score: 3)]
            } else {
                items[i].schema = []
                items[i].isUnknown = true
            }
        }
    }

    /// "longer than 210 mm", "at 0.5 mg", "more than 2000 miles": a unit after a number. Where
    /// the question names the column compared elsewhere, the unit only says how the number is
    /// measured and is absorbed into it; otherwise the unit names the one column measured in it
    /// (`volume_ml`), or the one column named after what it measures (miles → `distance`), and
    /// a bare number before it is that column's value ("at 0.5 mg").
    private mutating func readNumberUnits() {
        var i = items.count - 2
        while i >= 0 {
            defer { i -= 1 }
            let u = i + 1
            // "a 500 ml volume", one mention of `volume_ml` already: the column equals the number.
            if items[i].number != nil, !items[i].used, !items[u].used, items[u].range.count > 1, items[u].keyword == nil,
                let ref = bestNumericColumn(u), unitColumns(tokens[items[u].range.lowerBound].lower).contains(ref),
                !isCompared(i)
            {
                var equal = items[i]
                equal.number = nil
                equal.isInteger = false
                equal.keyword = .compare(.equal)
                items.insert(equal, at: i)
                continue
            }
            guard items[i].number != nil, !items[i].used, !items[u].used, items[u].range.count == 1,
                items[u].keyword == nil || items[u].isFiller || items[u].keyword == .datePart(.hour),
                tokens[items[u].range.lowerBound].kind == .word, items[u].bestSchemaScore <= 2
            else { continue }
            let word = tokens[items[u].range.lowerBound].lower
            // "more than 35 shillings": a currency no column's name spells, of the money columns.
            let currency = SchemaLexicon.unitSpellings(of: word) == nil && SchemaLexicon.isCurrencyName(word)
            guard let spellings = SchemaLexicon.unitSpellings(of: word) ?? (currency ? [] : nil) else { continue }
            let spelledIn = unitColumns(word)
            var measured = currency ? lexicon.unitlessMoneyColumns() : spelledIn
            if currency, measured.isEmpty { continue }
            if measured.isEmpty {
                let dimension =
                    spellings.compactMap { SchemaLexicon.unitDimensions[$0] }.first ?? SchemaLexicon.unitDimensions[Morphology.singular(word)] ?? []
                measured = lexicon.columns(in: Array(lexicon.tables.indices), namedBy: dimension).filter { !lexicon[$0].isBooleanLike }
                if let first = dimension.first(where: { d in measured.contains { lexicon[$0].words.contains(d) } }) {
                    measured = measured.filter { lexicon[$0].words.contains(first) }
                }
            }
            if measured.isEmpty, let unit = PhysicalUnit.written(word) {
                // "above 2000 metres" of `elevation`, "longer than 90 minutes" of a recital's
                // `running_length`: the column named as a measure of the unit's dimension.
                measured = lexicon.unitlessColumns(measuring: unit.dimension)
            }
            // The column compared is named elsewhere ("stems longer than 30 mm", "a leaf
            // width of at least 20 mm"): the unit is the number's.
            let named = items.indices.filter { $0 != u && !items[$0].used && items[$0].keyword == nil }.compactMap { bestNumericColumn($0) }
            // "at 250 ml": no comparison before the number, so the column equals it.
            let compared = isCompared(i)
            let postfix: Bool = {
                guard u + 1 < items.count, case .postfixCompare? = items[u + 1].keyword else { return false }
                return true
            }()
            // "a family income of at least 50 thousand dollars": the column named just before
            // the comparison is the one compared, whatever else the unit could name.
            // Not where that mention could also be the unit's column ("firings cost more than
            // 40 dollars": "cost" is also `kiln_cost_usd`).
            let comparedBefore =
                measuredBefore(number: i).map { k in
                    guard let ref = bestNumericColumn(k), named.contains(ref) else { return false }
                    return !items[k].columns.contains { measured.contains($0.ref) }
                } ?? false
            if !named.isEmpty, named.contains(where: { measured.contains($0) }) || measured.isEmpty || comparedBefore {
                merge(i...u)
                // "the 250 ml volume": the column right after, with no comparison, equals it;
                // so does the column after "of" ("16 MB of memory"), which is the one the
                // amount is of, whether or not the unit's dimension names it.
                var after = i + 1
                if after + 1 < items.count, items[after].range.count == 1, !items[after].used,
                    tokens[items[after].range.lowerBound].lower == "of"
                {
                    after += 1
                }
                if !compared, after < items.count, let next = bestNumericColumn(after),
                    measured.contains(next) || (after > i + 1 && measured.isEmpty && named.contains(next))
                {
                    var equal = items[i]
                    equal.number = nil
                    equal.isInteger = false
                    equal.keyword = .compare(.equal)
                    items.insert(equal, at: i)
                }
                continue
            }
            // "more than 600 minutes in the vehicle" where `wait_min` and `vehicle_time_min` are
            // both in minutes: the one word near the unit that names one of them says which,
            // and is that column's name said again.
            if measured.count > 1 {
                let near = max(0, i - 4)...min(items.count - 1, u + 4)
                let naming = near.filter { k in
                    k != u && k != i && !items[k].used && items[k].keyword == nil && items[k].table == nil && !items[k].hasValue
                        && items[k].columns.contains { measured.contains($0.ref) }
                }
                if naming.count == 1, let k = naming.first {
                    let chosen = Set(items[k].columns.map(\.ref)).intersection(measured)
                    if chosen.count == 1, let ref = chosen.first, !named.contains(where: { $0 != ref }) {
                        measured = [ref]
                        items[k].used = true
                        items[k].isUnknown = false
                    }
                }
            }
            // "choices cost more than 100 dollars" where "cost" names `fuel_cost_usd` and
            // `weighted_fare` alike: the unit says which, and is the number's.
            if measured.count == 1, let ref = measured.first,
                let k = items.indices.first(where: { k in
                    guard k != u, k != i, !items[k].used, items[k].keyword == nil, let best = items[k].columns.map(\.score).max() else {
                        return false
                    }
                    let top = Set(items[k].columns.filter { $0.score == best }.map(\.ref))
                    return top.count > 1 && top.contains(ref) && best >= items[k].bestSchemaScore
                })
            {
                let score = items[k].columns.map(\.score).max() ?? 2
                items[k].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: score)]
                merge(i...u)
                continue
            }
            // "more than 30 kilograms" of `load_kg` beside `declared_load_kg`: the plain one,
            // when the question does not say the other's qualifier. (Only of the columns whose
            // names spell the unit: one named after a dimension is no plainer for it.)
            if named.isEmpty, measured.count > 1, measured == spelledIn,
                let plain = lexicon.plainColumn(among: measured, phraseWords: [], saidStems: saidStems)
            {
                measured = [plain]
            }
            guard measured.count == 1, let ref = measured.first else { continue }
            items[u].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
            items[u].keyword = nil
            items[u].isUnknown = false
            items[u].literal = nil
            if !compared, !postfix {
                // The column first: "volume = 250" as "exactly 250 volume" reads.
                var equal = items[i]
                equal.number = nil
                equal.isInteger = false
                equal.keyword = .compare(.equal)
                items.insert(equal, at: i)
            }
        }
    }

    /// "the average rate in states with …", "the range of the rate across states": the plural of
    /// the column that names each row (`state` in a table of one row per state), after "in",
    /// "across", "among", "over" or "of", with a measure elsewhere, is the rows measured — not
    /// a column to list beside the measure.
    private mutating func readNamedRowsInScope() {
        for i in items.indices.dropFirst() where !items[i].used && items[i].keyword == nil && items[i].range.count == 1 {
            let token = tokens[items[i].range.lowerBound]
            // "the average pollen of days with a heat of 30 or more": a plural that also
            // names the rows, then the condition on them, is the rows (not the `Day` column).
            if token.lemma != token.lower, let table = items[i].table, items[i].hasColumn, i + 1 < items.count,
                ["with", "where", "that", "which", "when"].contains(tokens[items[i + 1].range.lowerBound].lower),
                let before = wordBefore(i, skipping: ["the", "all"]), ["in", "across", "among", "over", "of", "on", "for"].contains(before),
                items.indices.contains(where: { $0 != i && bestNumericColumn($0) != nil })
            {
                items[i].schema = [Item.SchemaMatch(target: .table(table), score: 3)]
                continue
            }
            guard token.lemma != token.lower, let ref = bestColumn(items[i]), items[i].bestSchemaScore >= 3 else { continue }
            let table = lexicon.tables[ref.table]
            guard SchemaLexicon.namingColumn(of: table) == ref.column, lexicon[ref].unique,
                let before = wordBefore(i, skipping: ["the", "all"]), ["in", "across", "among", "over", "of"].contains(before),
                items.indices.contains(where: { $0 != i && bestNumericColumn($0) != nil })
            else { continue }
            items[i].schema = [Item.SchemaMatch(target: .table(ref.table), score: 3)]
        }
    }

    /// The item naming a numeric column right before the comparison of the number at `i` ("an
    /// income of at least 50", "weight above 80"), past the comparison and little words.
    private func measuredBefore(number i: Int) -> Int? {
        var k = i - 1
        var sawComparison = false
        while k >= 0, k >= i - 6 {
            switch items[k].keyword {
            case .compare?, .than?:
                sawComparison = true
                k -= 1
                continue
            default: break
            }
            let word = tokens[items[k].range.lowerBound].lower
            if items[k].keyword != nil || ["of", "a", "an", "at", "is", "was", "were", "are", "be", "been", "has", "had", "have"].contains(word),
                items[k].schema.isEmpty
            {
                k -= 1
                continue
            }
            guard sawComparison else { return nil }
            return bestNumericColumn(k) == nil ? nil : k
        }
        return nil
    }

    /// Whether a comparison ("more than", "between … and") comes before the number at `i`.
    private func isCompared(_ i: Int) -> Bool {
        guard let p = previousIndex(from: i - 1, skipping: { isArticle($0) && tokens[items[$0].range.lowerBound].lower != "at" }) else {
            return false
        }
        switch items[p].keyword {
        case .compare?, .between?, .and?, .than?: return true
        default: return false
        }
    }

    /// The numeric column an item names best, if one.
    private func bestNumericColumn(_ i: Int) -> ColumnRef? {
        let columns = items[i].columns.filter { lexicon[$0.ref].isNumeric }
        guard let best = columns.map(\.score).max(), best >= 2, best >= items[i].bestSchemaScore else { return nil }
        var top = Set(columns.filter { $0.score == best }.map(\.ref))
        if top.count > 1 {
            let said = Set(items[i].range.map { tokens[$0].lemma })
            top = top.filter { lexicon.isWholeMeasure($0, namedBy: said) }
        }
        return top.count == 1 ? top.first : nil
    }

    /// "boats with 3 masts", "have 4 decks", "2 mast boats": a whole number before the
    /// noun of a whole-number column that counts something is that column's value, as if
    /// "exactly" were written before it.
    private mutating func readCountedColumnValues() {
        var i = items.count - 2
        while i >= 1 {
            defer { i -= 1 }
            guard let number = items[i].number, items[i].isInteger, number >= 0, !items[i].used, items[i].range.count == 1,
                items[i + 1].keyword == nil, !items[i + 1].used, let ref = numericColumn(i + 1), lexicon[ref].type == .integer,
                !lexicon[ref].isYearNumber, !lexicon[ref].isBooleanLike, !lexicon[ref].unique
            else { continue }
            // Only right after "have", "with", "of": "more than 3 masts" compares already.
            let before = tokens[items[i - 1].range.upperBound - 1].lower
            guard ["have", "has", "had", "having", "with", "of"].contains(before) else { continue }
            var equal = items[i]
            equal.number = nil
            equal.isInteger = false
            equal.keyword = .compare(.equal)
            items.insert(equal, at: i)
        }
    }

    /// "the loan repaid" of `loan_repayment`: neighbouring words whose best reading
    /// is the same column are one mention of it.
    private mutating func mergeRepeatedColumn() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            guard items[i].keyword == nil, items[i - 1].keyword == nil, !items[i].used, !items[i - 1].used,
                let a = bestColumn(items[i - 1]), let b = bestColumn(items[i]), a == b,
                items[i - 1].table == nil, items[i].table == nil, !items[i - 1].hasValue, !items[i].hasValue
            else { continue }
            let schema = items[i - 1].bestSchemaScore >= items[i].bestSchemaScore ? items[i - 1].schema : items[i].schema
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    func bestColumn(_ item: Item) -> ColumnRef? {
        let columns = item.columns
        guard let best = columns.map(\.score).max() else { return nil }
        let top = Set(columns.filter { $0.score == best }.map(\.ref))
        return top.count == 1 ? top.first : nil
    }

    /// "push-ups" of `Pushups`, "pull-ups" of `Pulls`: a hyphenated word that spells a column's
    /// name, or whose first part names one and whose rest is a particle.
    private mutating func joinHyphenatedNames() {
        var i = 0
        while i < items.count {
            defer { i += 1 }
            var end = i
            while end + 1 < items.count, items[end + 1].range.count == 1, tokens[items[end + 1].range.lowerBound].joinedToPrevious,
                tokens[items[end + 1].range.lowerBound].kind == .word
            { end += 1 }
            guard end > i, items[i].range.count == 1, tokens[items[i].range.lowerBound].kind == .word else { continue }
            let letters = (i...end).map { tokens[items[$0].range.lowerBound].lower }.joined()
            let spelled = lexicon.tables.flatMap { table in
                table.columns.filter { $0.letters == letters || $0.letters == Morphology.singular(letters) }.map(\.ref)
            }
            if spelled.count == 1 {
                items[i].schema = [Item.SchemaMatch(target: .column(spelled[0], negated: false), score: 4)]
                items[i].keyword = nil
                items[i].isUnknown = false
                items[i].literal = nil
                merge(i...end)
                continue
            }
            let tail = tokens[items[end].range.lowerBound].lower
            if end == i + 1, items[i].hasColumn, items[i].keyword == nil, items[end].schema.isEmpty,
                SchemaLexicon.particles.contains(tail) || (tail.hasSuffix("s") && SchemaLexicon.particles.contains(String(tail.dropLast())))
            {
                merge(i...end)
            }
        }
    }

    /// "the longest petals" where `sepal_length` and `petal_length` both measure length: the
    /// superlative of the dimension, on the column the noun also names.
    private mutating func readAdjectiveBeforeNoun() {
        // "stems longer than 30": the comparative of the dimension, on the column the noun
        // before it names among those that measure it.
        var k = items.count - 2
        while k >= 1 {
            defer { k -= 1 }
            guard !items[k].used, case .adjective(let dimension, let direction?)? = items[k].keyword, dimension != .time,
                dimension != .age, tokens[items[k].range.upperBound - 1].lower.hasSuffix("er"), case .than? = items[k + 1].keyword,
                let n = previousIndex(from: k - 1, skipping: { isArticle($0) }), !items[n].used, items[n].keyword == nil
            else { continue }
            let named = Set(items[n].columns.map(\.ref))
            let dimensional = lexicon.columns(in: Array(lexicon.tables.indices), namedBy: dimension.columnWords)
            var measured = dimensional.filter { named.contains($0) }
            // "winds faster than 15 mph" where no column is named for speed, "a mate taller
            // than 66" where the noun names a column of its own: the noun's column.
            // (Not a calendar part or code: "days hotter than 90" is the temperature of days.)
            if measured.isEmpty, let only = bestNumericColumn(n), dimensional.isEmpty || !lexicon.isOrdinal(only) { measured = [only] }
            guard measured.count == 1, let ref = measured.first else { continue }
            items[n].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 4)]
            items[k].keyword = .compare(direction == .descending ? .greater : .less)
            merge(k...(k + 1))
        }
        for i in items.indices.dropLast() where !items[i].used {
            guard case .adjective(let dimension, let direction?)? = items[i].keyword, dimension != .time,
                tokens[items[i].range.upperBound - 1].lower.hasSuffix("est"),
                let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), !items[n].used, items[n].keyword == nil
            else { continue }
            let named = Set(items[n].columns.map(\.ref))
            let measured = lexicon.columns(in: Array(lexicon.tables.indices), namedBy: dimension.columnWords).filter { named.contains($0) }
            // "the warmest month" of a table with one row a month: the noun names the row (by
            // its unique date), not the dates to group.
            if measured.isEmpty, items[n].range.count == 1, let best = bestColumn(items[n]), lexicon[best].isTemporal, lexicon[best].unique,
                lexicon.columns(in: [best.table], namedBy: dimension.columnWords).count == 1
            {
                items[n].schema = [Item.SchemaMatch(target: .table(best.table), score: 4)]
                continue
            }
            guard measured.count == 1, let ref = measured.first else { continue }
            items[i].keyword = .extreme(direction, .magnitude)
            items[n].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 4)]
        }
    }

    /// Whether the column "how tall" found is the question's: where several tables have a
    /// column of the dimension (a club's coach's height and its players'), the rest of the question
    /// must point at the found column's table (a value, column or rows noun of it) and at no
    /// other of those tables — "how tall are keepers" is the players' height, not the coaches'.
    private func howAdjectiveTableIsPlain(_ ref: ColumnRef, _ dimension: Dimension, except span: ClosedRange<Int>) -> Bool {
        let holders = lexicon.tables.indices.filter { !lexicon.columns(in: [$0], namedBy: dimension.columnWords).isEmpty }
        guard holders.count > 1 else { return true }
        var named = Set<Int>()
        for k in items.indices where !span.contains(k) && !items[k].used {
            for match in items[k].schema where match.score >= 3 {
                switch match.target {
                case .table(let t): named.insert(t)
                case .column(let r, _), .value(let r, _): named.insert(r.table)
                }
            }
        }
        let pointed = named.intersection(holders)
        return pointed == [ref.table]
    }

    /// "How old is the oldest patient?", "How tall is the tallest player?": "how" and a
    /// word that names a measure ask for that measure.
    private mutating func readHowAdjective() {
        for i in items.indices.dropLast().reversed()
        where tokens[items[i].range.lowerBound].lower == "how" && items[i].range.count == 1 && items[i].isUnknown {
            let next = items[i + 1]
            if case .adjective(let dimension, _)? = next.keyword, dimension != .time,
                let ref = try? dimensionColumn(dimension, hint: nil), howAdjectiveTableIsPlain(ref, dimension, except: i...(i + 1))
            {
                items[i + 1].keyword = nil
                items[i + 1].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
                items[i].isUnknown = false
                merge(i...(i + 1))
                items[i].keyword = nil
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
            } else if next.keyword == nil, next.columns.contains(where: { lexicon[$0.ref].isNumeric }) {
                items[i].isUnknown = false
                let schema = next.schema
                merge(i...(i + 1))
                items[i].schema = schema
            } else if let ref = magnitudeColumn(askedBy: i + 1) {
                items[i].isUnknown = false
                merge(i...(i + 1))
                items[i].keyword = nil
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
            }
        }
    }

    /// "How big is X?", "How high was the reservoir in 1931?": an adjective after "how" and before
    /// a copula asks for the magnitude WordNet says it is the attribute of (big → size, high →
    /// height or level). The column is the one numeric column of the tables in question one of
    /// whose words is that attribute or a narrower kind of it; failing that, a kind of
    /// magnitude next to it (an area is an extent, a size's sibling: "how big" of an island is
    /// its area) that is the table's one measure. Nil when no column or several fit, or when
    /// the question names a numeric column itself.
    private func magnitudeColumn(askedBy a: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, a + 1 < items.count, items[a].isUnknown, items[a].keyword == nil, items[a].range.count == 1,
            ["is", "was", "are", "were"].contains(tokens[items[a + 1].range.lowerBound].lower)
        else { return nil }
        let word = tokens[items[a].range.lowerBound].lower
        // The attributes of the adjective's senses, and the kinds one step above them.
        var attributes = Set<Int>()
        var siblingsOf = Set<Int>()
        for sense in wordNet.synsets(word, .adjective).prefix(3) {
            for link in wordNet.follow(sense) where link.relation == .attribute && link.synset.partOfSpeech == .noun {
                attributes.insert(link.synset.offset)
                // Only WordNet's "magnitude" is narrow enough to relate siblings ("property"
                // holds weight and quality alike).
                for kind in wordNet.kinds(of: link.synset, within: 1).dropFirst() where kind.words.contains("magnitude") {
                    siblingsOf.insert(kind.offset)
                }
            }
        }
        guard !attributes.isEmpty else { return nil }
        let named = items.indices.contains { k in
            k != a && !items[k].used && items[k].keyword == nil
                && items[k].columns.contains { $0.score >= 2 && lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isYearNumber }
        }
        if named { return nil }
        func fits(_ columnWord: String, _ relations: Set<Int>) -> Bool {
            wordNet.synsets(columnWord, .noun).prefix(6).contains { sense in
                wordNet.kinds(of: sense, within: 2).contains { relations.contains($0.offset) }
            }
        }
        let tables = contextTables.isEmpty ? (lexicon.tables.count == 1 ? [0] : []) : contextTables
        let measures = tables.flatMap { lexicon.tables[$0].columns }.filter { $0.isNumeric && !$0.isBooleanLike && !$0.isYearNumber }
        let direct = measures.filter { column in column.words.contains { $0.count >= 3 && fits($0, attributes) } }
        if !direct.isEmpty { return direct.count == 1 ? direct[0].ref : nil }
        // A sibling under "magnitude" (an area or a depth for "big") only as the one measure
        // the table has: beside a depth, "how big" of a lake is not its depth.
        let siblings = measures.filter { column in column.words.contains { $0.count >= 3 && fits($0, siblingsOf) } }
        guard siblings.count == 1, let table = tables.first, tables.count == 1, soleMeasure(of: table) == siblings[0].ref else { return nil }
        return siblings[0].ref
    }

    /// "excluding those without a pollen value", "leaving out weeks without a value", "ignoring
    /// rows with no X": the rows that have X.
    private mutating func readExcludingWithout() {
        for i in items.indices {
            let word = tokens[items[i].range.lowerBound].lower
            var opener = [i]
            if word == "leaving" || word == "leave", i + 1 < items.count, tokens[items[i + 1].range.lowerBound].lower == "out" {
                opener.append(i + 1)
            } else if !["excluding", "ignoring", "omitting", "disregarding", "exclude", "ignore"].contains(word) {
                continue
            }
            // "those", "the ones", "rows", "weeks" … then "without" / "with no"
            var k = opener.last! + 1
            while k < items.count, k <= opener.last! + 3 {
                let w = tokens[items[k].range.lowerBound].lower
                if w == "without" || (w == "with" && k + 1 < items.count && ["no", "missing"].contains(tokens[items[k + 1].range.lowerBound].lower)) {
                    break
                }
                k += 1
            }
            guard k < items.count, k <= opener.last! + 3 else { continue }
            let noIndex = tokens[items[k].range.lowerBound].lower == "with" ? k + 1 : nil
            for o in opener {
                items[o].used = true
                items[o].isUnknown = false
            }
            // The words between only name the rows left out.
            for g in (opener.last! + 1)..<k
            where items[g].isUnknown || items[g].table != nil || items[g].keyword == .rowsNoun
                || {
                    if case .datePart? = items[g].keyword { return true }
                    return false
                }()
                || ["those", "ones", "the"].contains(tokens[items[g].range.lowerBound].lower)
            {
                items[g].used = true
                items[g].isUnknown = false
            }
            items[k].keyword = .with
            items[k].alternateKeyword = nil
            if let noIndex {
                items[noIndex].used = true
            }
        }
    }

    /// "When was the price index last below 80?", "the last week with pollen below 40": the
    /// latest (earliest) date of the rows meeting the condition.
    private mutating func readTimeEdges() {
        for i in items.indices.reversed() where !items[i].used {
            guard case .extreme(let direction, .time)? = items[i].keyword, ["last", "first"].contains(tokens[items[i].range.lowerBound].lower) else {
                continue
            }
            // "in the first quarter of 2020" is a period of the calendar (`datePoint`), not the
            // earliest rows.
            if datePoint(at: i, allowYear: false) != nil { continue }
            let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
            let dates = tables.flatMap { lexicon.dateColumns(of: $0) }
            guard dates.count == 1, let date = dates.first else { continue }
            let next = i + 1 < items.count ? items[i + 1] : nil
            var periodNoun = false
            if let next, case .datePart? = next.keyword { periodNoun = true }
            let asksWhen = tokens.first?.lower == "when"
            if periodNoun, let next, next.schema.isEmpty || next.table != nil {
                // "the last week with …": the date column, latest first.
                items[i + 1].keyword = nil
                items[i + 1].schema = [Item.SchemaMatch(target: .column(date, negated: false), score: 4)]
                items[i].keyword = .extreme(direction, .magnitude)
            } else if asksWhen, next == nil || next!.keyword != nil || next!.number != nil {
                // "When was X last below 80?": asks for the latest date of those rows.
                var extreme = items[i]
                extreme.keyword = .extreme(direction, .magnitude)
                var column = items[i]
                column.keyword = nil
                column.schema = [Item.SchemaMatch(target: .column(date, negated: false), score: 4)]
                items[i].keyword = .filler
                items.insert(contentsOf: [extreme, column], at: 1)
            }
        }
    }

    /// "each calendar month": the month of the year, whatever the year.
    private mutating func absorbCalendarMonth() {
        for i in items.indices.dropLast().reversed() where tokens[items[i].range.lowerBound].lower == "calendar" && items[i].range.count == 1 {
            guard case .datePart(.month)? = items[i + 1].keyword else { continue }
            meaning.wholePeriod = true
            items[i].used = true
            items[i].isUnknown = false
        }
    }

    private func lemma(_ i: Int) -> String { tokens[items[i].range.lowerBound].lemma }

    /// "at least 90 percent", "fewer than 10 %": the unit of a number compared, not a share.
    private mutating func absorbPercentUnits() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            guard case .percent(.percentage)? = items[i].keyword, items[i - 1].number != nil, items[i].range.count <= 2 else { continue }
            let previous = previousIndex(from: i - 2, skipping: { isArticle($0) })
            let compared: Bool = {
                guard let previous else { return false }
                switch items[previous].keyword {
                case .compare?, .between?, .and?: return true
                default: return false
                }
            }()
            let postfix: Bool = {
                guard i + 1 < items.count, case .postfixCompare? = items[i + 1].keyword else { return false }
                return true
            }()
            // "a relative humidity of 60 percent", "at 60 percent humidity": the unit of a
            // value a numeric column holds, said of the column before or after it.
            let ofAColumn: Bool = {
                if namesAColumn(i + 1) { return true }
                let of = i - 2
                guard of > 0, items[of].range.count == 1, ["of", "at"].contains(lemma(of)) else { return false }
                return namesAColumn(of - 1)
            }()
            guard compared || postfix || ofAColumn else { continue }
            merge((i - 1)...i)
        }
    }

    /// Whether item `j` may name the column a percentage belongs to: a numeric column, or words
    /// not placed yet ("relative humidity" of `Rel.Hum` is linked later).
    private func namesAColumn(_ j: Int) -> Bool {
        guard j >= 0, j < items.count, !items[j].used, items[j].keyword == nil, items[j].number == nil else { return false }
        return items[j].isUnknown || numericColumn(j) != nil
    }

    private func isMeasureNoun(_ i: Int) -> Bool {
        guard i < items.count, !items[i].used, items[i].range.count == 1, Interpreter.measureNouns.contains(lemma(i)) else { return false }
        // A measure noun that is itself the whole name of a column ("rate", "total") stays that column.
        return items[i].bestSchemaScore < 4
    }

    /// A numeric column that `i` names outright (its best reading is a numeric column).
    private func numericColumn(_ i: Int) -> ColumnRef? {
        guard i >= 0, i < items.count, !items[i].used, items[i].keyword == nil else { return nil }
        let columns = items[i].columns.filter { lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike }
        guard let best = columns.map(\.score).max(), best >= items[i].bestSchemaScore else { return nil }
        let top = Set(columns.filter { $0.score == best }.map(\.ref))
        return top.count == 1 ? top.first : nil
    }

    /// The one numeric column of a table that measures something: not a key, an identifier,
    /// a code or a year.
    func soleMeasure(of table: Int) -> ColumnRef? {
        let key = lexicon.tables[table].keyColumn
        let measures = lexicon.tables[table].columns.filter { column in
            column.isNumeric && !column.isBooleanLike && column.ref.column != key && !column.isYearNumber
                && !column.words.contains(where: { ["id", "code", "key", "num", "no", "nr"].contains($0) })
        }
        return measures.count == 1 ? measures[0].ref : nil
    }

    /// Nouns that say what kind of thing a context phrase describes: "In the Lake
    /// Malawi data,", "In these 1990 sea trials,", "In this fish oil experiment,".
    static let contextNouns: Set<String> = [
        "data", "dataset", "database", "table", "experiment", "study", "test", "survey", "sample", "trial", "census", "record",
        "file", "series", "report", "register", "ranking", "list", "listing", "collection", "poll", "catalogue", "catalog",
        "inventory", "spreadsheet", "sheet", "source", "panel", "log",
    ]

    /// "In the Lake Malawi data, …", "In these 1990 sea trials, …": an opening phrase
    /// that only describes the dataset. Its words are dropped when none of them names
    /// anything in the schema (a value, a column, a date the rows have): a description of the
    /// data, not a condition on it.
    private mutating func absorbContextPhrase() {
        absorbPlaceOfTheData()
        // "According to the survey, …", "According to this data, …": the same, said of a source.
        var opener = 1
        if items.count > 5, tokens[items[0].range.lowerBound].lower == "according", items[0].range.count == 1,
            tokens[items[1].range.lowerBound].lower == "to", items[1].range.count == 1
        {
            opener = 2
        } else if items.count > 4, items[0].range.count == 2, tokens[items[0].range.lowerBound].lower == "according",
            tokens[items[0].range.lowerBound + 1].lower == "to"
        {
            opener = 1
        } else {
            guard items.count > 4,
                ["in", "for", "from", "across", "within", "over", "during", "throughout"].contains(tokens[items[0].range.lowerBound].lower),
                items[0].range.count == 1
            else { return }
        }
        let first = tokens[items[opener].range.lowerBound]
        // "According to Smith's survey, …": whose data it is, in place of the article — a
        // capitalised name that is nothing in the data.
        let owner =
            first.kind == .word && first.text.first?.isUppercase == true && items[opener].isUnknown && !items[opener].isSchema
            && items[opener].valuePart == nil && !items[opener].isQuoted
        guard items.count > opener + 3, ["the", "this", "these", "that", "those", "our"].contains(first.lower) || owner else { return }
        guard let comma = items.indices.prefix(9).first(where: { tokens[items[$0].range.lowerBound].text == "," }), comma >= 3 else { return }
        let hasDates = lexicon.tables.contains { table in table.columns.contains { $0.isTemporal || $0.isYearNumber } }
        func isContextNoun(_ k: Int) -> Bool {
            items[k].range.count == 1 && Interpreter.contextNouns.contains(Morphology.singular(tokens[items[k].range.lowerBound].lower))
        }
        if isContextNoun(comma - 1) {
            for k in (opener + 1)..<max(opener + 1, comma - 1) {
                let item = items[k]
                if item.isSchema || item.date != nil || item.valuePart != nil || item.isQuoted { return }
                if item.number != nil, hasDates || !item.isInteger { return }
            }
        } else {
            // "In this survey of 237 students, …": the collection, then what it is of — how
            // many rows and what they are (the table's own name, or words naming nothing).
            guard opener + 2 < comma - 1, isContextNoun(opener + 1), tokens[items[opener + 2].range.lowerBound].lower == "of",
                items[opener + 2].range.count == 1
            else { return }
            for k in (opener + 1)..<comma where k != opener + 2 {
                let item = items[k]
                let onlyTable = item.isSchema && item.schema.allSatisfy { if case .table = $0.target { return true } else { return false } }
                if (item.isSchema && !onlyTable) || item.date != nil || item.valuePart != nil || item.isQuoted { return }
                if item.number != nil, hasDates || !item.isInteger { return }
                if !item.isSchema, item.number == nil, !item.isUnknown, !item.isFiller { return }
            }
        }
        for k in 0...comma {
            items[k].used = true
            items[k].isUnknown = false
        }
    }

    /// Whether the item at `i` closes the question, or a clause set off by a comma.
    private func endsClause(after i: Int) -> Bool {
        items[(i + 1)...].allSatisfy { item in item.range.allSatisfy { tokens[$0].kind == .symbol } }
            || (i + 1 < items.count && tokens[items[i + 1].range.lowerBound].text == ",")
    }

    /// Verbs that say what a collection of data holds.
    static let coverageVerbs: Set<String> = ["cover", "span", "include", "contain", "hold", "have", "comprise", "encompass", "list"]

    /// "How many weeks does the log cover?", "… does this dataset include": a form of "do",
    /// the data named as a whole and a verb of holding only ask what is in the data.
    private mutating func absorbDataCoverage() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices where i >= 2 && i + 1 < items.count && !items[i].isSchema && items[i].range.count == 1 {
            let noun = Morphology.singular(tokens[items[i].range.lowerBound].lower)
            guard Interpreter.contextNouns.contains(noun), items[i - 1].range.count == 1, items[i - 2].range.count == 1,
                items[i + 1].range.count == 1, !items[i + 1].isSchema,
                ["does", "do", "did"].contains(tokens[items[i - 2].range.lowerBound].lower),
                ["the", "this", "these", "that", "our"].contains(tokens[items[i - 1].range.lowerBound].lower),
                let verb = wordNet.baseForms(tokens[items[i + 1].range.lowerBound].lower, .verb).first, Interpreter.coverageVerbs.contains(verb)
            else { continue }
            for k in (i - 2)...(i + 1) {
                items[k].used = true
                items[k].isUnknown = false
            }
        }
    }

    /// "How many members in the register resigned …", "… in the study were …": a verb right after
    /// the item, so the phrase before it closes the subject (it qualifies nothing after it).
    private func verbFollows(_ i: Int) -> Bool {
        guard let wordNet = WordNet.shared, i + 1 < items.count, items[i + 1].range.count == 1, !items[i + 1].used else { return false }
        let next = tokens[items[i + 1].range.lowerBound]
        guard next.kind == .word else { return false }
        if Interpreter.auxiliaryVerbs.contains(next.lower) { return true }
        // An inflected verb that is no noun or adjective ("scored"), read as nothing else (a verb
        // that names a column says more than that the subject ended).
        guard items[i + 1].isUnknown || items[i + 1].isFiller, let base = wordNet.baseForms(next.lower, .verb).first, base != next.lower
        else { return false }
        return wordNet.baseForms(next.lower, .noun).isEmpty && wordNet.baseForms(next.lower, .adjective).isEmpty
    }

    /// "… in this ranking", "… of the survey", "… in the experiment": the data itself, named
    /// by what kind of collection it is — a preposition, a determiner and a context noun that
    /// names nothing in the schema, closing the question or a clause. Not a noun that also
    /// names rows, nor one the question goes on to qualify ("the sample with the largest …",
    /// "the list of …" are one of something).
    private mutating func absorbDataNouns() {
        for i in items.indices where i >= 2 && items[i].range.count == 1 && !items[i].used && !items[i].isSchema {
            guard Interpreter.contextNouns.contains(Morphology.singular(tokens[items[i].range.lowerBound].lower)),
                items[i].keyword == nil || items[i].isFiller, endsClause(after: i) || verbFollows(i),
                items[i - 1].range.count == 1,
                ["the", "this", "these", "that", "our", "whole", "entire"].contains(tokens[items[i - 1].range.lowerBound].lower),
                items[i - 2].range.count == 1, !items[i - 2].used,
                ["in", "of", "from", "across", "within", "throughout", "to", "during", "over"].contains(tokens[items[i - 2].range.lowerBound].lower)
            else { continue }
            // "to" only as "according to".
            if tokens[items[i - 2].range.lowerBound].lower == "to" {
                guard i >= 3, tokens[items[i - 3].range.lowerBound].lower == "according" else { continue }
            }
            for k in (i - 2)...i {
                items[k].used = true
                items[k].isUnknown = false
            }
            if tokens[items[i - 2].range.lowerBound].lower == "to" {
                items[i - 3].used = true
                items[i - 3].isUnknown = false
            }
        }
    }

    /// "the lake" names the rows of `lake_temperature` (`SchemaLexicon`: the other words of a
    /// table's name), but "rides" does not name the rows of `ride_choices`: a plural of the word
    /// that qualifies the rows counts those things, which the rows are not. Such a word is
    /// left unplaced.
    private mutating func dropPluralModifiersOfTableNames() {
        for i in items.indices where items[i].range.count == 1 && items[i].keyword == nil {
            let token = tokens[items[i].range.lowerBound]
            guard token.kind == .word, token.lemma != token.lower, let t = items[i].table,
                items[i].schema.allSatisfy({ $0.target == .table(t) }),
                lexicon.tables[t].words.count > 1, lexicon.tables[t].words.dropLast().contains(token.lemma),
                lexicon.tables[t].words.last != token.lemma,
                // "pearls" of `pearl_brooches` are the brooches (see `SchemaLexicon.modifierRowNouns`).
                !lexicon.tables[t].rowWords.contains(token.lemma)
            else { continue }
            items[i].schema = []
            items[i].isUnknown = true
        }
    }

    /// "Across Scotland, …", "Throughout Europe, …": a place opening the question, set off by a
    /// comma, that names nothing in the data (no stored value, column or table) says where the
    /// whole dataset is from; a place that is a value ("Across Texas, …") stays a condition.
    private mutating func absorbPlaceOfTheData() {
        guard items.count > 4, ["across", "throughout", "within"].contains(tokens[items[0].range.lowerBound].lower), items[0].range.count == 1,
            let comma = items.indices.prefix(5).first(where: { tokens[items[$0].range.lowerBound].text == "," }), comma >= 2
        else { return }
        // "Across all of Canada, …", "Throughout the whole of Wales, …": the same place, all of it.
        var first = 1
        while first < comma - 1, items[first].range.count == 1,
            ["all", "of", "the", "whole", "entire"].contains(tokens[items[first].range.lowerBound].lower)
        {
            first += 1
        }
        if first > 1, tokens[items[first - 1].range.lowerBound].lower != "of" { return }
        for k in first..<comma {
            let item = items[k]
            let token = tokens[item.range.lowerBound]
            guard item.isUnknown, !item.isSchema, item.valuePart == nil, !item.isQuoted, item.number == nil, item.date == nil,
                token.kind == .word, token.text.first?.isUppercase == true
            else { return }
        }
        for k in 0...comma {
            items[k].used = true
            items[k].isUnknown = false
        }
    }

    /// "the states table", "the couriers dataset": a word of a table's name before "table" names
    /// that table, whatever else it could be.
    private mutating func readNamedTable() {
        for i in items.indices.dropLast() where items[i].range.count <= 2 && !items[i].used {
            let next = tokens[items[i + 1].range.lowerBound].lower
            guard ["table", "dataset", "sheet", "file"].contains(next), items[i + 1].range.count == 1 else { continue }
            // "the states table" even where "the states" is another name of a value.
            let word = tokens[items[i].range.upperBound - 1].lemma
            if items[i].range.count == 2, tokens[items[i].range.lowerBound].lower != "the" { continue }
            let named = lexicon.tables.indices.filter { lexicon.tables[$0].words.contains(word) || lexicon.tables[$0].name.lowercased() == word }
            guard named.count == 1, let table = named.first else { continue }
            items[i].schema = [Item.SchemaMatch(target: .table(table), score: 4)]
            items[i].keyword = nil
            items[i].isUnknown = false
            items[i].literal = nil
            items[i + 1].used = true
            items[i + 1].isUnknown = false
        }
    }

    /// "the courier with code Q7", "the station named by id S12": a noun for what a value is,
    /// right before a stored value, only says the value is one.
    private mutating func absorbNounsBeforeValues() {
        for i in items.indices.dropLast().reversed() where !items[i].used && items[i].range.count == 1 && items[i].bestSchemaScore <= 2 {
            guard ["code", "id", "identifier", "abbreviation", "symbol", "number", "name", "label"].contains(lemma(i)),
                items[i].isUnknown || items[i].keyword == nil || items[i].isFiller,
                !items[i + 1].used, items[i + 1].keyword == nil, isValue(i + 1) || (items[i + 1].literal != nil && !items[i + 1].isUnknown)
            else { continue }
            let next = items[i + 1]
            merge(i...(i + 1))
            items[i].schema = next.schema
            items[i].literal = next.literal
            items[i].isQuoted = next.isQuoted
            items[i].valuePart = next.valuePart
            items[i].isUnknown = next.isUnknown
            items[i].keyword = nil
        }
    }

    /// "the SKU codes", "the store names", "branch ids": a column named, then what
    /// its values are.
    private mutating func absorbValueNouns() {
        for i in items.indices.dropFirst().reversed() where !items[i].used && items[i].range.count == 1 && items[i].bestSchemaScore < 3 {
            guard ["code", "name", "id", "identifier", "label", "value"].contains(lemma(i)), items[i - 1].keyword == nil, !items[i - 1].used,
                let best = items[i - 1].columns.map(\.score).max(), best >= 3
            else { continue }
            // "the town name" of `town_name` is already one name; only a column's own plural noun is absorbed.
            let schema = items[i - 1].schema
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    /// What units measure: the dimensions of the unit lexicon ("distance", "duration",
    /// "weight") and the other quantities a figure is read as.
    static let dimensionNouns: Set<String> = Set(SchemaLexicon.unitDimensions.values.joined()).union([
        "time", "length", "height", "width", "depth", "speed", "temperature", "volume", "area",
    ])

    /// "the sprint time", "her jump distance", "the vault height": a noun for a dimension,
    /// unknown to the schema, right after the one numeric column a word names, only says what
    /// that column holds — unless the column's name says it holds another dimension (a unit
    /// measuring something else, or another dimension's word), when the noun stays unplaced.
    ///
    /// The noun may also be only a part of other columns' names ("plot area" where `Shaded
    /// area` is a yes/no column): two nouns side by side name one thing, so the noun still only
    /// says what the column before it holds, and is never a second column (a filter nobody
    /// asked for). Then a partial mention of that column is enough.
    private mutating func absorbDimensionNouns() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            guard !items[i].used, items[i].range.count == 1, tokens[items[i].range.lowerBound].kind == .word else { continue }
            let noun = lemma(i)
            guard Interpreter.dimensionNouns.contains(noun), let ref = numericColumn(i - 1),
                let best = items[i - 1].columns.map(\.score).max()
            else { continue }
            if items[i].isUnknown {
                guard best >= 3 else { continue }
            } else {
                guard best >= 2, isOnlyPartOfOtherColumnNames(i, besides: ref) else { continue }
                // Only a column whose unit measures that dimension takes it ("plot area" of a plot
                // size in square feet); otherwise ("rooms area" of a count of rooms) the
                // noun is neither that column's nor a yes/no filter nobody asked for: unplaced.
                guard lexicon[ref].unitDimensions.contains(noun) else {
                    if items[i].columns.allSatisfy({ lexicon[$0.ref].isBooleanLike }) {
                        items[i].schema = []
                        items[i].isUnknown = true
                    }
                    continue
                }
            }
            let column = lexicon[ref]
            if !column.unitDimensions.isEmpty, !column.unitDimensions.contains(noun) { continue }
            if column.words.contains(where: { $0 != noun && Interpreter.dimensionNouns.contains($0) }) { continue }
            let schema = items[i - 1].schema.filter {
                if case .column(let r, _) = $0.target { return r == ref }
                return false
            }
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    /// Whether every reading of the item is a part of another column's name (a partial
    /// match, below a whole name), none of them `ref`.
    private func isOnlyPartOfOtherColumnNames(_ i: Int, besides ref: ColumnRef) -> Bool {
        guard items[i].keyword == nil, !items[i].schema.isEmpty else { return false }
        return items[i].schema.allSatisfy { match in
            guard case .column(let other, _) = match.target else { return false }
            return other != ref && match.score <= 2
        }
    }

    /// An aggregate, extreme or total word: what a span of time is a figure of.
    private func isFigureWord(_ i: Int) -> Bool {
        switch items[i].keyword ?? items[i].alternateKeyword {
        case .aggregate?, .extreme?, .inTotal?: return true
        default: return false
        }
    }

    /// Time units a hyphenated length of time is written with ("two-week", "12-month").
    static let periodLengthUnits: Set<String> = ["hour", "day", "week", "month", "year"]
    static let smallNumberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// "per two-week shift", "the 12-month periods": a hyphenated length of time before a noun
    /// says how long each row's period is, which no column keeps when none is named after that
    /// unit or measures time; the words only describe the rows. Where such a column exists
    /// ("3-year loans" beside `term_years`) the words stay for what they may mean.
    private mutating func absorbPeriodLengths() {
        var i = 0
        while i + 2 < items.count {
            defer { i += 1 }
            let count = tokens[items[i].range.lowerBound]
            let unitToken = tokens[items[i + 1].range.lowerBound]
            guard items[i].range.count == 1, items[i + 1].range.count == 1, !items[i].used, !items[i + 1].used,
                count.kind == .number || Interpreter.smallNumberWords.contains(count.lower),
                unitToken.joinedToPrevious, unitToken.kind == .word, Interpreter.periodLengthUnits.contains(unitToken.lemma),
                !tokens[items[i + 2].range.lowerBound].joinedToPrevious, tokens[items[i + 2].range.lowerBound].kind == .word,
                items[i + 2].number == nil,
                // "the 3-year average", "a 7-day total" are figures over that span, not a description.
                !isFigureWord(i + 2)
            else { continue }
            let unit = unitToken.lemma
            let kept = lexicon.tables.contains { table in
                table.columns.contains { column in
                    column.words.contains { $0 == unit || $0 == unit + "s" } || column.unitDimensions.contains("time")
                        || column.unitDimensions.contains("duration") || (column.isNumeric && column.words.contains("duration"))
                }
            }
            guard !kept else { continue }
            for k in i...(i + 1) {
                items[k].used = true
                items[k].isUnknown = false
            }
        }
    }

    /// "came with a bread-stick" where `bread` is a yes/no column: a hyphenated noun WordNet knows as a
    /// kind of what its first part names (a bread-stick is a bread) has that thing, so it
    /// names the yes/no column of it; the rest only says which kind. Only when the rest names
    /// nothing itself, and never for a value or a measure (a kind of nurse is not every nurse).
    private mutating func readHyphenatedKinds() {
        guard let wordNet = WordNet.shared else { return }
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            let first = tokens[items[i - 1].range.lowerBound]
            guard items[i].isUnknown, !items[i].used, items[i].range.count == 1, items[i - 1].range.count == 1, !items[i - 1].used,
                tokens[items[i].range.lowerBound].joinedToPrevious, tokens[items[i].range.lowerBound].kind == .word, first.kind == .word,
                items[i - 1].keyword == nil, items[i - 1].isSchema,
                items[i - 1].schema.allSatisfy({ match in
                    guard case .column(let ref, _) = match.target else { return false }
                    return lexicon[ref].isBooleanLike
                })
            else { continue }
            let compound = first.lower + "-" + tokens[items[i].range.lowerBound].lower
            let isKindOfFirst = wordNet.synsets(compound, .noun).prefix(2).contains { sense in
                // (A parent or a grandparent: the compound's own words do not count.)
                wordNet.isKind(sense, within: 2) { kind in
                    kind.offset != sense.offset && kind.words.contains { $0.lowercased() == first.lower }
                }
            }
            guard isKindOfFirst else { continue }
            let schema = items[i - 1].schema
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    /// "with a sauna stove", "a radio set" where `sauna` and `radio` are yes/no columns: an
    /// unknown noun for a made thing (WordNet: an artifact in its first sense) right after the
    /// column only names the thing the column says a row has. Singular, with an article before
    /// the column, as things had are said; a plural or a bare noun may count something else.
    private mutating func absorbThingsAfterYesNoColumns() {
        guard let wordNet = WordNet.shared else { return }
        var i = items.count - 1
        while i > 1 {
            defer { i -= 1 }
            let token = tokens[items[i].range.lowerBound]
            guard items[i].isUnknown, !items[i].used, items[i].range.count == 1, token.kind == .word, token.lemma == token.lower,
                !items[i - 1].used, items[i - 1].keyword == nil, items[i - 1].range.count == 1,
                ["a", "an", "the"].contains(tokens[items[i - 2].range.upperBound - 1].lower),
                items[i - 1].isSchema,
                items[i - 1].schema.allSatisfy({ match in
                    guard case .column(let ref, let negated) = match.target else { return false }
                    return !negated && lexicon[ref].isBooleanLike
                }),
                let sense = wordNet.firstSynset(token.lower, .noun)
            else { continue }
            guard wordNet.hypernyms(of: sense).contains(where: { $0.synset.words.contains("artifact") }) else { continue }
            let schema = items[i - 1].schema
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    /// "the placebo arm", "the Autumn cohort": a noun for a division of a larger whole
    /// (WordNet: a kind of division or group, within three steps) right after a stored value
    /// only says the value names a group of rows.
    private mutating func absorbGroupNounsAfterValues() {
        guard let wordNet = WordNet.shared else { return }
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            let token = tokens[items[i].range.lowerBound]
            guard items[i].isUnknown, !items[i].used, items[i].range.count == 1, token.kind == .word, !items[i - 1].used,
                items[i - 1].keyword == nil, items[i - 1].hasValue, items[i - 1].bestSchemaScore >= 3,
                let base = wordNet.baseForms(token.lower, .noun).first
            else { continue }
            let isGroup = wordNet.synsets(base, .noun).contains { sense in
                wordNet.isKind(sense, within: 2) { $0.words.contains("division") || $0.words.contains("grouping") }
            }
            guard isGroup else { continue }
            let schema = items[i - 1].schema
            merge((i - 1)...i)
            items[i - 1].schema = schema
        }
    }

    /// "in each of the four periods", "all three sites combined", "this record of 21 runs": a
    /// number between "each of the", "all (the)" or a noun for the data and "of", and a plural
    /// noun says how many of those things there are, all of them; it is never a value of the
    /// noun's column (not "period = 4").
    private mutating func absorbCountOfTheWhole() {
        for n in items.indices where n >= 1 && n + 1 < items.count && !items[n].used && items[n].range.count == 1 {
            guard items[n].isInteger, items[n].date == nil, let number = items[n].number, number >= 2, number < 1000,
                !tokens[items[n + 1].range.lowerBound].joinedToPrevious
            else { continue }
            let noun = tokens[items[n + 1].range.upperBound - 1]
            guard noun.kind == .word, noun.lemma != noun.lower else { continue }
            let start = items[n].range.lowerBound
            let before = tokens[max(0, start - 3)..<start].map(\.lower)
            // "this record of 21 runs": the collection, then how many rows it holds.
            let collectionOf =
                before.count >= 2 && before.last == "of" && Interpreter.contextNouns.contains(Morphology.singular(before[before.count - 2]))
            let wholeOf = before.suffix(3) == ["each", "of", "the"] || before.suffix(2) == ["all", "the"] || before.last == "all" || collectionOf
            guard wholeOf else { continue }
            items[n].used = true
            items[n].isUnknown = false
        }
    }

    /// "berth 07", "gate 12", "plot 0041": a number right after the noun of a text column, written
    /// as one of that column's stored values, is that value (the noun only says which column
    /// holds it). Matched as written ("072" is not "72"), and only in the column named.
    private mutating func readNumberedValues() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            let p = i - 1
            guard items[i].number != nil, items[i].range.count == 1, tokens[items[i].range.lowerBound].kind == .number, !items[i].used,
                items[i].date == nil, items[p].keyword == nil, !items[p].used, items[p].range.allSatisfy({ tokens[$0].kind == .word })
            else { continue }
            guard !items[p].hasValue else { continue }
            let textColumns = Set(items[p].columns.filter { $0.score >= 3 && lexicon[$0.ref].isText && !lexicon[$0.ref].isBooleanLike }.map(\.ref))
            let written = tokens[items[i].range.lowerBound].text
            var hits = lexicon.values.wholeValues(equalTo: written).filter { textColumns.contains($0.ref) }
            // The key related tables share ("club 02" of clubs and of their players): the
            // value is the parent's…
            if hits.count > 1 {
                // …only where the rest of the question says whose rows it is about: "how many
                // records for club 02" could count either table's rows.
                let pointed = items.indices.filter { $0 != p && $0 != i && !items[$0].used }.flatMap { k in
                    items[k].schema.filter { $0.score >= 3 }.compactMap { match -> Int? in
                        switch match.target {
                        case .table(let t): return t
                        case .column(let r, _), .value(let r, _): return r.table
                        }
                    }
                }
                guard hits.contains(where: { pointed.contains($0.ref.table) }) else { continue }
                hits = hits.filter { hit in
                    hits.allSatisfy { $0.ref == hit.ref || lexicon.links.contains(ForeignKeyLink(child: $0.ref, parent: hit.ref)) }
                }
            }
            guard hits.count == 1, let ref = hits.first?.ref, let stored = hits.first?.value else { continue }
            merge(p...i)
            items[p].schema = [Item.SchemaMatch(target: .value(ref, stored), score: 4)]
            items[p].number = nil
            items[p].isInteger = false
            items[p].literal = nil
            items[p].isUnknown = false
            i = p
        }
    }

    /// "the 500m time", "the 2000 metres", "PM2.5": a number written with a unit or letters that
    /// is part of exactly one column's name (`row500m`, `sprint_800m`, `pm25`) names that
    /// column; it is no quantity ("500m" is not 500 million there). A unit word after the
    /// number is tried in the spellings names carry it in ("metres" → m).
    private mutating func readNumberedNames() {
        var i = items.count - 1
        while i >= 0 {
            defer { i -= 1 }
            guard items[i].number != nil, items[i].range.count == 1, !items[i].used, items[i].date == nil else { continue }
            let token = tokens[items[i].range.lowerBound]
            guard token.kind == .number else { continue }
            // "longer than 500m", "at least 2000 metres": a quantity compared, whatever names hold.
            if i > 0, let keyword = items[i - 1].keyword {
                switch keyword {
                case .compare, .postfixCompare, .between, .signed, .than, .and, .or, .top, .ordinal: continue
                default: break
                }
            }
            let written = token.text.lowercased().filter { $0.isLetter || $0.isNumber }
            var spellings: [(text: String, end: Int)] = []
            if written.contains(where: \.isLetter) {
                spellings.append((written, i))
            } else if i + 1 < items.count, items[i + 1].range.count == 1, !items[i + 1].used,
                let units = SchemaLexicon.unitSpellings(of: tokens[items[i + 1].range.lowerBound].lower)
            {
                spellings += units.map { (written + $0, i + 1) }
            }
            var found: [(ref: ColumnRef, end: Int)] = []
            for (text, end) in spellings where text.count >= 2 {
                for table in lexicon.tables {
                    for column in table.columns where column.letters != text && column.isNumeric && column.letters.contains(text) {
                        // "500m" is not part of `row1500m`: the number starts where a digit does not precede it.
                        let letters = Array(column.letters)
                        let target = Array(text)
                        let starts = letters.indices.filter { start in
                            start + target.count <= letters.count && Array(letters[start..<(start + target.count)]) == target
                                && (start == 0 || !letters[start - 1].isNumber)
                                && (start + target.count == letters.count || !letters[start + target.count].isNumber)
                        }
                        if !starts.isEmpty, !found.contains(where: { $0.ref == column.ref }) { found.append((column.ref, end)) }
                    }
                }
            }
            guard found.count == 1, let (ref, end) = found.first else { continue }
            merge(i...end)
            items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 4)]
            items[i].number = nil
            items[i].isInteger = false
            items[i].literal = nil
            items[i].keyword = nil
            items[i].isUnknown = false
        }
    }

    /// "the population in 2010" of `pop2000`, `pop2010`: a word naming several numeric
    /// columns that differ by a number in their names, and later "in", "for" or "during" and
    /// a number that is the number of exactly one of them — that column, and the period
    /// phrase is used up ("a population above 1500 in 2000"). The number may be an ordinal
    /// with the noun of what it numbers after it ("letters in the 12th session" of `letters11`,
    /// `letters12`): the noun only says what was counted off, and is used up with it.
    private mutating func readNumberedColumns() {
        var i = items.count - 1
        while i >= 2 {
            defer { i -= 1 }
            guard items[i].range.count == 1, !items[i].used else { continue }
            let token = tokens[items[i].range.lowerBound]
            let ordinal = Interpreter.ordinalDigits(token.lower)
            guard (token.kind == .number && token.isInteger && token.magnitude == nil && items[i].number != nil) || ordinal != nil
            else { continue }
            // "the 12th session": the one noun after an ordinal, unknown or naming only a table
            // (what is counted off, never a column or a value).
            let numberedNoun =
                ordinal != nil && i + 1 < items.count && items[i + 1].range.count == 1 && !items[i + 1].used
                && items[i + 1].columns.isEmpty && !items[i + 1].hasValue && items[i + 1].keyword == nil
                && tokens[items[i + 1].range.lowerBound].kind == .word
            var lead = i - 1
            if tokens[items[lead].range.lowerBound].lower == "the", items[lead].range.count == 1 { lead -= 1 }
            guard lead >= 1, items[lead].range.count == 1, ["in", "for", "during"].contains(tokens[items[lead].range.lowerBound].lower)
            else { continue }
            let digits = ordinal ?? token.text.filter(\.isNumber)
            for c in stride(from: lead - 1, through: 0, by: -1) where items[c].keyword == nil && !items[c].used {
                var best = items[c].columns.map(\.score).max() ?? 0
                var top = items[c].columns.filter { $0.score == best }.map(\.ref)
                // "population" of `pop2000` and `pop2010`: left unknown because it abbreviates both.
                if items[c].isUnknown, items[c].range.count == 1, tokens[items[c].range.lowerBound].kind == .word {
                    let word = [tokens[items[c].range.lowerBound]]
                    top = lexicon.tables.flatMap(\.columns).filter { column in
                        let stem = column.letters.filter(\.isLetter)
                        return column.letters.contains(where: \.isNumber) && stem.count >= 2
                            && (stem == word[0].lemma || stem == word[0].lower || Interpreter.abbreviates(stem, word))
                    }.map(\.ref)
                    best = 2
                }
                guard best >= 2, top.count >= 2, top.allSatisfy({ lexicon[$0].isNumeric && !lexicon[$0].isBooleanLike }) else { continue }
                // The name's runs of digits: `pop2010` holds 2010, `seats99` 99.
                let numbered = top.filter { ref in
                    lexicon[ref].letters.split(whereSeparator: { !$0.isNumber }).contains { $0 == Substring(digits) }
                }
                guard numbered.count == 1, let ref = numbered.first else { break }
                items[c].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: max(best, 3))]
                items[c].isUnknown = false
                items[c].literal = nil
                let end = numberedNoun ? i + 1 : i
                if c == lead - 1 {
                    // Right after the column's word, the phrase is part of its mention: "A in
                    // the 12th session against B" reads A and B on either side of "against".
                    merge(c...end)
                    i = c
                } else {
                    for k in lead...end {
                        items[k].used = true
                        items[k].isUnknown = false
                    }
                }
                break
            }
        }
    }

    /// The digits of an ordinal written in figures ("12th" → "12", "103rd" → "103"); nil for
    /// any other word.
    static func ordinalDigits(_ word: String) -> String? {
        let digits = word.prefix(while: \.isNumber)
        guard !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return String(digits)
    }

    /// "tax rate", "sales tax rate", "noise level", "pollen readings", "the rainfall level".
    private mutating func absorbMeasureNouns() {
        var i = 0
        while i < items.count {
            defer { i += 1 }
            guard isMeasureNoun(i), i > 0 else { continue }
            // Words of the column's own table may sit between ("sales tax rate" in
            // `sales_tax`).
            var c = i - 1
            var between: [Int] = []
            while c > 0, items[c].keyword == nil, items[c].columns.isEmpty, let t = items[c].table, items[c].tableScore <= 2,
                !between.contains(c)
            {
                between.append(c)
                c -= 1
                if lexicon.tables[t].columns.isEmpty { break }
            }
            // "the highest price of ACME", "the level of the index": the noun, then the column
            // it is the value of.
            if i + 2 < items.count, tokens[items[i + 1].range.lowerBound].lower == "of", items[i + 1].range.count == 1,
                let ref = numericColumn(i + 2), !items[i].isSchema, !["ratio", "share", "percentage"].contains(lemma(i))
            {
                let schema = items[i + 2].schema
                merge(i...(i + 2))
                items[i].schema = schema.filter {
                    if case .column(let r, _) = $0.target { return r == ref }
                    return false
                }
                items[i].keyword = nil
                items[i].isUnknown = false
                continue
            }
            // "weeks of prices", "rows of readings": the rows, of what they hold.
            if i >= 2, tokens[items[i - 1].range.lowerBound].lower == "of", items[i - 1].range.count == 1, !items[i].isSchema,
                { () -> Bool in
                    if case .datePart? = items[i - 2].keyword { return true }
                    return items[i - 2].keyword == .rowsNoun || items[i - 2].table != nil
                }()
            {
                merge((i - 2)...i)
                continue
            }
            // "ACME reached its highest value", "the index was at its lowest level": the
            // value of the column already named.
            if case .extreme? = items[i - 1].keyword, i >= 2, ["its", "their"].contains(tokens[items[i - 2].range.lowerBound].lower),
                items.indices.contains(where: { numericColumn($0) != nil })
            {
                items[i].used = true
                items[i].isUnknown = false
                items[i].keyword = nil
                continue
            }
            if let ref = numericColumn(c), between.allSatisfy({ items[$0].table == ref.table }) {
                let chosen = columnNamingMeasureNoun(i, qualifiedBy: c, besides: ref)
                merge(c...i)
                if let chosen { items[c].schema = [Item.SchemaMatch(target: .column(chosen, negated: false), score: 4)] }
                i = c
                continue
            }
            // "the rainfall level": the table's one measure.
            if items[i - 1].keyword == nil, items[i - 1].columns.isEmpty, let t = items[i - 1].table, items[i - 1].range.count == 1,
                let measure = soleMeasure(of: t)
            {
                items[i - 1].schema = [Item.SchemaMatch(target: .column(measure, negated: false), score: 4)]
                merge((i - 1)...i)
                i -= 1
            }
        }
    }

    /// Nouns that name how much of a good was used, made or asked for: "gas consumption",
    /// "the total output". They name a column only when that column holds a good in a unit
    /// (`isAmountOfAGood`), never a price, a rate or a weight of something.
    static let amountNouns: Set<String> = ["consumption", "usage", "production", "output", "intake", "demand"]

    /// "the gas consumption", "the total consumption in 1985" over `fuel(quarter, gas_kwh)`:
    /// an amount noun after a word naming a column that holds a good in some unit names that
    /// column; alone, it names the one such measure of the schema. Two tables with such a
    /// measure, or a measure that is something else (`price`, `weight_kg`), leave it
    /// unplaced.
    private mutating func readAmountNouns() {
        var i = 0
        while i < items.count {
            defer { i += 1 }
            guard items[i].isUnknown, !items[i].used, items[i].keyword == nil, items[i].range.count == 1,
                Interpreter.amountNouns.contains(lemma(i))
            else { continue }
            if i > 0, let ref = numericColumn(i - 1) {
                guard isAmountOfAGood(ref) else { continue }
                merge((i - 1)...i)
                items[i - 1].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 4)]
                i -= 1
                continue
            }
            let measures = lexicon.tables.indices.compactMap(soleMeasure(of:)).filter(isAmountOfAGood)
            guard measures.count == 1 else { continue }
            items[i].schema = [Item.SchemaMatch(target: .column(measures[0], negated: false), score: 4)]
            items[i].isUnknown = false
        }
    }

    /// Whether a numeric column holds an amount of a good: its English words name a substance
    /// or a food (WordNet files one of the word's first two noun senses so, and its first
    /// sense is no attribute, possession or quantity — oil, water, coal, milk) and units, the
    /// rest abbreviations (`oil_kbbl`, `water_litres`). A word naming anything else (price,
    /// weight, rate, count) says the column is not the amount itself.
    func isAmountOfAGood(_ ref: ColumnRef) -> Bool {
        guard let wordNet = WordNet.shared else { return false }
        let column = lexicon[ref]
        guard column.isNumeric, !column.isBooleanLike else { return false }
        // noun.attribute, noun.possession, noun.quantity: weight, price, wage, amount.
        let measureFiles: Set<Int> = [7, 21, 23]
        var good = false
        for word in column.words where column.englishWords.contains(word) {
            if SchemaLexicon.unitSpellings(of: word) != nil || SchemaLexicon.scaleWords[word] != nil { continue }
            let senses = wordNet.synsets(word, .noun).prefix(2)
            guard let first = senses.first, !measureFiles.contains(first.lexicographerFile),
                senses.contains(where: { WordNet.substanceFiles.contains($0.lexicographerFile) })
            else { return false }
            good = true
        }
        return good
    }

    /// "the flu infection rate" beside `flu_infections` and `flu_rate_per_1000`: the measure
    /// noun is the phrase's head, so a column of the same table that carries it and a word of
    /// the qualifier ("flu"), and covers at least as many of the phrase's words as `ref`, is
    /// what the phrase names — the noun chooses the column rather than vanishing into `ref`.
    /// Nil when `ref` carries the noun itself or no single such column exists.
    private func columnNamingMeasureNoun(_ noun: Int, qualifiedBy qualifier: Int, besides ref: ColumnRef) -> ColumnRef? {
        let head = Morphology.stem(lemma(noun))
        let stems = { (words: [String]) in Set(words.map(Morphology.stem)) }
        guard !stems(lexicon[ref].words).contains(head) else { return nil }
        let qualifierStems = stems(items[qualifier].range.map { tokens[$0].lemma })
        let said = qualifierStems.union([head])
        let cover = { (r: ColumnRef) in stems(self.lexicon[r].words).intersection(said).count }
        let candidates = lexicon.tables[ref.table].columns.filter { column in
            let words = stems(column.words)
            return column.ref != ref && column.isNumeric && !column.isBooleanLike && words.contains(head)
                && !words.isDisjoint(with: qualifierStems) && cover(column.ref) >= cover(ref)
        }
        return candidates.count == 1 ? candidates[0].ref : nil
    }

    /// Makes the items of `span` one item with the first one's readings.
    mutating func merge(_ span: ClosedRange<Int>) {
        guard span.count > 1 else { return }
        var first = items[span.lowerBound]
        let last = items[span.upperBound]
        first = Item(
            range: first.range.lowerBound..<last.range.upperBound, text: items[span].map(\.text).joined(separator: " "),
            keyword: first.keyword, alternateKeyword: first.alternateKeyword, schema: first.schema, number: first.number,
            isInteger: first.isInteger, date: first.date, literal: first.literal, isQuoted: first.isQuoted,
            valuePart: first.valuePart, isUnknown: first.isUnknown, used: first.used)
        items.replaceSubrange(span, with: [first])
    }

    /// "'Market' in their name": where quoted text is looked for, said in words.
    private mutating func absorbNameOfQuotedText() {
        for i in items.indices.reversed() where items[i].valuePart != nil || items[i].isQuoted {
            var k = i + 1
            var gap: [Int] = []
            while k < items.count, k <= i + 3 {
                let word = lemma(k)
                if ["name", "title", "label"].contains(word), items[k].range.count == 1, !items[k].used {
                    // "'Market' in their name": inside the name, even where a name is exactly that.
                    if items[i].valuePart == nil, let text = items[i].literal {
                        let holders = lexicon.values.columns(containing: text)
                        guard holders.count == 1 else { break }
                        items[i].valuePart = ValueIndex.Part(ref: holders[0].ref, pattern: TextMatch.contains.pattern(text))
                        items[i].schema = []
                    }
                    merge(i...k)
                    break
                }
                guard ["in", "their", "its", "the", "his", "her"].contains(word), !items[k].used else { break }
                gap.append(k)
                k += 1
            }
        }
    }

    /// "across all years", "over all stores", "all weeks combined", "across the whole city",
    /// "both seasons combined" (`absorbBothCombined`): the whole table, said in words. No
    /// grouping and no filter; "years" combined matters only to "each month" (the month of the
    /// year, see `wholePeriod`).
    private mutating func absorbWholeScope() {
        let asksToCompare =
            items.contains { $0.keyword == .versus } || tokens.contains { ["compare", "compared", "comparing", "versus"].contains($0.lower) }
        var i = 0
        while i < items.count {
            defer { i += 1 }
            guard !items[i].used else { continue }
            let word = tokens[items[i].range.lowerBound].lower
            var k = i
            if ["across", "over", "throughout", "in", "for"].contains(word), items[i].range.count == 1 {
                k = i + 1
            } else if word == "both" {
                absorbBothCombined(at: i)
                continue
            } else if word != "all" {
                continue
            }
            // "all", "all the", "the whole", "the entire", "both", "the two": every one of them.
            var sawAll = false
            var sawBoth = false
            while k < items.count, !items[k].used, items[k].range.count == 1,
                ["all", "the", "whole", "entire", "both", "two"].contains(tokens[items[k].range.lowerBound].lower)
            {
                if tokens[items[k].range.lowerBound].lower != "the" { sawAll = true }
                if ["both", "two"].contains(tokens[items[k].range.lowerBound].lower) { sawBoth = true }
                k += 1
            }
            guard sawAll, k < items.count, !items[k].used, k > i else { continue }
            // "across all parish-years": a compound joined by hyphens is one noun, its last word.
            while k + 1 < items.count, !items[k + 1].used, items[k + 1].range.count == 1, tokens[items[k + 1].range.lowerBound].joinedToPrevious {
                k += 1
            }
            // "across all dosage groups", "across all repair jobs": a column's noun and a
            // plural noun naming nothing else (or only the kind of thing the column holds, or
            // the column's own rows) are one noun, every group of that column together.
            let kindTail =
                k + 1 < items.count && items[k].range.count == 1 && items[k].hasColumn && !items[k + 1].used && items[k + 1].range.count == 1
                && items[k + 1].keyword == nil && !items[k + 1].hasValue
                && tokens[items[k + 1].range.lowerBound].lemma != tokens[items[k + 1].range.lowerBound].lower
                && (items[k + 1].isUnknown || Interpreter.columnSuffixNouns.contains(tokens[items[k + 1].range.lowerBound].lemma)
                    || items[k + 1].table.map { t in items[k].columns.contains { $0.ref.table == t } } == true)
            let noun = items[k]
            var isPeriod = false
            if case .datePart(let part)? = noun.keyword { isPeriod = part == .year || part == .month || part == .week || part == .day }
            let isYearColumn = noun.columns.contains { lexicon[$0.ref].isYearNumber && $0.score >= 3 }
            let plural = kindTail || tokens[noun.range.upperBound - 1].lemma != tokens[noun.range.upperBound - 1].lower
            // "across the whole competition": a whole one of something the data does not name
            // is the data itself.
            let wholeOfUnknown =
                word != "all" && noun.range.count == 1 && noun.isUnknown && noun.valuePart == nil && !noun.isQuoted
                && noun.number == nil && noun.date == nil
                && (i + 1..<k).contains { ["whole", "entire"].contains(tokens[items[$0].range.lowerBound].lower) }
            // "across the whole Harbour" where 'Harbour North' is one stored name: the whole of
            // something cannot be one row's name; only part of a name, it says where the data is
            // from (a context word), not which rows to keep.
            let wholeOfNamePart = noun.valuePart != nil && !noun.isQuoted && !noun.hasValue && word != "all"
            // "all fabrics and finishes together": two plural nouns of columns combined at once.
            var lastNoun = kindTail ? k + 1 : k
            if !kindTail, noun.range.count == 1, plural, noun.hasColumn, k + 2 < items.count, items[k + 1].keyword == .and, !items[k + 1].used,
                !items[k + 2].used, items[k + 2].range.count == 1, items[k + 2].hasColumn,
                tokens[items[k + 2].range.lowerBound].lemma != tokens[items[k + 2].range.lowerBound].lower
            {
                lastNoun = k + 2
            }
            // "all depots combined", "all sites together": said outright, any plural noun of a
            // column (however weakly it names it) is the whole, never one group per value.
            let saidCombined =
                lastNoun + 1 < items.count && !items[lastNoun + 1].used
                && (items[lastNoun + 1].keyword == .inTotal
                    || (items[lastNoun + 1].range.count == 1 && tokens[items[lastNoun + 1].range.lowerBound].lower == "together"))
            if lastNoun != k, !kindTail, !saidCombined { continue }
            // "across both shifts" and "in both shifts combined" pool the two; "for both shifts"
            // or "compare … across the two shifts" may want each one, so without "combined" only
            // "across"/"over" outside a comparison.
            if sawBoth, !saidCombined, !["across", "over"].contains(word) || asksToCompare { continue }
            guard
                wholeOfNamePart || wholeOfUnknown || (noun.range.count == 1 && plural && noun.hasColumn && saidCombined)
                    // "across all garage groups": a noun of several words, ending plural.
                    || ((noun.range.count == 1 || (plural && word != "all")) && (plural || noun.table != nil)
                        && (isPeriod || isYearColumn || noun.table != nil || noun.isUnknown
                            || noun.keyword == .rowsNoun || (noun.hasColumn && noun.bestSchemaScore >= 3)))
            else { continue }
            var end = lastNoun
            if end + 1 < items.count, case .inTotal? = items[end + 1].keyword {
                end += 1
            }
            // "all regions together" is "all regions combined", never one group per region.
            else if end + 1 < items.count, items[end + 1].range.count == 1, tokens[items[end + 1].range.lowerBound].lower == "together" {
                end += 1
            }
            // Without "across"/"over" before it, "all X" needs "combined" after it to be a scope.
            if word == "all", end == lastNoun { continue }
            if isPeriod || isYearColumn, tokens[noun.range.lowerBound].lemma == "year" { meaning.wholePeriod = true }
            merge(i...end)
            items[i].used = true
            items[i].isUnknown = false
        }
    }

    /// "Both seasons combined, what is the average fare?", "the average fare, both seasons
    /// together": "both" (with no "across" or "over" before it) with a plural noun of a column
    /// and "combined" (or "together", "in total") after it pools the column's groups, as "all
    /// seasons combined" does — the whole table, never one group per season. Without
    /// "combined" ("for both seasons") the phrase may want each one and is left to the other
    /// readings.
    private mutating func absorbBothCombined(at i: Int) {
        guard i + 2 < items.count, items[i].range.count == 1 else { return }
        let k = i + 1
        let noun = items[k]
        let last = tokens[noun.range.upperBound - 1]
        guard !noun.used, noun.range.count == 1, noun.hasColumn, noun.keyword == nil, !noun.hasValue, last.lemma != last.lower,
            !items[k + 1].used,
            items[k + 1].keyword == .inTotal || (items[k + 1].range.count == 1 && tokens[items[k + 1].range.lowerBound].lower == "together")
        else { return }
        merge(i...(k + 1))
        items[i].used = true
        items[i].isUnknown = false
    }

    /// "how many orders", "fewer than 70 orders", "how many of the orders" in `orders(order_total, …)`:
    /// a plural noun counted, that only partly names a decimal column, is the rows of its
    /// table — an order is counted, its amount is not.
    /// "organizations" of a table with both `org` (a unique number) and `Organization` (the
    /// unique name): when every column a word names equally well identifies the same rows one
    /// to one, they name one thing, each row, and the column people read is the name. Columns
    /// of different tables, or any that is not unique, stay ambiguous.
    private mutating func preferNamingColumnAmongRowIdentifiers() {
        for i in items.indices where !items[i].used && items[i].keyword == nil {
            let columns = items[i].columns
            guard let best = columns.map(\.score).max() else { continue }
            let top = columns.filter { $0.score == best }
            guard top.count > 1, let table = top.first?.ref.table, top.allSatisfy({ $0.ref.table == table && lexicon[$0.ref].unique }),
                let naming = SchemaLexicon.namingColumn(of: lexicon.tables[table]),
                top.contains(where: { $0.ref.column == naming })
            else { continue }
            items[i].schema.removeAll { match in
                if case .column(let ref, _) = match.target { return match.score == best && ref.column != naming }
                return false
            }
        }
    }

    /// "weight" of `weight_kg` and `ice_kg`: both are weights (the second by its unit), but
    /// only the first is named so; the ice's name says what is weighed. Where a word's equally
    /// good columns are some named by the word itself and the others only by what their unit
    /// measures, the word is the named ones'.
    private mutating func preferColumnsNamedByTheWord() {
        for i in items.indices where !items[i].used && items[i].keyword == nil {
            let columns = items[i].columns
            guard let best = columns.map(\.score).max() else { continue }
            let top = columns.filter { $0.score == best }
            guard top.count > 1 else { continue }
            let said = Set(items[i].range.map { tokens[$0].lemma })
            let named = top.filter { !said.isDisjoint(with: lexicon[$0.ref].words) }
            let byUnit = top.filter { said.isDisjoint(with: lexicon[$0.ref].words) && !said.isDisjoint(with: lexicon[$0.ref].unitDimensions) }
            guard !named.isEmpty, !byUnit.isEmpty, named.count + byUnit.count == top.count else { continue }
            let dropped = Set(byUnit.map(\.ref))
            items[i].schema.removeAll { match in
                if case .column(let ref, _) = match.target { return match.score == best && dropped.contains(ref) }
                return false
            }
        }
    }

    /// "What do assistant managers make on average?": "make" as the question's main verb after
    /// "do", with only "on average" or "in total" after it, says what is measured (earnings, output), so
    /// it is no filler: left unplaced, the question is refused rather than answered with the
    /// rows and the aggregate lost. Elsewhere ("made in 2019", "make a chart", "how many does
    /// Acme make?") it stays a filler.
    private mutating func leaveBareMakeUnplaced() {
        for i in items.indices where items[i].keyword == .filler && items[i].range.count == 1 && !items[i].used {
            guard ["make", "makes"].contains(tokens[items[i].range.lowerBound].lower),
                items[..<i].contains(where: { item in item.range.count == 1 && ["do", "does"].contains(tokens[item.range.lowerBound].lower) }),
                !items.contains(where: { if case .verb = $0.keyword { return true } else { return false } }),
                items[(i + 1)...].contains(where: { $0.keyword == .onAverage || $0.keyword == .inTotal }),
                items[(i + 1)...].allSatisfy({ item in
                    item.keyword == .onAverage || item.keyword == .inTotal || item.isFiller || item.used
                        || item.range.allSatisfy { tokens[$0].kind == .symbol }
                })
            else { continue }
            items[i].keyword = nil
            items[i].isUnknown = true
        }
    }

    /// "the lowest rent of stall Kestrel" of a table with `rent` and `rent_low`: said of one
    /// row named by its unique name, the lowest of its one rent is no question, so the words
    /// mean the column that keeps each row's lowest rent. When a minimum or maximum word
    /// ("lowest", "max", not an adjective's superlative such as "cheapest") comes right before a
    /// column that has such a bound sibling (its words and a bound word of the same direction)
    /// and the question names one row, the sibling is an equally good reading, which the
    /// aggregate's hint picks. Over many rows ("which stall has the lowest rent") the plain
    /// column stays.
    private mutating func keepBoundColumnsInView() {
        let namesOneRow = items.contains { item in
            item.schema.contains { match in
                if case .value(let ref, _) = match.target { return lexicon[ref].unique }
                return false
            }
        }
        guard namesOneRow else { return }
        for i in items.indices {
            let function: AggregateFunction
            switch items[i].keyword {
            case .extreme(.descending, _)?, .aggregate(.maximum)?: function = .maximum
            case .extreme(.ascending, _)?, .aggregate(.minimum)?: function = .minimum
            default: continue
            }
            guard items[i].range.count == 1, SchemaLexicon.hintWords(for: function).contains(tokens[items[i].range.lowerBound].lower),
                let j = nextIndex(from: i + 1, skipping: { isArticle($0) }), !items[j].used, items[j].keyword == nil
            else { continue }
            let columns = items[j].columns
            guard let best = columns.map(\.score).max() else { continue }
            let top = columns.filter { $0.score == best }
            guard top.count == 1 else { continue }
            let plain = lexicon[top[0].ref]
            let bound = SchemaLexicon.hintWords(for: function)
            let siblings = lexicon.tables[top[0].ref.table].columns.filter { column in
                column.ref != plain.ref && column.words.count == plain.words.count + 1
                    && column.words.contains(where: { bound.contains($0) })
                    && column.words.filter({ !bound.contains($0) }) == plain.words
            }
            for sibling in siblings { items[j].schema.append(Item.SchemaMatch(target: .column(sibling.ref, negated: false), score: best)) }
        }
    }

    private mutating func readCountedNouns() {
        for i in items.indices where !items[i].used && items[i].keyword == nil && items[i].table == nil {
            let last = tokens[items[i].range.upperBound - 1]
            guard last.lemma != last.lower, let best = items[i].columns.map(\.score).max(), best <= 2 else { continue }
            // "80 kilograms" is the unit of the number, not rows counted.
            if SchemaLexicon.unitSpellings(of: last.lower) != nil { continue }
            let top = items[i].columns.filter { $0.score == best }
            if top.contains(where: { lexicon.countsThings($0.ref) }) { continue }  // `HiresK` counts hires: the column, not rows
            guard top.allSatisfy({ lexicon[$0.ref].type == .float }), let table = top.first?.ref.table,
                top.allSatisfy({ $0.ref.table == table })
            else { continue }
            // "2 million factory jobs" of `FactoryJobsK`: the noun says all the column says (but
            // its unit or scale) and is no word of the table's name: the column counts them. Not
            // so "fees" of `total_fee`, the amount of each fee.
            let said = Set(items[i].range.map { tokens[$0].lemma })
            if top.count == 1, said.isDisjoint(with: lexicon.tables[table].words),
                lexicon[top[0].ref].words.allSatisfy({
                    said.contains($0) || SchemaLexicon.scaleWords[$0] != nil || SchemaLexicon.unitSpellings(of: $0) != nil
                })
            {
                continue
            }
            guard let p = previousIndex(from: i - 1, skipping: { k in isArticle(k) || tokens[items[k].range.lowerBound].lower == "of" }) else {
                continue
            }
            let counted = keyword(p) == .count || items[p].number != nil
            guard counted else { continue }
            items[i].schema = [Item.SchemaMatch(target: .table(table), score: 3)]
        }
    }
}
