import PlexeFoundation

extension FileAnalysis {
    /// The reference's per-file object:
    /// `{"filename", "stats": {...}, "correlations", "insights", "visualizations"}`.
    ///
    /// `visualizationURLs` pairs with `visualizations` by position (the server stores each
    /// chart under a `viz_` id first); a chart without a URL pair is left out rather than
    /// answered with a dead link. At `basic` depth the three comprehensive keys are absent:
    /// an empty list would claim that nothing was found.
    ///
    /// Statistics are rounded for reading (`DisplayFormat.statistic`: at least 4 decimals and
    /// 6 significant digits); integer columns answer `min`/`max` (and integral quantiles) as
    /// JSON integers, as the reference shows.
    public func json(visualizationURLs: [(dataURL: String, thumbnailURL: String)]) -> JSON {
        var fields: [(String, JSON)] = [("filename", .string(filename)), ("stats", statsJSON)]
        if depth == .comprehensive {
            fields.append(("correlations", .array(correlations.map(Self.json(correlation:)))))
            fields.append(
                (
                    "insights",
                    .array(
                        insights.map {
                            ["type": .string($0.kind.rawValue), "message": .string($0.message), "severity": .string($0.severity.rawValue)]
                        })
                ))
            fields.append(
                (
                    "visualizations",
                    .array(
                        zip(visualizations, visualizationURLs).map { chart, urls in
                            [
                                "type": .string(chart.kind.rawValue), "title": .string(chart.title),
                                "data_url": .string(urls.dataURL), "thumbnail_url": .string(urls.thumbnailURL),
                            ]
                        })
                ))
        }
        return .object(fields)
    }

    /// `{"rows", "columns", "missing_values", "column_types", "summary", "categorical_counts"}`
    var statsJSON: JSON {
        let missing = columns.filter { $0.missingCount > 0 }.map { ($0.name, JSON($0.missingCount)) }
        let types = columns.map { ($0.name, JSON.string($0.type.rawValue)) }
        let summaries = columns.compactMap { profile in
            profile.summary.map { (profile.name, Self.json(summary: $0, integral: profile.type == .integer)) }
        }
        let counts = columns.compactMap { profile in
            profile.categoryCounts.map { (profile.name, Self.json(counts: $0)) }
        }
        return [
            "rows": JSON(rowCount),
            "columns": JSON(columns.count),
            "missing_values": .object(missing),
            "column_types": .object(types),
            "summary": .object(summaries),
            "categorical_counts": .object(counts),
        ]
    }

    /// Statistics at full double precision (JSON writes the shortest text that reads back to
    /// the same double), so they compare equal with what pandas or numpy compute.
    static func json(summary s: NumericSummary, integral: Bool) -> JSON {
        func value(_ x: Double, keepIntegral: Bool) -> JSON {
            if keepIntegral, x.rounded() == x, abs(x) < 9.0e15 { return .int(Int64(x)) }
            return .double(x)
        }
        return [
            "min": value(s.min, keepIntegral: integral),
            "max": value(s.max, keepIntegral: integral),
            "mean": .double(s.mean),
            "median": value(s.median, keepIntegral: integral),
            "std": s.standardDeviation.map { .double($0) } ?? .null,
            "q1": value(s.q1, keepIntegral: integral),
            "q3": value(s.q3, keepIntegral: integral),
        ]
    }

    /// The listed values then `other` when some are not listed. Should a listed value itself
    /// be spelt `other`, the remainder goes under `(other)` so that no key repeats.
    static func json(counts: CategoryCounts) -> JSON {
        var fields = counts.top.map { ($0.value, JSON($0.count)) }
        if counts.other > 0 {
            let taken = Set(counts.top.map(\.value))
            var key = "other"
            while taken.contains(key) { key = "(\(key))" }
            fields.append((key, JSON(counts.other)))
        }
        return .object(fields)
    }

    static func json(correlation r: Correlation) -> JSON {
        [
            "feature1": .string(r.feature1), "feature2": .string(r.feature2),
            "correlation": .double(r.coefficient),
        ]
    }
}
