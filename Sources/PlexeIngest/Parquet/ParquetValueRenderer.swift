import PlexeFoundation

/// Turns one Parquet column's values (physical type plus logical type) into the text the load
/// path stores, and says which of the project's column types that text is.
///
/// The column's type comes from its schema, never from its values: a Parquet string column of
/// `"007"` and `"123"` stays a string, an INT64 stays an integer. The mapping:
///
///     BOOLEAN                                   → boolean
///     INT32, INT64 (plain or INTEGER(signed))   → integer; UINT_64 beyond 2^63-1 makes the column a string
///     INT32 DATE                                → date
///     INT64 TIMESTAMP(millis|micros|nanos)      → datetime (`…T12:00:00.123Z`, with `Z` when UTC-adjusted)
///     INT96 (legacy Impala/Spark timestamps)    → datetime (naive, nanoseconds), as pyarrow reads them
///     TIME(…)                                   → string `HH:MM:SS[.fraction]` (there is no time type)
///     FLOAT, DOUBLE, FLOAT16, DECIMAL(p, s)     → float (NaN and ±infinity are NULL, counted in a warning)
///     BYTE_ARRAY (STRING, ENUM, JSON, none), FIXED_LEN_BYTE_ARRAY text → string (must be UTF-8)
///     FIXED_LEN_BYTE_ARRAY UUID                 → string `xxxxxxxx-xxxx-…`
///
/// A date or timestamp outside the years 0000–9999 cannot be spelled `YYYY-MM-DD`; a column
/// holding one becomes a string column with the extended year (`10000-01-01`), so nothing is lost.
final class ParquetValueRenderer {
    enum Kind {
        case boolean, int32, uint32, int64, uint64, date, int96, float, double, float16, string, uuid
        case time(unitsPerSecond: Int64, digits: Int)
        case timestamp(unitsPerSecond: Int64, digits: Int, utc: Bool)
        case decimal(scale: Int)
    }

    let column: ParquetFileMetadata.Column
    let kind: Kind
    /// NaN or infinite floats stored as NULL.
    private(set) var nonFiniteCount = 0
    /// A value that only a string column can hold was seen (see the type's documentation).
    private(set) var needsStringType = false

    init(column: ParquetFileMetadata.Column) throws {
        self.column = column
        kind = try ParquetValueRenderer.kind(of: column)
    }

    /// The column's type in the table.
    var columnType: ColumnType {
        if needsStringType { return .string }
        switch kind {
        case .boolean: return .boolean
        case .int32, .uint32, .int64, .uint64: return .integer
        case .date: return .date
        case .timestamp, .int96: return .datetime
        case .float, .double, .float16, .decimal: return .float
        case .string, .uuid, .time: return .string
        }
    }

    /// Bytes per PLAIN value; nil for BYTE_ARRAY (length-prefixed) and BOOLEAN (bits).
    var plainWidth: Int? {
        switch column.physicalType {
        case .boolean, .byteArray: return nil
        case .int32, .float: return 4
        case .int64, .double: return 8
        case .int96: return 12
        case .fixedLenByteArray: return column.typeLength
        }
    }

    private static func kind(of column: ParquetFileMetadata.Column) throws -> Kind {
        func unsupported(_ what: String) -> IngestError {
            ParquetFileMetadata.unsupported("column '\(column.name)' holds \(what), which cannot be loaded into a table column")
        }
        if case .unsupported(let name) = column.logicalType { throw unsupported(name) }
        switch column.physicalType {
        case .boolean:
            return .boolean
        case .int32:
            switch column.logicalType {
            case .date: return .date
            case .time: return .time(unitsPerSecond: 1000, digits: 3)
            case .decimal(let scale, _): return .decimal(scale: scale)
            case .integer(_, signed: false): return .uint32
            default: return .int32
            }
        case .int64:
            switch column.logicalType {
            case .timestamp(let unit, let utc):
                let (perSecond, digits) = unitScale(unit)
                return .timestamp(unitsPerSecond: perSecond, digits: digits, utc: utc)
            case .time(let unit):
                let (perSecond, digits) = unitScale(unit)
                return .time(unitsPerSecond: perSecond, digits: digits)
            case .decimal(let scale, _): return .decimal(scale: scale)
            case .integer(_, signed: false): return .uint64
            default: return .int64
            }
        case .int96:
            return .int96
        case .float:
            return .float
        case .double:
            return .double
        case .byteArray:
            if case .decimal(let scale, _) = column.logicalType { return .decimal(scale: scale) }
            return .string
        case .fixedLenByteArray:
            guard column.typeLength > 0 else { throw ParquetFileMetadata.damaged("column '\(column.name)' has no fixed length") }
            switch column.logicalType {
            case .decimal(let scale, _): return .decimal(scale: scale)
            case .uuid where column.typeLength == 16: return .uuid
            case .float16 where column.typeLength == 2: return .float16
            default: return .string
            }
        }
    }

