/// The bytes all of one ingest's exact-uniqueness hash sets may take together.
///
/// Peak memory must not grow with the file. A column whose set would push the total past the
/// budget goes on in a temporary file in `spillDirectory` (see `KeySpill`), or without one is
/// checked with SQL after the load, which is slower but exact too.
final class MemoryBudget {
    let limit: Int
    /// Where uniqueness keys that do not fit may be written; nil: no spilling.
    let spillDirectory: String?
    private(set) var used = 0
    /// The expected number of data rows (from the bytes read so far and the file size), so that
    /// a set that keeps growing is sized once for the whole file rather than doubled ten times.
    var expectedRows = 0

    init(limit: Int, spillDirectory: String? = nil) {
        self.limit = limit
        self.spillDirectory = spillDirectory
    }

    /// Reserves `bytes`; false when that would exceed the limit.
    func reserve(_ bytes: Int) -> Bool {
        guard used + bytes <= limit else { return false }
        used += bytes
        return true
    }

    func release(_ bytes: Int) { used -= bytes }
}
