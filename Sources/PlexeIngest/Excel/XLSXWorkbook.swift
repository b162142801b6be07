/// What an .xlsx workbook says about its first sheet before any cell is read (ECMA-376 part 1,
/// SpreadsheetML): where the sheet's XML is, the shared strings and styles parts, the date
/// system (1900 or 1904), and which cell styles show numbers as dates or times.
struct XLSXWorkbook: Sendable {
    /// The first sheet in the workbook's order (what Excel shows first, and what pandas'
    /// `read_excel` and openpyxl's `worksheets[0]` read).
    let sheetName: String
    let sheetPath: String
    let sheetNames: [String]
    /// `workbookPr date1904`: serial 0 is 1904-01-01 instead of 1899-12-30.
    let uses1904DateSystem: Bool
    let sharedStringsPath: String?
    /// Per cell style (`s` attribute, an index into `cellXfs`): how its number format shows a number.
    let styleKinds: [NumberFormatKind]

    /// How a number format shows a number (decided as openpyxl's `is_date_format` does).
    enum NumberFormatKind: Sendable, Equatable {
        case number
        /// Days only (`yyyy-mm-dd`, builtin 14–17): a date, or a datetime when the serial has a time.
        case date
        /// Days and a time of day (`m/d/yyyy h:mm`, builtin 22).
        case datetime
        /// A time of day only (`h:mm:ss`, builtin 18–21, 45, 47).
        case time
        /// Elapsed time (`[h]:mm:ss`, builtin 46): kept as the number of days.
        case duration
    }

    static func load(_ archive: ZipArchive) throws -> XLSXWorkbook {
        let workbookPath = try officeDocumentPath(archive)
        guard let workbookEntry = archive.entry(workbookPath) else {
            throw IngestError(line: 0, message: "the file is not an Excel workbook (it has no \(workbookPath))")
        }
        // workbook.xml: the date system and the sheets in order.
        var uses1904 = false
        var sheets: [(name: String, relationship: String)] = []
        try parse(archive, workbookEntry) { name, attributes in
            if XMLEventParser.equal(name, "workbookPr") {
                let flag = attributes.string("date1904")?.lowercased()
                uses1904 = flag == "1" || flag == "true"
            } else if XMLEventParser.equal(name, "sheet") {
                sheets.append((attributes.string("name") ?? "", attributes.string("id") ?? ""))
            }
        }
        guard let first = sheets.first else { throw IngestError(line: 0, message: "the Excel workbook has no sheets") }

        // The workbook's relationships: the sheet's part, shared strings, styles.
        let relationships = try relationships(of: workbookPath, in: archive)
        guard let sheetPath = relationships.first(where: { $0.id == first.relationship })?.target else {
            throw IngestError(line: 0, message: "the Excel workbook does not say where its sheet '\(first.name)' is")
        }
        func part(endingWith type: String, default fallback: String) -> String? {
            if let target = relationships.first(where: { $0.type.hasSuffix(type) })?.target, archive.entry(target) != nil { return target }
            return archive.entry(fallback) != nil ? fallback : nil
        }
        let sharedStrings = part(endingWith: "/sharedStrings", default: "xl/sharedStrings.xml")
        let styles = part(endingWith: "/styles", default: "xl/styles.xml")
        let styleKinds = try styles.flatMap { archive.entry($0) }.map { try parseStyles(archive, $0) } ?? []
        return XLSXWorkbook(
            sheetName: first.name, sheetPath: sheetPath, sheetNames: sheets.map(\.name),
            uses1904DateSystem: uses1904, sharedStringsPath: sharedStrings, styleKinds: styleKinds)
    }

    /// The workbook part: `xl/workbook.xml` as Excel writes it, else what `_rels/.rels` names.
    private static func officeDocumentPath(_ archive: ZipArchive) throws -> String {
        if archive.entry("xl/workbook.xml") != nil { return "xl/workbook.xml" }
        let relationships = try relationships(of: "", in: archive)
        if let target = relationships.first(where: { $0.type.hasSuffix("/officeDocument") })?.target { return target }
        return "xl/workbook.xml"
    }

    private struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    /// The relationships of the part at `path` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`),
    /// targets resolved to archive paths.
    private static func relationships(of path: String, in archive: ZipArchive) throws -> [Relationship] {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
        guard let entry = archive.entry(relsPath) else { return [] }
        var result: [Relationship] = []
        try parse(archive, entry) { name, attributes in
            guard XMLEventParser.equal(name, "Relationship"), attributes.string("TargetMode") != "External",
                let target = attributes.string("Target")
            else { return }
            result.append(
                Relationship(
                    id: attributes.string("Id") ?? "", type: attributes.string("Type") ?? "",
                    target: resolve(target, relativeTo: directory)))
        }
        return result
    }

