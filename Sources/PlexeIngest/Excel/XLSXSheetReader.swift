#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one cell of a sheet holds, by its type attribute and its style.
enum XLSXCellKind: UInt8 {
    case integer, float, boolean, date, datetime, string
    /// An error value (`#N/A`, `#DIV/0!`…): loaded as NULL, counted in a warning.
    case error
}

/// The rows parsed from the sheet's latest chunk and not yet handed out: flat arrays for all
/// of them (no object per row or cell), reused chunk after chunk.
struct XLSXRowStore {
    /// Per row: its 1-based sheet row number and its cells (a row still being parsed has
    /// cells after the last row's end).
    fileprivate(set) var numbers: [Int] = []
    fileprivate(set) var firstCells: [Int] = []
    fileprivate(set) var endCells: [Int] = []
    /// Per cell: column (0-based), kind, and text in `text`.
    fileprivate(set) var columns: [Int] = []
    fileprivate(set) var kinds: [XLSXCellKind] = []
    fileprivate(set) var starts: [Int] = []
    fileprivate(set) var lengths: [Int] = []
    fileprivate(set) var text: [UInt8] = []

    fileprivate mutating func append(column: Int, kind: XLSXCellKind, _ bytes: UnsafeRawBufferPointer) {
        columns.append(column)
        kinds.append(kind)
        starts.append(text.count)
        lengths.append(bytes.count)
        text.append(contentsOf: bytes)
    }

    fileprivate mutating func append(column: Int, kind: XLSXCellKind, maxBytes: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        let start = text.count
        text.append(contentsOf: repeatElement(0, count: maxBytes))
        let used = text.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
        text.removeLast(maxBytes - used)
        columns.append(column)
        kinds.append(kind)
        starts.append(start)
        lengths.append(used)
    }

    /// Forgets the handed-out rows, keeping the cells from `keptCell` on (a row still open).
    fileprivate mutating func discardRows(keepingCellsFrom keptCell: Int) {
        let keptText = keptCell < columns.count ? starts[keptCell] : text.count
        numbers.removeAll(keepingCapacity: true)
        firstCells.removeAll(keepingCapacity: true)
        endCells.removeAll(keepingCapacity: true)
        columns.removeFirst(keptCell)
        kinds.removeFirst(keptCell)
        lengths.removeFirst(keptCell)
        starts.removeFirst(keptCell)
        for i in starts.indices { starts[i] -= keptText }
        text.removeFirst(keptText)
    }
}

/// One row of a sheet, as `XLSXSheetReader.nextRow` hands it out: its non-empty cells, in the
/// order written, with their text. Valid until the next `nextRow`.
struct XLSXRow {
    fileprivate let store: UnsafeMutablePointer<XLSXRowStore>
    fileprivate let index: Int

    /// The 1-based row number in the sheet (Excel's row label).
    var number: Int { store.pointee.numbers[index] }

    /// The row's cells, as indexes for `column`, `kind`, `start` and `length`.
    var cells: Range<Int> { store.pointee.firstCells[index]..<store.pointee.endCells[index] }

    func column(_ cell: Int) -> Int { store.pointee.columns[cell] }
    func kind(_ cell: Int) -> XLSXCellKind { store.pointee.kinds[cell] }
    func start(_ cell: Int) -> Int { store.pointee.starts[cell] }
    func length(_ cell: Int) -> Int { store.pointee.lengths[cell] }

    /// Calls `body` with the text arena (cell `i`'s text is `start(i)..<start(i) + length(i)`).
    func withArena<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try store.pointee.text.withUnsafeBytes(body)
    }

    /// Calls `body` with every cell's column, kind and text (valid only during the call).
    func withCells(_ body: (_ column: Int, _ kind: XLSXCellKind, _ text: UnsafeRawBufferPointer) throws -> Void) rethrows {
        let cells = self.cells
        try withArena { arena in
            for i in cells {
                let start = store.pointee.starts[i]
                try body(
                    store.pointee.columns[i], store.pointee.kinds[i],
                    UnsafeRawBufferPointer(rebasing: arena[start..<(start + store.pointee.lengths[i])]))
            }
        }
    }
}

