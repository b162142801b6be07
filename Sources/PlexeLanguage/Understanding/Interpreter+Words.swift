/// Words that a reading could take without their meaning reaching the answer: a word read as
/// the table where it names one of its columns ("heights and *weights*" of a table named
/// `heights_weights`), the first word of a place name whose last word alone is a stored value
/// ("*New* Fairview" where only `Fairview` is stored), a noun that only numbers the rows taken
/// for the measure a superlative names ("the heaviest *dogs*"), the first noun of a compound
/// taken for the group ("each *job* sector"). Each such word either gets the reading that
/// makes it count or stays unplaced, so the question is refused rather than answered without
/// it.
extension Interpreter {
    /// "Show all heights and weights", "the dogs with their weights" of
    /// `dog_weights(dog, weight_kg, breed)`: a word that is one word of the table's name and,
    /// as well, names a column of that table (at least as well) reads as the table by the tie
    /// rule, and then only says which rows — already said by another word naming that table or
    /// its columns — while the column it names never reaches the statement (the table's name
    /// in it accounts for the word). With the table named otherwise, the word is the column.
    /// (A word that is the table's whole name, or the only word for the table, keeps it.)
    mutating func preferColumnsOverSharedTableWords() {
        for i in items.indices where items[i].keyword == nil && !items[i].used {
            guard let table = items[i].table, items[i].tableScore <= 2,
                items[i].columns.contains(where: { $0.ref.table == table && !$0.negated && $0.score >= items[i].tableScore })
            else { continue }
            let namedOtherwise = items.indices.contains { k in
                k != i && items[k].keyword == nil
                    && (items[k].table == table && items[k].tableScore >= 2
                        || items[k].columns.contains { $0.ref.table == table && $0.score >= 2 })
            }
            guard namedOtherwise else { continue }
            // ("a mean heat above 60" of `heats(day, avg_heat_f)`: right after an aggregate the
            // word is read as the measure whichever reading wins the tie — as the column, the
            // comparison after it would take it and leave the aggregate unplaced.)
            if let p = previousIndex(from: i - 1, skipping: { isArticle($0) }) {
                switch items[p].keyword {
                case .aggregate?, .extreme?, .count?, .adjective?: continue
                default: break
                }
            }
            items[i].schema.removeAll {
                if case .table = $0.target { return true }
                return false
            }
        }
    }

    /// "the number of residents in 1992" of `residents(time, residents)`, a quarterly series:
    /// a word that names the table, whose numeric column has the table's own name, is that
    /// column where each row is one date or year (a unique date or year-number column) — the
    /// rows are points in time, and counting them would answer how many dates were kept.
    mutating func preferMeasuresNamedAsTheirSeries() {
        for i in items.indices where items[i].keyword == nil && !items[i].used {
            guard let table = items[i].table, !items[i].hasValue,
                let namesake = lexicon.tables[table].columns.first(where: { column in
                    column.isNumeric && !column.isBooleanLike && column.words == lexicon.tables[table].words
                }),
                lexicon.tables[table].columns.contains(where: { $0.unique && ($0.isTemporal || $0.isYearNumber) }),
                // The word names no other column ("residents" linked to the table alone, by a
                // cut name, is its namesake too).
                items[i].columns.allSatisfy({ $0.ref == namesake.ref })
            else { continue }
            items[i].schema = [Item.SchemaMatch(target: .column(namesake.ref, negated: false), score: max(items[i].tableScore, 2))]
        }
    }

