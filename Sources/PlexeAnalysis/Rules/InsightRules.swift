import PlexeFoundation

/// The rules that turn profiles into insights: the reference's three (`missing_data`,
/// `outliers`, `imbalance`) and ydata-profiling's alerts (`constant`, `unique`,
/// `high_cardinality`, `high_correlation`, `skewed`, `zeros`, `duplicate_rows`), with
/// ydata's thresholds unless noted.
enum InsightRules {
    /// Outliers lie more than this many sample standard deviations from the mean.
    static let outlierDeviations = 3.0
    /// Imbalance: the rarest class has less than 1/4 of the commonest class's rows. For a
    /// boolean this is exactly "minority share under 20%"; for a column of up to 10 values it
    /// generalises without flagging every balanced column of 6+ values (whose classes are all
    /// under 20%).
    static let imbalanceRatio = 0.25
    static let imbalanceMaxDistinct = 10
    static let highCorrelation = 0.9
    static let skewness = 20.0
    /// Zeros: more than this share of the rows.
    static let zerosShare = 0.01

    struct Input {
        var rowCount: Int
        var profiles: [ColumnProfile]
        var concentrations: [String: MissingConcentration]
        /// Every defined pair, not only the reported ones.
        var correlations: [Correlation]
        var duplicateRows: Int
    }

