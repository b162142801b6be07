/// A block of rows already converted to their SQLite storage, handed from the parsing thread to
/// the thread that inserts them (or, in the first pass, to the thread that profiles them).
///
/// One flat cell array and one byte arena per batch (both reused from batch to batch): text cells
/// point into the arena, so the inserting thread binds them without copying (`SQLITE_STATIC`)
/// and no per-value object is ever allocated. The fill state sits behind a pointer: appends run
/// for every value of the file, and plain stored properties of a class would each pay a dynamic
/// exclusivity check there.
final class RowBatch: @unchecked Sendable {
    /// One value: NULL, an integer, a double (bit pattern) or text in the arena.
    struct Cell {
        static let nullTag: Int32 = -1
        static let integerTag: Int32 = -2
        static let realTag: Int32 = -3
        /// The integer, the double's bits, or the text's offset in the arena.
        var payload: Int64
        /// A tag above, or the text's length in bytes.
        var length: Int32
    }

    private struct FillState {
        var rowCount = 0
        /// The next cell to fill.
        var cursor = 0
        var arena: UnsafeMutablePointer<UInt8>
        var arenaCount = 0
        var arenaCapacity: Int
    }

    let columnCount: Int
    let rowCapacity: Int
    let cells: UnsafeMutablePointer<Cell>
    private let state: UnsafeMutablePointer<FillState>
    /// Past this many arena bytes the batch is sent even if not full (bounds memory on wide rows).
    static let arenaSoftLimit = 4 << 20

    /// First pass only: the columns whose values the profiling side still wants (the others
    /// travel as NULL cells; set by the consumer before it recycles the batch), and the parsing
    /// side's estimate of the file's rows (set by the producer before it sends the batch).
    var wantedColumns: [Bool]
    var expectedRows = 0

    init(columnCount: Int, rowCapacity: Int) {
        self.columnCount = columnCount
        self.rowCapacity = rowCapacity
        wantedColumns = Array(repeating: true, count: columnCount)
        cells = .allocate(capacity: columnCount * rowCapacity)
        let arenaCapacity = 1 << 18
        state = .allocate(capacity: 1)
        state.initialize(to: FillState(arena: .allocate(capacity: arenaCapacity), arenaCapacity: arenaCapacity))
    }

    deinit {
        cells.deallocate()
        state.pointee.arena.deallocate()
        state.deallocate()
    }

    var rowCount: Int { state.pointee.rowCount }
    var arena: UnsafeMutablePointer<UInt8> { state.pointee.arena }
    var isFull: Bool { state.pointee.rowCount == rowCapacity || state.pointee.arenaCount >= RowBatch.arenaSoftLimit }

    /// Empties the batch (keeps `wantedColumns` and `expectedRows`).
    func reset() {
        state.pointee.rowCount = 0
        state.pointee.arenaCount = 0
        state.pointee.cursor = 0
    }

    @inline(__always)
    func appendNull() {
        cells[state.pointee.cursor] = Cell(payload: 0, length: Cell.nullTag)
        state.pointee.cursor &+= 1
    }

    @inline(__always)
    func append(integer: Int64) {
        cells[state.pointee.cursor] = Cell(payload: integer, length: Cell.integerTag)
        state.pointee.cursor &+= 1
    }

    @inline(__always)
    func append(real: Double) {
        cells[state.pointee.cursor] = Cell(payload: Int64(bitPattern: real.bitPattern), length: Cell.realTag)
        state.pointee.cursor &+= 1
    }

    @inline(__always)
    func append(text: UnsafeRawBufferPointer) {
        let n = text.count
        let offset = state.pointee.arenaCount
        if offset + n > state.pointee.arenaCapacity { growArena(toFit: offset + n) }
        if n > 0 { (state.pointee.arena + offset).update(from: text.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n) }
        cells[state.pointee.cursor] = Cell(payload: Int64(offset), length: Int32(n))
        state.pointee.arenaCount = offset + n
        state.pointee.cursor &+= 1
    }

    /// Closes the row whose cells were just appended.
    @inline(__always)
    func endRow() { state.pointee.rowCount &+= 1 }

    private func growArena(toFit needed: Int) {
        var capacity = state.pointee.arenaCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: state.pointee.arena, count: state.pointee.arenaCount)
        state.pointee.arena.deallocate()
        state.pointee.arena = grown
        state.pointee.arenaCapacity = capacity
    }
}
