/// Reads the subset of Apache Thrift's compact protocol that Parquet metadata uses: structs,
/// i8/i16/i32/i64 (zigzag varints), bools, doubles, binary/strings, lists and sets (maps are
/// skipped whole).
///
/// Hand-written for the same reason as PlexeExport's `ThriftCompactWriter`: no Thrift library
/// is among the allowed dependencies, and the encoding is small and fully specified
/// (thrift/doc/specs/thrift-compact-protocol.md). The bytes come from an uploaded file, so
/// every read is bounds-checked and throws `ThriftCompactReader.OutOfBytes` rather than trapping;
/// a caller that read a page header from a partial buffer catches it and reads more.
struct ThriftCompactReader {
    /// Compact protocol type codes (field headers and list element types).
    enum FieldType: UInt8 {
        case boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
        case binary = 8, list = 9, set = 10, map = 11, structure = 12
    }

    /// The bytes ended inside a value: a truncated or damaged structure, or a header read from
    /// a buffer that holds only its start.
    struct OutOfBytes: Error {}

    /// Something that no writer produces: an unknown type code, a negative length, structs nested
    /// deeper than any Parquet structure.
    struct Malformed: Error {
        let reason: String
    }

    let bytes: UnsafeRawBufferPointer
    private(set) var position = 0
    private var lastFieldID: Int16 = 0
    private var enclosingFieldIDs: [Int16] = []
    /// The value of the bool field whose header was just read (compact bools live in the header).
    private var pendingBool: Bool?

    /// Parquet's deepest structure (a column's statistics inside its metadata inside a row group)
    /// is far shallower; the limit keeps a hostile file from exhausting the stack in `skip`.
    static let maxDepth = 32

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    // MARK: Structs

    /// Enters a struct: its fields follow, read with `nextField` until it returns nil.
    mutating func beginStruct() throws {
        guard enclosingFieldIDs.count < ThriftCompactReader.maxDepth else { throw Malformed(reason: "structures nested too deeply") }
        enclosingFieldIDs.append(lastFieldID)
        lastFieldID = 0
    }

    /// The next field's id and type, or nil at the struct's end (which it leaves).
    mutating func nextField() throws -> (id: Int16, type: FieldType)? {
        let header = try byte()
        if header == 0 {
            lastFieldID = enclosingFieldIDs.popLast() ?? 0
            return nil
        }
        guard let type = FieldType(rawValue: header & 0x0F) else { throw Malformed(reason: "unknown field type \(header & 0x0F)") }
        let delta = Int16(header >> 4)
        let id: Int16
        if delta != 0 {
            id = lastFieldID &+ delta
        } else {
            id = Int16(truncatingIfNeeded: zigzagDecoded(try varint()))
        }
        lastFieldID = id
        switch type {
        case .boolTrue: pendingBool = true
        case .boolFalse: pendingBool = false
        default: pendingBool = nil
        }
        return (id, type)
    }

    // MARK: Values

    mutating func readBool(_ type: FieldType) throws -> Bool {
        if let pendingBool {
            self.pendingBool = nil
            return pendingBool
        }
        // Inside a list, a bool is a byte of its own (1 true, 2 false; some writers use 0).
        return try byte() == 1
    }

    /// An i8 (a single byte, not a varint).
    mutating func readByte() throws -> UInt8 {
        try byte()
    }

    mutating func readI32() throws -> Int32 {
        Int32(truncatingIfNeeded: zigzagDecoded(try varint()))
    }

    mutating func readI64() throws -> Int64 {
        zigzagDecoded(try varint())
    }

    /// A binary or string value, pointing into the reader's bytes.
    mutating func readBinary() throws -> UnsafeRawBufferPointer {
        let length = try varint()
        guard length <= UInt64(bytes.count - position) else { throw OutOfBytes() }
        let start = position
        position += Int(length)
        return UnsafeRawBufferPointer(rebasing: bytes[start..<position])
    }

    mutating func readString() throws -> String {
        String(decoding: try readBinary(), as: UTF8.self)
    }

    /// A list's (or set's) element type and count; the elements follow.
    mutating func readListHeader() throws -> (elementType: FieldType, count: Int) {
        let header = try byte()
        guard let type = FieldType(rawValue: header & 0x0F) else { throw Malformed(reason: "unknown list element type \(header & 0x0F)") }
        var count = UInt64(header >> 4)
        if count == 15 { count = try varint() }
        // Every element takes at least one byte, so a count beyond the bytes left is damage.
        guard count <= UInt64(bytes.count - position) else { throw OutOfBytes() }
        return (type, Int(count))
    }

    /// Skips a value of `type` (a field the reader does not need).
    mutating func skip(_ type: FieldType) throws {
        try skip(type, depth: enclosingFieldIDs.count)
    }

    private mutating func skip(_ type: FieldType, depth: Int) throws {
        guard depth < ThriftCompactReader.maxDepth else { throw Malformed(reason: "structures nested too deeply") }
        switch type {
        case .boolTrue, .boolFalse:
            if pendingBool != nil { pendingBool = nil } else { _ = try byte() }
        case .byte: _ = try byte()
        case .i16, .i32, .i64: _ = try varint()
        case .double: try advance(8)
        case .binary: _ = try readBinary()
        case .list, .set:
            let (elementType, count) = try readListHeader()
            for _ in 0..<count { try skip(elementType, depth: depth + 1) }
        case .map:
            let count = try varint()
            guard count <= UInt64(bytes.count - position) else { throw OutOfBytes() }
            if count > 0 {
                let types = try byte()
                guard let keyType = FieldType(rawValue: types >> 4), let valueType = FieldType(rawValue: types & 0x0F) else {
                    throw Malformed(reason: "unknown map types")
                }
                for _ in 0..<count {
                    try skip(keyType, depth: depth + 1)
                    try skip(valueType, depth: depth + 1)
                }
            }
        case .structure:
            try beginStruct()
            while let field = try nextField() { try skip(field.type, depth: depth + 1) }
        }
    }

    // MARK: Primitives

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw OutOfBytes() }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func advance(_ count: Int) throws {
        guard count <= bytes.count - position else { throw OutOfBytes() }
        position += count
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            if shift < 64 { result |= UInt64(b & 0x7F) << shift }
            if b & 0x80 == 0 { return result }
            shift += 7
            guard shift < 70 else { throw Malformed(reason: "a varint longer than 10 bytes") }
        }
    }

    private func zigzagDecoded(_ value: UInt64) -> Int64 {
        Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }
}
