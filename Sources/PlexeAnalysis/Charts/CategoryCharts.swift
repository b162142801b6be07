import PlexeFoundation

/// Bar charts of categories: a column's frequency table, and the rate of a boolean's
/// minority class across a categorical column's values ("Churn by Plan Type").
enum CategoryCharts {
    /// `"Plan Type Distribution"`: the listed values (and `other`) with their counts.
    static func frequencies(column: String, counts: CategoryCounts) -> ChartSpec {
        var labels = counts.top.map(\.value)
        var data = counts.top.map { Double($0.count) }
        if counts.other > 0 {
            labels.append("other")
            data.append(Double(counts.other))
        }
        return ChartSpec(
            kind: .barChart, title: "\(DisplayFormat.title(column)) Distribution", labels: labels,
            datasets: [ChartSpec.Dataset(label: "count", data: data)],
            xAxisTitle: column, yAxisTitle: "count")
    }

    /// One category of a categorical column with its rows split by a boolean's classes.
    struct Group {
        var value: String
        var trueCount: Int
        var falseCount: Int
        var total: Int { trueCount + falseCount }
    }

    /// `"Churn by Plan Type"`: for each of the most frequent values of `column` (the rest
    /// pooled as `other`), the percentage of its rows where `target` is `targetValue`.
    ///
    /// A rate reads better than two count series here: the classes are imbalanced by
    /// definition, so count bars of the minority class would be dwarfed, while "20% of basic
    /// customers churn against 7% of enterprise ones" is the comparison people want.
    static func targetRate(target: String, targetValue: Bool, column: String, groups: [Group]) -> ChartSpec {
        let ranked = groups.filter { $0.total > 0 }.sorted { a, b in
            a.total != b.total ? a.total > b.total : Array(a.value.utf8).lexicographicallyPrecedes(Array(b.value.utf8))
        }
        var shown = Array(ranked.prefix(CategoryCounts.shownValues))
        let rest = ranked.dropFirst(CategoryCounts.shownValues)
        if !rest.isEmpty {
            shown.append(
                Group(
                    value: "other", trueCount: rest.reduce(0) { $0 + $1.trueCount },
                    falseCount: rest.reduce(0) { $0 + $1.falseCount }))
        }
        let rates = shown.map { group -> Double in
            let hits = targetValue ? group.trueCount : group.falseCount
            return DisplayFormat.rounded(100 * Double(hits) / Double(group.total), decimals: 2)
        }
        let classLabel = "\(target) = \(targetValue)"
        return ChartSpec(
            kind: .barChart, title: "\(DisplayFormat.title(target)) by \(DisplayFormat.title(column))",
            labels: shown.map(\.value),
            datasets: [ChartSpec.Dataset(label: "\(classLabel) (%)", data: rates)],
            xAxisTitle: column, yAxisTitle: "% of rows with \(classLabel)")
    }

    /// Cramér's V of a (categories × 2) table: how strongly the column's value predicts the
    /// boolean, used to pick the most telling column for `targetRate`.
    static func association(_ groups: [Group]) -> Double {
        let rows = groups.filter { $0.total > 0 }
        let n = Double(rows.reduce(0) { $0 + $1.total })
        let trues = Double(rows.reduce(0) { $0 + $1.trueCount })
        let falses = n - trues
        guard rows.count >= 2, n > 0, trues > 0, falses > 0 else { return 0 }
        var chiSquare = 0.0
        for row in rows {
            let total = Double(row.total)
            let expectedTrue = total * trues / n
            let expectedFalse = total * falses / n
            chiSquare += (Double(row.trueCount) - expectedTrue) * (Double(row.trueCount) - expectedTrue) / expectedTrue
            chiSquare += (Double(row.falseCount) - expectedFalse) * (Double(row.falseCount) - expectedFalse) / expectedFalse
        }
        return (chiSquare / n).squareRoot()
    }
}
