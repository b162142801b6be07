// A streaming reader of the objects of a JSON array or an NDJSON file.
//
// Why not `JSONSerialization` / `JSONDecoder`: both need the whole document in memory (a 5 GB
// upload), build a Foundation object per value, and report no line numbers. This reader keeps
// one object at a time in a fixed buffer (see `FileByteReader`) and decodes only what ingest
// needs: each key, and each value as text (strings unescaped, numbers and literals as written,
// nested objects flattened into their fields, arrays as compact JSON text).

/// Reads the top-level objects of a JSON file one at a time.
///
/// For each object it gives its fields in order as (key, value text) byte ranges, valid until the
/// next call; a JSON `null` value is nil. Strings are unescaped to UTF-8, numbers and `true` /
/// `false` keep their text, arrays are their JSON text without insignificant whitespace.
///
/// A nested object gives its fields instead, as pandas' `json_normalize` does: the key of each is
/// the path of names from the top, joined by `pathSeparator` (`{"user": {"name": "Ann"}}` has
/// one field, `user` ⟨sep⟩ `name`); an empty object gives none. Objects nested deeper than
/// `maxFlattenedLevels` are kept as JSON text at that level (`json_normalize(max_level=8)`).
final class JSONRecordReader {
    enum Layout {
        /// `[ {…}, {…} ]`
        case array
        /// `{…}` per line; blank lines allowed.
        case lines
    }

    private struct Field {
        var keyStart: Int
        var keyEnd: Int
        /// -1 for null.
        var valueStart: Int
        var valueEnd: Int
    }

    /// Where the top-level parse stands between objects (array layout).
    private enum ArrayState { case beforeArray, beforeFirstElement, afterElement, afterComma, finished }

    /// The parse reached the end of the buffer before the end of the file: refill and retry from
    /// the last committed position.
    private struct NeedMoreBytes: Error {}

    private static let maxDepth = 512
    /// How many levels of nested objects are flattened into fields.
    static let maxFlattenedLevels = 8
    /// Joins the names of a flattened key's path: a byte never found in UTF-8 text, so the path
    /// `a` → `b` stays apart from a key spelled `a.b` (the ingest shows both with a dot and the
    /// column namer tells them apart).
    static let pathSeparator: UInt8 = 0xFF

    private let source: FileByteReader
    private let layout: Layout
    private let validatesUTF8: Bool
    /// The reader's moving parts, behind a pointer: they are touched for every byte of a string
    /// and every field, and stored properties of a class would each pay a dynamic exclusivity
    /// check.
    private struct State {
        var position = 0
        var nextLine: Int
        var arrayState = ArrayState.beforeArray
        var elementCount = 0
        var recordLine = 0
        var recordOffset: Int64 = 0
        /// Keys and values of the current object, decoded.
        var arena = ByteArena(capacity: 1 << 16)
        var fields: UnsafeMutablePointer<Field>
        var fieldCount = 0
        var fieldCapacity: Int
    }
    private let state: UnsafeMutablePointer<State>

    private var position: Int {
        get { state.pointee.position }
        set { state.pointee.position = newValue }
    }
    private var nextLine: Int {
        get { state.pointee.nextLine }
        set { state.pointee.nextLine = newValue }
    }
    private var arrayState: ArrayState {
        get { state.pointee.arrayState }
        set { state.pointee.arrayState = newValue }
    }
    private var arenaCount: Int { state.pointee.arena.count }
    var recordLine: Int { state.pointee.recordLine }
    var recordOffset: Int64 { state.pointee.recordOffset }

    init(path: String, layout: Layout, startingAt offset: Int64 = 0, firstLine: Int = 1, validatesUTF8: Bool = false) throws {
        source = try FileByteReader(path: path, startingAt: offset)
        self.layout = layout
        self.validatesUTF8 = validatesUTF8
        state = .allocate(capacity: 1)
        state.initialize(to: State(nextLine: firstLine, fields: .allocate(capacity: 64), fieldCapacity: 64))
    }

    deinit {
        state.pointee.arena.deallocate()
        state.pointee.fields.deallocate()
        state.deallocate()
    }

    var fileSize: Int64 { source.fileSize }
    var consumedOffset: Int64 { source.bufferFileOffset + Int64(position) }
    var fieldCount: Int { state.pointee.fieldCount }

    func key(_ index: Int) -> UnsafeRawBufferPointer {
        let f = state.pointee.fields[index]
        return UnsafeRawBufferPointer(start: state.pointee.arena.base + f.keyStart, count: f.keyEnd - f.keyStart)
    }

