import PlexeFoundation

/// A chart in the reference's visualization JSON shape.
enum ChartJSON {
    static func data(_ chart: ChartSpec) -> JSON {
        .object([
            ("labels", .array(chart.labels.map(JSON.string))),
            (
                "datasets",
                .array(
                    chart.datasets.map { dataset in
                        // Scatter points are {x, y} objects; other charts give one value per label.
                        let data: [JSON] =
                            dataset.x.map { xs in
                                zip(xs, dataset.data).map { x, y in .object([("x", .double(x)), ("y", .double(y))]) }
                            } ?? dataset.data.map { $0.isNaN ? .null : .double($0) }
                        return .object([("label", .string(dataset.label)), ("data", .array(data))])
                    })
            ),
        ])
    }

    static func full(_ chart: ChartSpec) -> JSON {
        .object([("visualization_type", .string(chart.kind.rawValue)), ("title", .string(chart.title)), ("data", data(chart))])
    }
}
