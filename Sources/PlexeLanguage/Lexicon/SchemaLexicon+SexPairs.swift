/// Columns that hold one measure twice, once per sex, under names that differ only by a
/// leading or trailing sex marker (`ftheft` and `mtheft`, `female_income` and `male_income`,
/// `deaths_f` and `deaths_m`): "the female theft rate", "women's income" and "men's deaths"
/// name one member of the pair, by the sex word and the words of the rest of the name.
extension SchemaLexicon {
    /// Markers of the female and the male member, as a prefix or a suffix of the lowercase
    /// name; the longer markers first, so `female_x` and `male_x` are never read as `fem` +
    /// `ale_x`.
    static let sexPrefixes: [(female: String, male: String)] = [
        ("female_", "male_"), ("female", "male"), ("women_", "men_"), ("women", "men"), ("fem_", "mal_"), ("fem", "mal"),
        ("f_", "m_"), ("f", "m"),
    ]
    static let sexSuffixes: [(female: String, male: String)] = [
        ("_female", "_male"), ("_women", "_men"), ("_fem", "_mal"), ("_f", "_m"),
    ]
    /// The words a question names each sex by ("women" is read as its singular).
    static let femaleWords = ["female", "woman", "women"]
    static let maleWords = ["male", "man", "men"]

    /// The female and male members of each sex pair of a table's numeric columns, with the
    /// words of the rest of their name. None where the table has a sex or gender column: there
    /// the rows are told apart by sex, and a sex word picks rows, not a column.
    static func sexPairs(of table: Table) -> [(female: Column, male: Column, rest: [String])] {
        guard !table.columns.contains(where: { $0.words.contains("sex") || $0.words.contains("gender") }) else { return [] }
        let numeric = table.columns.filter { $0.isNumeric && !$0.isBooleanLike }
        let byName = Dictionary(numeric.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [(female: Column, male: Column, rest: [String])] = []
        for column in numeric {
            let name = column.name.lowercased()
            var found: (male: Column, rest: String)?
            for (female, male) in sexPrefixes where name.hasPrefix(female) {
                let rest = String(name.dropFirst(female.count))
                if let other = byName[male + rest] {
                    found = (other, rest)
                    break
                }
            }
            if found == nil {
                for (female, male) in sexSuffixes where name.hasSuffix(female) {
                    let rest = String(name.dropLast(female.count))
                    if let other = byName[rest + male] {
                        found = (other, rest)
                        break
                    }
                }
            }
            // (A remainder of a letter or two is no word a question says: `fx` and `mx`.)
            guard let (male, rest) = found, rest.filter(\.isLetter).count >= 3 else { continue }
            let words = SchemaLexicon.words(of: rest)
            guard !words.isEmpty, words.contains(where: { !genericWords.contains($0) }) else { continue }
            pairs.append((column, male, words))
        }
        return pairs
    }

    /// "female theft", "women's theft", "male conviction" (of `mconvict`): a sex word and the
    /// words of the rest of the name, each matched as a loose stem.
    static func addSexPairPhrases(_ table: Table, to builder: inout PhraseBuilder) {
        for pair in sexPairs(of: table) {
            let rest = pair.rest.map { (Morphology.stem($0), MatchMode.stem) }
            for (words, member) in [(femaleWords, pair.female), (maleWords, pair.male)] {
                for word in words {
                    builder.add([(word, .lemma)] + rest, .column(member.ref, negated: false), score: 4)
                }
            }
        }
    }
}
