/// Questions about a table whose rows are months and that spells each month by name beside
/// its date (`loans(date, month, count)`, `month` = `Jan`…`Dec`).
extension Interpreter {
    /// "the first month with more than 900", "how many months of records", "the latest month in
    /// the data": the word "month" there is the period each row is, and reads as the date part
    /// (`.datePart(.month)`), as it does on a monthly table without the names — never as the
    /// column of names, whose minimum is alphabetical ("Apr") and whose distinct values are at
    /// most twelve. The names keep the word where it asks for one group per name of the year
    /// ("by month", "each month") and where it names the names ("month name"); a month of the
    /// year asked for whatever the year ("each calendar month", "each month, across all
    /// years") is the date's month number, as on any monthly table.
    mutating func readMonthWordsAsPeriods() {
        // "each calendar month", tagged as one phrase: the month of the year, whatever the
        // year (`absorbCalendarMonth` sees "calendar" only as a word of its own).
        for item in items where item.keyword == .datePart(.month) && item.range.count == 2 {
            if tokens[item.range.lowerBound].lower == "calendar" { meaning.wholePeriod = true }
        }
        for j in items.indices where items[j].keyword == nil && items[j].range.count == 1 {
            let token = tokens[items[j].range.lowerBound]
            guard token.lemma == "month", items[j].alternateKeyword == .datePart(.month) else { continue }
            let named = items[j].columns.filter { lexicon.monthlyDate(besideMonthNames: $0.ref) != nil }
            guard !named.isEmpty, named.count == items[j].columns.count else { continue }
            if let n = nextIndex(from: j + 1, skipping: { _ in false }), ["name", "names"].contains(items[n].text.lowercased()) { continue }
            if let g = previousIndex(from: j - 1, skipping: { isArticle($0) || tokens[items[$0].range.lowerBound].lower == "calendar" }),
                items[g].keyword == .groupBy || ["per", "each", "every"].contains(items[g].text.lowercased()), !asksForMonthOfTheYear(j),
                !namesPeriodsOfAYear(j)
            {
                continue
            }
            items[j].keyword = .datePart(.month)
            items[j].alternateKeyword = nil
            items[j].schema = []
        }
    }

    /// "calendar month", "month, across all years", "month of the year".
    private func asksForMonthOfTheYear(_ j: Int) -> Bool {
        let t = items[j].range.lowerBound
        if t > 0, tokens[t - 1].lower == "calendar" { return true }
        var k = t + 1
        while k < tokens.count, tokens[k].lower == "," { k += 1 }
        guard k < tokens.count, ["across", "over", "of", "in"].contains(tokens[k].lower) else { return false }
        return tokens[(k + 1)..<min(k + 4, tokens.count)].contains { $0.lemma == "year" }
    }

    /// "every month of 1992", "all months of 1992": the periods of that year (of a monthly
    /// table, its rows that year).
    func namesPeriodsOfAYear(_ j: Int) -> Bool {
        let t = items[j].range.upperBound
        guard t + 1 < tokens.count, tokens[t].lower == "of" else { return false }
        return tokens[t + 1].yearValue != nil
    }

    /// "In how many years was there a month with more than 900 loans": "a month with …" of a
    /// table whose rows are months names a row that meets the condition, as "a record with"
    /// would; it says nothing the condition and the count do not. Claimed as context.
    mutating func readAPeriodRowWith() {
        for j in items.indices.dropFirst() where !items[j].used && items[j].range.count == 1 {
            guard case .datePart(let part)? = items[j].keyword, ["a", "an", "any", "one"].contains(tokens[items[j].range.lowerBound - 1].lower),
                j + 1 < items.count, ["with", "where", "when"].contains(tokens[items[j + 1].range.lowerBound].lower),
                !isPlural(j),
                lexicon.tables.count == 1 || contextTables.count == 1
            else { continue }
            let table = contextTables.first ?? 0
            guard lexicon.tables[table].columns.contains(where: { $0.unique && lexicon.periods[$0.ref] == part }) else { continue }
            useAsContext(j)
        }
    }
}