    /// Calls `start` for every element of a small part (and `end` for every end of one).
    private static func parse(
        _ archive: ZipArchive, _ entry: ZipArchive.Entry,
        start: @escaping (UnsafePointer<UInt8>, XMLAttributes) throws -> Void,
        end: @escaping (UnsafePointer<UInt8>) -> Void = { _ in }
    ) throws {
        let visitor = ElementVisitor(start: start, end: end)
        try XMLEventParser(archive.open(entry), handler: visitor).parseAll()
    }

    private final class ElementVisitor: XMLEventHandler {
        let start: (UnsafePointer<UInt8>, XMLAttributes) throws -> Void
        let end: (UnsafePointer<UInt8>) -> Void

        init(start: @escaping (UnsafePointer<UInt8>, XMLAttributes) throws -> Void, end: @escaping (UnsafePointer<UInt8>) -> Void) {
            self.start = start
            self.end = end
        }

        func startElement(_ name: UnsafePointer<UInt8>, _ attributes: XMLAttributes) throws { try start(name, attributes) }
        func endElement(_ name: UnsafePointer<UInt8>) throws { end(name) }
        func characters(_ text: UnsafeRawBufferPointer) throws {}
    }

    /// An archive path from a relationship target (`worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`,
    /// `../xl/…`).
    static func resolve(_ target: String, relativeTo directory: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: Styles

    /// `cellXfs`' number formats, classified.
    private static func parseStyles(_ archive: ZipArchive, _ entry: ZipArchive.Entry) throws -> [NumberFormatKind] {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        try parse(
            archive, entry,
            start: { name, attributes in
                if XMLEventParser.equal(name, "numFmt") {
                    if let id = attributes.string("numFmtId").flatMap(Int.init), let code = attributes.string("formatCode") {
                        customFormats[id] = code
                    }
                } else if XMLEventParser.equal(name, "cellXfs") {
                    inCellXfs = true
                } else if inCellXfs && XMLEventParser.equal(name, "xf") {
                    formatIDs.append(attributes.string("numFmtId").flatMap(Int.init) ?? 0)
                }
            },
            end: { name in
                if XMLEventParser.equal(name, "cellXfs") { inCellXfs = false }
            })
        return formatIDs.map { id in
            if let code = customFormats[id] { return classify(formatCode: code) }
            return builtinKind(id)
        }
    }

    /// Excel's builtin formats that show dates and times (ECMA-376 part 1, 18.8.30), with the
    /// East Asian locales' date formats (27–36, 50–58) as dates.
    static func builtinKind(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 22: return .datetime
        case 18...21, 32, 33, 45, 47: return .time
        case 46: return .duration
        default: return .number
        }
    }

    /// A custom format code, read as openpyxl's `is_date_format` reads it: only the first
    /// section (before `;`) counts; quoted text, escaped characters (`\x`), spacing (`_x`),
    /// fills (`*x`) and bracketed parts other than elapsed-time ones (`[Red]`, `[$-409]`) are
    /// ignored; then any of `d m y h s` makes it a date/time format. Days or years (or months
    /// without hours and seconds) make it a date, hours or seconds (or AM/PM) a time, both a
    /// datetime; `[h]`, `[m]`, `[s]` an elapsed time.
    static func classify(formatCode: String) -> NumberFormatKind {
        let code = Array(formatCode.utf8)
        var kept: [UInt8] = []
        var isElapsed = false
        var i = 0
        while i < code.count {
            let c = code[i]
            if c == UInt8(ascii: ";") { break }
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                while i < code.count && code[i] != UInt8(ascii: "\"") { i += 1 }
                i += 1
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 2
            case UInt8(ascii: "["):
                var j = i + 1
                while j < code.count && code[j] != UInt8(ascii: "]") { j += 1 }
                let inside = code[(i + 1)..<min(j, code.count)].map { $0 | 0x20 }
                if !inside.isEmpty, inside.count <= 2, inside.allSatisfy({ $0 == inside[0] }),
                    [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(inside[0])
                {
                    isElapsed = true
                }
                i = j + 1
            default:
                kept.append(c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0))
                i += 1
            }
        }
        if isElapsed { return .duration }
        let hasDays = kept.contains(UInt8(ascii: "d")) || kept.contains(UInt8(ascii: "y"))
        let hasHoursOrSeconds = kept.contains(UInt8(ascii: "h")) || kept.contains(UInt8(ascii: "s"))
        let hasMonths = kept.contains(UInt8(ascii: "m"))
        let text = String(decoding: kept, as: UTF8.self)
        let hasMeridiem = text.contains("am/pm") || text.contains("a/p")
        let isDate = hasDays || (hasMonths && !hasHoursOrSeconds && !hasMeridiem)
        let isTime = hasHoursOrSeconds || hasMeridiem
        switch (isDate, isTime) {
        case (true, true): return .datetime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }
}
