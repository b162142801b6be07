extension Interpreter {
    /// "the average wing length" of `wing_mm`, "tail mass" of `tail_g`: a word that only partly
    /// names a column (`wing` of `wing_mm`), followed by the noun of what the column's unit
    /// measures (millimetres measure length), names that column: the unit word of the name is
    /// what the question says in words. `absorbDimensionNouns` takes such a noun only after a
    /// strong mention of the column; here the unit itself vouches for the noun, so the rest of
    /// the name, said in full, is enough. Only the unit's own dimension ("length" of a length
    /// unit, not "width" or "height": a length unit measures those too, but the name does not
    /// say which the column holds).
    mutating func absorbUnitDimensionNouns() {
        var i = items.count - 1
        while i > 0 {
            defer { i -= 1 }
            guard items[i].isUnknown, !items[i].used, items[i].range.count == 1, tokens[items[i].range.lowerBound].kind == .word,
                !items[i - 1].used, items[i - 1].keyword == nil
            else { continue }
            let noun = tokens[items[i].range.lowerBound].lemma
            let columns = items[i - 1].columns.filter { lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike }
            guard let best = columns.map(\.score).max(), best >= 2, best >= items[i - 1].bestSchemaScore else { continue }
            let top = Set(columns.filter { $0.score == best }.map(\.ref))
            guard top.count == 1, let ref = top.first else { continue }
            let column = lexicon[ref]
            guard let unit = PhysicalUnit.ofColumn(words: column.words, name: column.name), Self.names(noun, unit.dimension) else { continue }
            // Every other word of the name said (`wing` of `wing_mm`), nothing else.
            let said = Set(items[i - 1].range.map { tokens[$0].lemma })
            guard Set(column.words.dropLast()) == said else { continue }
            let schema = items[i - 1].schema.filter {
                if case .column(let r, _) = $0.target { return r == ref }
                return false
            }
            merge((i - 1)...i)
            items[i - 1].schema = schema
            items[i - 1].isUnknown = false
        }
    }

    /// Whether the noun is the name of what a unit of `dimension` measures: the dimension's
    /// own name ("length", "weight", "time") or another word for it.
    private static func names(_ noun: String, _ dimension: PhysicalUnit.Dimension) -> Bool {
        noun == dimension.rawValue || otherNamesOfDimensions[dimension, default: []].contains(noun)
    }

    /// Words for a dimension besides its own name (`PhysicalUnit.Dimension.rawValue`).
    private static let otherNamesOfDimensions: [PhysicalUnit.Dimension: Set<String>] = [.weight: ["mass"], .time: ["duration"]]
}
