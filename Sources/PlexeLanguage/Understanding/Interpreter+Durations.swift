/// Durations between two date columns of one row: a table whose rows run from a start to an
/// end (`began`/`ended`, `start`/`end`, `admitted`/`discharged`) is asked how long a row
/// lasted — "how many days did Aldo reign", "how long did the strike last, in days", "the
/// average length of a stay", "who had the shortest reign". Counted without this, "how many
/// days did Aldo reign" was the number of Aldo's rows. A row whose end is missing is still
/// running: its duration is NULL (left out), never measured up to today.
extension Interpreter {
    /// Words of a column that holds when a row began, and when it ended.
    static let startWords: Set<String> = [
        "start", "started", "begin", "began", "beginning", "from", "since", "admitted", "admission", "opened", "open", "entry",
        "entered", "joined", "hired", "checkin", "departure", "departed", "onset",
    ]
    static let endWords: Set<String> = [
        "end", "ended", "ending", "finish", "finished", "to", "until", "discharged", "discharge", "closed", "close", "exit",
        "exited", "left", "checkout", "arrival", "arrived", "termination", "terminated",
    ]
    /// Verbs that ask how long a row lasted ("how long did she serve"), by base form.
    static let durationVerbs: Set<String> = ["serve", "last", "stay", "run", "take", "reign", "rule", "remain", "hold"]
    /// Nouns for how long a row lasted ("the shortest term", "the average length of a stay").
    static let durationNouns: Set<String> = ["term", "length", "duration", "stay", "tenure", "reign"]

    /// The start and end date columns of a table, when exactly one of each is there.
    func durationColumns(of table: Int) -> (start: ColumnRef, end: ColumnRef)? {
        let dates = lexicon.tables[table].columns.filter { $0.isTemporal }
        let starts = dates.filter { $0.words.contains(where: { Interpreter.startWords.contains($0) }) }
        let ends = dates.filter { $0.words.contains(where: { Interpreter.endWords.contains($0) }) }
        guard starts.count == 1, ends.count == 1, starts[0].ref != ends[0].ref else { return nil }
        return (starts[0].ref, ends[0].ref)
    }

    /// The table with a start and an end the question names, or the only one when it names
    /// none ("how many days did the rate stay above 2" is not about another table's rows).
    private func durationTable() -> (start: ColumnRef, end: ColumnRef)? {
        for t in contextTables { if let pair = durationColumns(of: t) { return pair } }
        guard contextTables.isEmpty else { return nil }
        let pairs = lexicon.tables.indices.compactMap { durationColumns(of: $0) }
        return pairs.count == 1 ? pairs[0] : nil
    }

    /// Whether the item is a free word (no strong schema reading) with one of the base forms.
    /// A link to the table of the start and end is no other reading: "the shortest reign" of
    /// `reigns` is how long the reign lasted.
    private func isFreeWord(_ i: Int, in words: Set<String>, as pos: WordNet.PartOfSpeech, table: Int) -> Bool {
        guard i >= 0, i < items.count, !items[i].used, items[i].range.count == 1 else { return false }
        let other = items[i].schema.filter { match in
            if case .table(let t) = match.target { return t != table }
            return true
        }
        guard other.map(\.score).max() ?? 0 < 3 else { return false }
        let token = tokens[items[i].range.lowerBound]
        if words.contains(token.lower) || words.contains(token.lemma) { return true }
        return (WordNet.shared?.baseForms(token.lower, pos) ?? []).contains { words.contains($0) }
    }

    private func lower(_ i: Int) -> String { tokens[items[i].range.lowerBound].lower }

