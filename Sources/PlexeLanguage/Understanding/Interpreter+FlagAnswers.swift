/// "countries with oil yes", "rows where observed is yes", "freeLunch equal to no": a yes/no
/// column named and then answered, as people write a filter in a spreadsheet. A yes/no column
/// is read as its flag on its own ("countries with oil"), so its stored "yes" and "no" are no
/// values the index looks up, and the answer word was reported unplaced. The answer says which
/// side: "yes" (or "true", "y") is the flag as named, and "no" ("false", "n") its opposite.
extension Interpreter {
    static let yesWords: Set<String> = ["yes", "true", "y"]
    static let noWords: Set<String> = ["no", "false", "n"]

    /// Words that may stand between a column and the answer given to it ("is", "=", "equal to").
    private static let answerLinks: Set<String> = ["is", "was", "are", "were", "=", "==", "equals", "equal", "to", "set", "of", ":"]

    mutating func readAnswersOfFlagColumns() {
        for c in items.indices where !items[c].used && items[c].keyword == nil {
            guard let match = items[c].schema.first, items[c].schema.allSatisfy({ $0.target == match.target }),
                case .column(let ref, let negated) = match.target, lexicon[ref].isBooleanLike
            else { continue }
            var links: [Int] = []
            var j = c + 1
            while j < items.count, items[j].range.count <= 2, !items[j].used,
                items[j].range.allSatisfy({ Interpreter.answerLinks.contains(tokens[$0].lower) })
            {
                links.append(j)
                j += 1
            }
            guard j < items.count, items[j].range.count == 1, !items[j].used, !items[j].hasColumn else { continue }
            let answer = tokens[items[j].range.lowerBound]
            let yes = Interpreter.yesWords.contains(answer.lower)
            guard yes || Interpreter.noWords.contains(answer.lower) else { continue }
            // (Only the spellings the column could store: "n" after a column of 0 and 1 is no
            // answer, and nor is a lone "y" read as a letter elsewhere.)
            guard answer.lower.count > 1 || lexicon[ref].trueLiteral.map({ Interpreter.sideValue($0).lowercased() == "y" }) == true else {
                continue
            }
            if !yes {
                items[c].schema = items[c].schema.map { Item.SchemaMatch(target: .column(ref, negated: !negated), score: $0.score) }
            }
            items[j].keyword = nil
            items[j].isUnknown = false
            items[j].literal = nil
            useAsContext(j)
            for k in links { useAsContext(k) }
        }
    }
}
