import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull parser over one XML part of a ZIP archive: libxml2's `xmlTextReader`, fed from the
/// entry's decompressing stream through an I/O callback.
///
/// Why libxml2: it is streaming (a node at a time, each freed when the reader moves on, so a
/// sheet of a million rows takes the memory of one row), widely used and kept up to date by
/// Debian, and fast enough (C, no per-node allocation on our side). Names and values are read
/// through libxml2's `Const…` accessors, which point into the reader's own memory: no copy, no
/// free. Network access and entity substitution stay off (`XML_PARSE_NONET`, no `NOENT`), so a
/// hostile part cannot reach out or expand entities into text.
final class XMLStreamReader {
    enum NodeType: Int32 {
        case element = 1, text = 3, cdata = 4, whitespace = 13, significantWhitespace = 14, endElement = 15
    }

    private let source: ZipEntryStream
    private var reader: xmlTextReaderPtr?
    /// Set by the callbacks: the stream's own failure, or libxml2's first error message.
    fileprivate var sourceError: (any Error)?
    fileprivate var parseError: String?

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    init(_ source: ZipEntryStream) throws {
        _ = XMLStreamReader.initialized
        self.source = source
        let context = Unmanaged.passUnretained(self).toOpaque()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)
        reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let me = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
            do {
                return Int32(try me.source.read(into: UnsafeMutableRawPointer(buffer), count: Int(length)))
            } catch {
                me.sourceError = error
                return -1
            }
        }, nil, context, nil, nil, options)
        guard let reader else { throw IngestError(line: 0, message: "cannot start the XML reader for \(source.entry.name)") }
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let me = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
            guard me.parseError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingTrailingWhitespace ?? "malformed XML"
            me.parseError = "line \(error.pointee.line): \(message)"
        }, context)
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    /// Moves to the next node; false at the end of the document.
    /// - Throws: the stream's error (damaged ZIP entry) or `IngestError` for malformed XML.
    func next() throws -> Bool {
        let status = xmlTextReaderRead(reader)
        if let sourceError { throw sourceError }
        if status == 1 { return true }
        if status == 0 {
            if let parseError { throw IngestError(line: 0, message: "the Excel file's part \(source.entry.name) is not well-formed XML (\(parseError))") }
            return false
        }
        throw IngestError(line: 0, message: "the Excel file's part \(source.entry.name) is not well-formed XML (\(parseError ?? "unreadable"))")
    }

    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    var depth: Int32 { xmlTextReaderDepth(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The node's local name (without a namespace prefix: `x:row` is `row`).
    var localName: UnsafePointer<UInt8>? { xmlTextReaderConstLocalName(reader) }

    /// A text node's bytes (entities and character references already decoded).
    var value: UnsafeRawBufferPointer {
        guard let p = xmlTextReaderConstValue(reader) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)))
    }

    /// Whether the current node is named `name` (local name, ASCII).
    @inline(__always)
    func isNamed(_ name: StaticString) -> Bool {
        guard let local = localName else { return false }
        return XMLStreamReader.equal(local, name)
    }

    @inline(__always)
    static func equal(_ p: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        let q = name.utf8Start
        for i in 0..<n where p[i] != q[i] { return false }
        return p[n] == 0
    }

    /// Calls `body` with each attribute's local name and value bytes, then returns to the element.
    @inline(__always)
    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard let name = xmlTextReaderConstLocalName(reader) else { continue }
            try body(name, value)
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// One attribute's value as a String (for the small parts: workbook, relationships, styles).
    func attribute(_ name: StaticString) -> String? {
        var found: String?
        forEachAttribute { attributeName, value in
            if found == nil, XMLStreamReader.equal(attributeName, name) { found = String(decoding: value, as: UTF8.self) }
        }
        return found
    }
}

private extension String {
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
