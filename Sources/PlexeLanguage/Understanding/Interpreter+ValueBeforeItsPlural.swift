/// "List all Kent parishes", where `parish` holds a parish named `KENT`: a value said right
/// before the plural of its own column's name is no value of that column. One parish cannot be
/// several parishes; the word says which parishes (of Kent, the county), not that the parish is
/// Kent. So the value of that column is dropped from the word: it keeps any other reading
/// (another column's value), and is left unplaced if it has none — a refusal rather than a
/// filter for the one parish named like the county.
///
/// Only the column whose whole name is that noun (`parish` for "parishes"): "Premium accounts"
/// of `account_type` is the accounts of that type, and stays so. And only a column whose
/// values name single rows (`namesSingleRows`): a category's value names a kind, many rows at
/// once, and "the open tickets", "the late deliveries" of `ticket`, `delivery` categories are
/// the rows of that kind.
extension Interpreter {
    mutating func dropValuesBeforeTheirOwnPlural() {
        for i in items.indices.dropLast() where !items[i].used && items[i].hasValue && !items[i].isQuoted {
            let n = i + 1
            guard items[n].range.count == 1, !items[n].used, isPlural(n) else { continue }
            let noun = tokens[items[n].range.lowerBound].lemma
            let own = Set(items[i].values.map(\.ref).filter { lexicon[$0].words == [noun] && namesSingleRows($0) })
            guard !own.isEmpty else { continue }
            items[i].schema.removeAll { match in
                if case .value(let ref, _) = match.target { return own.contains(ref) }
                return false
            }
            if items[i].schema.isEmpty, items[i].keyword == nil, items[i].literal == nil { items[i].isUnknown = true }
        }
    }

    /// Whether the column's values name things rather than kinds: every row its own value,
    /// or more values than a category is listed with (`ColumnInfo.lowCardinalityLimit`). A
    /// category of a small table ("Express", "Standard" over eight rows) names kinds even when
    /// most of its values are said once.
    private func namesSingleRows(_ ref: ColumnRef) -> Bool {
        let column = lexicon[ref]
        return column.unique || column.distinctValues == nil
    }
}
