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
        var out: [UInt8] = []
        out.reserveCapacity(OutputFile.drainThreshold + (64 << 10))
        var objects = Objects(columns: scan.table.columns)
        defer { objects.keys.deallocate() }
        TextFormatting.appendLiteral("[", to: &out)
        try scan.writeTextRows(&objects, into: &out, file: file)
        TextFormatting.appendLiteral(objects.isFirstRow ? "]\n" : "\n]\n", to: &out)
        try file.drain(&out, force: true)
    }

    /// A row as one object on a line of its own, the array's commas between them.
    struct Objects: TextRowFormat {
        /// `{"name":` for the first key, `,"name":` for the others: built once, kept in one
        /// manually allocated buffer so that the row loop reads them without retaining arrays.
        let keys: UnsafeMutableBufferPointer<UInt8>
        let keyRanges: [Range<Int>]
        private(set) var isFirstRow = true

        init(columns: [ColumnInfo]) {
            var keyText: [UInt8] = []
            var keyRanges: [Range<Int>] = []
            for (index, column) in columns.enumerated() {
                let start = keyText.count
                keyText.append(UInt8(ascii: index == 0 ? "{" : ","))
                JSON.writeString(column.name, into: &keyText)
                keyText.append(UInt8(ascii: ":"))
                keyRanges.append(start..<keyText.count)
            }
            keys = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: keyText.count)
            _ = keys.initialize(from: keyText)
            self.keyRanges = keyRanges
        }

        mutating func beginRow(to out: inout [UInt8]) {
            TextFormatting.appendLiteral(isFirstRow ? "\n" : ",\n", to: &out)
            isFirstRow = false
        }
        @inline(__always)
        func beginCell(_ index: Int, to out: inout [UInt8]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: keys[keyRanges[index]]))
        }
        func endRow(to out: inout [UInt8]) { TextFormatting.appendLiteral("}", to: &out) }
        static func appendNull(to out: inout [UInt8]) { TextFormatting.appendLiteral("null", to: &out) }
        @inline(__always)
        static func appendDouble(_ value: Double, to out: inout [UInt8]) { TextFormatting.appendJSONDouble(value, to: &out) }
        @inline(__always)
        static func appendText(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) { JSONTableWriter.appendString(bytes, to: &out) }
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
