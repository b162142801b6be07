/// Verbs that say a row holds a value: "workers who reported a wage", "subjects who did not
/// give their height". Such a verb asks what "have" asks ("workers who have a wage"), so the
/// missing-value reading that follows treats it as "have".
extension Interpreter {
    /// Verbs of telling or handing over information, whose object is what the row holds, by
    /// base form. The base form itself stands only after "do", "did", "not" ("did not give");
    /// its other forms (WordNet's morphology: "reported", "gave", "given") follow the subject.
    static let statingVerbs: Set<String> = ["report", "give", "provide", "declare", "state", "disclose", "supply", "submit"]

    /// Possessive words and articles that may stand between the verb and the column.
    private static let statedObjectOpeners: Set<String> = ["a", "an", "any", "some", "their", "his", "her", "its"]

    /// Reads "reported a wage", "did not give their height" as "have a wage", "not have
    /// their height". Only when the verb follows its subject (never the first word, where
    /// "Give a …" or "Report the …" asks for rows), only when an article or possessive and
    /// then a column of a value that may be empty come straight after it, and never when that
    /// column is compared or valued ("reported a wage above 20" is a comparison, read elsewhere).
    mutating func readStatingVerbs() {
        for i in items.indices where i > 0 && i + 2 < items.count && items[i].range.count == 1 && !items[i].used {
            let token = tokens[items[i].range.lowerBound]
            guard isStatingVerb(token.lower) ? isAfterAuxiliary(i) : isFormOfAStatingVerb(token.lower) else { continue }
            switch items[i].keyword {
            case nil, .show?, .verb?: break
            default: continue
            }
            guard Interpreter.statedObjectOpeners.contains(tokens[items[i + 1].range.lowerBound].lower),
                !items[i + 2].used, items[i + 2].keyword == nil, items[i + 2].table == nil, !items[i + 2].columns.isEmpty,
                isPunctuationOrEnd(i + 3) || items[i + 3].keyword == nil && items[i + 3].number == nil && !items[i + 3].isSchema
            else { continue }
            // The verb may itself be part of column names (`reported_height`, `reported_weight`)
            // or of the object's table (`survey_reports`): then it only says which of the
            // object's columns is meant, and names nothing of its own.
            let objectTables = Set(items[i + 2].columns.map(\.ref.table))
            guard
                items[i].schema.allSatisfy({ match in
                    switch match.target {
                    case .column(let ref, _): return objectTables.contains(ref.table)
                    case .table(let t): return objectTables.contains(t)
                    default: return false
                    }
                })
            else { continue }
            let candidates = statedColumns(i + 2, verb: token.stem)
            guard let ref = candidates.max(by: { $0.score < $1.score })?.ref, lexicon[ref].nullable, !lexicon[ref].isBooleanLike
            else { continue }
            items[i].keyword = .have
            items[i].alternateKeyword = nil
            items[i].isUnknown = false
            items[i].schema = []
            let kept = Set(candidates.map(\.ref))
            items[i + 2].schema.removeAll { match in
                if case .column(let ref, _) = match.target { return !kept.contains(ref) }
                return false
            }
        }
    }

    /// "did not report their height" of `height_cm` and `reported_height_cm`: the column whose
    /// name holds the verb is the one told, so the word is no longer ambiguous between them;
    /// otherwise all the object's columns.
    private func statedColumns(_ k: Int, verb stem: String) -> [(ref: ColumnRef, negated: Bool, score: Int)] {
        let candidates = items[k].columns
        let told = candidates.filter { lexicon[$0.ref].words.contains { Morphology.stem($0) == stem } }
        return told.count == 1 ? told : candidates
    }

    private func isStatingVerb(_ word: String) -> Bool { Interpreter.statingVerbs.contains(word) }

    /// "reported", "gave", "given": another form of a stating verb (without WordNet, none is known).
    private func isFormOfAStatingVerb(_ word: String) -> Bool {
        (WordNet.shared?.baseForms(word, .verb) ?? []).contains { $0 != word && isStatingVerb($0) }
    }

    /// "did not report", "who do report", "not give": the base form after an auxiliary or a
    /// negation.
    private func isAfterAuxiliary(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        if case .negation? = items[i - 1].keyword { return true }
        return ["do", "does", "did", "didnt", "doesnt", "dont"].contains(tokens[items[i - 1].range.upperBound - 1].lower)
    }

    private func isPunctuationOrEnd(_ i: Int) -> Bool {
        guard i < items.count else { return true }
        return items[i].text.allSatisfy { $0.isPunctuation }
    }
}
