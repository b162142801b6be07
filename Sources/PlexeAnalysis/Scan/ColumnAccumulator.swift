import PlexeFoundation

/// What the single pass over a table gathers for one column.
///
/// A struct kept in a buffer (not a class) so that the hot loop mutates it in place without
/// the dynamic exclusivity checks Swift performs on class properties.
struct ColumnAccumulator {
    let name: String
    let type: ColumnType
    /// This column's position among the table's boolean columns, when it is one.
    let booleanSlot: Int?
    /// Number of boolean columns in the table (the width of the per-class tallies).
    let booleanSlotCount: Int
    /// Keep one value per row (NaN for NULL) for summaries and correlations.
    let keepsRowValues: Bool
    /// Keep hashing string values past the category limit, to count them distinctly.
    let keepsDistinctHashes: Bool
    /// Rows the table is expected to have (capacity hint).
    let expectedRows: Int

    var missingCount = 0
    /// Row-aligned values: integers and floats as they are, booleans 0/1, dates as day
    /// numbers; NaN where there is none.
    var rowValues: [Double] = []
    var zeroCount = 0
    var trueCount = 0
    var falseCount = 0
    var unparseableCount = 0
    /// Distinct-value counts of a string column while it has at most 50 values.
    var tracker: CategoryTracker?
    /// Hash of every value of a string column that outgrew `tracker` (comprehensive).
    var distinctHashes: [UInt64] = []
    /// NULLs of this column by the class of each boolean column: `[slot * 2 + (0 false | 1 true)]`.
    var missingByClass: [Int]
    /// Rows of each tracked string value by the class of each boolean column:
    /// `[entry * slots * 2 + slot * 2 + class]` (dropped with `tracker`).
    var crossTab: [Int]

    init(name: String, type: ColumnType, booleanSlot: Int?, booleanSlotCount: Int, depth: AnalysisDepth, expectedRows: Int) {
        self.name = name
        self.type = type
        self.booleanSlot = booleanSlot
        self.booleanSlotCount = booleanSlotCount
        self.expectedRows = expectedRows
        let comprehensive = depth == .comprehensive
        keepsRowValues = type.isNumeric || (comprehensive && type != .string)
        keepsDistinctHashes = comprehensive && type == .string
        missingByClass = [Int](repeating: 0, count: booleanSlotCount * 2)
        if type == .string {
            tracker = CategoryTracker()
            crossTab = [Int](repeating: 0, count: CategoryTracker.limit * booleanSlotCount * 2)
        } else {
            crossTab = []
        }
        if keepsRowValues { rowValues.reserveCapacity(expectedRows) }
    }

    @inline(__always)
    mutating func recordMissing(classes: UnsafeMutableBufferPointer<Int8>) {
        missingCount += 1
        if keepsRowValues { rowValues.append(.nan) }
        for slot in 0..<booleanSlotCount {
            let cls = Int(classes[slot])
            if cls >= 0 { missingByClass[slot &* 2 &+ cls] &+= 1 }
        }
    }

    @inline(__always)
    mutating func record(integer value: Int64) {
        if value == 0 { zeroCount &+= 1 }
        rowValues.append(Double(value))
    }

    @inline(__always)
    mutating func record(real value: Double) {
        if value == 0 { zeroCount &+= 1 }
        rowValues.append(value)
    }

    @inline(__always)
    mutating func record(boolean value: Bool) {
        if value { trueCount &+= 1 } else { falseCount &+= 1 }
        if keepsRowValues { rowValues.append(value ? 1 : 0) }
    }

    /// A date or datetime on the day-number scale; nil when the text is not a date.
    @inline(__always)
    mutating func record(day: Double?) {
        if day == nil { unparseableCount &+= 1 }
        if keepsRowValues { rowValues.append(day ?? .nan) }
    }

    @inline(__always)
    mutating func record(text bytes: UnsafeRawBufferPointer, hash: UInt64, classes: UnsafeMutableBufferPointer<Int8>) {
        if tracker != nil {
            if let entry = tracker!.record(bytes, hash: hash) {
                let base = entry &* booleanSlotCount &* 2
                for slot in 0..<booleanSlotCount {
                    let cls = Int(classes[slot])
                    if cls >= 0 { crossTab[base &+ slot &* 2 &+ cls] &+= 1 }
                }
                return
            }
            // One distinct value too many: continue, if at all, as a multiset of hashes.
            if keepsDistinctHashes {
                distinctHashes = tracker!.expandedHashes(reservingCapacity: expectedRows)
                distinctHashes.append(hash)
            }
            tracker = nil
            crossTab = []
        } else if keepsDistinctHashes {
            distinctHashes.append(hash)
        }
    }

    /// Appends what another part of the table (the rows after this part's) gathered for the
    /// same column, as if one pass had read both.
    mutating func merge(_ other: ColumnAccumulator) {
        missingCount += other.missingCount
        zeroCount += other.zeroCount
        trueCount += other.trueCount
        falseCount += other.falseCount
        unparseableCount += other.unparseableCount
        rowValues.append(contentsOf: other.rowValues)
        for i in missingByClass.indices { missingByClass[i] += other.missingByClass[i] }
        guard type == .string else { return }
        if var merged = tracker, let theirs = other.tracker, let mapping = merged.merge(theirs) {
            let width = booleanSlotCount * 2
            for (theirEntry, ourEntry) in mapping.enumerated() {
                for k in 0..<width { crossTab[ourEntry * width + k] += other.crossTab[theirEntry * width + k] }
            }
            tracker = merged
            return
        }
        // Together more than the tracked number of values: continue as hashes.
        if keepsDistinctHashes {
            var hashes = tracker?.expandedHashes(reservingCapacity: expectedRows + other.expectedRows) ?? distinctHashes
            distinctHashes = []
            if let theirs = other.tracker {
                hashes.append(contentsOf: theirs.expandedHashes(reservingCapacity: 0))
            } else {
                hashes.append(contentsOf: other.distinctHashes)
            }
            distinctHashes = hashes
        }
        tracker = nil
        crossTab = []
    }
}
