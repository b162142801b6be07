/// Nouns that reach an identifier column only through a related word. WordNet links an unknown
/// word to a column through its synonyms, derived forms and, for a long word, a column word
/// that starts one of them ("sugary" of `sugar`): "pupils" reaches `schoolCode` through its
/// synonym "schoolchild", which starts with "school". On a table with one row per pupil and a
/// code per school, that reading counts the schools ("how many pupils" → `COUNT(DISTINCT
/// schoolCode)`) and groups by them ("the average score of pupils" → `GROUP BY schoolCode`):
/// a wrong answer where the rows themselves, or a refusal, were meant. A key names the things
/// it identifies; a noun for something else merely related to them (a schoolchild is not a
/// school) is not those things, so such a link is dropped and the noun is left to the reading
/// of the rows (`linkRowNouns`: a person or thing noun on one table is its rows) or, failing
/// that, reported as unplaced.
extension Interpreter {
    /// How many different values a code column may hold and still be a category rather than
    /// a key (as `findFrequencyColumn` counts a whole-number column of at most 12 values as
    /// categorical): `region_code` with four values groups, it does not identify.
    static let mostCategoricalCodes = 12

    /// Whether the WordNet link of the noun at `i` to `target` must be dropped: the target is a
    /// key-like identifier column (`*_id`, `code`, a numbering of the rows, holding many
    /// different values), and neither the noun nor any of its synonyms (the
    /// words of its WordNet senses) is a word of the column's name — the link came through a
    /// related or derived word, or a column word that starts one ("school" of "schoolchild").
    /// A true synonym ("clients" of `customer_id`) still names the key.
    func reachesKeyOnlyThroughRelatedWord(_ i: Int, _ target: SchemaLexicon.Target) -> Bool {
        guard case .column(let ref, _) = target, isKeyLike(ref), let wordNet = WordNet.shared, items[i].range.count == 1 else { return false }
        let token = tokens[items[i].range.lowerBound]
        let bases = wordNet.baseForms(token.lower, .noun)
        guard !bases.isEmpty else { return false }
        let column = lexicon[ref]
        let naming = Set(column.words.filter { !SchemaLexicon.identifierWords.contains($0) })
        let joined = naming.isEmpty ? "" : column.words.filter { naming.contains($0) }.joined()
        for base in bases {
            var names: Set<String> = [base]
            for sense in wordNet.synsets(base, .noun) { names.formUnion(sense.words) }
            for name in names {
                let letters = name.lowercased().filter(\.isLetter)
                if naming.contains(Morphology.singular(name.lowercased())) || letters == joined { return false }
            }
        }
        return true
    }

    /// A column that identifies rows or the things they belong to: named as an identifier or
    /// code (`schoolCode`, `site_id`), or a whole-number column `isIdentifier` finds (one
    /// numbering the rows) — with more different values than a category has (or too many for
    /// ingest to list).
    private func isKeyLike(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        guard !column.isBooleanLike, !column.isTemporal else { return false }
        let named = column.words.last.map { SchemaLexicon.identifierWords.contains($0) } ?? false
        guard named || lexicon.isIdentifier(ref) else { return false }
        guard let values = column.distinctValues else { return true }
        return values.count > Interpreter.mostCategoricalCodes
    }
}

/// Identifiers of what the rows belong to rather than of the rows' people. A repeating
/// `badge_id` on a table of runs is each pilot's, so "how many pilots" counts the badges
/// (`countPeopleOfRepeatedMeasures`); a repeating `schoolCode` or `household_id` on a table of
/// one row per child or person is the school's or the household's, and counting its values
/// for "how many pupils" answers how many schools. The name says which: its word before the
/// identifier word is a noun WordNet files first among groups (a school as an institution, a
/// household, a team) or places (a site, a district), or a kind of building or facility (a
/// hospital, a store, a station).
extension Interpreter {
    /// WordNet's lexicographer files of nouns for groups (`noun.group`) and places
    /// (`noun.location`).
    static let groupAndPlaceFiles: Set<Int> = [14, 15]

    /// Whether the identifier column `ref` names a group or place (see the extension's note):
    /// the last word of its name other than identifier words, as a noun, whose first sense is
    /// filed under groups or places or is within six steps a kind of structure or facility.
    /// A name of identifier words only (`id`, `code`) says nothing and is no group.
    func identifiesGroupOrPlace(_ ref: ColumnRef) -> Bool {
        guard let wordNet = WordNet.shared,
            let word = lexicon[ref].words.last(where: { !SchemaLexicon.identifierWords.contains($0) && $0.allSatisfy(\.isLetter) }),
            let base = wordNet.baseForms(word, .noun).first, let sense = wordNet.firstSynset(base, .noun)
        else { return false }
        if Interpreter.groupAndPlaceFiles.contains(sense.lexicographerFile) { return true }
        return wordNet.isKind(sense, within: 6) { $0.words.contains("structure") || $0.words.contains("facility") }
    }
}