    /// Most severe first; within a severity, in rule order and then column order.
    static func insights(_ input: Input) -> [Insight] {
        var found: [Insight] = []
        let rows = input.rowCount
        for p in input.profiles where p.missingCount > 0 {
            found.append(missingData(p, rows: rows, concentration: input.concentrations[p.name]))
        }
        for p in input.profiles {
            if let outliers = p.outlierCount, outliers > 0, let s = p.summary, let sd = s.standardDeviation {
                let share = Double(outliers) / Double(max(p.valueCount, 1))
                found.append(
                    Insight(
                        finding: .outliers(column: p.name, count: outliers, values: p.valueCount, mean: s.mean, standardDeviation: sd),
                        severity: share < 0.01 ? .low : .medium,
                        message: "The '\(p.name)' column contains \(DisplayFormat.count(outliers)) potential outliers "
                            + "(>3 std. deviations from the mean of \(DisplayFormat.figure(s.mean)); \(DisplayFormat.percent(share)) of its values).")
                )
            }
        }
        for p in input.profiles { if let insight = imbalance(p) { found.append(insight) } }
        for p in input.profiles where p.isConstant {
            let value = constantValue(p)
            found.append(
                Insight(
                    finding: .constant(column: p.name, value: value ?? ""), severity: .medium,
                    message: "The '\(p.name)' column is constant: every non-empty value is "
                        + (value.map { "'\($0)'" } ?? "the same") + "."))
        }
        for p in input.profiles where p.type != .float && p.type != .boolean && p.isUnique {
            found.append(
                Insight(
                    finding: .unique(column: p.name, type: p.type, values: p.valueCount), severity: .low,
                    message: "Every value of the '\(p.name)' column is distinct (\(DisplayFormat.count(p.valueCount)) values)"
                        + (p.type == .string || p.type == .integer ? ": it looks like an identifier." : ".")))
        }
        for p in input.profiles where p.type == .string {
            if let distinct = p.distinctCount, distinct > CategoryCounts.distinctLimit, !p.isUnique {
                found.append(
                    Insight(
                        finding: .highCardinality(column: p.name, distinct: distinct, values: p.valueCount), severity: .low,
                        message: "The '\(p.name)' column has high cardinality: \(DisplayFormat.count(distinct)) distinct values "
                            + "in \(DisplayFormat.count(p.valueCount)) rows."))
            }
        }
        for r in input.correlations where abs(r.coefficient) > highCorrelation {
            found.append(
                Insight(
                    finding: .highCorrelation(r), severity: .medium,
                    message: "'\(r.feature1)' and '\(r.feature2)' are highly correlated "
                        + "(r = \(DisplayFormat.decimal(r.coefficient, places: 2)) over \(DisplayFormat.count(r.pairCount)) rows)."))
        }
        for p in input.profiles {
            if let skew = p.skewness, abs(skew) > skewness {
                found.append(
                    Insight(
                        finding: .skewed(column: p.name, skewness: skew), severity: .medium,
                        message: "The '\(p.name)' column is highly skewed (skewness \(DisplayFormat.decimal(skew, places: 1)))."))
            }
        }
        for p in input.profiles {
            if let zeros = p.zeroCount, rows > 0, Double(zeros) / Double(rows) > zerosShare {
                found.append(
                    Insight(
                        finding: .zeros(column: p.name, count: zeros, rows: rows), severity: .low,
                        message: "The '\(p.name)' column has \(DisplayFormat.count(zeros)) zeros "
                            + "(\(DisplayFormat.percent(Double(zeros) / Double(rows))) of rows)."))
            }
        }
        if input.duplicateRows > 0, rows > 0 {
            let share = Double(input.duplicateRows) / Double(rows)
            found.append(
                Insight(
                    finding: .duplicateRows(count: input.duplicateRows, rows: rows), severity: share > 0.05 ? .high : .medium,
                    message: "\(DisplayFormat.count(input.duplicateRows)) rows (\(DisplayFormat.percent(share))) "
                        + "duplicate an earlier row in every column."))
        }
        // Stable: `found` is already in rule and column order.
        return found.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// Severity by share: under 5% low, under 30% medium, else high; a concentration makes
    /// it at least medium (the gaps then say something about the rows).
    static func missingData(_ p: ColumnProfile, rows: Int, concentration: MissingConcentration?) -> Insight {
        let share = Double(p.missingCount) / Double(max(rows, 1))
        var severity: Priority = share < 0.05 ? .low : (share < 0.3 ? .medium : .high)
        var message =
            "The '\(p.name)' column has \(DisplayFormat.percent(share)) missing values "
            + "(\(DisplayFormat.count(p.missingCount)) of \(DisplayFormat.count(rows)) rows)"
        if let lean = concentration {
            severity = max(severity, .medium)
            message +=
                ", \(DisplayFormat.percent(lean.shareOfMissing)) of them where \(lean.booleanColumn) = \(lean.booleanValue) "
                + "(\(DisplayFormat.percent(lean.baseRate)) of all rows)"
        }
        return Insight(
            finding: .missingData(column: p.name, type: p.type, missing: p.missingCount, rows: rows, concentration: concentration),
            severity: severity, message: message + ".")
    }

    /// Booleans (severity high: a likely prediction target) and string columns of 2 to 10
    /// distinct values (medium).
    static func imbalance(_ p: ColumnProfile) -> Insight? {
        guard p.type == .boolean || p.type == .string, let counts = p.categoryCounts,
            (2...imbalanceMaxDistinct).contains(counts.distinctCount), counts.other == 0,
            let majority = counts.top.first, let minority = counts.top.last,
            Double(minority.count) < imbalanceRatio * Double(majority.count)
        else { return nil }
        let total = Double(p.valueCount)
        let minorityShare = Double(minority.count) / total
        let majorityShare = Double(majority.count) / total
        let finding = Finding.imbalance(
            column: p.name, type: p.type, minority: minority.value, minorityShare: minorityShare,
            majority: majority.value, majorityShare: majorityShare)
        if p.type == .boolean {
            return Insight(
                finding: finding, severity: .high,
                message: "The '\(p.name)' column is imbalanced (\(DisplayFormat.percent(minorityShare)) \(minority.value), "
                    + "\(DisplayFormat.percent(majorityShare)) \(majority.value)).")
        }
        return Insight(
            finding: finding, severity: .medium,
            message: "The '\(p.name)' column is imbalanced: '\(minority.value)' accounts for \(DisplayFormat.percent(minorityShare)) "
                + "of values against \(DisplayFormat.percent(majorityShare)) for '\(majority.value)'.")
    }

    private static func constantValue(_ p: ColumnProfile) -> String? {
        if let s = p.summary { return p.type == .integer ? DisplayFormat.count(Int(s.min)) : DisplayFormat.figure(s.min) }
        if let top = p.categoryCounts?.top.first { return top.value }
        return p.earliestDate
    }

    /// Where a column's NULLs fall by the classes of each boolean column; see
    /// `MissingConcentration` for when that counts as concentrated. The strongest (highest
    /// lift) boolean class wins.
    static func concentrations(in columns: [ColumnAccumulator], booleanColumns: [Int]) -> [String: MissingConcentration] {
        var result: [String: MissingConcentration] = [:]
        for column in columns where column.missingCount > 0 {
            var best: (lift: Double, value: MissingConcentration)?
            for (slot, booleanIndex) in booleanColumns.enumerated() where columns[booleanIndex].name != column.name {
                let boolean = columns[booleanIndex]
                let known = column.missingByClass[slot * 2] + column.missingByClass[slot * 2 + 1]
                let classTotal = boolean.trueCount + boolean.falseCount
                guard known >= 20, classTotal > 0 else { continue }
                for value in [true, false] {
                    let base = Double(value ? boolean.trueCount : boolean.falseCount) / Double(classTotal)
                    guard base > 0, base < 1 else { continue }
                    let share = Double(column.missingByClass[slot * 2 + (value ? 1 : 0)]) / Double(known)
                    let lift = share / base
                    let z = (share - base) / (base * (1 - base) / Double(known)).squareRoot()
                    guard share >= 0.5, lift >= 1.5, z >= 3 else { continue }
                    if best == nil || lift > best!.lift {
                        best = (lift, MissingConcentration(booleanColumn: boolean.name, booleanValue: value, shareOfMissing: share, baseRate: base))
                    }
                }
            }
            if let best { result[column.name] = best.value }
        }
        return result
    }
}
