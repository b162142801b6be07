/// "How many home runs did he hit in 1986?", "Cal Ripken's 1987 salary", "Kerry's votes in
/// 2004", "runs in 86" of a table that keeps its years in its column names (`homer86`,
/// `sal87`, `Kerry2004`; `SchemaLexicon.findYearNamedColumns`) and has no date or year
/// column: the year says which column the question means, it filters no rows. Without this
/// the year was a date condition on a table with no date, and the question was refused.
///
/// The year picks, among the columns of that year, the one whose stem a word near it says:
/// the word already read as one of the stem's columns of another year (`sal86` for `sal87`),
/// a plain column of the same name beside it (`hits`, the career total beside `hits86`: a
/// year makes it that year's), the stem itself ("error", "rbi"), a synonym WordNet gives
/// ("home run" is a "homer"), the stem cut from the word ("sal" of "salary") or the head of
/// a compound word nothing else reads ("putouts" of `outs86`). The year
/// is then context. Where every year-named column of the table is of that one year, the year
/// is context however the column is named. A year no column carries, a range ("since 1986")
/// and a compared number are left to the readers of dates and comparisons, as before; so is
/// any question without a year: "hits" and "career hits" stay `hits`. A year before a noun
/// ("the 1987 salary by league") picks that noun's column alone. Read while words are linked,
/// right after unknown words are: the terse names are read by then, and what reads the
/// column afterwards (nouns of a family of counts, measures) sees the year's column.
extension Interpreter {
    mutating func readYearsOfYearNamedColumns() {
        guard !lexicon.yearNamedColumns.isEmpty else { return }
        let tables = Set(contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables)
        let members = lexicon.yearNamedColumns.filter { tables.contains($0.key.table) }
        guard !members.isEmpty else { return }
        let yearItems = items.indices.filter { askedYear(at: $0, members) != nil }
        for j in yearItems {
            guard !items[j].used, let year = askedYear(at: j, members) else { continue }
            let ofTheYear = members.filter { $0.value.year == year }
            // The words the year may speak of: those with no other year between them and it.
            let others = yearItems.filter { $0 != j }
            let lower = (others.filter { $0 < j }.max() ?? -1) + 1
            let upper = (others.filter { $0 > j }.min() ?? items.count) - 1
            var named: [(k: Int, ref: ColumnRef)] = []
            if j + 1 < items.count, !items[j + 1].used, !follows(j, .dateRelation(.during)),
                let ref = yearNamedColumn(saidAt: j + 1, among: ofTheYear, members)
            {
                // "the 1987 salary by league": a year before a noun is that noun's alone.
                named = [(j + 1, ref)]
            } else {
                for k in lower...upper where k != j && !items[k].used {
                    if let ref = yearNamedColumn(saidAt: k, among: ofTheYear, members) { named.append((k, ref)) }
                }
            }
            // A phrasal verb still unread may be what ties the year to its column ("drove in
            // 100 runs in 1986" are runs batted in, `rbi86`, not `runs86`): the year is not
            // read past it.
            guard !hasUnreadPhrasalVerb else { continue }
            let onlyYear = Set(members.values.map(\.year)) == [year]
            guard !named.isEmpty || onlyYear else { continue }
            for (k, ref) in named {
                items[k].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 4)]
                items[k].isUnknown = false
                items[k].keyword = nil
                items[k].alternateKeyword = nil
            }
            useAsContext(j)
            if let p = previousIndex(from: j - 1, skipping: { _ in false }), keyword(p) == .dateRelation(.during) { useAsContext(p) }
        }
    }

    /// Whether the item before `j` (past fillers) is the keyword `word`.
    private func follows(_ j: Int, _ word: Keyword) -> Bool {
        previousIndex(from: j - 1, skipping: { isArticle($0) && keyword($0) == .filler }).map { keyword($0) == word } ?? false
    }

    /// Whether an unread word and the particle after it are a verb WordNet keeps ("drove in").
    private var hasUnreadPhrasalVerb: Bool {
        guard let wordNet = WordNet.shared else { return false }
        return items.indices.dropLast().contains { k in
            guard items[k].isUnknown, !items[k].used, items[k].range.count == 1, items[k + 1].range.count == 1 else { return false }
            let particle = tokens[items[k + 1].range.lowerBound].lower
            guard Interpreter.phrasalParticles.contains(particle) else { return false }
            return wordNet.baseForms(tokens[items[k].range.lowerBound].lower, .verb).contains { wordNet.contains($0 + " " + particle, .verb) }
        }
    }

    /// The year the number at `j` asks for, where some year-named column carries it: a year
    /// written whole ("1986"), or in two digits after "in" or "for" where the names write it
    /// so ("in 86"). Nil for a number compared or bounding a range ("after 1986", "more than
    /// 1986", "1986 or later").
    private func askedYear(at j: Int, _ members: [ColumnRef: YearNamedColumn]) -> Int? {
        guard isNumber(j), items[j].isInteger, items[j].range.count == 1, let number = items[j].number else { return nil }
        let p = previousIndex(from: j - 1, skipping: { isArticle($0) && keyword($0) == .filler })
        let relation = p.flatMap { keyword($0) }
        switch relation {
        case .dateRelation(.during)?, nil: break
        case .dateRelation?, .compare?, .between?, .postfixCompare?: return nil
        default: break
        }
        if let n = nextIndex(from: j + 1, skipping: { _ in false }), case .postfixCompare? = keyword(n) { return nil }
        if let year = items[j].year { return members.values.contains { $0.year == year } ? year : nil }
        let written = tokens[items[j].range.lowerBound].lower
        guard written.count == 2, relation == .dateRelation(.during) else { return nil }
        return members.values.first { $0.twoDigits && $0.year % 100 == Int(number) }?.year
    }

    /// The column of `ofTheYear` that the item at `k` names by its stem (see the extension's
    /// note), if exactly one.
    private func yearNamedColumn(
        saidAt k: Int, among ofTheYear: [ColumnRef: YearNamedColumn], _ members: [ColumnRef: YearNamedColumn]
    ) -> ColumnRef? {
        let item = items[k]
        guard !item.hasValue, item.number == nil, item.date == nil, !item.isQuoted else { return nil }
        func columns(stem: String) -> [ColumnRef] {
            ofTheYear.filter { $0.value.stem == stem }.map(\.key)
        }
        var named: Set<ColumnRef> = []
        for match in item.columns {
            if let member = members[match.ref] {
                named.formUnion(columns(stem: member.stem))
            } else {
                named.formUnion(columns(stem: lexicon[match.ref].letters))
            }
        }
        if named.isEmpty, item.keyword == nil || item.isUnknown {
            named = Set(ofTheYear.filter { saysStem($0.value.stem, k) }.map(\.key))
        } else if named.isEmpty, item.keyword == .show {
            // "the total returns in 2020" of `returns2020`: the verb's word is the stem as written.
            named = Set(ofTheYear.filter { writesStem($0.value.stem, k) }.map(\.key))
        }
        return named.count == 1 ? named.first : nil
    }

    /// Whether the words of the item at `k` say a stem: the stem itself, a WordNet synonym of
    /// the words ("home run" and "homer"), or the stem cut from them ("sal" of "salary").
    private func saysStem(_ stem: String, _ k: Int) -> Bool {
        let words = items[k].range.map { tokens[$0] }
        guard words.allSatisfy(\.isWord) else { return false }
        if writesStem(stem, k) { return true }
        guard let wordNet = WordNet.shared else { return false }
        let phrase = words.map(\.lower).joined(separator: " ")
        let synonyms = wordNet.baseForms(phrase, .noun).flatMap { wordNet.synsets($0, .noun) }.flatMap(\.words)
        if synonyms.contains(where: { String($0.filter(\.isLetter)) == stem }) { return true }
        let units = words.map { CutNameUnit.word($0, unknown: items[k].isUnknown, hyphened: false) }
        if Interpreter.saysCutName(stem, units).map({ $0 >= .strong }) ?? false { return true }
        // A compound ends with its head: "putouts" are `outs`. (Only for a word nothing else
        // reads, and a stem of four letters or more.)
        return items[k].isUnknown && words.count == 1 && stem.count >= 4 && words[0].lower.count > stem.count
            && [words[0].lower, words[0].lemma].contains { $0.hasSuffix(stem) }
    }

    /// Whether the item at `k` is the stem as written or in its singular ("error" of `error86`).
    private func writesStem(_ stem: String, _ k: Int) -> Bool {
        let words = items[k].range.map { tokens[$0] }
        return words.allSatisfy(\.isWord) && [words.map(\.lower).joined(), words.map(\.lemma).joined()].contains(stem)
    }
}
