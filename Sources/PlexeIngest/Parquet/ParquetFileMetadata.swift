/// The parts of a Parquet file's footer (`FileMetaData`, apache/parquet-format parquet.thrift)
/// that reading a flat table needs: the leaf columns with their physical and logical types,
/// and each row group's column chunks (where their pages are, how they are compressed).
struct ParquetFileMetadata: Sendable {
    enum PhysicalType: Int32, Sendable {
        case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7
    }

    enum Repetition: Int32, Sendable {
        case required = 0, optional = 1, repeated = 2
    }

    enum TimeUnit: Sendable {
        case millis, micros, nanos
    }

    /// The logical (or legacy converted) type of a column, as far as it changes how values read.
    enum LogicalType: Equatable, Sendable {
        case none
        case string
        case date
        case time(TimeUnit)
        case timestamp(TimeUnit, adjustedToUTC: Bool)
        case integer(bitWidth: Int, signed: Bool)
        case decimal(scale: Int, precision: Int)
        case uuid
        case float16
        case json
        /// Types this reader cannot turn into a column (INTERVAL, BSON, VARIANT, geometry…).
        case unsupported(String)
    }

    struct Column: Sendable {
        let name: String
        let physicalType: PhysicalType
        /// Bytes per value of a FIXED_LEN_BYTE_ARRAY.
        let typeLength: Int
        let repetition: Repetition
        let logicalType: LogicalType
    }

    enum Codec: Int32, Sendable {
        case uncompressed = 0, snappy = 1, gzip = 2, lzo = 3, brotli = 4, lz4 = 5, zstd = 6, lz4Raw = 7
    }

    struct ColumnChunk: Sendable {
        let codec: Int32
        let valueCount: Int64
        /// Where the chunk's first page (its dictionary page, if any) starts, and its length.
        let startOffset: Int64
        let compressedSize: Int64
    }

    struct RowGroup: Sendable {
        let rowCount: Int64
        let columns: [ColumnChunk]
    }

    let columns: [Column]
    let rowGroups: [RowGroup]
    let rowCount: Int64

    /// Why a file cannot be read as a flat table, in the uploader's terms.
    static func unsupported(_ message: String) -> IngestError {
        IngestError(line: 0, message: message)
    }

    static func damaged(_ detail: String) -> IngestError {
        IngestError(line: 0, message: "the Parquet file is damaged (\(detail))")
    }

