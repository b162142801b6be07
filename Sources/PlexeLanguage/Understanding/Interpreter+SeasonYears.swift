/// "Season" said of a table that keeps its time only as a year number: "the total home runs
/// per season", "which season had the most wins", "the average salary in the 2005 season" of
/// `players(player, year, team, homers, salary)`.
///
/// WordNet files a season as a period that is part of the year (`#p` year: spring, summer …)
/// and, in another sense, as "a period of the year marked by special events or activities in
/// some field": the playing season of a sport, one a year. A table whose only time is a year
/// cannot mean the spring or the summer: each season it can mean is one of its years, so the
/// word reads as "year" (`.datePart(.year)`), grouped by, picked by or ranked by the year
/// column as "year" would be. Where the tables keep a finer time (a date, a month or week
/// column, `month` of `sales(year, month, amount)`), a season could be a part of each year
/// that no column says, and where they keep no year the word names no time they keep: in
/// both the word stays unplaced and the question is refused. A column of its own (`season`)
/// is read by the schema and never reaches this pass; stored seasons ('Summer', 'Winter')
/// keep the word unplaced too.
///
/// Without this the word was guessed as the noun of the rows (`linkRowNouns`): "per season"
/// became per row, and the chart showed one bar, the sum over the whole table.
extension Interpreter {
    mutating func readSeasonsOfYearlyTables() {
        guard let wordNet = WordNet.shared else { return }
        for j in items.indices where items[j].isUnknown && !items[j].used && items[j].range.count == 1 {
            let token = tokens[items[j].range.lowerBound]
            guard token.kind == .word, let parts = Interpreter.partsOfTheYear(named: token.lower, wordNet),
                let years = yearColumnsKeptAlone(besides: parts, wordNet)
            else { continue }
            items[j].isUnknown = false
            items[j].literal = nil
            if years.count == 1 {
                // Read as "year" is where the column is `year`: the column, with the date part
                // as its other reading.
                items[j].schema = [Item.SchemaMatch(target: .column(years[0], negated: false), score: 3)]
                items[j].alternateKeyword = .datePart(.year)
            } else {
                items[j].keyword = .datePart(.year)
            }
            // "in the 2005 season": the season of that year is the year, which the number
            // already says ("in season 2005" is read with the number, as "in year 2005").
            if j > 0, !items[j - 1].used, isNumber(j - 1), items[j - 1].year != nil, !isPlural(j) { useAsContext(j) }
        }
    }

    /// The senses in which a noun (any inflection) names a period that is part of the year
    /// ("season", "seasons"), or nil when it names none. (Month names and "month", "quarter"
    /// are date keywords the lexicon reads before this.)
    static func partsOfTheYear(named word: String, _ wordNet: WordNet) -> [WordNet.Synset]? {
        for base in wordNet.baseForms(word, .noun) {
            let parts = wordNet.synsets(base, .noun).filter { sense in
                wordNet.follow(sense).contains { $0.relation == .partOf && $0.synset.words.contains("year") }
                    && wordNet.isKind(sense, within: 1) { $0.words.contains("time period") }
            }
            if !parts.isEmpty { return parts }
        }
        return nil
    }

    /// The plain year columns (`year`) of the tables the question is about (all of them when
    /// it names none), where those tables keep no time finer than the year: no date, no column named
    /// after a shorter period (`month`, `week_no`, `quarter`), no stored name of a part of the
    /// year ('Summer', narrower kinds of `parts`). Nil when there is none or the time is finer.
    private func yearColumnsKeptAlone(besides parts: [WordNet.Synset], _ wordNet: WordNet) -> [ColumnRef]? {
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        let columns = tables.flatMap { lexicon.tables[$0].columns }
        // (The year the rows are kept by, `year`, never the year of an event of each row:
        // `birth_year`, `year_built`.)
        let years = columns.filter { $0.isYearNumber && $0.words.allSatisfy { ["year", "yr"].contains($0) } }.map(\.ref)
        guard !years.isEmpty else { return nil }
        let finer = columns.contains { column in
            if column.isYearNumber { return false }
            if column.isTemporal { return true }
            if let period = lexicon.periods[column.ref], period != .year && period != .decade { return true }
            return column.words.contains { word in
                (EnglishLexicon.phrasesByFirstWord[word] ?? []).contains { phrase in
                    guard phrase.words == [word], case .datePart(let part) = phrase.keyword else { return false }
                    return part != .year && part != .decade
                }
            }
        }
        if finer { return nil }
        let names = Set(parts.flatMap { wordNet.hyponyms(of: $0) }.flatMap(\.words))
        let storesSeasons = names.contains { name in lexicon.values.wholeValues(equalTo: name).contains { tables.contains($0.ref.table) } }
        return storesSeasons ? nil : years
    }
}
