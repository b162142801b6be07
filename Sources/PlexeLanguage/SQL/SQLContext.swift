/// How columns are spelled in one SELECT: bare (`amount`) when it reads one table, qualified by
/// a short alias (`t.amount`, `c.country`) when it joins several.
struct SQLContext {
    let lexicon: SchemaLexicon
    /// Table index → alias; empty for a single-table statement.
    var aliases: [Int: String] = [:]

    func column(_ ref: ColumnRef) -> String {
        let name = SQLIdentifier.sql(lexicon.columnName(ref))
        if let alias = aliases[ref.table] { return alias + "." + name }
        return name
    }

    /// `transactions t` or `transactions`.
    func table(_ t: Int) -> String {
        let name = SQLIdentifier.sql(lexicon.tables[t].name)
        if let alias = aliases[t] { return name + " " + alias }
        return name
    }

    /// Short aliases from the initials of each table's words (`order_items` → `oi`), made
    /// unique and kept clear of SQL keywords.
    static func aliases(for tables: [Int], lexicon: SchemaLexicon) -> [Int: String] {
        var used = Set<String>()
        var result: [Int: String] = [:]
        for t in tables {
            let words = Tokenizer.splitIdentifier(lexicon.tables[t].name).map { $0.lowercased() }
            var base = String(words.compactMap { $0.first.map(String.init) }.joined().filter { $0.isLetter })
            if base.isEmpty { base = "t" }
            var alias = base
            var n = 2
            while used.contains(alias) || SQLIdentifier.needsQuoting(alias) {
                alias = base + String(n)
                n += 1
            }
            used.insert(alias)
            result[t] = alias
        }
        return result
    }
}
