/// The plan SQLite chose for a statement (`EXPLAIN QUERY PLAN`), as its steps in order.
struct QueryPlan {
    struct Step {
        var detail: String
        /// A loop nested inside another loop of the same join (not the join's first loop).
        var isInnerLoop: Bool
    }

    var steps: [Step]

    /// Reads `(id, parent, detail)` rows: loops are the `SCAN` and `SEARCH` steps, and the
    /// loops of one join share a parent, outermost first.
    init(rows: [(id: Int, parent: Int, detail: String)]) {
        var loopsSeen: Set<Int> = []  // parents that already have a loop
        steps = rows.map { row in
            let isLoop = row.detail.hasPrefix("SCAN ") || row.detail.hasPrefix("SEARCH ")
            let isInner = isLoop && loopsSeen.contains(row.parent)
            if isLoop { loopsSeen.insert(row.parent) }
            return Step(detail: row.detail, isInnerLoop: isInner)
        }
    }

    /// Inner loops that read a whole table, view or index for each row of the loop outside
    /// them (`SCAN`, where a lookup is `SEARCH`): what a join without a usable key comes to.
    var nestedFullScans: Int {
        steps.filter { $0.isInnerLoop && $0.detail.hasPrefix("SCAN ") }.count
    }
}