    private static func unitScale(_ unit: ParquetFileMetadata.TimeUnit) -> (Int64, Int) {
        switch unit {
        case .millis: return (1000, 3)
        case .micros: return (1_000_000, 6)
        case .nanos: return (1_000_000_000, 9)
        }
    }

    // MARK: Rendering

    /// Renders `count` booleans (0/1).
    func renderBooleans(_ bits: UnsafePointer<UInt32>, _ count: Int, into out: ValueTextBatch) {
        for i in 0..<count {
            if bits[i] != 0 {
                out.append(maxBytes: 4) { p in
                    p[0] = 0x74
                    p[1] = 0x72
                    p[2] = 0x75
                    p[3] = 0x65
                    return 4
                }
            } else {
                out.append(maxBytes: 5) { p in
                    p[0] = 0x66
                    p[1] = 0x61
                    p[2] = 0x6C
                    p[3] = 0x73
                    p[4] = 0x65
                    return 5
                }
            }
        }
    }

    /// Renders `count` PLAIN-encoded values (not booleans) from `data` at `position`, advancing it.
    /// - Throws: `IngestError` when the data ends early or a string is not UTF-8.
    func renderPlain(_ count: Int, _ data: UnsafeRawBufferPointer, _ position: inout Int, into out: ValueTextBatch) throws {
        guard count > 0 else { return }
        if let width = plainWidth {
            guard width > 0, (data.count - position) / width >= count else {
                throw ParquetFileMetadata.damaged("a page of column '\(column.name)' ends early")
            }
            try renderFixed(count, data.baseAddress! + position, width: width, into: out)
            position += count * width
            return
        }
        // BYTE_ARRAY: a 4-byte little-endian length, then the bytes.
        for _ in 0..<count {
            guard data.count - position >= 4 else { throw ParquetFileMetadata.damaged("a page of column '\(column.name)' ends early") }
            let length = Int(data.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian)
            position += 4
            guard data.count - position >= length else { throw ParquetFileMetadata.damaged("a page of column '\(column.name)' ends early") }
            try renderBytes(UnsafeRawBufferPointer(rebasing: data[position..<(position + length)]), into: out)
            position += length
        }
    }

