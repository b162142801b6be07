import PlexeFoundation

/// Writes a table as one JSON array of objects, one object per line:
///
///     [
///     {"customer_id":"C0000001","age":34,"lifetime_value":1250.5,"churn":false,"last_purchase":null},
///     …
///     ]
///
/// Keys are the column names in column order; values are typed after the column: integers
/// as JSON integers, floats as numbers that keep a fraction or exponent (`12.0`, so a
/// re-upload types them float again), booleans `true`/`false`, NULL `null`, dates and text as
/// strings. A value whose storage does not match its column's type is written as stored.
///
/// The escaping fast path copies a string whose bytes need no escape in one append;
/// PlexeFoundation's `JSON.writeEscaped` handles the rest.
struct JSONTableWriter {
    func write(_ scan: inout TableScan, to file: OutputFile) throws {
        let columns = scan.table.columns
        let statement = scan.statement
        let count = Int32(columns.count)
        let isBoolean = columns.map { $0.type == .boolean }
        var out: [UInt8] = []
        out.reserveCapacity(OutputFile.drainThreshold + (64 << 10))
        // `{"name":` for the first key, `,"name":` for the others: built once, kept in one
        // manually allocated buffer so that the row loop reads them without retaining arrays.
        var keyText: [UInt8] = []
        var keyRanges: [Range<Int>] = []
        for (index, column) in columns.enumerated() {
            let start = keyText.count
            keyText.append(UInt8(ascii: index == 0 ? "{" : ","))
            JSON.writeString(column.name, into: &keyText)
            keyText.append(UInt8(ascii: ":"))
            keyRanges.append(start..<keyText.count)
        }
        let keys = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: keyText.count)
        defer { keys.deallocate() }
        _ = keys.initialize(from: keyText)

        TextFormatting.appendLiteral("[", to: &out)
        var firstRow = true
        while try scan.next() {
            if firstRow {
                TextFormatting.appendLiteral("\n", to: &out)
                firstRow = false
            } else {
                TextFormatting.appendLiteral(",\n", to: &out)
            }
            for index in 0..<count {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: keys[keyRanges[Int(index)]]))
                switch statement.columnStorageType(index) {
                case TableScan.Storage.null:
                    TextFormatting.appendLiteral("null", to: &out)
                case TableScan.Storage.integer:
                    TextFormatting.appendIntegerOrBoolean(statement.int64(index), isBoolean: isBoolean[Int(index)], to: &out)
                case TableScan.Storage.float:
                    TextFormatting.appendJSONDouble(statement.double(index), to: &out)
                default:
                    JSONTableWriter.appendString(scan.text(index), to: &out)
                }
            }
            TextFormatting.appendLiteral("}", to: &out)
            try file.drain(&out)
        }
        TextFormatting.appendLiteral(firstRow ? "]\n" : "\n]\n", to: &out)
        try file.drain(&out, force: true)
    }

    /// A JSON string literal of UTF-8 `bytes`.
    static func appendString(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var clean = true
        for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            clean = false
            break
        }
        if clean {
            out.append(contentsOf: bytes)
        } else {
            JSON.writeEscaped(bytes.assumingMemoryBound(to: UInt8.self), into: &out)
        }
        out.append(UInt8(ascii: "\""))
    }
}
