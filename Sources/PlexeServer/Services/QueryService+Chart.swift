import PlexeFoundation
import PlexeQuery

extension QueryService {
    /// A chart from a result: labels from the first column, one dataset per numeric column after
    /// it; for a scatter chart, the points (first column, second column) where both are numbers.
    static func chart(from result: QueryResult, title: String, kind: ChartSpec.Kind) -> ChartSpec {
        if kind == .scatter, result.columns.count >= 2 {
            var xs: [Double] = []
            var ys: [Double] = []
            for row in result.rows {
                guard let x = row[0].doubleValue, let y = row[1].doubleValue, x.isFinite, y.isFinite else { continue }
                xs.append(x)
                ys.append(y)
            }
            return ChartSpec(
                kind: kind, title: title, labels: [], datasets: [.init(label: result.columns[1], data: ys, x: xs)],
                xAxisTitle: result.columns[0], yAxisTitle: result.columns[1])
        }
        let labels = result.rows.map { row -> String in
            guard let first = row.first else { return "" }
            switch first {
            case .string(let s): return s
            case .null: return "(none)"
            case .bool(let b): return b ? "true" : "false"
            default: return String(decoding: first.serialized(), as: UTF8.self)
            }
        }
        var datasets: [ChartSpec.Dataset] = []
        for index in result.columns.indices.dropFirst() {
            let values = result.rows.map { $0[index].doubleValue ?? ($0[index].boolValue.map { $0 ? 1 : 0 }) ?? .nan }
            if values.contains(where: { !$0.isNaN }) { datasets.append(.init(label: result.columns[index], data: values)) }
        }
        if datasets.isEmpty && result.columns.count == 1 {
            datasets = [.init(label: result.columns[0], data: result.rows.map { $0.first?.doubleValue ?? .nan })]
        }
        return ChartSpec(
            kind: kind, title: title, labels: labels, datasets: datasets,
            xAxisTitle: result.columns.first, yAxisTitle: result.columns.count > 1 ? result.columns[1] : nil)
    }
}