/// Streams a worksheet's rows (`sheetData/row/c`), resolving each cell to its kind and text:
///
///     t="s"          shared string (by index)         → string
///     t="inlineStr"  <is><t>…</t></is> (rich runs joined, phonetic runs left out) → string
///     t="str"        a formula's text result          → string
///     t="b"          1 / 0                            → boolean (`TRUE` / `FALSE`)
///     t="e"          #N/A, #DIV/0!…                   → error (NULL)
///     t="d"          ISO 8601 text                    → date / datetime
///     t="n" or none  a number: with a date or time number format (the cell style's, see
///                    `XLSXWorkbook.NumberFormatKind`) a serial day count in the workbook's
///                    1900 or 1904 system → date / datetime (`HH:MM:SS` text for a time of day
///                    alone); else integer when written without `.`/exponent, float otherwise
///
/// Empty cells (no value, or an empty string) are left out; a cell without a reference takes
/// the column after the previous one, a row without a number the row after the previous one.
/// Rows without any value are skipped. The XML is parsed a 64 KiB chunk at a time
/// (`XMLEventParser`); memory is the rows of one chunk.
final class XLSXSheetReader: XMLEventHandler {
    private let stream: ZipEntryStream
    private var parser: XMLEventParser!
    private let workbook: XLSXWorkbook
    private let sharedStrings: SharedStringTable

    /// The 1900 system's serial of 1970-01-01, and the 1904 system's.
    private static let unixEpoch1900: Int64 = 25_569
    private static let unixEpoch1904: Int64 = 24_107

    /// Where the parse is: inside which elements, and the cell being read. Behind a pointer,
    /// with the row store: these are touched for every node of the sheet, and stored
    /// properties of a class would each pay a dynamic exclusivity check.
    private struct State {
        var handedOut = 0
        var parsedAll = false
        var sheetDataEnded = false
        var rowNumber = 0
        var rowFirstCell = 0
        var inRow = false
        var inCell = false
        var inValue = false
        var inInlineString = false
        var inPhonetic = false
        var inText = false
        var cellColumn = -1
        var cellType: CellType = .number
        var cellStyle = 0
        var cellHasValue = false
        var cellText: [UInt8] = []
    }

    private let state: UnsafeMutablePointer<State>
    private let store: UnsafeMutablePointer<XLSXRowStore>

    init(archive: ZipArchive, workbook: XLSXWorkbook, sharedStrings: SharedStringTable) throws {
        guard let entry = archive.entry(workbook.sheetPath) else {
            throw IngestError(line: 0, message: "the Excel workbook has no part \(workbook.sheetPath) for its sheet '\(workbook.sheetName)'")
        }
        stream = try archive.open(entry)
        self.workbook = workbook
        self.sharedStrings = sharedStrings
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        store = .allocate(capacity: 1)
        store.initialize(to: XLSXRowStore())
        parser = try XMLEventParser(stream, handler: self)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
        store.deinitialize(count: 1)
        store.deallocate()
    }

    /// Compressed bytes of the sheet read so far, and in all (for progress).
    var bytesRead: Int64 { stream.compressedBytesRead }
    var totalBytes: Int64 { stream.entry.compressedSize }

    /// The next row that holds at least one value; nil at the sheet's end.
    func nextRow() throws -> XLSXRow? {
        while true {
            if state.pointee.handedOut < store.pointee.numbers.count {
                defer { state.pointee.handedOut += 1 }
                return XLSXRow(store: store, index: state.pointee.handedOut)
            }
            if state.pointee.parsedAll || state.pointee.sheetDataEnded { return nil }
            let open = state.pointee.inRow ? state.pointee.rowFirstCell : store.pointee.columns.count
            store.pointee.discardRows(keepingCellsFrom: open)
            state.pointee.rowFirstCell = 0
            state.pointee.handedOut = 0
            if try !parser.feed() { state.pointee.parsedAll = true }
        }
    }

    // MARK: Events

    func startElement(_ name: UnsafePointer<UInt8>, _ attributes: XMLAttributes) throws {
        guard !state.pointee.sheetDataEnded else { return }
        switch name[0] {
        case 0x63 where name[1] == 0:  // c
            guard state.pointee.inRow else { return }
            state.pointee.cellColumn = -1
            state.pointee.cellType = .number
            state.pointee.cellStyle = 0
            attributes.forEach { attribute, value in
                guard attribute[1] == 0 else { return }  // r, t, s: one-letter names
                switch attribute[0] {
                case 0x72: state.pointee.cellColumn = XLSXSheetReader.column(of: value) ?? -1  // r
                case 0x74: state.pointee.cellType = CellType(value)  // t
                case 0x73: state.pointee.cellStyle = Int(DecimalParsing.int64(value) ?? 0)  // s
                default: break
                }
            }
            if state.pointee.cellColumn < 0 {
                let cellCount = store.pointee.columns.count
                state.pointee.cellColumn = cellCount > state.pointee.rowFirstCell ? store.pointee.columns[cellCount - 1] + 1 : 0
            }
            state.pointee.cellHasValue = false
            state.pointee.cellText.removeAll(keepingCapacity: true)
            state.pointee.inCell = true
        case 0x76 where name[1] == 0:  // v
            guard state.pointee.inCell else { return }
            state.pointee.cellHasValue = true
            state.pointee.inValue = true
        case 0x74 where name[1] == 0:  // t
            state.pointee.inText = state.pointee.inInlineString && !state.pointee.inPhonetic
        default:
            if XMLEventParser.equal(name, "row") {
                var number = 0
                attributes.forEach { attribute, value in
                    if attribute[0] == 0x72 && attribute[1] == 0 { number = Int(DecimalParsing.int64(value) ?? 0) }
                }
                if number <= 0 { number = state.pointee.rowNumber + 1 }
                state.pointee.rowNumber = number
                state.pointee.rowFirstCell = store.pointee.columns.count
                state.pointee.inRow = true
            } else if XMLEventParser.equal(name, "is") {
                guard state.pointee.inCell else { return }
                state.pointee.cellHasValue = true
                state.pointee.inInlineString = true
            } else if XMLEventParser.equal(name, "rPh") {
                state.pointee.inPhonetic = true
            }
        }
    }

