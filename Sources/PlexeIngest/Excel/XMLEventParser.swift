import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an XML part's parse reports: elements (by local name, so `x:row` is `row`) with their
/// attributes, and text. The pointers are valid only during the call.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: UnsafePointer<UInt8>, _ attributes: XMLAttributes) throws
    func endElement(_ name: UnsafePointer<UInt8>) throws
    func characters(_ text: UnsafeRawBufferPointer) throws
}

/// An element's attributes as libxml2's SAX2 hands them over: per attribute its local name,
/// prefix, namespace and the value's start and end.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// Calls `body` with each attribute's local name and value.
    @inline(__always)
    func forEach(_ body: (UnsafePointer<UInt8>, UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard let base else { return }
        for i in 0..<count {
            guard let name = base[5 * i], let start = base[5 * i + 3], let end = base[5 * i + 4] else { continue }
            try body(name, UnsafeRawBufferPointer(start: start, count: end - start))
        }
    }

    /// One attribute's value as a String (for the small parts: workbook, relationships, styles).
    func string(_ name: StaticString) -> String? {
        var found: String?
        forEach { attribute, value in
            if found == nil, XMLEventParser.equal(attribute, name) { found = String(decoding: value, as: UTF8.self) }
        }
        return found
    }
}

/// Parses one XML part of a ZIP archive with libxml2's SAX2 push parser, fed from the entry's
/// decompressing stream a chunk at a time.
///
/// Why libxml2: a streaming parser that is widely used and kept up to date by Debian. Why its
/// SAX2 interface rather than the xmlTextReader: the reader builds and frees a tree node for
/// every element, which was half the time of reading a sheet; SAX2 hands over names and
/// attribute values as pointers into its buffer, no node, no copy. Memory is the chunk and
/// the names dictionary, whatever the part's size. Only the five predefined entities and
/// character references are expanded: no handler records a DTD's entity declarations, and
/// `XML_PARSE_NONET` keeps anything external out, so a hostile part cannot expand entities or
/// reach out.
///
/// Pull, for callers that want rows one at a time: `feed()` parses the next chunk (the handler
/// queues what it completed) and says whether there is more.
final class XMLEventParser {
    private let source: ZipEntryStream
    private unowned let handler: any XMLEventHandler
    private var context: xmlParserCtxtPtr?
    private var handlerError: (any Error)?
    private var parseError: String?
    private var finished = false
    private let chunk: UnsafeMutablePointer<CChar>
    static let chunkSize = 1 << 16

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    init(_ source: ZipEntryStream, handler: any XMLEventHandler) throws {
        _ = XMLEventParser.initialized
        self.source = source
        self.handler = handler
        chunk = .allocate(capacity: XMLEventParser.chunkSize)
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            let me = Unmanaged<XMLEventParser>.fromOpaque(context).takeUnretainedValue()
            me.deliver { try me.handler.startElement(localName, XMLAttributes(base: attributes, count: Int(attributeCount))) }
        }
        sax.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            let me = Unmanaged<XMLEventParser>.fromOpaque(context).takeUnretainedValue()
            me.deliver { try me.handler.endElement(localName) }
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let context, let text, length > 0 else { return }
            let me = Unmanaged<XMLEventParser>.fromOpaque(context).takeUnretainedValue()
            me.deliver { try me.handler.characters(UnsafeRawBufferPointer(start: text, count: Int(length))) }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.serror = { context, error in
            guard let context, let error else { return }
            let me = Unmanaged<XMLEventParser>.fromOpaque(context).takeUnretainedValue()
            guard me.parseError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            while message.last?.isWhitespace == true { message.removeLast() }
            me.parseError = "line \(error.pointee.line): \(message)"
        }
        let userData = Unmanaged.passUnretained(self).toOpaque()
        context = xmlCreatePushParserCtxt(&sax, userData, nil, 0, source.entry.name)
        guard let context else {
            chunk.deallocate()
            throw IngestError(line: 0, message: "cannot start the XML parser for \(source.entry.name)")
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue))
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        chunk.deallocate()
    }

    /// Runs a handler call unless an earlier one failed; a failure stops the parser.
    @inline(__always)
    private func deliver(_ call: () throws -> Void) {
        guard handlerError == nil else { return }
        do {
            try call()
        } catch {
            handlerError = error
            xmlStopParser(context)
        }
    }

    /// Parses the next chunk of the part; false once the whole part has been parsed.
    /// - Throws: the handler's error, the stream's (a damaged entry), or `IngestError` for
    ///   malformed XML.
    func feed() throws -> Bool {
        guard !finished else { return false }
        let count = try source.read(into: UnsafeMutableRawPointer(chunk), count: XMLEventParser.chunkSize)
        let isLast = count == 0
        let status = xmlParseChunk(context, chunk, Int32(count), isLast ? 1 : 0)
        if let handlerError { throw handlerError }
        if status != 0 || parseError != nil {
            throw IngestError(
                line: 0, message: "the Excel file's part \(source.entry.name) is not well-formed XML (\(parseError ?? "error \(status)"))")
        }
        finished = isLast
        return !isLast
    }

    /// Parses the whole part.
    func parseAll() throws {
        while try feed() {}
    }

    /// Whether the NUL-terminated name at `p` is `name` (ASCII).
    @inline(__always)
    static func equal(_ p: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        let q = name.utf8Start
        for i in 0..<n where p[i] != q[i] { return false }
        return p[n] == 0
    }
}