    private func renderFixed(_ count: Int, _ p: UnsafeRawPointer, width: Int, into out: ValueTextBatch) throws {
        switch kind {
        case .int32:
            for i in 0..<count {
                let v = Int64(p.loadUnaligned(fromByteOffset: i * 4, as: Int32.self).littleEndian)
                out.append(maxBytes: 20) { ValueText.write(v, to: $0) }
            }
        case .uint32:
            for i in 0..<count {
                let v = Int64(p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self).littleEndian)
                out.append(maxBytes: 20) { ValueText.write(v, to: $0) }
            }
        case .int64:
            for i in 0..<count {
                let v = p.loadUnaligned(fromByteOffset: i * 8, as: Int64.self).littleEndian
                out.append(maxBytes: 20) { ValueText.write(v, to: $0) }
            }
        case .uint64:
            for i in 0..<count {
                let v = p.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self).littleEndian
                if v > UInt64(Int64.max) { needsStringType = true }
                out.append(maxBytes: 20) { ValueText.write(unsigned: v, to: $0) }
            }
        case .float:
            for i in 0..<count {
                let v = Float(bitPattern: p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self).littleEndian)
                if !ValueText.write(v, into: out) {
                    nonFiniteCount += 1
                    out.appendNull()
                }
            }
        case .double:
            for i in 0..<count {
                let v = Double(bitPattern: p.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self).littleEndian)
                if !ValueText.write(v, into: out) {
                    nonFiniteCount += 1
                    out.appendNull()
                }
            }
        case .date:
            for i in 0..<count {
                renderDate(Int64(p.loadUnaligned(fromByteOffset: i * 4, as: Int32.self).littleEndian), into: out)
            }
        case .time(let perSecond, let digits):
            for i in 0..<count {
                let v =
                    width == 4
                    ? Int64(p.loadUnaligned(fromByteOffset: i * 4, as: Int32.self).littleEndian)
                    : p.loadUnaligned(fromByteOffset: i * 8, as: Int64.self).littleEndian
                let (seconds, fraction) = floorDivision(v, perSecond)
                guard seconds >= 0, seconds < 86_400 else {
                    throw ParquetFileMetadata.damaged("column '\(column.name)' holds a time of day outside 00:00–24:00")
                }
                out.append(maxBytes: 18) { ValueText.writeTime(secondOfDay: Int(seconds), fraction: fraction, fractionDigits: digits, to: $0) }
            }
        case .timestamp(let perSecond, let digits, let utc):
            for i in 0..<count {
                let v = p.loadUnaligned(fromByteOffset: i * 8, as: Int64.self).littleEndian
                let (seconds, fraction) = floorDivision(v, perSecond)
                let (days, secondOfDay) = floorDivision(seconds, 86_400)
                renderDatetime(days: days, secondOfDay: Int(secondOfDay), fraction: fraction, digits: digits, utc: utc, into: out)
            }
        case .int96:
            for i in 0..<count {
                let nanosOfDay = p.loadUnaligned(fromByteOffset: i * 12, as: Int64.self).littleEndian
                let julianDay = Int64(p.loadUnaligned(fromByteOffset: i * 12 + 8, as: Int32.self).littleEndian)
                let (extraDays, nanos) = floorDivision(nanosOfDay, 86_400 * 1_000_000_000)
                let (second, fraction) = floorDivision(nanos, 1_000_000_000)
                renderDatetime(
                    days: julianDay - 2_440_588 + extraDays, secondOfDay: Int(second), fraction: fraction, digits: 9, utc: false, into: out)
            }
        case .decimal(let scale):
            for i in 0..<count {
                switch column.physicalType {
                case .int32: renderDecimal(Int64(p.loadUnaligned(fromByteOffset: i * 4, as: Int32.self).littleEndian), scale: scale, into: out)
                case .int64: renderDecimal(p.loadUnaligned(fromByteOffset: i * 8, as: Int64.self).littleEndian, scale: scale, into: out)
                default: try renderBytes(UnsafeRawBufferPointer(start: p + i * width, count: width), into: out)
                }
            }
        case .float16:
            for i in 0..<count {
                let v = ParquetValueRenderer.float(half: p.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self).littleEndian)
                if !ValueText.write(v, into: out) {
                    nonFiniteCount += 1
                    out.appendNull()
                }
            }
        case .uuid:
            for i in 0..<count { renderUUID(p + i * 16, into: out) }
        case .string:
            for i in 0..<count { try renderBytes(UnsafeRawBufferPointer(start: p + i * width, count: width), into: out) }
        case .boolean:
            throw ParquetFileMetadata.damaged("booleans are not fixed-width")
        }
    }

    /// A variable- or fixed-length byte value: text (checked UTF-8) or a big-endian decimal.
    @inline(__always)
    private func renderBytes(_ bytes: UnsafeRawBufferPointer, into out: ValueTextBatch) throws {
        if case .decimal(let scale) = kind {
            try renderBigEndianDecimal(bytes, scale: scale, into: out)
            return
        }
        if bytes.count > 0, UTF8Validation.firstInvalidByte(in: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count) != nil {
            throw ParquetFileMetadata.unsupported(
                "column '\(column.name)' holds binary values that are not UTF-8 text; only text, numbers, booleans, dates and timestamps can be loaded"
            )
        }
        out.append(bytes)
    }

    private func renderDate(_ days: Int64, into out: ValueTextBatch) {
        if days >= ValueText.firstWritableDay && days <= ValueText.lastWritableDay {
            out.append(maxBytes: 10) { ValueText.writeDate(days: days, to: $0) }
        } else {
            needsStringType = true
            out.append(ParquetValueRenderer.extendedDate(days))
        }
    }

    private func renderDatetime(days: Int64, secondOfDay: Int, fraction: Int64, digits: Int, utc: Bool, into out: ValueTextBatch) {
        if days >= ValueText.firstWritableDay && days <= ValueText.lastWritableDay {
            out.append(maxBytes: 32) {
                ValueText.writeDatetime(days: days, secondOfDay: secondOfDay, fraction: fraction, fractionDigits: digits, utc: utc, to: $0)
            }
        } else {
            needsStringType = true
            var time = [UInt8](repeating: 0, count: 24)
            let n = time.withUnsafeMutableBufferPointer {
                ValueText.writeTime(secondOfDay: secondOfDay, fraction: fraction, fractionDigits: digits, separator: 0x54, to: $0.baseAddress!)
            }
            out.append(ParquetValueRenderer.extendedDate(days) + String(decoding: time[0..<n], as: UTF8.self) + (utc ? "Z" : ""))
        }
    }

    /// A date beyond 0000–9999, with as many year digits as it needs and a sign when negative.
    static func extendedDate(_ days: Int64) -> String {
        let (year, month, day) = ValueText.civil(days: days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let yearText = year < 0 ? "-" + String(repeating: "0", count: max(0, 4 - String(-year).count)) + String(-year) : String(year)
        return "\(yearText)-\(two(month))-\(two(day))"
    }

    /// `unscaled × 10^-scale` in decimal.
    private func renderDecimal(_ unscaled: Int64, scale: Int, into out: ValueTextBatch) {
        var digits = [UInt8](repeating: 0, count: 20)
        let n = digits.withUnsafeMutableBufferPointer { ValueText.write(unscaled, to: $0.baseAddress!) }
        appendScaled(negative: unscaled < 0, magnitudeDigits: unscaled < 0 ? Array(digits[1..<n]) : Array(digits[0..<n]), scale: scale, into: out)
    }

    /// A big-endian two's complement integer of any length (FIXED_LEN_BYTE_ARRAY and BYTE_ARRAY
    /// decimals, up to 38 digits and beyond) × 10^-scale.
    private func renderBigEndianDecimal(_ bytes: UnsafeRawBufferPointer, scale: Int, into out: ValueTextBatch) throws {
        guard bytes.count > 0 else {
            out.appendNull()
            return
        }
        guard bytes.count <= 64 else { throw ParquetFileMetadata.unsupported("column '\(column.name)' holds decimals wider than 64 bytes") }
        let negative = bytes[0] & 0x80 != 0
        // Magnitude: two's complement negated when negative.
        var magnitude = [UInt8](bytes)
        if negative {
            var carry: UInt16 = 1
            for k in stride(from: magnitude.count - 1, through: 0, by: -1) {
                let v = UInt16(~magnitude[k]) + carry
                magnitude[k] = UInt8(truncatingIfNeeded: v)
                carry = v >> 8
            }
        }
        // Repeated division by 10 of the big-endian magnitude.
        var digits: [UInt8] = []
        var start = 0
        while start < magnitude.count {
            var remainder: UInt16 = 0
            for k in start..<magnitude.count {
                let v = remainder << 8 | UInt16(magnitude[k])
                magnitude[k] = UInt8(v / 10)
                remainder = v % 10
            }
            digits.append(UInt8(remainder) + 0x30)
            while start < magnitude.count && magnitude[start] == 0 { start += 1 }
        }
        if digits.isEmpty { digits = [0x30] }
        appendScaled(negative: negative, magnitudeDigits: digits.reversed(), scale: scale, into: out)
    }

    private func appendScaled(negative: Bool, magnitudeDigits: [UInt8], scale: Int, into out: ValueTextBatch) {
        var text: [UInt8] = negative ? [0x2D] : []
        if scale <= 0 {
            text += magnitudeDigits
            text += [UInt8](repeating: 0x30, count: -scale)
        } else {
            let padded =
                magnitudeDigits.count <= scale
                ? [UInt8](repeating: 0x30, count: scale + 1 - magnitudeDigits.count) + magnitudeDigits : magnitudeDigits
            text += padded[0..<(padded.count - scale)]
            text.append(0x2E)
            text += padded[(padded.count - scale)...]
        }
        text.withUnsafeBytes { out.append($0) }
    }

    private func renderUUID(_ p: UnsafeRawPointer, into out: ValueTextBatch) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(maxBytes: 36) { q in
            var n = 0
            for k in 0..<16 {
                if k == 4 || k == 6 || k == 8 || k == 10 {
                    q[n] = 0x2D
                    n += 1
                }
                let b = p.load(fromByteOffset: k, as: UInt8.self)
                q[n] = hex[Int(b >> 4)]
                q[n + 1] = hex[Int(b & 0x0F)]
                n += 2
            }
            return n
        }
    }

    /// IEEE 754 binary16 to Float (exact).
    static func float(half bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Float(bits & 0x03FF)
        switch exponent {
        case 0: return sign * fraction * Float(sign: .plus, exponent: -24, significand: 1)
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }

    /// Quotient rounded toward −∞ and the non-negative remainder.
    @inline(__always)
    func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }
}