    mutating func readDuration() throws(TranslationError) {
        guard let pair = durationTable() else { return }
        let duration = Meaning.Measure.combined(.value(pair.start), .daysUntil, .value(pair.end))
        // "How long did …", "how many days did …" with a verb of lasting after them.
        for h in items.indices where !items[h].used && items[h].text.lowercased().hasPrefix("how") {
            let words = items[h].text.lowercased().split(separator: " ").map(String.init)
            var covered = [h]
            var unit: Int?
            if words == ["how"], h + 1 < items.count, lower(h + 1) == "long", items[h + 1].range.count == 1 {
                covered.append(h + 1)
            } else if words == ["how", "long"] {
                // (one item)
            } else if words == ["how", "many"] || (words == ["how"] && h + 1 < items.count && lower(h + 1) == "many") {
                let d = words == ["how"] ? h + 2 : h + 1
                if words == ["how"] { covered.append(h + 1) }
                guard d < items.count, tokens[items[d].range.lowerBound].lemma == "day", items[d].range.count == 1 else { continue }
                unit = d
                covered.append(d)
            } else {
                continue
            }
            guard
                let v = (covered.last! + 1..<items.count).first(where: {
                    isFreeWord($0, in: Interpreter.durationVerbs, as: .verb, table: pair.start.table)
                })
            else {
                continue
            }
            covered.append(v)
            // ", in days" after the verb says the unit the answer is in.
            if unit == nil, let n = nextIndex(from: v + 1, skipping: { items[$0].text == "," }), lower(n) == "in", n + 1 < items.count,
                tokens[items[n + 1].range.lowerBound].lemma == "day"
            {
                covered += [n, n + 1] + (v + 1..<n).filter { items[$0].text == "," }
            }
            meaning.measures.append(Meaning.MeasureUse(measure: .ofRows(.sum, duration), position: h))
            for k in covered { use(k) }
            return
        }
        // "the average length of a stay", "the longest term", "who had the shortest reign".
        for i in items.indices where isFreeWord(i, in: Interpreter.durationNouns, as: .noun, table: pair.start.table) {
            guard let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), !items[p].used else { continue }
            var covered = [p, i]
            // "of a stay" after "length": the row's noun for what lasted.
            if ["length", "duration"].contains(tokens[items[i].range.lowerBound].lemma), let o = nextIndex(from: i + 1, skipping: { _ in false }),
                lower(o) == "of", let s = nextIndex(from: o + 1, skipping: { isArticle($0) }),
                isFreeWord(s, in: Interpreter.durationNouns, as: .noun, table: pair.start.table)
            {
                covered += [o, s]
            }
            // ("shortest" and "longest" are read by their own word: the length they rank is
            // the duration, whatever other dimension the lexicon gives them.)
            let ranks: [String: SortDirection] = ["shortest": .ascending, "briefest": .ascending, "longest": .descending]
            switch keyword(p) {
            case _ where ranks[lower(p)] != nil && items[p].range.count == 1 && !["which", "who", "whose"].contains(tokens[0].lower):
                // "What was the longest stay?": the figure itself.
                meaning.measures.append(Meaning.MeasureUse(measure: .ofRows(ranks[lower(p)]!.extremeFunction, duration), position: p))
            case _ where ranks[lower(p)] != nil && items[p].range.count == 1:
                // (Each row ranked by its extreme: a name with two rows ranks by its longest or
                // shortest one, not by whichever row a bare column would show.)
                let direction = ranks[lower(p)]!
                meaning.rankMeasure = .ofRows(direction.extremeFunction, duration)
                meaning.rankDirection = direction
                if meaning.limit == nil { meaning.limit = 1 }
                // A row still running has no duration; ranked, its NULL would sort first.
                meaning.conditions.append(Meaning.Condition(kind: .isNull(pair.end, negated: true), position: i))
            case .aggregate(let f)? where f == .average || f == .sum:
                meaning.measures.append(Meaning.MeasureUse(measure: .ofRows(f, duration), position: p))
            default:
                continue
            }
            for k in covered { use(k) }
            return
        }
    }

    /// "In how many different years did a reign begin?": the periods counted are those of the
    /// date the verb names (`began`), not a second measure beside the count. Without this the
    /// verb's column was left beside the periods and the question refused.
    mutating func readPeriodsOfAnEvent() {
        for p in items.indices where !items[p].used {
            guard case .datePart(let part)? = keyword(p), part != .weekday, part != .hour,
                let c = previousIndex(from: p - 1, skipping: { ["different", "distinct", "separate"].contains(lower($0)) }),
                case .count? = keyword(c), items[c].text.lowercased().hasPrefix("how") || (c > 0 && lower(c - 1) == "how")
            else { continue }
            // The verb: one word after the period, read as a single date column only.
            for v in (p + 1)..<items.count where !items[v].used && items[v].range.count == 1 {
                let dates = Set(items[v].columns.filter { lexicon[$0.ref].isTemporal }.map(\.ref))
                guard dates.count == 1, items[v].columns.count == items[v].columns.filter({ lexicon[$0.ref].isTemporal }).count,
                    !(WordNet.shared?.baseForms(lower(v), .verb) ?? []).isEmpty, let ref = dates.first
                else { continue }
                let target = Meaning.DateTarget(column: ref, anchorTable: nil, phrase: items[p].text)
                meaning.measures.append(Meaning.MeasureUse(measure: .distinctPeriods(target, part), position: c))
                use(c, p, v)
                for k in (c + 1)..<p { use(k) }
                // "in how many months was a patient admitted": "a patient" is whoever the rows
                // are about, not a group per patient.
                for k in (p + 1)..<v where !items[k].used && !isValue(k) && k > 0 && ["a", "an", "any"].contains(lower(k - 1)) {
                    if isTable(k) || isColumn(k, where: { $0.ref.table == ref.table && $0.isText }) { useAsContext(k) }
                }
                if c > 0, lower(c - 1) == "how" { use(c - 1) }
                return
            }
        }
    }

    /// "Which ruler's reign began most recently?": the verb names the date column ranked
    /// (`began`), "most recently" the direction — the latest first, "least recently" the
    /// earliest. Without this the ranking had no column.
    mutating func readRecentEvent() {
        // ("reign began" of `reigns.began` is one item: the table's word and the column's.)
        let pair = durationTable()
        for v in items.indices where !items[v].used && items[v].range.count <= 2 {
            var dates = Set(items[v].columns.filter { lexicon[$0.ref].isTemporal }.map(\.ref))
            let verb = tokens[items[v].range.upperBound - 1].lower
            let bases = WordNet.shared?.baseForms(verb, .verb) ?? []
            // "Which stay started most recently" of `admitted`/`discharged`: a verb of starting
            // or ending names the start or the end of the table's pair.
            if dates.isEmpty, items[v].schema.isEmpty, let pair {
                if bases.contains(where: { ["start", "begin"].contains($0) }) { dates = [pair.start] }
                if bases.contains(where: { ["end", "finish"].contains($0) }) { dates = [pair.end] }
            }
            guard dates.count == 1, let ref = dates.first, items[v].columns.allSatisfy({ lexicon[$0.ref].isTemporal }), !bases.isEmpty
            else { continue }
            // "most recently" as one item or two.
            let rest = items[(v + 1)...].prefix(2)
            let words = rest.flatMap { item in tokens[item.range].map(\.lower) }
            guard words.count >= 2, words[1] == "recently", ["most", "least"].contains(words[0]) else { continue }
            let covered = rest.count == 2 && rest.first!.range.count == 1 ? [v, v + 1, v + 2] : [v, v + 1]
            guard covered.allSatisfy({ !items[$0].used }) else { continue }
            let direction: SortDirection = words[0] == "most" ? .descending : .ascending
            meaning.rankMeasure = .aggregate(direction.extremeFunction, ref)
            meaning.rankDirection = direction
            if meaning.limit == nil { meaning.limit = 1 }
            for k in covered { use(k) }
            return
        }
    }
}
