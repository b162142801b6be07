#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An .xlsx workbook's shared strings (`xl/sharedStrings.xml`): the text of every string cell,
/// which cells refer to by index.
///
/// A sheet of many distinct strings has a table as large as its text, so the table is not held
/// in the process's memory: while the part streams in, each string's UTF-8 goes to an unlinked
/// temporary file and its end offset to a second one; both are then mapped read-only. Lookups
/// are then plain memory reads, and the kernel keeps in RAM only the pages being used (and can
/// drop them under pressure, which anonymous memory could not).
final class SharedStringTable: @unchecked Sendable {
    private(set) var count = 0
    private var text: MappedFile?
    private var ends: MappedFile?

    static let empty = SharedStringTable()

    private init() {}

    /// String `index`'s UTF-8 bytes; nil when there is no such string.
    @inline(__always)
    func string(_ index: Int) -> UnsafeRawBufferPointer? {
        guard index >= 0, index < count, let text, let ends else { return nil }
        let endOffsets = ends.bytes.baseAddress!.assumingMemoryBound(to: UInt64.self)
        let start = index == 0 ? 0 : Int(endOffsets[index - 1])
        let end = Int(endOffsets[index])
        return UnsafeRawBufferPointer(start: text.bytes.baseAddress.map { $0 + start }, count: end - start)
    }

    /// Reads the part: each `si`'s text is its `t` children's, or its rich-text runs' (`r/t`)
    /// joined; phonetic runs (`rPh`) are not part of the text. `_xHHHH_` escapes are decoded
    /// (see `XLSXText.unescape`).
    static func load(_ archive: ZipArchive, path: String, spillDirectory: String) throws -> SharedStringTable {
        guard let entry = archive.entry(path) else { return .empty }
        let collector = try Collector(directory: spillDirectory)
        try XMLEventParser(archive.open(entry), handler: collector).parseAll()
        let table = SharedStringTable()
        table.count = collector.count
        table.text = try collector.textFile.map()
        table.ends = try collector.endsFile.map()
        return table
    }

    /// Writes each `si`'s text to the spill files as the part streams by.
    private final class Collector: XMLEventHandler {
        let textFile: SpillFile
        let endsFile: SpillFile
        var count = 0
        private var total: UInt64 = 0
        private var current: [UInt8] = []
        private var inItem = false, inPhonetic = false, inText = false

        init(directory: String) throws {
            textFile = try SpillFile(directory: directory)
            endsFile = try SpillFile(directory: directory)
        }

        func startElement(_ name: UnsafePointer<UInt8>, _ attributes: XMLAttributes) throws {
            if XMLEventParser.equal(name, "si") {
                current.removeAll(keepingCapacity: true)
                inItem = true
            } else if XMLEventParser.equal(name, "rPh") {
                inPhonetic = true
            } else if XMLEventParser.equal(name, "t") {
                inText = inItem && !inPhonetic
            }
        }

        func endElement(_ name: UnsafePointer<UInt8>) throws {
            if XMLEventParser.equal(name, "t") {
                inText = false
            } else if XMLEventParser.equal(name, "rPh") {
                inPhonetic = false
            } else if XMLEventParser.equal(name, "si") {
                inItem = false
                let decoded = XLSXText.unescape(current)
                try decoded.withUnsafeBytes { try textFile.write($0) }
                total += UInt64(decoded.count)
                try endsFile.append(total)
                count += 1
            }
        }

        func characters(_ text: UnsafeRawBufferPointer) throws {
            if inText { current.append(contentsOf: text) }
        }
    }
}

/// Text as SpreadsheetML stores it.
enum XLSXText {
    /// Decodes `_xHHHH_` escapes (ECMA-376 part 1, 22.9.2.19 ST_Xstring: how Excel stores
    /// characters XML cannot hold, such as the carriage return of a line break, `_x000D_`);
    /// `_x005F_` is an escaped underscore. Text without `_x` is returned unchanged.
    static func unescape(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 7, bytes.indices.dropLast().contains(where: { bytes[$0] == 0x5F && bytes[$0 + 1] == 0x78 }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5F, i + 6 < bytes.count, bytes[i + 1] == 0x78, bytes[i + 6] == 0x5F,
                let code = hex4(bytes, i + 2), let scalar = Unicode.Scalar(code)
            {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func hex4(_ b: [UInt8], _ i: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = b[i + k]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

/// An unlinked temporary file written sequentially through a buffer, then mapped read-only.
final class SpillFile {
    private let file: UnlinkedTemporaryFile
    private var buffer: [UInt8] = []
    private var written = 0
    private static let bufferSize = 1 << 20

    init(directory: String) throws {
        file = try UnlinkedTemporaryFile(directory: directory, prefix: ".plexe-ingest-strings")
        buffer.reserveCapacity(SpillFile.bufferSize)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= SpillFile.bufferSize { try flush() }
    }

    func append(_ value: UInt64) throws {
        try withUnsafeBytes(of: value) { try write($0) }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try file.writeAll($0) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and maps the whole file.
    func map() throws -> MappedFile {
        try flush()
        return try MappedFile(descriptor: file.descriptor, length: written)
    }
}

/// A read-only mapping of a file, unmapped when released.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(descriptor: Int32, length: Int) throws {
        guard length > 0 else {
            bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: 16), count: 0)
            return
        }
        let address = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0)
        guard let address, address != MAP_FAILED else { throw IngestError.system("cannot map a temporary file") }
        bytes = UnsafeRawBufferPointer(start: address, count: length)
    }

    deinit {
        if bytes.count > 0 { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), bytes.count) }
    }
}
