extension Interpreter {
    /// "members who never had an injury", "how many members never had an injury" of
    /// `members` and `visits(member_id, injury)` with `injury` 0/1: a yes/no column of a child
    /// table, denied by "never" (or "no", "without") a few words before it, denies the event of
    /// every related row: the members none of whose visits had one (`NOT IN` the visits with
    /// `injury = 1`), members without visits included. Read as `injury = 0`, it would keep
    /// members with at least one visit without an injury, most of whom may have had one.
    ///
    /// Only where the rows asked about are those of the flag's table's parent, the flag
    /// word is the column's positive form ("an injury", not "an uninjured visit") and it
    /// qualifies no noun after it ("never had a confirmed fire", read elsewhere); the rows
    /// of the flag's own table ("visits with no injury") keep the plain `injury = 0`.
    mutating func readNeverHadAFlag() throws(TranslationError) {
        var asked: Int?
        switch meaning.answerEntity {
        case .table(let t)?: asked = t
        case .column(let c)?: asked = c.table
        default: asked = meaning.subjectTable
        }
        for i in items.indices where !items[i].used && isColumn(i, where: { $0.isBooleanLike }) {
            guard let (ref, negatedForm) = try column(i, where: { $0.isBooleanLike }), !negatedForm, let yes = lexicon[ref].trueLiteral
            else { continue }
            if let n = nextIndex(from: i + 1, skipping: { isArticle($0) }), isTable(n) || isValue(n) { continue }
            // The negation, with only "had", "have", "with", a verb or little words between.
            var k = i - 1
            var negation: Int?
            while k >= 0, i - k <= 4, !items[k].used {
                if case .negation? = keyword(k) {
                    if ["never", "no", "without"].contains(tokens[items[k].range.lowerBound].lower) { negation = k }
                    break
                }
                var linking = isArticle(k)
                switch keyword(k) {
                case .have?, .with?, .verb?: linking = true
                default: break
                }
                guard linking else { break }
                k -= 1
            }
            guard let negation else { continue }
            // The rows asked about: those the sentence is about, or (before the count or list
            // is read) the table named right before the negation ("how many members never …").
            var rows = asked
            if rows == nil, let p = previousIndex(from: negation - 1, skipping: { isArticle($0) || keyword($0) == .relative }), isTable(p) {
                rows = items[p].table
            }
            guard let rows, ref.table != rows, lexicon.pathUp(from: ref.table, to: rows)?.count == 1 else { continue }
            meaning.conditions.append(Meaning.Condition(kind: .oneOf(ref, [yes], negated: true), position: i))
            for j in negation...i { use(j) }
        }
    }
}
