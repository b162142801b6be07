/// Verbs of rating that introduce a condition: "How many restaurants were rated 'Excellent'
/// for hygiene?", "how many visits were graded poor", "painters scored above 10 for drawing".
/// The verb says only that what follows is a grade the row was given; the grade itself (a
/// stored value, a comparison) is the condition, read as if the verb were not there ("how
/// many visits were poor").
extension Interpreter {
    /// Whether WordNet files a sense of the verb as a kind of evaluating, within two steps:
    /// rate, rank and grade (assign a rank or rating to), score and mark (assign a grade),
    /// judge, assess, appraise. (Without WordNet, none is known.)
    static func isRatingVerb(_ base: String, _ wordNet: WordNet) -> Bool {
        let anchors = Set(wordNet.synsets("evaluate", .verb).map(\.offset))
        guard !anchors.isEmpty else { return false }
        return wordNet.synsets(base, .verb).contains { sense in
            wordNet.isKind(sense, within: 2) { anchors.contains($0.offset) }
        }
    }

    /// Marks an inflected rating verb ("rated", "graded", "judged") that no other pass has
    /// read as used, when it follows a copula or the rows' noun and a grade follows it
    /// straight away: a stored value (quoted or not) or a comparison. The grade is then read
    /// by the passes for values and comparisons as usual, on the one column that holds the
    /// value or that a comparison names; where none or several fit they refuse, as they would
    /// without the verb. A verb that names a column of its own (a `rating` column, see
    /// `readVerbsByMeaning`) is left alone: "rated above 4" is `rating > 4`.
    mutating func absorbRatingVerbs() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices where i > 0 && i + 1 < items.count {
            guard items[i].range.count == 1, items[i].isUnknown, !items[i].used, !items[i].isSchema else { continue }
            let token = tokens[items[i].range.lowerBound]
            guard token.kind == .word,
                wordNet.baseForms(token.lower, .verb).contains(where: { $0 != token.lower && Interpreter.isRatingVerb($0, wordNet) })
            else { continue }
            let before = tokens[items[i - 1].range.upperBound - 1].lower
            guard Interpreter.auxiliaryVerbs.contains(before) || items[i - 1].table != nil else { continue }
            guard introducesAGrade(i + 1) else { continue }
            items[i].used = true
            items[i].isUnknown = false
            items[i].literal = nil
        }
    }

    /// A stored value, a quoted text, or a comparison ("above 10", "more expressive than 12",
    /// "higher than 3").
    private func introducesAGrade(_ k: Int) -> Bool {
        let item = items[k]
        if item.hasValue || item.isQuoted { return true }
        switch item.keyword {
        case .compare?, .adjective(_, _?)?, .between?: return true
        default: break
        }
        guard item.range.count == 1 else { return false }
        return ["more", "less"].contains(tokens[item.range.lowerBound].lower)
    }
}