    func endElement(_ name: UnsafePointer<UInt8>) throws {
        guard !state.pointee.sheetDataEnded else { return }
        switch name[0] {
        case 0x63 where name[1] == 0:  // c
            if state.pointee.inCell { try finishCell() }
            state.pointee.inCell = false
        case 0x76 where name[1] == 0:  // v
            state.pointee.inValue = false
        case 0x74 where name[1] == 0:  // t
            state.pointee.inText = false
        default:
            if XMLEventParser.equal(name, "row") {
                guard state.pointee.inRow else { return }
                state.pointee.inRow = false
                if store.pointee.columns.count > state.pointee.rowFirstCell {
                    store.pointee.numbers.append(state.pointee.rowNumber)
                    store.pointee.firstCells.append(state.pointee.rowFirstCell)
                    store.pointee.endCells.append(store.pointee.columns.count)
                }
            } else if XMLEventParser.equal(name, "is") {
                state.pointee.inInlineString = false
            } else if XMLEventParser.equal(name, "rPh") {
                state.pointee.inPhonetic = false
            } else if XMLEventParser.equal(name, "sheetData") {
                state.pointee.sheetDataEnded = true
            }
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) throws {
        if state.pointee.inValue || state.pointee.inText { state.pointee.cellText.append(contentsOf: text) }
    }

    /// A cell's `t` attribute.
    private enum CellType {
        case number, sharedString, formulaString, inlineString, boolean, error, isoDate

        init(_ text: UnsafeRawBufferPointer) {
            func equals(_ literal: StaticString) -> Bool {
                text.count == literal.utf8CodeUnitCount && memcmp(text.baseAddress!, literal.utf8Start, text.count) == 0
            }
            if equals("s") {
                self = .sharedString
            } else if equals("str") {
                self = .formulaString
            } else if equals("inlineStr") {
                self = .inlineString
            } else if equals("b") {
                self = .boolean
            } else if equals("e") {
                self = .error
            } else if equals("d") {
                self = .isoDate
            } else {
                self = .number
            }
        }
    }

    /// The 0-based column of a cell reference such as `C5` or `AB12`; nil if it has no letters.
    static func column(of reference: UnsafeRawBufferPointer) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference {
            let upper = byte & ~0x20
            guard upper >= 0x41 && upper <= 0x5A else { break }
            column = column * 26 + Int(upper - 0x40)
            letters += 1
            guard letters <= 3 else { return nil }  // XFD is the last column
        }
        return letters == 0 ? nil : column - 1
    }

    // MARK: Cell values

    private func finishCell() throws {
        guard state.pointee.cellHasValue else { return }
        let column = state.pointee.cellColumn
        switch state.pointee.cellType {
        case .sharedString:
            guard let index = state.pointee.cellText.withUnsafeBytes({ DecimalParsing.int64($0) }), let text = sharedStrings.string(Int(index)) else {
                throw IngestError(line: state.pointee.rowNumber, message: "a cell refers to a shared string the workbook does not have")
            }
            if text.count > 0 { store.pointee.append(column: column, kind: .string, text) }
        case .formulaString, .inlineString:
            let text = XLSXText.unescape(state.pointee.cellText)
            if !text.isEmpty { text.withUnsafeBytes { store.pointee.append(column: column, kind: .string, $0) } }
        case .boolean:
            let truth = state.pointee.cellText.first == 0x31 || state.pointee.cellText.first == 0x74 || state.pointee.cellText.first == 0x54
            truth ? appendASCII("TRUE", column: column, kind: .boolean) : appendASCII("FALSE", column: column, kind: .boolean)
        case .error:
            state.pointee.cellText.withUnsafeBytes { store.pointee.append(column: column, kind: .error, $0) }
        case .isoDate:
            appendISODate(column: column)
        case .number:
            appendNumber(column: column)
        }
    }

