extension Interpreter {
    /// Nouns for rows of data as such ("observations", "records", "entries"), as opposed to
    /// the nouns for what rows stand for ("people", "cases", "members").
    static let dataRowWords: Set<String> = [
        "record", "row", "entry", "line", "observation", "sample", "instance", "reading", "measurement",
    ]

    /// The table of an upload of several tables that every other table is a parent (or a
    /// grandparent) of — the rows of figures the others describe — or nil when there is no
    /// such single table (one table, or tables not all linked).
    func factTable() -> Int? {
        let tables = lexicon.tables.indices
        guard tables.count > 1 else { return nil }
        let leaves = tables.filter { t in tables.allSatisfy { $0 == t || lexicon.isAncestor($0, of: t) } }
        return leaves.count == 1 ? leaves.first : nil
    }
}