    /// "the crime rate of New Fairview" where the town column stores `Fairview` and no New
    /// Fairview: a capitalised word inside the question right before a stored value that opens
    /// with a capital is part of the same name, so taking the value by its last word and
    /// reading the first as a filler ("new") answers about another place. Unless the words
    /// spell a value as a whole (`ValueIndex`), the first word is left unplaced. (The first
    /// word of the question is capitalised for the sentence.)
    mutating func leaveNameWordsBeforeValuesUnplaced() {
        for i in items.indices.dropFirst() where !items[i].used && items[i].hasValue && items[i].keyword == nil {
            let first = tokens[items[i].range.lowerBound]
            let p = i - 1
            guard first.kind == .word, first.text.first?.isUppercase == true, !items[p].used, items[p].isFiller, items[p].schema.isEmpty,
                items[p].range.count == 1, let w = items[p].range.first, w > 0
            else { continue }
            let word = tokens[w]
            guard word.kind == .word, word.text.count > 1, word.text.first?.isUppercase == true, !word.isAllCaps,
                tokens[w - 1].kind == .word || tokens[w - 1].kind == .number
            else { continue }
            items[p].keyword = nil
            items[p].isUnknown = true
            items[p].literal = nil
        }
    }

    /// "Which breed has the heaviest dogs on average?", "the difference between the heaviest
    /// and lightest dog" of `dog_weights(dog, weight_kg, breed)` where `dog` numbers the
    /// rows 1, 2, 3 …: the noun after a superlative adjective names the rows it picks, and the
    /// adjective ("heaviest" → weight) names what they are ranked by. Read as the column, the
    /// noun became the measure — the average dog number — and the adjective's measure was
    /// lost. A numbering measures nothing, so where the adjective's dimension has its own column
    /// in the same table, the noun is read as that table's rows (the column stays a weaker
    /// reading, so the statement still accounts for it) — also where the noun names the table
    /// as strongly as the column (`dogs(dog, …)`).
    mutating func readNumberingNounsAfterSuperlatives() {
        for j in items.indices.dropFirst() where items[j].keyword == nil && !items[j].used && items[j].range.count == 1 {
            guard let p = previousIndex(from: j - 1, skipping: { isArticle($0) }),
                case .adjective(let dimension, _?)? = items[p].keyword, dimension != .time,
                let best = items[j].columns.map(\.score).max(),
                case let top = items[j].columns.filter({ $0.score == best }), top.count == 1, !top[0].negated,
                lexicon.numbersRows(top[0].ref),
                let measure = (try? dimensionColumn(dimension, hint: nil)) ?? nil,
                measure.table == top[0].ref.table, measure != top[0].ref, lexicon[measure].isNumeric
            else { continue }
            let table = measure.table
            var schema = [Item.SchemaMatch(target: .table(table), score: max(best, items[j].tableScore))]
            schema += items[j].schema.filter { $0.target != .table(table) }.map {
                Item.SchemaMatch(target: $0.target, score: min($0.score, best - 1))
            }
            items[j].schema = schema
        }
    }

    /// "the average pay for each job sector" of `salaries(job, pay, sector)`
    /// where `job` names each row: in a compound of two nouns the last is the head, and
    /// a first noun naming the column that tells the rows apart only says whose attribute it is
    /// ("job sector" is each job's sector). Read as columns both, the grouping took
    /// the first and the head vanished into a condition on the values listed after it. The two
    /// become one item that reads as the head. (A measure after it — "the range of crew
    /// sizes" — is read with its row noun by the measure passes.)
    mutating func readRowNounsBeforeAttributes() {
        var i = items.count - 2
        while i >= 0 {
            defer { i -= 1 }
            let h = i + 1
            guard items[i].keyword == nil, !items[i].used, items[i].range.count == 1, items[h].keyword == nil, !items[h].used,
                items[h].range.count == 1, !isPlural(i), isColumn(i), isColumn(h),
                let modifier = items[i].columns.max(by: { $0.score < $1.score }),
                let head = items[h].columns.max(by: { $0.score < $1.score }), head.score >= 3, !head.negated,
                items[i].columns.filter({ $0.score == modifier.score }).count == 1,
                items[h].columns.filter({ $0.score == head.score }).count == 1,
                head.ref.table == modifier.ref.table, head.ref != modifier.ref, lexicon[head.ref].isText,
                lexicon[modifier.ref].isText, lexicon[modifier.ref].unique || lexicon.tables[modifier.ref.table].labelColumn == modifier.ref.column
            else { continue }
            let schema = items[h].schema
            merge(i...h)
            items[i].schema = schema
        }
    }
}
