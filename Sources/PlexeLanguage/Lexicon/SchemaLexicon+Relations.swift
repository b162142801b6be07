import PlexeFoundation

/// How tables relate and which columns play common roles; asked by the interpreter and the
/// SQL writer while they place words and build joins.
extension SchemaLexicon {
    /// Links from `table` up to the tables it references (many-to-one).
    func parentLinks(of table: Int) -> [ForeignKeyLink] { links.filter { $0.child.table == table } }

    /// Links from tables that reference `table`.
    func childLinks(of table: Int) -> [ForeignKeyLink] { links.filter { $0.parent.table == table } }

    /// The chain of many-to-one links from `table` up to `ancestor` (empty when they are the
    /// same table, nil when `ancestor` cannot be reached by following references).
    func pathUp(from table: Int, to ancestor: Int) -> [ForeignKeyLink]? {
        if table == ancestor { return [] }
        var queue: [(Int, [ForeignKeyLink])] = [(table, [])]
        var seen: Set<Int> = [table]
        while !queue.isEmpty {
            let (current, path) = queue.removeFirst()
            for link in parentLinks(of: current) where !seen.contains(link.parent.table) {
                let next = path + [link]
                if link.parent.table == ancestor { return next }
                seen.insert(link.parent.table)
                queue.append((link.parent.table, next))
            }
        }
        return nil
    }

    func isAncestor(_ ancestor: Int, of table: Int) -> Bool {
        ancestor != table && pathUp(from: table, to: ancestor) != nil
    }

    func dateColumns(of table: Int) -> [ColumnRef] {
        tables[table].columns.filter(\.isTemporal).map(\.ref)
    }

    /// Columns of `tables` whose names carry one of `words`, best word first, then table order.
    func columns(in tableIndexes: [Int], namedBy words: [String], numericOnly: Bool = true) -> [ColumnRef] {
        var result: [ColumnRef] = []
        for word in words {
            for t in tableIndexes {
                for column in self.tables[t].columns where (!numericOnly || column.isNumeric) && !result.contains(column.ref) {
                    let joined = column.words.joined(separator: "_")
                    // `heartwt` (heart, wt) is named by "weight": a word an abbreviation spells out.
                    let spelledOut = column.words.contains { SchemaLexicon.expansions[$0]?.contains(word) == true }
                    // `lwt_celsius` is named by "temperature": what its unit measures.
                    if column.words.contains(word) || joined == word || spelledOut || column.unitDimensions.contains(word) {
                        result.append(column.ref)
                    }
                }
            }
        }
        return result
    }

    /// The column a verb measures ("spent" → `amount`, "earns" → `salary`), looking in
    /// `preferred` tables first. Money verbs fall back on each other: "highest paid" is a
    /// salary when there is no amount.
    func measureColumn(for concept: VerbConcept, preferring preferred: [Int]) -> ColumnRef? {
        let order = preferred + tables.indices.filter { !preferred.contains($0) }
        var words = concept.columnWords
        // "the highest paid employees": pay is a salary where there is no amount.
        if concept == .spend { words += VerbConcept.earn.columnWords }
        // Words that name money outright first (in the tables in context first), then the
        // vaguer ones: "spent" is `transactions.amount` before `customers.lifetime_value`.
        let weak: Set<String> = ["value", "worth", "fee", "fare", "charge"]
        let others = order.filter { !preferred.contains($0) }
        // A column whose name holds the word itself comes before one whose name only may
        // abbreviate it (`price` is what a lamp costs, before `rev_per_km` read as revenue).
        for literally in [true, false] {
            func find(_ word: String, in table: Int) -> ColumnRef? {
                // A salary is what people are paid: "how much did Cambridge spend per pupil" of a
                // table of school districts is no average teacher salary.
                if concept == .spend, !concept.columnWords.contains(word), !tablesPayingPeople[table] { return nil }
                let found = columns(in: [table], namedBy: [word]).filter { ref in
                    let column = self[ref]
                    return (!column.unique || column.type == .float)
                        && (!literally || column.words.contains(word) || column.unitDimensions.contains(word))
                }
                // (`price` before `min_price`.)
                return found.first { self[$0].words == [word] } ?? found.first
            }
            for tier in [words.filter { !weak.contains($0) }, words.filter { weak.contains($0) }] {
                for table in preferred {
                    for word in tier { if let ref = find(word, in: table) { return ref } }
                }
                for word in tier {
                    for table in others { if let ref = find(word, in: table) { return ref } }
                }
            }
        }
        return nil
    }

    /// Whether a table's rows are people or are about people, who are paid a salary: its name
    /// or a column's name is a noun for people (`employees`, `staff`, `player_id`), or names what
    /// they earn (`salaries`). WordNet decides; with none, every table may. Stored per table
    /// as `tablesPayingPeople`.
    func findPaysPeople(_ table: Int) -> Bool {
        guard let wordNet = WordNet.shared else { return true }
        let earned = Set(VerbConcept.earn.columnWords)
        let words = tables[table].words + tables[table].columns.flatMap(\.words)
        return words.contains { word in
            if earned.contains(word) && tables[table].words.contains(word) { return true }
            guard word.count >= 3, let sense = wordNet.baseForms(word, .noun).lazy.compactMap({ wordNet.firstSynset($0, .noun) }).first
            else { return false }
            return Interpreter.namesPeople(sense, wordNet)
        }
    }

    /// Amounts, quantities and counts add up; ages, prices and scores are averaged.
    static func isAdditive(_ column: Column) -> Bool {
        let additive: Set<String> = [
            "amount", "total", "revenue", "sale", "quantity", "qty", "count", "number", "unit",
            "cost", "spend", "spending", "value", "profit", "volume", "population", "hour",
            "minute", "second", "fee", "payment", "income", "budget", "expense", "precipitation",
            "rain", "rainfall", "distance", "vote", "point", "goal", "sold", "order", "purchase",
        ]
        return column.words.contains { additive.contains($0) }
    }

    /// A readable name for a table row: "customer".
    func singularName(of table: Int) -> String { tables[table].words.joined(separator: " ") }

    /// "customers (customer_id, name, …), transactions (…)": what the engine knows, for
    /// error messages.
    var summary: String {
        tables.map { table in "\(table.name) (\(table.columns.map(\.name).joined(separator: ", ")))" }
            .joined(separator: "; ")
    }
}
