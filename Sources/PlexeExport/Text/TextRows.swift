import PlexeFoundation

/// What one text format (CSV, JSON) writes around and for the cells of a row. The row loop in
/// `TableScan.writeTextRows` is the same for both and specialised for each at compile time
/// (a generic over this protocol, not a closure, so the hot loop stays free of indirect calls
/// and of exclusivity checks on the output buffer).
protocol TextRowFormat {
    /// Before each row (JSON's `,\n` between objects).
    mutating func beginRow(to out: inout [UInt8])
    /// Before column `index`'s cell (CSV's comma, JSON's `"name":`).
    func beginCell(_ index: Int, to out: inout [UInt8])
    func endRow(to out: inout [UInt8])
    static func appendNull(to out: inout [UInt8])
    static func appendDouble(_ value: Double, to out: inout [UInt8])
    static func appendText(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8])
}

extension TableScan {
    /// Writes every remaining row in `format`, typed after its column: integers in decimal,
    /// booleans as `true`/`false`, the rest as the format says. Drains `out` into `file` as it
    /// fills; the caller writes what comes before and after the rows and the final drain.
    mutating func writeTextRows<Format: TextRowFormat>(_ format: inout Format, into out: inout [UInt8], file: OutputFile) throws {
        let statement = self.statement
        let count = Int32(table.columns.count)
        let isBoolean = table.columns.map { $0.type == .boolean }
        while try next() {
            format.beginRow(to: &out)
            for index in 0..<count {
                format.beginCell(Int(index), to: &out)
                switch statement.columnStorageType(index) {
                case Storage.null:
                    Format.appendNull(to: &out)
                case Storage.integer:
                    TextFormatting.appendIntegerOrBoolean(statement.int64(index), isBoolean: isBoolean[Int(index)], to: &out)
                case Storage.float:
                    Format.appendDouble(statement.double(index), to: &out)
                default:
                    Format.appendText(text(index), to: &out)
                }
            }
            format.endRow(to: &out)
            try file.drain(&out)
        }
    }
}