    /// The value's text, or nil for JSON null.
    func value(_ index: Int) -> UnsafeRawBufferPointer? {
        let f = state.pointee.fields[index]
        guard f.valueStart >= 0 else { return nil }
        return UnsafeRawBufferPointer(start: state.pointee.arena.base + f.valueStart, count: f.valueEnd - f.valueStart)
    }

    /// Advances to the next object; false at the end of the data.
    func nextObject() throws -> Bool {
        while true {
            do {
                return try parseNext()
            } catch is NeedMoreBytes {
                switch try source.refill(keepingFrom: position) {
                case .readMore, .endOfFile:
                    position = 0
                case .recordTooLarge:
                    throw IngestError(line: nextLine, message: "a JSON object is longer than \(FileByteReader.maxRecordBytes >> 20) MB")
                }
            }
        }
    }

    // MARK: Top level

    private func parseNext() throws -> Bool {
        while true {
            var p = position
            var lines = 0
            let hasByte = try skipWhitespace(&p, &lines)
            // Whitespace and punctuation between objects are committed as soon as read.
            position = p
            nextLine += lines
            let line = nextLine
            switch layout {
            case .lines:
                guard hasByte else { return false }
                guard source.buffer[p] == UInt8(ascii: "{") else {
                    throw IngestError(line: line, message: "malformed NDJSON: each line must be a JSON object")
                }
            case .array:
                switch arrayState {
                case .beforeArray:
                    guard hasByte, source.buffer[p] == UInt8(ascii: "[") else {
                        throw IngestError(line: line, message: "malformed JSON: expected an array of objects")
                    }
                    position = p + 1
                    arrayState = .beforeFirstElement
                    continue
                case .finished:
                    guard !hasByte else { throw IngestError(line: line, message: "malformed JSON: unexpected text after the end of the array") }
                    return false
                case .beforeFirstElement, .afterElement, .afterComma:
                    guard hasByte else { throw IngestError(line: line, message: "malformed JSON: unexpected end of file, the array is not closed") }
                    let c = source.buffer[p]
                    if c == UInt8(ascii: "]") && arrayState != .afterComma {
                        position = p + 1
                        arrayState = .finished
                        continue
                    }
                    if arrayState == .afterElement {
                        guard c == UInt8(ascii: ",") else {
                            throw IngestError(line: line, message: "malformed JSON: expected ',' or ']' after an array element")
                        }
                        position = p + 1
                        arrayState = .afterComma
                        continue
                    }
                    guard c == UInt8(ascii: "{") else {
                        if c == UInt8(ascii: "]") { throw IngestError(line: line, message: "malformed JSON: a ',' is followed by ']'") }
                        throw IngestError(line: line, message: "element \(state.pointee.elementCount + 1) of the array is not an object")
                    }
                }
            }
            // An object starts at p.
            var q = p
            lines = 0
            state.pointee.fieldCount = 0
            state.pointee.arena.removeAll()
            try parseObject(&q, &lines)
            if validatesUTF8, let bad = UTF8Validation.firstInvalidByte(in: source.buffer + p, count: q - p) {
                let before = UnsafeBufferPointer(start: source.buffer + p, count: bad).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                throw IngestError(line: line + before, message: "invalid UTF-8: the file must be UTF-8 text")
            }
            state.pointee.recordLine = line
            state.pointee.recordOffset = source.bufferFileOffset + Int64(p)
            position = q
            nextLine += lines
            state.pointee.elementCount += 1
            arrayState = .afterElement
            return true
        }
    }

    // MARK: Values

    /// Skips JSON whitespace; false at the end of the file. Throws `NeedMoreBytes` at the end of
    /// the buffer.
    @inline(__always)
    private func skipWhitespace(_ p: inout Int, _ lines: inout Int) throws -> Bool {
        let base = source.buffer
        while true {
            if p == source.count {
                if source.isAtEndOfFile { return false }
                throw NeedMoreBytes()
            }
            switch base[p] {
            case 0x20, 0x09, 0x0D: p += 1
            case 0x0A:
                p += 1
                lines += 1
            default: return true
            }
        }
    }

    /// The byte at `p`, or an error / refill at the end.
    @inline(__always)
    private func peek(_ p: Int, _ lines: Int) throws -> UInt8 {
        if p == source.count {
            if source.isAtEndOfFile { throw malformed("unexpected end of file inside an object", lines) }
            throw NeedMoreBytes()
        }
        return source.buffer[p]
    }

    private func malformed(_ what: String, _ lines: Int) -> IngestError {
        IngestError(line: nextLine + lines, message: "malformed JSON: \(what)")
    }

