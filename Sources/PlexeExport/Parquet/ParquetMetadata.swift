import PlexeFoundation

/// The Parquet footer and page headers as this writer fills them, with their Thrift
/// serialisation. Field ids and enum values are those of `parquet.thrift` (apache/parquet-format).
enum ParquetMetadata {
    /// Parquet's physical `Type`.
    enum PhysicalType: Int32 {
        case boolean = 0, int32 = 1, int64 = 2, double = 5, byteArray = 6
    }

    /// Parquet's `Encoding`.
    enum Encoding: Int32 {
        case plain = 0, rle = 3, rleDictionary = 8
    }

    /// How one upload column maps onto Parquet: physical type plus logical and (for older
    /// readers) converted type annotations, per the contract (integer INT64, float DOUBLE,
    /// boolean BOOLEAN, date DATE, datetime TIMESTAMP, string UTF-8 BYTE_ARRAY).
    struct ColumnSchema {
        let name: String
        let columnType: ColumnType

        var physicalType: PhysicalType {
            switch columnType {
            case .integer, .datetime: return .int64
            case .float: return .double
            case .boolean: return .boolean
            case .date: return .int32
            case .string: return .byteArray
            }
        }
    }

    /// `Statistics` of one column chunk. Min and max are PLAIN-encoded (byte arrays without
    /// their length prefix), in the column's type-defined order.
    struct Statistics {
        var nullCount: Int64 = 0
        var minValue: [UInt8]?
        var maxValue: [UInt8]?
        /// Set for DOUBLE columns: the spec asks floating-point statistics to state it.
        var nanCount: Int64?
    }

    /// `ColumnMetaData` of one column chunk, with its file offsets.
    struct ColumnChunk {
        var physicalType: PhysicalType
        var encodings: [Encoding]
        var path: String
        var codec: Int32
        var valueCount: Int64
        var uncompressedSize: Int64
        var compressedSize: Int64
        var dataPageOffset: Int64
        var dictionaryPageOffset: Int64?
        var statistics: Statistics
    }

    struct RowGroup {
        var columns: [ColumnChunk]
        var rowCount: Int64
        var fileOffset: Int64
        var ordinal: Int
    }

    // MARK: Page headers

    /// `PageHeader` of a v1 data page: levels RLE, values `encoding`.
    static func dataPageHeader(
        valueCount: Int, encoding: Encoding, uncompressedSize: Int, compressedSize: Int,
        into writer: inout ThriftCompactWriter
    ) {
        writer.reset()
        writer.beginStruct()
        writer.field(1, i32: 0)  // DATA_PAGE
        writer.field(2, i32: Int32(uncompressedSize))
        writer.field(3, i32: Int32(compressedSize))
        writer.beginStruct(field: 5)
        writer.field(1, i32: Int32(valueCount))
        writer.field(2, i32: encoding.rawValue)
        writer.field(3, i32: Encoding.rle.rawValue)  // definition levels
        writer.field(4, i32: Encoding.rle.rawValue)  // repetition levels (none: flat schema)
        writer.endStruct()
        writer.endStruct()
    }

    /// `PageHeader` of a PLAIN dictionary page.
    static func dictionaryPageHeader(
        valueCount: Int, uncompressedSize: Int, compressedSize: Int,
        into writer: inout ThriftCompactWriter
    ) {
        writer.reset()
        writer.beginStruct()
        writer.field(1, i32: 2)  // DICTIONARY_PAGE
        writer.field(2, i32: Int32(uncompressedSize))
        writer.field(3, i32: Int32(compressedSize))
        writer.beginStruct(field: 7)
        writer.field(1, i32: Int32(valueCount))
        writer.field(2, i32: Encoding.plain.rawValue)
        writer.endStruct()
        writer.endStruct()
    }

    // MARK: Footer