    private func appendASCII(_ text: StaticString, column: Int, kind: XLSXCellKind) {
        store.pointee.append(column: column, kind: kind, UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func appendNumber(column: Int) {
        // Trim what a hand-written file may put around the number.
        var start = 0
        var end = state.pointee.cellText.count
        while start < end
            && (state.pointee.cellText[start] == 0x20 || state.pointee.cellText[start] == 0x0A || state.pointee.cellText[start] == 0x0D
                || state.pointee.cellText[start] == 0x09)
        { start += 1 }
        while end > start
            && (state.pointee.cellText[end - 1] == 0x20 || state.pointee.cellText[end - 1] == 0x0A || state.pointee.cellText[end - 1] == 0x0D
                || state.pointee.cellText[end - 1] == 0x09)
        { end -= 1 }
        guard end > start else { return }
        state.pointee.cellText.withUnsafeBytes { all in
            let text = UnsafeRawBufferPointer(rebasing: all[start..<end])
            let style = state.pointee.cellStyle < workbook.styleKinds.count ? workbook.styleKinds[state.pointee.cellStyle] : .number
            if style != .number && style != .duration, let serial = DecimalParsing.double(text), serial.isFinite,
                appendSerial(serial, style: style, column: column)
            {
                return
            }
            let isIntegerText = !text.contains(where: { $0 == 0x2E || $0 | 0x20 == 0x65 })
            if isIntegerText, DecimalParsing.int64(text) != nil {
                store.pointee.append(column: column, kind: .integer, text)
            } else if let value = DecimalParsing.double(text), value.isFinite {
                store.pointee.append(column: column, kind: .float, text)
            } else {
                store.pointee.append(column: column, kind: .string, text)
            }
        }
    }

    /// A serial day count as a date, datetime or time of day, as openpyxl's `from_excel` reads
    /// it: the fraction of a day rounded to milliseconds; a value in [0, 1) is a time of day
    /// (in the 1900 system, whose day 0 is no real date; in the 1904 system day 0 is
    /// 1904-01-01, so there only a time format makes it a time, where openpyxl would still say
    /// 00:00); in the 1900 system serials below 60 are shifted by a day (Excel counts a
    /// 1900-02-29 that never was). False when the date falls outside the years 0000–9999.
    private func appendSerial(_ serial: Double, style: XLSXWorkbook.NumberFormatKind, column: Int) -> Bool {
        guard abs(serial) < 1e7 else { return false }
        var day = serial.rounded(.down)
        var milliseconds = Int64(((serial - day) * 86_400_000).rounded(.toNearestOrEven))
        if milliseconds >= 86_400_000 {
            day += 1
            milliseconds -= 86_400_000
        }
        let secondOfDay = Int(milliseconds / 1000)
        let fraction = milliseconds % 1000
        let isTimeOfDay = serial >= 0 && serial < 1 && day == 0 && (style == .time || !workbook.uses1904DateSystem)
        if isTimeOfDay {
            store.pointee.append(column: column, kind: .string, maxBytes: 12) {
                ValueText.writeTime(secondOfDay: secondOfDay, fraction: fraction, fractionDigits: 3, to: $0)
            }
            return true
        }
        if serial > 0 && serial < 60 && !workbook.uses1904DateSystem { day += 1 }
        let days = Int64(day) - (workbook.uses1904DateSystem ? XLSXSheetReader.unixEpoch1904 : XLSXSheetReader.unixEpoch1900)
        guard days >= ValueText.firstWritableDay, days <= ValueText.lastWritableDay else { return false }
        if style == .date && milliseconds == 0 {
            store.pointee.append(column: column, kind: .date, maxBytes: 10) { ValueText.writeDate(days: days, to: $0) }
        } else {
            store.pointee.append(column: column, kind: .datetime, maxBytes: 24) {
                ValueText.writeDatetime(days: days, secondOfDay: secondOfDay, fraction: fraction, fractionDigits: 3, utc: false, to: $0)
            }
        }
        return true
    }

    /// `t="d"`: an ISO 8601 date or datetime as text (written by strict OOXML and some tools).
    private func appendISODate(column: Int) {
        state.pointee.cellText.withUnsafeBytes { text in
            guard text.count > 0 else { return }
            let p = text.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let startsWithDate = text.count >= 10 && p[4] == 0x2D && p[7] == 0x2D && ValueClass.isDate(p)
            if startsWithDate && text.count == 10 {
                store.pointee.append(column: column, kind: .date, text)
            } else if startsWithDate && text.count >= 19 && p[10] == 0x54 && p[13] == 0x3A && p[16] == 0x3A {
                store.pointee.append(column: column, kind: .datetime, text)
            } else {
                store.pointee.append(column: column, kind: .string, text)
            }
        }
    }
}
