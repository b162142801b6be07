/// The subset of Apache Thrift's compact protocol that Parquet metadata needs: structs,
/// i32/i64 (zigzag varints), bools, binary/strings and lists.
///
/// Hand-written because Parquet's page headers and footer are Thrift structs and no Thrift
/// library is among the allowed dependencies; the encoding is small and fully specified
/// (thrift/doc/specs/thrift-compact-protocol.md). Callers write fields in increasing id order
/// and close every struct they open.
struct ThriftCompactWriter {
    /// Compact protocol type codes (field headers and list element types).
    enum FieldType: UInt8 {
        case boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
        case binary = 8, list = 9, set = 10, map = 11, structure = 12
    }

    private(set) var bytes: [UInt8] = []
    private var lastFieldID: Int16 = 0
    private var enclosingFieldIDs: [Int16] = []

    init() {}

    /// Empties the output for reuse, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        lastFieldID = 0
        enclosingFieldIDs.removeAll(keepingCapacity: true)
    }

    // MARK: Fields

    mutating func field(_ id: Int16, i16 value: Int16) {
        fieldHeader(id, .i16)
        varint(zigzag(Int64(value)))
    }

    mutating func field(_ id: Int16, i32 value: Int32) {
        fieldHeader(id, .i32)
        varint(zigzag(Int64(value)))
    }

    mutating func field(_ id: Int16, i64 value: Int64) {
        fieldHeader(id, .i64)
        varint(zigzag(value))
    }

    /// A bool field carries its value in the header's type nibble.
    mutating func field(_ id: Int16, bool value: Bool) {
        fieldHeader(id, value ? .boolTrue : .boolFalse)
    }

    mutating func field(_ id: Int16, binary value: [UInt8]) {
        fieldHeader(id, .binary)
        binaryBody(value)
    }

    mutating func field(_ id: Int16, string value: String) {
        field(id, binary: Array(value.utf8))
    }

    /// Opens a struct-valued field; close it with `endStruct()`.
    mutating func beginStruct(field id: Int16) {
        fieldHeader(id, .structure)
        enclosingFieldIDs.append(lastFieldID)
        lastFieldID = 0
    }

    /// A struct-valued field with no fields of its own: a union's chosen empty member
    /// (`StringType {}`, `MicroSeconds {}`).
    mutating func emptyStruct(field id: Int16) {
        beginStruct(field: id)
        endStruct()
    }

    /// Opens a list-valued field; then write exactly `count` elements of `elementType`.
    mutating func beginList(field id: Int16, of elementType: FieldType, count: Int) {
        fieldHeader(id, .list)
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType.rawValue)
        } else {
            bytes.append(0xF0 | elementType.rawValue)
            varint(UInt64(count))
        }
    }

    // MARK: List elements and structs

    mutating func element(i32 value: Int32) { varint(zigzag(Int64(value))) }

    mutating func element(string value: String) { binaryBody(Array(value.utf8)) }

    /// Opens a struct that is a list element (or the top-level struct).
    mutating func beginStruct() {
        enclosingFieldIDs.append(lastFieldID)
        lastFieldID = 0
    }

    /// Writes the stop field and returns to the enclosing struct's field numbering.
    mutating func endStruct() {
        bytes.append(0)
        lastFieldID = enclosingFieldIDs.removeLast()
    }

    // MARK: Encoding

    private mutating func fieldHeader(_ id: Int16, _ type: FieldType) {
        let delta = Int(id) - Int(lastFieldID)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            varint(zigzag(Int64(id)))
        }
        lastFieldID = id
    }

    private mutating func binaryBody(_ value: [UInt8]) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    private mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }
}
