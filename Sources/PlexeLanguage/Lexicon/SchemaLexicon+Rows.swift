/// The nouns a table's rows answer to beyond its name, from WordNet: the synonyms and kinds
/// (hypernyms) of what the table's name says a row is ("birds" and "animals" of `herons`,
/// "journeys" of `voyages`, "vehicles" of `trucks`), and the kinds that most of its rows' names are
/// ("mammals" where the names are cheetah, cow, giraffe …). A noun the schema does not spell
/// is the rows only through such a relation or, failing any, as a guess (see
/// `Interpreter.linkRowNouns`); a narrower kind ("ruminants" of mammals) names some rows, not
/// all of them, and is never taken for the rows.
extension SchemaLexicon {
    /// How near WordNet's root a kind may be and still name rows: "entity", "object", "whole",
    /// "abstraction", "group", "act" and "living thing" say nothing about the data.
    static let shallowestRowKind = 5

    /// WordNet's verb lexicographer file of change (change, increase, decrease, grow; `wndb(5)`).
    static let changeVerbFile = 30

    /// The nouns of a table name that say what a row is: its last word, or for a name run
    /// together from a short prefix and a noun (`ukbirds`, `mrest`), the noun.
    static func headNouns(of words: [String], wordNet: WordNet?) -> [String] {
        guard let last = words.last, let wordNet else { return [] }
        if !wordNet.baseForms(last, .noun).isEmpty { return [wordNet.baseForms(last, .noun)[0]] }
        guard words.count == 1 else { return [] }
        let letters = Array(last)
        // Only a noun for things rows can be: `mrest` is no table of rests.
        for cut in 1...3 where letters.count - cut >= 3 {
            let tail = String(letters[cut...])
            if let base = wordNet.baseForms(tail, .noun).first, let sense = wordNet.synsets(base, .noun).first {
                return Interpreter.namesThings(sense, wordNet) ? [base] : []
            }
        }
        return []
    }

    /// The words before a table name's head noun that are the rows too: in `pearl_brooches`
    /// a pearl and a brooch are both jewellery, so "pearls" are the rows; in
    /// `customer_orders` a customer and an order share no kind, so "customers" are not. The
    /// modifier's first sense and a sense of the head (or the head itself) must meet within two
    /// steps up from each, at a kind deep enough to say something.
    static func modifierRowNouns(of words: [String], wordNet: WordNet?) -> [String] {
        guard let wordNet, words.count >= 2, let head = wordNet.baseForms(words[words.count - 1], .noun).first else { return [] }
        func nearKinds(_ sense: WordNet.Synset) -> Set<Int> { Set(wordNet.kinds(of: sense, within: 2).map(\.offset)) }
        let headKinds = wordNet.synsets(head, .noun).reduce(into: Set<Int>()) { $0.formUnion(nearKinds($1)) }
        return words.dropLast().filter { modifier in
            guard modifier.count >= 3, let base = wordNet.baseForms(modifier, .noun).first, base != head,
                let sense = wordNet.firstSynset(base, .noun)
            else { return false }
            let shared = nearKinds(sense).intersection(headKinds)
            guard !shared.isEmpty else { return false }
            let depths = Dictionary(wordNet.hypernyms(of: sense).map { ($0.synset.offset, $0.depth) }, uniquingKeysWith: min)
            // "person" (depth 3) or "artifact" would make any two things kin.
            return shared.contains { (depths[$0] ?? Int.max) > shallowestRowKind }
        }
    }

    /// The words naming the rows of a table, apart from its own name (see the type's note).
    static func rowWords(headNouns: [String], labelValues: [String], wordNet: WordNet?) -> Set<String> {
        guard let wordNet else { return [] }
        var words = Set<String>()
        var memo: [Int: (depth: Int, kinds: Set<String>)] = [:]
        for noun in headNouns {
            for sense in wordNet.synsets(noun, .noun) {
                words.formUnion(sense.words)
                words.formUnion(specificKindWords(of: sense, wordNet: wordNet, memo: &memo))
            }
        }
        // The kinds most named rows are: each value's most frequent sense (a whole value, or
        // its last word, "greater short-tailed shrew" → shrew).
        var counts: [String: Int] = [:]
        var known = 0
        for value in labelValues.prefix(100) {
            let lowered = value.lowercased()
            let lastWord = lowered.split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? lowered
            guard let sense = wordNet.firstSynset(lowered, .noun) ?? (lastWord.count >= 3 ? wordNet.firstSynset(lastWord, .noun) : nil) else {
                continue
            }
            known += 1
            for kind in specificKindWords(of: sense, wordNet: wordNet, memo: &memo) { counts[kind, default: 0] += 1 }
        }
        if known >= 5 {
            for (kind, count) in counts where count * 2 >= known && count >= 3 { words.insert(kind) }
        }
        return words
    }

    /// The kinds of a sense deep enough to name rows (`shallowestRowKind`), less two that only
    /// look deep. What lies above a shallow kind is no more specific than it: "organism" is
    /// five steps from the root but above "person" (three), so every woman, patient or
    /// veteran is an organism, and a table of a people (`pima`, `veterans`) would take any
    /// person noun ("women") for a narrower kind of its rows. And a noun that is itself a verb
    /// WordNet files under change ("change", "decrease": deaths and casualties are filed
    /// under them) says how an amount moves, not what a row is — "how much did deaths change"
    /// asks the verb, never the rows of a table of deaths.
    static func specificKindWords(
        of sense: WordNet.Synset, wordNet: WordNet, memo: inout [Int: (depth: Int, kinds: Set<String>)]
    ) -> Set<String> {
        var kinds = wordNet.kindWords(of: sense, minimumDepth: shallowestRowKind, memo: &memo)
        for (shallow, depth) in wordNet.hypernyms(of: sense) where depth < shallowestRowKind {
            for (above, _) in wordNet.hypernyms(of: shallow) { kinds.subtract(above.words) }
        }
        return kinds.filter { kind in
            kind.contains(" ") || wordNet.firstSynset(kind, .verb)?.lexicographerFile != changeVerbFile
        }
    }

    /// The column that names each row for the purpose of kinds: the label, else the one unique
    /// text column.
    static func namingColumn(of table: Table) -> Int? {
        if let label = table.labelColumn { return label }
        let unique = table.columns.filter { $0.isText && $0.unique && !$0.isBooleanLike }
        return unique.count == 1 ? unique[0].ref.column : nil
    }
}

/// Yes/no columns that say whether a row's event was seen (`observed`, `detected`, `seen`).
extension SchemaLexicon {
    /// The table's yes/no column named by the participle of a verb of perception
    /// (`observationColumns`, found once at upload; see `Interpreter.qualifyEventsByObservation`).
    func observationColumn(of table: Int) -> ColumnRef? { observationColumns.indices.contains(table) ? observationColumns[table] : nil }

    /// `observationColumn(of:)`, worked out from the columns: a one-word yes/no column whose word
    /// is an inflection (not the base) of a verb WordNet files first under perception. Only one
    /// such column may say it — with two, which one records the event is not for us to choose.
    func findObservationColumn(of table: Int, wordNet: WordNet?) -> ColumnRef? {
        guard let wordNet else { return nil }
        let flags = tables[table].columns.filter { column in
            guard column.isBooleanLike, column.words.count == 1, let word = column.words.first else { return false }
            return wordNet.baseForms(word, .verb).contains { base in
                base != word && wordNet.firstSynset(base, .verb)?.lexicographerFile == WordNet.perceptionVerbFile
            }
        }
        return flags.count == 1 ? flags[0].ref : nil
    }
}