    /// Parses the footer's Thrift bytes.
    /// - Throws: `IngestError` for a damaged footer, a nested schema, or a column chunk stored
    ///   in another file.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws -> ParquetFileMetadata {
        var reader = ThriftCompactReader(bytes)
        do {
            return try parseFileMetadata(&reader)
        } catch let error as IngestError {
            throw error
        } catch is ThriftCompactReader.OutOfBytes {
            throw damaged("its footer ends early")
        } catch let error as ThriftCompactReader.Malformed {
            throw damaged("its footer is malformed: \(error.reason)")
        }
    }

    // MARK: FileMetaData

    private struct SchemaElement {
        var name = ""
        var type: Int32?
        var typeLength: Int32 = 0
        var repetition: Int32?
        var childCount: Int32 = 0
        var convertedType: Int32?
        var scale: Int32 = 0
        var precision: Int32 = 0
        var logicalType: LogicalType?
    }

    private static func parseFileMetadata(_ r: inout ThriftCompactReader) throws -> ParquetFileMetadata {
        var schema: [SchemaElement] = []
        var rowCount: Int64 = 0
        var rowGroups: [RowGroup] = []
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (2, .list):
                let (_, count) = try r.readListHeader()
                schema.reserveCapacity(count)
                for _ in 0..<count { schema.append(try parseSchemaElement(&r)) }
            case (3, .i64):
                rowCount = try r.readI64()
            case (4, .list):
                let (_, count) = try r.readListHeader()
                rowGroups.reserveCapacity(count)
                for _ in 0..<count { rowGroups.append(try parseRowGroup(&r)) }
            case (8, _):
                throw unsupported("the Parquet file is encrypted; upload an unencrypted file")
            default:
                try r.skip(field.type)
            }
        }
        let columns = try flatColumns(schema)
        for group in rowGroups where group.columns.count != columns.count {
            throw damaged("a row group has \(group.columns.count) column chunks for \(columns.count) columns")
        }
        guard rowCount >= 0, rowGroups.reduce(Int64(0), { $0 &+ $1.rowCount }) == rowCount else {
            throw damaged("its row groups do not add up to its \(rowCount) rows")
        }
        return ParquetFileMetadata(columns: columns, rowGroups: rowGroups, rowCount: rowCount)
    }

    /// The root's children, which must all be leaves (no groups, no repeated fields).
    private static func flatColumns(_ schema: [SchemaElement]) throws -> [Column] {
        guard let root = schema.first else { throw damaged("it has no schema") }
        guard root.childCount >= 0, Int(root.childCount) == schema.count - 1 else {
            let group: SchemaElement? = schema.dropFirst().first(where: { $0.childCount > 0 })
            let what = group.map { "'\($0.name)'" } ?? "a struct, list or map"
            throw unsupported("the Parquet file has nested columns (\(what)); only flat tables of plain columns can be loaded")
        }
        return try schema.dropFirst().map { element in
            guard let typeCode = element.type, let physicalType = PhysicalType(rawValue: typeCode) else {
                throw damaged("column '\(element.name)' has no known physical type")
            }
            let repetition = Repetition(rawValue: element.repetition ?? 0) ?? .required
            guard repetition != .repeated else {
                throw unsupported("the Parquet file has a repeated (list) column '\(element.name)'; only flat tables of plain columns can be loaded")
            }
            let logicalType = element.logicalType ?? convertedLogicalType(element)
            return Column(
                name: element.name, physicalType: physicalType, typeLength: Int(element.typeLength),
                repetition: repetition, logicalType: logicalType)
        }
    }

    /// The legacy `ConvertedType` (files written before logical types, and alongside them).
    private static func convertedLogicalType(_ element: SchemaElement) -> LogicalType {
        guard let converted = element.convertedType else { return .none }
        switch converted {
        case 0, 4: return .string  // UTF8, ENUM
        case 5: return .decimal(scale: Int(element.scale), precision: Int(element.precision))
        case 6: return .date
        case 7: return .time(.millis)
        case 8: return .time(.micros)
        case 9: return .timestamp(.millis, adjustedToUTC: true)
        case 10: return .timestamp(.micros, adjustedToUTC: true)
        case 11: return .integer(bitWidth: 8, signed: false)
        case 12: return .integer(bitWidth: 16, signed: false)
        case 13: return .integer(bitWidth: 32, signed: false)
        case 14: return .integer(bitWidth: 64, signed: false)
        case 15: return .integer(bitWidth: 8, signed: true)
        case 16: return .integer(bitWidth: 16, signed: true)
        case 17: return .integer(bitWidth: 32, signed: true)
        case 18: return .integer(bitWidth: 64, signed: true)
        case 19: return .json
        case 20: return .unsupported("BSON")
        case 21: return .unsupported("INTERVAL")
        default: return .unsupported("a map or list")
        }
    }

    private static func parseSchemaElement(_ r: inout ThriftCompactReader) throws -> SchemaElement {
        var element = SchemaElement()
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (1, .i32): element.type = try r.readI32()
            case (2, .i32): element.typeLength = try r.readI32()
            case (3, .i32): element.repetition = try r.readI32()
            case (4, .binary): element.name = try r.readString()
            case (5, .i32): element.childCount = try r.readI32()
            case (6, .i32): element.convertedType = try r.readI32()
            case (7, .i32): element.scale = try r.readI32()
            case (8, .i32): element.precision = try r.readI32()
            case (10, .structure): element.logicalType = try parseLogicalType(&r)
            default: try r.skip(field.type)
            }
        }
        return element
    }

    /// `LogicalType`, a union: exactly one field is set.
    private static func parseLogicalType(_ r: inout ThriftCompactReader) throws -> LogicalType {
        var result: LogicalType = .none
        try r.beginStruct()
        while let field = try r.nextField() {
            guard field.type == .structure else {
                try r.skip(field.type)
                continue
            }
            switch field.id {
            case 1:
                result = .string
                try r.skip(field.type)
            case 4:
                result = .string
                try r.skip(field.type)  // ENUM
            case 5:
                var scale: Int32 = 0
                var precision: Int32 = 0
                try r.beginStruct()
                while let f = try r.nextField() {
                    switch (f.id, f.type) {
                    case (1, .i32): scale = try r.readI32()
                    case (2, .i32): precision = try r.readI32()
                    default: try r.skip(f.type)
                    }
                }
                result = .decimal(scale: Int(scale), precision: Int(precision))
            case 6:
                result = .date
                try r.skip(field.type)
            case 7, 8:
                var utc = false
                var unit: TimeUnit = .millis
                try r.beginStruct()
                while let f = try r.nextField() {
                    switch (f.id, f.type) {
                    case (1, .boolTrue), (1, .boolFalse): utc = try r.readBool(f.type)
                    case (2, .structure): unit = try parseTimeUnit(&r)
                    default: try r.skip(f.type)
                    }
                }
                result = field.id == 7 ? .time(unit) : .timestamp(unit, adjustedToUTC: utc)
            case 10:
                var bitWidth: Int = 64
                var signed = true
                try r.beginStruct()
                while let f = try r.nextField() {
                    switch (f.id, f.type) {
                    case (1, .byte), (1, .i32), (1, .i16):
                        bitWidth = Int(f.type == .byte ? Int32(Int8(bitPattern: try r.readByte())) : try r.readI32())
                    case (2, .boolTrue), (2, .boolFalse): signed = try r.readBool(f.type)
                    default: try r.skip(f.type)
                    }
                }
                result = .integer(bitWidth: bitWidth, signed: signed)
            case 11:
                result = .none
                try r.skip(field.type)  // UNKNOWN: always null
            case 12:
                result = .json
                try r.skip(field.type)
            case 13:
                result = .unsupported("BSON")
                try r.skip(field.type)
            case 14:
                result = .uuid
                try r.skip(field.type)
            case 15:
                result = .float16
                try r.skip(field.type)
            case 2, 3:
                result = .unsupported("a map or list")
                try r.skip(field.type)
            default:
                result = .unsupported("logical type \(field.id)")
                try r.skip(field.type)
            }
        }
        return result
    }

    private static func parseTimeUnit(_ r: inout ThriftCompactReader) throws -> TimeUnit {
        var unit: TimeUnit = .millis
        try r.beginStruct()
        while let field = try r.nextField() {
            switch field.id {
            case 1: unit = .millis
            case 2: unit = .micros
            case 3: unit = .nanos
            default: break
            }
            try r.skip(field.type)
        }
        return unit
    }

    private static func parseRowGroup(_ r: inout ThriftCompactReader) throws -> RowGroup {
        var columns: [ColumnChunk] = []
        var rowCount: Int64 = 0
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (1, .list):
                let (_, count) = try r.readListHeader()
                columns.reserveCapacity(count)
                for _ in 0..<count { columns.append(try parseColumnChunk(&r)) }
            case (3, .i64):
                rowCount = try r.readI64()
            default:
                try r.skip(field.type)
            }
        }
        guard rowCount >= 0 else { throw damaged("a row group has a negative row count") }
        return RowGroup(rowCount: rowCount, columns: columns)
    }

    private static func parseColumnChunk(_ r: inout ThriftCompactReader) throws -> ColumnChunk {
        var chunk: ColumnChunk?
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (1, .binary):
                let path = try r.readString()
                if !path.isEmpty { throw unsupported("the Parquet file keeps columns in other files (\(path)); upload a single self-contained file") }
            case (3, .structure):
                chunk = try parseColumnMetadata(&r)
            case (8, _), (9, _):
                throw unsupported("the Parquet file has encrypted columns; upload an unencrypted file")
            default:
                try r.skip(field.type)
            }
        }
        guard let chunk else { throw damaged("a column chunk has no metadata") }
        return chunk
    }

    private static func parseColumnMetadata(_ r: inout ThriftCompactReader) throws -> ColumnChunk {
        var codec: Int32 = 0
        var valueCount: Int64 = 0
        var compressedSize: Int64 = 0
        var dataPageOffset: Int64 = -1
        var dictionaryPageOffset: Int64?
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (4, .i32): codec = try r.readI32()
            case (5, .i64): valueCount = try r.readI64()
            case (7, .i64): compressedSize = try r.readI64()
            case (9, .i64): dataPageOffset = try r.readI64()
            case (11, .i64): dictionaryPageOffset = try r.readI64()
            default: try r.skip(field.type)
            }
        }
        guard compressedSize >= 0, valueCount >= 0 else { throw damaged("a column chunk has a negative size") }
        // An empty chunk (a row group of no rows) is never read; pyarrow leaves its offset 0.
        guard dataPageOffset >= 4 || valueCount == 0 else { throw damaged("a column chunk has no valid page offset") }
        // Some writers set dictionary_page_offset to 0 when there is no dictionary page: only an
        // offset before the data pages can be the dictionary's.
        var start = dataPageOffset
        if let dictionaryPageOffset, dictionaryPageOffset >= 4, dictionaryPageOffset < dataPageOffset {
            start = dictionaryPageOffset
        }
        return ColumnChunk(codec: codec, valueCount: valueCount, startOffset: start, compressedSize: compressedSize)
    }
}
