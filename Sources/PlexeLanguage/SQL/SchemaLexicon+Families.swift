/// Wide tables: one row per place or period and one whole-number column per candidate, region
/// or species (`bird_counts(site, ROBIN, WREN, FINCH, …)`), each column counting the same
/// thing — the noun a question uses for it ("votes", "sightings") is neither a column nor the
/// rows.
extension SchemaLexicon {
    /// Words that name a column holding the sum of the others (`TOTAL`, `all_regions`).
    private static let totalWords: Set<String> = ["total", "all", "sum", "overall"]

    /// The columns of `table` that count one thing each for a named member of a family: at
    /// least three whole-number columns written in the same letter case, none of which says
    /// what it measures by its own name (no count word, unit, identifier, period or yes/no,
    /// no additive word like `revenue`, and mostly no plural noun such as `storms`), and which
    /// together are most of the table's numbers, in a table whose rows are named by a text or
    /// period column (`familyRowNamer`). A column named as their total is not one of
    /// them (see `familyTotalColumn`). Empty when the table has no such family. Found once, when the
    /// lexicon is built (`valueFamilies`): questions ask it for every candidate column.
    func valueFamily(of table: Int) -> [ColumnRef] { valueFamilies[table] }

    /// `valueFamily(of:)`, worked out from the columns.
    func findValueFamily(of table: Int) -> [ColumnRef] {
        let columns = tables[table].columns
        guard familyRowNamer(of: table) != nil else { return [] }
        let numeric = columns.filter { $0.isNumeric && !$0.isBooleanLike }
        func member(_ column: Column) -> Bool {
            let ref = column.ref
            guard column.type == .integer, !column.isBooleanLike, !isOrdinal(ref), !isIdentifier(ref), !column.isYearNumber,
                calendarPart(ref) == nil, unitScale(ref) == nil, column.unitDimensions.isEmpty,
                !SchemaLexicon.isAdditive(column), !column.words.contains(where: { SchemaLexicon.totalWords.contains($0) }),
                !column.words.contains(where: { SchemaLexicon.unitSpellings(of: $0) != nil })
            else { return false }
            return true
        }
        // (The same style: `OKAFOR`, `WEST_END` are capitals; a lowercase `age` beside them is not
        // one of the family.)
        func style(_ name: String) -> Int {
            let letters = name.filter(\.isLetter)
            if letters.allSatisfy(\.isUppercase) { return 0 }
            if letters.allSatisfy(\.isLowercase) { return 1 }
            return 2
        }
        let members = numeric.filter(member)
        let byStyle = Dictionary(grouping: members, by: { style($0.name) })
        // (A name that looks plural, `HARRIS`, may be one of them; but `storms, floods,
        // fires` each say what they count, so most members must not.)
        guard let (_, family) = byStyle.max(by: { $0.value.count < $1.value.count }), family.count >= 3,
            family.filter({ !countsThings($0.ref) }).count * 3 >= family.count * 2,
            family.count * 2 > numeric.count - (familyTotalColumn(of: table) == nil ? 0 : 1)
        else { return [] }
        return family.map(\.ref)
    }

    /// The column a wide table keeps the sum of its family in (`TOTAL`), if exactly one whole
    /// number is named as a total.
    func familyTotalColumn(of table: Int) -> ColumnRef? {
        let totals = tables[table].columns.filter { column in
            column.type == .integer && !column.isBooleanLike && column.words.count <= 2
                && column.words.contains(where: { SchemaLexicon.totalWords.contains($0) })
        }
        return totals.count == 1 ? totals[0].ref : nil
    }

    /// What names each row of a wide table: a place or thing in a unique text column (or the
    /// label), or else a year or period. Rows numbered only by an identifier (hens by
    /// `HenID`) are things with measurements of their own, not places with counts per member.
    func familyRowNamer(of table: Int) -> ColumnRef? {
        let columns = tables[table].columns
        return
            (columns.first(where: { $0.isText && ($0.unique || $0.ref.column == tables[table].labelColumn) })
            ?? columns.first(where: { $0.isYearNumber || calendarPart($0.ref) != nil }))?.ref
    }

    /// Whether `ref` is one member of its table's family of counts.
    func isFamilyMember(_ ref: ColumnRef) -> Bool { valueFamily(of: ref.table).contains(ref) }
}
