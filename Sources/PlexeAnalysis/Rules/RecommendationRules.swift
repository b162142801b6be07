import PlexeFoundation

/// Advice that follows from the insights of one or more analysed files.
///
/// Each rule reads a `Finding` (never an insight's English), so the advice and its figures
/// always agree with the insight that prompted it. Only `comprehensive` analyses carry
/// insights; a `basic` one contributes nothing.
enum RecommendationRules {
    /// A date correlating at least this strongly with the imbalanced target makes its
    /// "days since" feature a high-importance recommendation.
    static let telling = 0.3

    /// Most important first; within an importance, file by file in rule order. A message
    /// that would repeat is given once.
    static func recommendations(for analyses: [FileAnalysis]) -> [Recommendation] {
        var all: [Recommendation] = []
        for analysis in analyses where analysis.depth == .comprehensive {
            all += recommendations(for: analysis, namingFile: analyses.count > 1)
        }
        var seen = Set<String>()
        let unique = all.filter { seen.insert($0.message).inserted }
        return unique.enumerated().sorted { a, b in
            a.element.importance != b.element.importance ? a.element.importance > b.element.importance : a.offset < b.offset
        }.map(\.element)
    }

    private static func recommendations(for analysis: FileAnalysis, namingFile: Bool) -> [Recommendation] {
        func ref(_ column: String) -> String { namingFile ? "'\(column)' (\(analysis.filename))" : "'\(column)'" }
        let findings = analysis.insights.map(\.finding)
        var result: [Recommendation] = []

        // The likeliest prediction target: the most imbalanced boolean.
        var target: (column: String, share: Double)?
        for case .imbalance(let column, let type, _, let share, _, _) in findings where type == .boolean {
            if target == nil || share < target!.share { target = (column, share) }
        }

        for finding in findings {
            switch finding {
            case .duplicateRows(let count, let rows):
                let share = Double(count) / Double(max(rows, 1))
                result.append(
                    Recommendation(
                        kind: .dataQuality,
                        message: "Remove the \(DisplayFormat.count(count)) duplicate rows\(namingFile ? " of \(analysis.filename)" : "") "
                            + "(\(DisplayFormat.percent(share)) of rows) before training or reporting.",
                        importance: share > 0.05 ? .high : .medium))
            case .constant(let column, _):
                result.append(
                    Recommendation(
                        kind: .dataQuality,
                        message: "Drop the constant column \(ref(column)): a single value carries no information.", importance: .medium))
            case .unique(let column, let type, _) where type == .string:
                result.append(
                    Recommendation(
                        kind: .dataQuality,
                        message: "Exclude the identifier column \(ref(column)) from model features: every value is distinct.", importance: .medium))
            case .unique(let column, let type, _) where type == .integer:
                result.append(
                    Recommendation(
                        kind: .dataQuality,
                        message: "If \(ref(column)) is an identifier, exclude it from model features: every value is distinct.", importance: .low))
            case .missingData(let column, let type, let missing, let rows, let concentration):
                let share = Double(missing) / Double(max(rows, 1))
                if share >= 0.5 {
                    result.append(
                        Recommendation(
                            kind: .dataQuality,
                            message: "Consider dropping \(ref(column)): \(DisplayFormat.percent(share)) of its values are missing.", importance: .high
                        ))
                } else {
                    result.append(
                        Recommendation(
                            kind: .preprocessing,
                            message:
                                "Consider imputing missing \(ref(column)) values (currently \(DisplayFormat.percent(share)) missing), \(imputationHint(type)).",
                            importance: share < 0.01 ? .low : .medium))
                }
                if let c = concentration {
                    result.append(
                        Recommendation(
                            kind: .featureEngineering,
                            message:
                                "Add a '\(column)_missing' indicator feature: \(DisplayFormat.percent(c.shareOfMissing)) of the rows missing \(ref(column)) "
                                + "have \(c.booleanColumn) = \(c.booleanValue), against \(DisplayFormat.percent(c.baseRate)) overall.",
                            importance: .high))
                }
            case .imbalance(let column, let type, let minority, let minorityShare, _, _):
                if type == .boolean {
                    result.append(
                        Recommendation(
                            kind: .modeling,
                            message: "Use SMOTE or class weighting to handle the imbalanced \(ref(column)) target "
                                + "(\(DisplayFormat.percent(minorityShare)) \(minority)).",
                            importance: .high))
                } else {
                    result.append(
                        Recommendation(
                            kind: .modeling,
                            message: "Use stratified splits for \(ref(column)), or group its rare values: '\(minority)' is only "
                                + "\(DisplayFormat.percent(minorityShare)) of values.",
                            importance: .low))
                }
            case .highCardinality(let column, let distinct, _):
                result.append(
                    Recommendation(
                        kind: .featureEngineering,
                        message: "Encode the high-cardinality column \(ref(column)) (\(DisplayFormat.count(distinct)) distinct values) "
                            + "by frequency or target encoding rather than one-hot, or drop it.",
                        importance: .low))
            case .highCorrelation(let r):
                result.append(
                    Recommendation(
                        kind: .modeling,
                        message: "Keep only one of \(ref(r.feature1)) and \(ref(r.feature2)) in linear models: they are nearly collinear "
                            + "(r = \(DisplayFormat.decimal(r.coefficient, places: 2))).",
                        importance: .medium))
            case .skewed(let column, let skewness):
                let positive = (analysis.column(column)?.summary?.min ?? -1) > 0
                result.append(
                    Recommendation(
                        kind: .preprocessing,
                        message: "Apply a \(positive ? "log" : "Yeo-Johnson") transform to \(ref(column)) (skewness "
                            + "\(DisplayFormat.decimal(skewness, places: 1))) before using it in linear or distance-based models.",
                        importance: .medium))
            case .outliers(let column, let count, let values, _, _):
                let share = Double(count) / Double(max(values, 1))
                result.append(
                    Recommendation(
                        kind: .preprocessing,
                        message: "Review the \(DisplayFormat.count(count)) outliers in \(ref(column)): cap them (winsorize) or prefer "
                            + "a robust model if they are genuine.",
                        importance: share < 0.01 ? .low : .medium))
            case .unique, .zeros:
                break
            }
        }

        // Dates are rarely useful raw; their distance from "now" usually is.
        for profile in analysis.columns
        where (profile.type == .date || profile.type == .datetime)
            && profile.valueCount > 0 && !profile.isConstant
        {
            var importance = Priority.medium
            if let target {
                let r = analysis.correlations.first {
                    Set([$0.feature1, $0.feature2]) == Set([profile.name, target.column])
                }
                if let r, abs(r.coefficient) >= telling { importance = .high }
                if case .missingData(_, _, _, _, let c)? = findings.first(where: { $0.kind == .missingData && $0.columns == [profile.name] }),
                    c?.booleanColumn == target.column
                {
                    importance = .high
                }
            }
            result.append(
                Recommendation(
                    kind: .featureEngineering,
                    message: "Create a '\(daysSinceFeature(profile.name))' feature from \(ref(profile.name)).", importance: importance))
        }
        return result
    }

    private static func imputationHint(_ type: ColumnType) -> String {
        switch type {
        case .integer, .float: return "e.g. with the median"
        case .string, .boolean: return "e.g. with the most frequent value or an explicit 'unknown' category"
        case .date, .datetime: return "e.g. with a sentinel date together with a missing-value flag"
        }
    }

    /// `last_purchase` → `days_since_last_purchase`, `signup_date` → `days_since_signup`.
    static func daysSinceFeature(_ column: String) -> String {
        var stem = column
        for suffix in ["_datetime", "_timestamp", "_date", "_time", "_at", "_on", "date"] where stem.count > suffix.count {
            if stem.lowercased().hasSuffix(suffix) {
                stem.removeLast(suffix.count)
                break
            }
        }
        while stem.hasSuffix("_") || stem.hasSuffix(" ") { stem.removeLast() }
        return "days_since_" + (stem.isEmpty ? column : stem)
    }
}
