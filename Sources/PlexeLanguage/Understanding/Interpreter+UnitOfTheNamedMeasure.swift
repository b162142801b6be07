/// A unit after a number that no column's name states, said of the one measure the question
/// names elsewhere: "girls exercising more than 10 hours" of `records(subject, age,
/// exercise)`. Linking joins a unit to its number only where a column is measured in it, is
/// named after its dimension (`duration`), or is named with full confidence; a verb of the
/// column ("exercising" of `exercise`) is weaker evidence and is read later, so the unit was
/// left over.
extension Interpreter {
    /// Joins the unit word to its number when
    /// - the number is compared ("more than 10 hours"),
    /// - the unit is one of length, weight or time and no column's name states a unit of that
    ///   dimension, nor is named as its measure (`time_min` beside "hours" is refused or
    ///   converted where linking supports it, never reread here), and
    /// - exactly one numeric column with no unit in its name is named by the other words of
    ///   the question, however weakly (a verb of it: "exercising", "waited").
    ///
    /// A question that names no measure, or two ("have more than 10 hours" of `overtime` and
    /// `sleep`), keeps the unit unplaced and is refused.
    mutating func joinUnitsOfTheNamedMeasure() {
        var u = items.count - 1
        while u >= 1 {
            defer { u -= 1 }
            let i = u - 1
            guard u < items.count, !items[u].used, !items[i].used, items[i].number != nil, items[i].date == nil,
                items[u].keyword == nil || items[u].isFiller || items[u].keyword == .datePart(.hour), !items[u].hasColumn, !items[u].hasValue,
                let unit = PhysicalUnit.written(tokens[items[u].range.lowerBound].lower), comesAfterComparison(i)
            else { continue }
            let columns = lexicon.tables.flatMap(\.columns)
            guard
                !columns.contains(where: { PhysicalUnit.ofColumn(words: $0.words, name: $0.name)?.dimension == unit.dimension }),
                lexicon.unitlessColumns(measuring: unit.dimension).isEmpty
            else { continue }
            var named = Set<ColumnRef>()
            for k in items.indices where k != i && k != u && !items[k].used && !items[k].hasValue {
                for (ref, _, _) in items[k].columns {
                    let column = lexicon[ref]
                    guard column.isNumeric, !column.isBooleanLike, !column.isYearNumber, !lexicon.isIdentifier(ref),
                        PhysicalUnit.ofColumn(words: column.words, name: column.name) == nil
                    else { continue }
                    named.insert(ref)
                }
            }
            guard named.count == 1 else { continue }
            merge(i...u)
        }
    }

    /// A comparison ("more than", "above", "between … and") comes right before the number.
    private func comesAfterComparison(_ k: Int) -> Bool {
        guard let p = previousIndex(from: k - 1, skipping: { isArticle($0) }) else { return false }
        switch items[p].keyword {
        case .compare?, .between?, .and?, .than?: return true
        default: return false
        }
    }
}
