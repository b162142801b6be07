/// What the first pass learned about one column: its name, type and nulls
/// (`ColumnTypeProfile`), distinct values and uniqueness so far (`ColumnValueTracker`).
struct ColumnProfile {
    let name: String
    var types = ColumnTypeProfile()
    var values: ColumnValueTracker

    init(name: String, budget: MemoryBudget) {
        self.name = name
        values = ColumnValueTracker(budget: budget)
    }

    init(name: String, types: ColumnTypeProfile, values: ColumnValueTracker) {
        self.name = name
        self.types = types
        self.values = values
    }

    /// Observes one value's text (empty or a null marker = NULL) on both halves.
    @inline(__always)
    mutating func observe(_ value: UnsafeRawBufferPointer) {
        if types.observe(value) { values.observe(value) }
    }
}
