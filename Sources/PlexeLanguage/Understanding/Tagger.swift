/// Cuts a question into items, longest match first: schema phrases (tables, columns, values)
/// compete with the English lexicon at every position.
///
/// When both fit the same words, a full schema name wins over a keyword ("rate" as a column
/// named `rate`), and a keyword wins over a partial schema name ("most" stays a superlative
/// even if a column is called `most_recent_order`) — except filler words, which lose to
/// any schema reading.
struct Tagger {
    let lexicon: SchemaLexicon

    func items(for tokens: [Token]) -> [Item] {
        var items: [Item] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind != .quoted, let found = lexicon.values.longestMatch(tokens, at: i) {
                // A stored value spelled out ("Nova Scotia", "12-Old-Town", "LUX") beats
                // shorter readings of its words; a schema name of the same length keeps the
                // lead, with the values beside it.
                let schemaMatch = token.kind == .word ? matchSchema(tokens, at: i) : nil
                let keywordMatch = token.kind == .word || token.kind == .symbol ? matchKeyword(tokens, at: i) : nil
                let keywordLength = keywordMatch?.length ?? 0
                let schemaLength = schemaMatch?.length ?? 0
                if found.length >= keywordLength, found.length >= schemaLength,
                    !aggregateBeforeAMeasure(keywordMatch, tokens, after: i + found.length, valueColumns: found.entries.map(\.ref))
                {
                    let range = i..<(i + found.length)
                    var item = Item(range: range, text: tokens[range].map(\.text).joined(separator: " "))
                    var matches = found.entries.map {
                        Item.SchemaMatch(target: .value($0.ref, $0.value), score: found.length == schemaLength ? 3 : 4)
                    }
                    if found.length == schemaLength, let schemaMatch { matches = schemaMatch.matches + matches }
                    var seen = Set<SchemaLexicon.Target>()
                    item.schema = matches.filter { seen.insert($0.target).inserted }
                    items.append(item)
                    i += found.length
                    continue
                }
            }
            switch token.kind {
            case .number:
                var item = Item(range: i..<(i + 1), text: token.text)
                item.number = token.number
                item.isInteger = token.isInteger
                // Number words can also open keyword phrases ("one" in lists is rare); keep simple.
                items.append(item)
                i += 1
                continue
            case .date:
                var item = Item(range: i..<(i + 1), text: token.text)
                item.date = token.lower
                items.append(item)
                i += 1
                continue
            case .quoted:
                var item = Item(range: i..<(i + 1), text: token.text)
                item.literal = token.text
                item.isQuoted = true
                item.schema = quotedMatches(token.text)
                if item.schema.isEmpty {
                    // 'Market' in a column of names: the values that contain it.
                    let holders = lexicon.values.columns(containing: token.text)
                    if holders.count == 1 {
                        item.valuePart = ValueIndex.Part(ref: holders[0].ref, pattern: TextMatch.contains.pattern(token.text))
                    }
                }
                items.append(item)
                i += 1
                continue
            case .word, .symbol:
                break
            }

            let schemaMatch = matchSchema(tokens, at: i)
            let keywordMatch = matchKeyword(tokens, at: i)
            let schemaLength = schemaMatch?.length ?? 0
            var keywordLength = keywordMatch?.length ?? 0
            if schemaLength == 0 && keywordLength == 0 {
                var item = Item(range: i..<(i + 1), text: token.text)
                if monthKeyword(tokens, at: i) == nil, let (length, part) = lexicon.values.part(tokens, at: i) {
                    // "the Old-Town neighbourhood": part of the stored names of one column.
                    let range = i..<(i + length)
                    item = Item(range: range, text: tokens[range].map(\.text).joined(separator: " "))
                    item.literal = item.text
                    item.valuePart = part
                    items.append(item)
                    i += length
                    continue
                }
                if let month = monthKeyword(tokens, at: i) {
                    item.keyword = month
                } else if token.isCode || token.decade != nil || (token.text.first?.isUppercase == true && i > 0) {
                    item.literal = token.text
                    item.isUnknown = true
                } else {
                    item.isUnknown = true
                }
                items.append(item)
                i += 1
                continue
            }
            // A plural table or column name does not open a verb phrase: "orders by" is the
            // orders table and "by", not "order by".
            if keywordLength > schemaLength, let schemaMatch, schemaMatch.length == 1, schemaMatch.matches.contains(where: { $0.score >= 4 }),
                token.lower != token.lemma, EnglishLexicon.phrasesByFirstWord[token.lower] == nil
            {
                keywordLength = 0
            }
            let length = max(schemaLength, keywordLength)
            let range = i..<(i + length)
            var item = Item(range: range, text: tokens[range].map(\.text).joined(separator: " "))
            if schemaLength == length, let schemaMatch {
                item.schema = schemaMatch.matches
                if keywordLength == length, let keyword = keywordMatch?.keyword {
                    let best = item.bestSchemaScore
                    let values = item.schema.compactMap { match -> ColumnRef? in
                        if case .value(let ref, _) = match.target { return ref }
                        return nil
                    }
                    if values.count == item.schema.count, aggregateBeforeAMeasure(keywordMatch, tokens, after: i + length, valueColumns: values) {
                        // "the average Price" where 'average' is also a stored grade.
                        item.schema = []
                        item.keyword = keyword
                    } else if i == 0, case .chart(let word) = keyword, word != .trend {
                        // "Plot yield against rainfall" of a table with a `plot` column, "Draw
                        // goals over time" where a result is 'draw': the question's first word,
                        // an imperative, asks for the chart.
                        item.keyword = keyword
                    } else if best >= 3 || keyword == .filler || (best >= 2 && isWeakKeyword(keyword)) {
                        item.alternateKeyword = keyword
                    } else {
                        item.keyword = keyword
                    }
                }
            } else if let keyword = keywordMatch?.keyword {
                item.keyword = keyword
            }
            if let month = monthKeyword(tokens, at: i), item.schema.isEmpty, length == 1 {
                item.keyword = month
            }
            if item.keyword == nil, item.schema.isEmpty {
                item.isUnknown = true
            }
            if tokens[i].isCode, length == 1, item.schema.isEmpty { item.literal = tokens[i].text }
            items.append(item)
            i += length
        }
        return items
    }

    /// Whether a statistic word that is also a stored value ("average" of a grade column holding
    /// 'average', "total" of a line holding 'Total') is the statistic: it is when a numeric
    /// column other than the value's own follows it, past "number of" or "amount of" ("the average
    /// Price of cars of Type Small", "the average number of deaths"). Said of its own column
    /// ("average reliability") or with no measure after it ("cars rated average") it stays the
    /// value.
    private func aggregateBeforeAMeasure(
        _ keyword: (length: Int, keyword: Keyword)?, _ tokens: [Token], after end: Int, valueColumns: [ColumnRef]
    ) -> Bool {
        guard let keyword, case .aggregate = keyword.keyword else { return false }
        // "the Total amount": capitalised inside the sentence, as the stored value is written.
        let start = end - keyword.length
        if start > 0, tokens[start].text.first?.isUppercase == true { return false }
        var next = end
        if next + 1 < tokens.count, ["number", "amount"].contains(tokens[next].lemma), tokens[next + 1].lower == "of" { next += 2 }
        // "the average gas mileage", "the average yearly rent": up to two words of no column before it.
        var skipped = 0
        while skipped < 2, next < tokens.count, tokens[next].kind == .word, matchSchema(tokens, at: next) == nil,
            lexicon.values.longestMatch(tokens, at: next) == nil
        {
            next += 1
            skipped += 1
        }
        guard next < tokens.count, tokens[next].kind == .word, let following = matchSchema(tokens, at: next) else { return false }
        let columns = following.matches.compactMap { match -> ColumnRef? in
            if case .column(let ref, _) = match.target { return ref }
            return nil
        }
        guard !columns.contains(where: valueColumns.contains) else { return false }
        return columns.contains { lexicon.tables[$0.table].columns[$0.column].isNumeric }
    }

    /// Keywords that a distinctive schema word should win over ("plan" is not "order"…).
    private func isWeakKeyword(_ keyword: Keyword) -> Bool {
        switch keyword {
        case .filler, .relative, .show, .rowsNoun, .have, .with, .question, .datePart, .verb, .chart(.trend), .named:
            return true
        default:
            return false
        }
    }

    private func monthKeyword(_ tokens: [Token], at i: Int) -> Keyword? {
        let word = tokens[i].lower
        guard tokens[i].kind == .word, let month = EnglishLexicon.monthNames[word] else { return nil }
        if !EnglishLexicon.weakMonthWords.contains(word) { return .month(month) }
        let nextIsYear = i + 1 < tokens.count && tokens[i + 1].yearValue != nil
        let previous = i > 0 ? tokens[i - 1].lower : ""
        let afterPreposition = ["in", "since", "after", "before", "until", "during", "of", "from", "to", "through", "and"].contains(previous)
        let nextIsDay = i + 1 < tokens.count && tokens[i + 1].kind == .number && (tokens[i + 1].number ?? 0) <= 31
        return nextIsYear || afterPreposition || nextIsDay ? .month(month) : nil
    }

    private func matchKeyword(_ tokens: [Token], at i: Int) -> (length: Int, keyword: Keyword)? {
        let token = tokens[i]
        var candidates: [(words: [String], keyword: Keyword)] = []
        candidates += EnglishLexicon.phrasesByFirstWord[token.lemma] ?? []
        if token.lower != token.lemma { candidates += EnglishLexicon.phrasesByFirstWord[token.lower] ?? [] }
        var best: (length: Int, keyword: Keyword)?
        for candidate in candidates {
            let n = candidate.words.count
            guard i + n <= tokens.count, n > (best?.length ?? 0) else { continue }
            var ok = true
            for k in 0..<n {
                let t = tokens[i + k]
                if t.kind == .quoted || t.kind == .date {
                    ok = false
                    break
                }
                if t.lemma != candidate.words[k] && t.lower != candidate.words[k] {
                    ok = false
                    break
                }
            }
            if ok { best = (n, candidate.keyword) }
        }
        return best
    }

    /// Words before which a short lowercase code is a value: "from us", "in the us".
    private static let codeLeadIns: Set<String> = ["from", "the", "to", "outside", "excluding", "except"]

    private func matchSchema(_ tokens: [Token], at i: Int) -> (length: Int, matches: [Item.SchemaMatch])? {
        let token = tokens[i]
        var keys = ["l:" + token.lemma]
        if token.lower != token.lemma { keys.append("l:" + token.lower) }
        if token.kind == .word {
            keys.append("s:" + token.stem)
            if token.isAllCaps {
                keys.append("c:" + token.text)
            } else if token.text.count <= 3, lowercaseCodeAllowed(tokens, at: i) {
                // "us customers", "from the us": a code written in lowercase where only a value fits.
                keys.append("c:" + token.text.uppercased())
            }
        }
        var bestLength = 0
        var matches: [SchemaLexicon.Target: Int] = [:]
        // The order targets were first found in (the lexicon's phrase order), which breaks
        // ties in the sort below: a dictionary's own order changes from process to process.
        var found: [SchemaLexicon.Target] = []
        for key in keys {
            for phrase in lexicon.phrasesByKey[key] ?? [] {
                let n = phrase.elements.count
                guard i + n <= tokens.count, n >= bestLength else { continue }
                var ok = true
                for k in 0..<n where !elementMatches(phrase.elements[k], tokens[i + k]) {
                    ok = false
                    break
                }
                guard ok else { continue }
                if n > bestLength {
                    bestLength = n
                    matches = [:]
                    found = []
                }
                if matches[phrase.target] == nil { found.append(phrase.target) }
                matches[phrase.target] = max(matches[phrase.target] ?? 0, phrase.score)
            }
        }
        guard bestLength > 0 else { return nil }
        // "the level" of `levels(week, level_ppm)`: a singular word for a table named in the
        // plural that is also part of one of its measures names the measure.
        if bestLength == 1, token.kind == .word, token.lemma == token.lower {
            let before = matches
            for target in found {
                let score = before[target] ?? 0
                guard case .table(let t) = target, score == 4, lexicon.tables[t].name.lowercased() != token.lower else { continue }
                let measures = lexicon.tables[t].columns.filter { column in
                    column.isNumeric && !column.isBooleanLike && column.words.contains(token.lemma)
                        && !column.words.contains(where: { ["id", "code", "key", "no", "number"].contains($0) }) && !column.unique
                }
                guard measures.count == 1 else { continue }
                matches[target] = 3
                let measure = SchemaLexicon.Target.column(measures[0].ref, negated: false)
                if matches[measure] == nil { found.append(measure) }
                matches[measure] = 4
            }
        }
        let sorted = found.enumerated().map { (first: $0.offset, match: Item.SchemaMatch(target: $0.element, score: matches[$0.element]!)) }
            .sorted { ($0.match.score, order($0.match.target), -$0.first) > ($1.match.score, order($1.match.target), -$1.first) }
            .map(\.match)
        return (bestLength, sorted)
    }

    /// Deterministic order among equal scores: tables, then values, then columns, by position.
    private func order(_ target: SchemaLexicon.Target) -> Int {
        switch target {
        case .table(let t): return 3_000_000 - t
        case .value(let ref, _): return 2_000_000 - ref.table * 1000 - ref.column
        case .column(let ref, _): return 1_000_000 - ref.table * 1000 - ref.column
        }
    }

    /// Words of grammar that are never a code written in lowercase: "had an infection" beside
    /// a stored disease code `AN` and a table of infections is the article.
    private static let grammarWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "or", "and", "as", "is", "it", "be", "do", "if", "so", "up", "we", "he",
        "me", "my", "am", "are", "was", "has", "had", "his", "her", "its", "our", "any", "all", "per", "not", "nor", "but",
    ]

    private func lowercaseCodeAllowed(_ tokens: [Token], at i: Int) -> Bool {
        if Tagger.grammarWords.contains(tokens[i].text) { return false }
        // "show us customers …" is a pronoun.
        if i > 0, ["show", "give", "tell", "let", "help", "send", "get", "bring", "for", "of"].contains(tokens[i - 1].lower) { return false }
        if i > 0, Tagger.codeLeadIns.contains(tokens[i - 1].lower) { return true }
        guard i + 1 < tokens.count else { return false }
        // Followed by a table name: "us customers", "uk transactions".
        let next = tokens[i + 1]
        return lexicon.phrasesByKey["l:" + next.lemma]?.contains { phrase in
            if case .table = phrase.target, phrase.elements.count == 1 { return true }
            return false
        } ?? false
    }

    private func elementMatches(_ element: (word: String, mode: SchemaLexicon.MatchMode), _ token: Token) -> Bool {
        switch token.kind {
        case .quoted, .date, .symbol: return false
        case .word, .number: break
        }
        switch element.mode {
        case .lemma: return token.lemma == element.word || token.lower == element.word
        case .stem: return token.kind == .word && token.stem == element.word
        case .exactCase: return token.text == element.word || (token.text.count <= 3 && token.text.uppercased() == element.word && !token.isAllCaps)
        }
    }

    /// A quoted text names a value of a column whose distinct values hold it (any case).
    private func quotedMatches(_ text: String) -> [Item.SchemaMatch] {
        lexicon.values.wholeValues(equalTo: text).map { Item.SchemaMatch(target: .value($0.ref, $0.value), score: 4) }
    }
}
