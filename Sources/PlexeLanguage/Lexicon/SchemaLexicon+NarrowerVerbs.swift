/// The verb readings of numeric columns' words, worked out once per upload for
/// `Interpreter.narrowerVerbColumn` and `Interpreter.synonymVerbColumn`.
extension SchemaLexicon {
    /// One of the two commonest senses of a verb that a word of a numeric column's name is an
    /// inflection of (`trapped` of `foxesTrapped`, whose verb "trap" is a kind of "catch"): what
    /// a question's word must meet to name the column by that verb.
    struct VerbSense: Sendable {
        /// The word of the column's name (`trapped`).
        let word: String
        /// Its base form as a verb (`trap`), never the word itself.
        let base: String
        /// The WordNet offsets of every verb sense of the base, rare ones included: a question's
        /// verb sharing any of them is a synonym ("dismiss" of `fired`, in the sense "give
        /// notice"). Empty when the base has more than `synonymSenseLimit` senses.
        let baseOffsets: Set<Int>
        /// How many verb senses the base has: a verb of very many ("take", "make") shares one
        /// with nearly any verb, so the synonym test ignores it.
        let baseSenseCount: Int
        /// Every word of the sense's hypernyms ("catch", "capture").
        let parentWords: Set<String>
        /// The content words of the sense's definition (`Interpreter.contentWords(of:)`).
        let glossWords: Set<String>
    }

    /// The verb senses of a numeric, non-yes/no column's words (`verbSenses`, found once at upload).
    func verbSenses(of ref: ColumnRef) -> [VerbSense] { verbSenses[ref] ?? [] }

    /// The most verb senses a word may have and still be read as a synonym: "take", "make",
    /// "get" have dozens and share one with nearly any verb.
    static let synonymSenseLimit = 12

    /// `verbSenses(of:)` for every column, worked out from the column names and WordNet: the same
    /// look-ups each question made for every numeric column before, now made once per schema.
    /// Only words of four letters or more, inflected (the base differs from the word), and only
    /// the two most frequent senses of each base: a rare sense is not what the name meant to
    /// the narrower-verb test. The synonym test reads every sense's offset (`baseOffsets`).
    static func findVerbSenses(of tables: [Table], wordNet: WordNet?) -> [ColumnRef: [VerbSense]] {
        guard let wordNet else { return [:] }
        var result: [ColumnRef: [VerbSense]] = [:]
        for table in tables {
            for column in table.columns where column.isNumeric && !column.isBooleanLike {
                var senses: [VerbSense] = []
                for word in column.words where word.count >= 4 {
                    for base in wordNet.baseForms(word, .verb) where base != word {
                        let all = wordNet.synsets(base, .verb)
                        let offsets = all.count <= synonymSenseLimit ? Set(all.map(\.offset)) : []
                        for sense in all.prefix(2) {
                            let parents = wordNet.follow(sense).filter { $0.relation == .hypernym }.map(\.synset)
                            senses.append(
                                VerbSense(
                                    word: word, base: base, baseOffsets: offsets, baseSenseCount: all.count,
                                    parentWords: Set(parents.flatMap(\.words)), glossWords: Set(Interpreter.contentWords(of: sense.gloss))))
                        }
                    }
                }
                if !senses.isEmpty { result[column.ref] = senses }
            }
        }
        return result
    }
}