    /// Parses the object at `p` into fields; `path` is the arena range of the key of a nested
    /// object at `level` (1 and more), whose fields' keys it starts.
    private func parseObject(_ p: inout Int, _ lines: inout Int, path: Range<Int>? = nil, level: Int = 0) throws {
        p += 1  // {
        guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside an object", lines) }
        if source.buffer[p] == UInt8(ascii: "}") {
            p += 1
            return
        }
        while true {
            guard try peek(p, lines) == UInt8(ascii: "\"") else { throw malformed("expected a key in double quotes", lines) }
            let keyStart = arenaCount
            if let path {
                state.pointee.arena.appendCopy(of: path.lowerBound, path.count)
                append(JSONRecordReader.pathSeparator)
            }
            try parseString(&p, lines)
            let keyEnd = arenaCount
            guard try skipWhitespace(&p, &lines), source.buffer[p] == UInt8(ascii: ":") else {
                throw malformed("expected ':' after a key", lines)
            }
            p += 1
            guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside an object", lines) }
            let c = source.buffer[p]
            if c == UInt8(ascii: "{") && level < JSONRecordReader.maxFlattenedLevels {
                try parseObject(&p, &lines, path: keyStart..<keyEnd, level: level + 1)
            } else {
                let valueStart: Int
                if c == UInt8(ascii: "n") {
                    try expectLiteral("null", &p, lines)
                    valueStart = -1
                } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                    valueStart = arenaCount
                    try copyCompact(&p, &lines, depth: level + 1)
                } else {
                    valueStart = arenaCount
                    try parseScalar(&p, lines)
                }
                appendField(Field(keyStart: keyStart, keyEnd: keyEnd, valueStart: valueStart, valueEnd: arenaCount))
            }
            guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside an object", lines) }
            let next = source.buffer[p]
            p += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw malformed("expected ',' or '}' after a value", lines) }
            guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside an object", lines) }
        }
    }

    /// A string (decoded into the arena), number or true/false (copied) at `p`.
    private func parseScalar(_ p: inout Int, _ lines: Int) throws {
        let c = source.buffer[p]
        switch c {
        case UInt8(ascii: "\""):
            try parseString(&p, lines)
        case UInt8(ascii: "t"):
            try expectLiteral("true", &p, lines)
            append("true")
        case UInt8(ascii: "f"):
            try expectLiteral("false", &p, lines)
            append("false")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = p
            try scanNumber(&p, lines)
            append(source.buffer + start, p - start)
        default:
            throw malformed("unexpected character '\(printable(c))' where a value was expected", lines)
        }
    }

    private func expectLiteral(_ literal: StaticString, _ p: inout Int, _ lines: Int) throws {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in bytes {
            guard try peek(p, lines) == byte else { throw malformed("invalid literal (expected \(literal))", lines) }
            p += 1
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private func scanNumber(_ p: inout Int, _ lines: Int) throws {
        func digits(_ p: inout Int) throws -> Int {
            var n = 0
            while true {
                let c = try peekNumber(p)
                guard let c, c &- 0x30 < 10 else { return n }
                p += 1
                n += 1
            }
        }
        if try peekNumber(p) == UInt8(ascii: "-") { p += 1 }
        let intStart = p
        let intDigits = try digits(&p)
        guard intDigits > 0 else { throw malformed("invalid number", lines) }
        if intDigits > 1 && source.buffer[intStart] == UInt8(ascii: "0") { throw malformed("invalid number (leading zero)", lines) }
        if try peekNumber(p) == UInt8(ascii: ".") {
            p += 1
            guard try digits(&p) > 0 else { throw malformed("invalid number", lines) }
        }
        if let c = try peekNumber(p), c | 0x20 == UInt8(ascii: "e") {
            p += 1
            if let sign = try peekNumber(p), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { p += 1 }
            guard try digits(&p) > 0 else { throw malformed("invalid number", lines) }
        }
    }

    /// Like `peek`, but the end of the file is a valid end of a number (nil).
    @inline(__always)
    private func peekNumber(_ p: Int) throws -> UInt8? {
        if p == source.count {
            if source.isAtEndOfFile { return nil }
            throw NeedMoreBytes()
        }
        return source.buffer[p]
    }

    /// Decodes the string at `p` (on its opening quote) into the arena.
    private func parseString(_ p: inout Int, _ lines: Int) throws {
        p += 1
        let base = source.buffer
        while true {
            // Copy the run of plain bytes in one go.
            let runStart = p
            let end = source.count
            let quoteWord = SWAR.broadcast(0x22)
            let backslashWord = SWAR.broadcast(0x5C)
            while p &+ 8 <= end {
                let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                let hits = SWAR.equal(word, quoteWord) | SWAR.equal(word, backslashWord) | SWAR.control(word)
                if hits != 0 {
                    p &+= hits.trailingZeroBitCount >> 3
                    break
                }
                p &+= 8
            }
            while p < end {
                let c = base[p]
                if c == 0x22 || c == 0x5C || c < 0x20 { break }
                p += 1
            }
            if p > runStart { append(base + runStart, p - runStart) }
            let c = try peek(p, lines)
            if c == 0x22 {
                p += 1
                return
            }
            if c < 0x20 { throw malformed("control character inside a string (a line break must be written \\n)", lines) }
            // Backslash escape.
            p += 1
            let e = try peek(p, lines)
            p += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): append(e)
            case UInt8(ascii: "b"): append(0x08)
            case UInt8(ascii: "f"): append(0x0C)
            case UInt8(ascii: "n"): append(0x0A)
            case UInt8(ascii: "r"): append(0x0D)
            case UInt8(ascii: "t"): append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(&p, lines)
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    guard try peek(p, lines) == 0x5C, try peek(p + 1, lines) == UInt8(ascii: "u") else {
                        throw malformed("invalid \\u escape (unpaired surrogate)", lines)
                    }
                    p += 2
                    let low = try hex4(&p, lines)
                    guard low >= 0xDC00 && low <= 0xDFFF else { throw malformed("invalid \\u escape (unpaired surrogate)", lines) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    throw malformed("invalid \\u escape (unpaired surrogate)", lines)
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar)!)! { append(unit) }
            default:
                throw malformed("invalid escape '\\\(printable(e))' in a string", lines)
            }
        }
    }

    private func hex4(_ p: inout Int, _ lines: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = try peek(p, lines)
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw malformed("invalid \\u escape", lines)
            }
            value = value << 4 | UInt32(digit)
            p += 1
        }
        return value
    }

    /// Copies the nested array or object at `p` into the arena as compact JSON, validating it.
    private func copyCompact(_ p: inout Int, _ lines: inout Int, depth: Int) throws {
        guard depth <= JSONRecordReader.maxDepth else { throw malformed("values nested more than \(JSONRecordReader.maxDepth) levels deep", lines) }
        let open = source.buffer[p]
        let isObject = open == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        append(open)
        p += 1
        guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside a nested value", lines) }
        if source.buffer[p] == close {
            append(close)
            p += 1
            return
        }
        while true {
            if isObject {
                guard try peek(p, lines) == UInt8(ascii: "\"") else { throw malformed("expected a key in double quotes", lines) }
                try copyRawString(&p, lines)
                guard try skipWhitespace(&p, &lines), source.buffer[p] == UInt8(ascii: ":") else {
                    throw malformed("expected ':' after a key", lines)
                }
                append(UInt8(ascii: ":"))
                p += 1
                guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside a nested value", lines) }
            }
            let c = source.buffer[p]
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                try copyCompact(&p, &lines, depth: depth + 1)
            } else if c == UInt8(ascii: "\"") {
                try copyRawString(&p, lines)
            } else if c == UInt8(ascii: "n") {
                try expectLiteral("null", &p, lines)
                append("null")
            } else {
                try parseScalar(&p, lines)
            }
            guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside a nested value", lines) }
            let next = source.buffer[p]
            p += 1
            if next == close {
                append(close)
                return
            }
            guard next == UInt8(ascii: ",") else { throw malformed("expected ',' or '\(printable(close))' inside a nested value", lines) }
            append(UInt8(ascii: ","))
            guard try skipWhitespace(&p, &lines) else { throw malformed("unexpected end of file inside a nested value", lines) }
        }
    }

    /// Copies a string as written (quotes and escapes kept), checking its escapes.
    private func copyRawString(_ p: inout Int, _ lines: Int) throws {
        let start = p
        let mark = arenaCount
        try parseString(&p, lines)  // validates; its decoded bytes are discarded
        state.pointee.arena.truncate(to: mark)
        append(source.buffer + start, p - start)
    }

    // MARK: Arena

    @inline(__always)
    private func append(_ byte: UInt8) {
        state.pointee.arena.append(byte: byte)
    }

    @inline(__always)
    private func append(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        state.pointee.arena.append(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    private func append(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    private func appendField(_ field: Field) {
        let n = state.pointee.fieldCount
        if n == state.pointee.fieldCapacity {
            let grown = UnsafeMutablePointer<Field>.allocate(capacity: n * 2)
            grown.update(from: state.pointee.fields, count: n)
            state.pointee.fields.deallocate()
            state.pointee.fields = grown
            state.pointee.fieldCapacity = n * 2
        }
        state.pointee.fields[n] = field
        state.pointee.fieldCount = n + 1
    }

    private func printable(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        let hex = String(byte, radix: 16, uppercase: true)
        return "\\x" + (hex.count == 1 ? "0" : "") + hex
    }
}
