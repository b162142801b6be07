extension Interpreter {
    /// "Both seasons combined, what is the average fare?", "the average fare, both seasons
    /// together": "both" with a plural noun of a column and "combined" (or "together", "in
    /// total") after it pools the column's groups, as "all seasons combined" does — the whole
    /// table, never one group per season. Without "combined" ("for both seasons") the phrase may
    /// want each one and is left to the other readings.
    mutating func absorbBothCombined() {
        var i = 0
        while i + 2 < items.count {
            defer { i += 1 }
            guard !items[i].used, items[i].range.count == 1, tokens[items[i].range.lowerBound].lower == "both" else { continue }
            let k = i + 1
            let noun = items[k]
            let last = tokens[noun.range.upperBound - 1]
            guard !noun.used, noun.range.count == 1, noun.hasColumn, noun.keyword == nil, !noun.hasValue, last.lemma != last.lower,
                !items[k + 1].used,
                items[k + 1].keyword == .inTotal || (items[k + 1].range.count == 1 && tokens[items[k + 1].range.lowerBound].lower == "together")
            else { continue }
            merge(i...(k + 1))
            items[i].used = true
            items[i].isUnknown = false
        }
    }
}