    /// The serialised `FileMetaData`: a flat schema of OPTIONAL columns (every upload column
    /// may hold NULL), the row groups, `created_by`, and a TYPE_ORDER column order per column
    /// so that readers may use the min/max statistics.
    static func fileMetadata(schema: [ColumnSchema], rowGroups: [RowGroup], rowCount: Int64, createdBy: String) -> [UInt8] {
        var writer = ThriftCompactWriter()
        writer.beginStruct()
        writer.field(1, i32: 1)  // version: the spec asks writers for 1
        writer.beginList(field: 2, of: .structure, count: schema.count + 1)
        writer.beginStruct()
        writer.field(4, string: "schema")
        writer.field(5, i32: Int32(schema.count))
        writer.endStruct()
        for column in schema { writeSchemaElement(column, into: &writer) }
        writer.field(3, i64: rowCount)
        writer.beginList(field: 4, of: .structure, count: rowGroups.count)
        for group in rowGroups { writeRowGroup(group, into: &writer) }
        writer.field(6, string: createdBy)
        writer.beginList(field: 7, of: .structure, count: schema.count)
        for _ in schema {
            writer.beginStruct()  // ColumnOrder (union)
            writer.emptyStruct(field: 1)  // TYPE_ORDER: TypeDefinedOrder {}
            writer.endStruct()
        }
        writer.endStruct()
        return writer.bytes
    }

    private static func writeSchemaElement(_ column: ColumnSchema, into writer: inout ThriftCompactWriter) {
        writer.beginStruct()
        writer.field(1, i32: column.physicalType.rawValue)
        writer.field(3, i32: 1)  // OPTIONAL
        writer.field(4, string: column.name)
        // converted_type (6) for older readers, logicalType (10) for current ones.
        switch column.columnType {
        case .integer, .float, .boolean:
            break
        case .string:
            writer.field(6, i32: 0)  // UTF8
            writer.beginStruct(field: 10)
            writer.emptyStruct(field: 1)  // STRING: StringType {}
            writer.endStruct()
        case .date:
            writer.field(6, i32: 6)  // DATE
            writer.beginStruct(field: 10)
            writer.emptyStruct(field: 6)  // DATE: DateType {}
            writer.endStruct()
        case .datetime:
            writer.field(6, i32: 10)  // TIMESTAMP_MICROS
            writer.beginStruct(field: 10)
            writer.beginStruct(field: 8)  // TIMESTAMP: TimestampType
            writer.field(1, bool: true)  // isAdjustedToUTC
            writer.beginStruct(field: 2)  // unit: TimeUnit (union)
            writer.emptyStruct(field: 2)  // MICROS: MicroSeconds {}
            writer.endStruct()
            writer.endStruct()
            writer.endStruct()
        }
        writer.endStruct()
    }

    private static func writeRowGroup(_ group: RowGroup, into writer: inout ThriftCompactWriter) {
        writer.beginStruct()
        writer.beginList(field: 1, of: .structure, count: group.columns.count)
        for chunk in group.columns {
            writer.beginStruct()  // ColumnChunk
            writer.field(2, i64: 0)  // file_offset: deprecated, 0 when metadata is only in the footer
            writer.beginStruct(field: 3)  // meta_data
            writeColumnMetadata(chunk, into: &writer)
            writer.endStruct()
            writer.endStruct()
        }
        writer.field(2, i64: group.columns.reduce(0) { $0 + $1.uncompressedSize })
        writer.field(3, i64: group.rowCount)
        writer.field(5, i64: group.fileOffset)
        writer.field(6, i64: group.columns.reduce(0) { $0 + $1.compressedSize })
        if let ordinal = Int16(exactly: group.ordinal) { writer.field(7, i16: ordinal) }
        writer.endStruct()
    }

    private static func writeColumnMetadata(_ chunk: ColumnChunk, into writer: inout ThriftCompactWriter) {
        writer.field(1, i32: chunk.physicalType.rawValue)
        writer.beginList(field: 2, of: .i32, count: chunk.encodings.count)
        for encoding in chunk.encodings { writer.element(i32: encoding.rawValue) }
        writer.beginList(field: 3, of: .binary, count: 1)
        writer.element(string: chunk.path)
        writer.field(4, i32: chunk.codec)
        writer.field(5, i64: chunk.valueCount)
        writer.field(6, i64: chunk.uncompressedSize)
        writer.field(7, i64: chunk.compressedSize)
        writer.field(9, i64: chunk.dataPageOffset)
        if let offset = chunk.dictionaryPageOffset { writer.field(11, i64: offset) }
        writer.beginStruct(field: 12)
        let statistics = chunk.statistics
        writer.field(3, i64: statistics.nullCount)
        if let max = statistics.maxValue, let min = statistics.minValue {
            writer.field(5, binary: max)
            writer.field(6, binary: min)
        }
        if let nanCount = statistics.nanCount { writer.field(9, i64: nanCount) }
        writer.endStruct()
    }
}
