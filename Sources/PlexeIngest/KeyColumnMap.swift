/// Key bytes → column index, guessing first that an object lists its keys in the same order as
/// the previous one (true of nearly every generated JSON), so the usual lookup is one compare.
struct KeyColumnMap: Sendable {
    private var columns: [[UInt8]: Int] = [:]
    private var keys: [[UInt8]] = []
    /// The column of each field of the last object.
    private(set) var lastColumns: [Int] = []

    /// The column for the key of field `field`; `create` makes a new one for an unknown key.
    mutating func column(for key: UnsafeRawBufferPointer, field: Int, create: () throws -> Int) rethrows -> Int {
        if field < lastColumns.count {
            let guess = lastColumns[field]
            if keys[guess].withUnsafeBytes({ ByteComparison.equal($0, key) }) { return guess }
        }
        let bytes = Array(key)
        let column: Int
        if let known = columns[bytes] {
            column = known
        } else {
            column = try create()
            columns[bytes] = column
            keys.append(bytes)
        }
        if field < lastColumns.count {
            lastColumns[field] = column
        } else {
            lastColumns.append(column)
        }
        return column
    }
}
