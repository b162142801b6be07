/// "the widest blade" of `BW` (blade width), "the longest blade" of `BL`: a superlative
/// adjective before a noun the schema does not spell, where the noun and the dimension the
/// adjective is about (WordNet's attribute: wide → width, long → length) are the words a terse
/// name abbreviates.
extension Interpreter {
    /// Reads the unknown noun at `i` and the superlative before it (past an article) as one
    /// ranking by the column that the noun and the adjective's dimension abbreviate, in that
    /// order ("blade width" → `bw`): the noun names the part measured, the dimension what is
    /// measured of it. Only terse numeric names (`isTerseName`), and exactly one column in the
    /// tables in view; otherwise both words keep their readings. The adjective says the order
    /// ("narrowest" ranks from the smallest).
    mutating func linkMeasuredPart(_ i: Int) -> Bool {
        guard let wordNet = WordNet.shared, items[i].isUnknown, !items[i].used, items[i].range.count == 1 else { return false }
        let noun = tokens[items[i].range.lowerBound]
        guard noun.kind == .word, noun.lower.count >= 3, !wordNet.baseForms(noun.lower, .noun).isEmpty,
            let p = previousIndex(from: i - 1, skipping: { isArticle($0) }), !items[p].used, items[p].range.count == 1, !items[p].isSchema
        else { return false }
        let word = tokens[items[p].range.lowerBound].lower
        guard word.hasSuffix("est"), items[p].isUnknown || items[p].keyword.map(Interpreter.isMagnitudeExtreme) == true,
            let base = wordNet.baseForms(word, .adjective).first(where: { $0 != word }) ?? Interpreter.irregularBase(of: word, wordNet)
        else { return false }
        var dimensions = Set<String>()
        for synset in wordNet.synsets(base, .adjective) {
            for link in wordNet.follow(synset, word: base) where link.relation == .attribute {
                dimensions.formUnion(link.synset.words.filter { !$0.contains(" ") })
            }
        }
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        var found = Set<ColumnRef>()
        for dimension in dimensions {
            let words = Tokenizer.tokenize(noun.lower + " " + dimension)
            guard words.count == 2 else { continue }
            for t in tables {
                for column in lexicon.tables[t].columns where column.isNumeric && !column.isBooleanLike && isTerseName(column) {
                    if Interpreter.abbreviates(column.letters, words) { found.insert(column.ref) }
                }
            }
        }
        guard found.count == 1, let ref = found.first else { return false }
        let direction: SortDirection = Interpreter.lowPoleAdjectives.contains(base) ? .ascending : .descending
        items[p].keyword = .extreme(direction, .magnitude)
        items[p].isUnknown = false
        items[p].literal = nil
        items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
        items[i].isUnknown = false
        items[i].literal = nil
        return true
    }

    /// "largest", and the built-in dimension adjectives ("longest", "widest"): a superlative
    /// that ranks by size.
    private static func isMagnitudeExtreme(_ keyword: Keyword) -> Bool {
        switch keyword {
        case .extreme(_, .magnitude), .adjective: return true
        default: return false
        }
    }
}
