import Foundation
import PlexeFoundation
import Testing

@testable import PlexeIngest

/// Excel workbooks as openpyxl writes them, and hand-written ones for what openpyxl never
/// writes (inline strings, rich text, formula strings, ISO date cells, escapes, prefixed
/// namespaces, cells and rows without references).
@Suite("Excel .xlsx ingest")
struct XLSXIngestTests {
    /// Runs `script` with the workbook's path as `sys.argv[1]`; returns the file's bytes.
    static func workbook(_ script: String) throws -> [UInt8] {
        let directory = try TemporaryFile(bytes: [], name: "placeholder")
        let path = directory.directory + "/book.xlsx"
        try PythonFixtures.run(script, arguments: [path])
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func ingest(_ bytes: [UInt8], name: String = "book.xlsx", options: IngestOptions = .detect) throws -> Ingested {
        let file = try TemporaryFile(bytes: bytes, name: name)
        let database = try SQLiteDatabase(path: file.directory + "/upload.db")
        let result = try FileIngestor.ingest(path: file.path, filename: name, tableName: "book", into: database, options: options)
        return Ingested(file: file, database: database, result: result)
    }

    static let openpyxlBook = #"""
        import sys, datetime, openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "People"
        ws.append(["id", "name", "score", "active", "born", "seen", "mixed", "note\nwrapped"])
        ws.append([1, "Ann", 2.5, True, datetime.date(1990, 5, 17), datetime.datetime(2024, 1, 5, 13, 45, 30), 5, "x"])
        ws.append([2, "Zoë 王", 3, False, datetime.date(1900, 1, 1), datetime.datetime(2024, 1, 6, 0, 0, 0, 250000), "text", None])
        ws.append([])
        ws.append([3, None, -0.125, None, None, datetime.datetime(1900, 3, 1, 6, 0), True, ""])
        ws["A6"] = 4
        ws["G6"] = 1.5
        ws["C6"] = "#N/A"
        ws.append([5, "Ann", 1e20, True, datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 23, 59, 59), datetime.date(2024, 1, 1), None])
        wb.create_sheet("Other")["A1"] = "not loaded"
        wb.save(sys.argv[1])
        """#

    @Test("openpyxl's workbook: header, shared strings, numbers, booleans, dates, empty cells, sparse rows, errors")
    func openpyxlWorkbook() throws {
        let ingested = try Self.ingest(try Self.workbook(Self.openpyxlBook))
        #expect(ingested.result.format == .xlsx)
        #expect(ingested.result.encoding == nil)
        #expect(ingested.table.columns.map(\.name) == ["id", "name", "score", "active", "born", "seen", "mixed", "note wrapped"])
        #expect(ingested.table.columns.map(\.type) == [.integer, .string, .float, .boolean, .date, .datetime, .string, .string])
        #expect(
            try ingested.rows() == [
                [1, "Ann", 2.5, 1, "1990-05-17", "2024-01-05T13:45:30", "5", "x"],
                [2, "Zoë 王", 3.0, 0, "1900-01-01", "2024-01-06T00:00:00.250", "text", .null],
                [3, .null, -0.125, .null, .null, "1900-03-01T06:00:00", "TRUE", .null],
                [4, .null, .null, .null, .null, .null, "1.5", .null],
                [5, "Ann", 1e20, 1, "2024-02-29", "2024-02-29T23:59:59", "2024-01-01", .null],
            ])
        #expect(ingested.column("id")?.unique == true)
        #expect(ingested.column("name")?.unique == false)
        #expect(ingested.column("score")?.nullCount == 1)
        #expect(ingested.result.warnings.map(\.kind) == ["other_sheets", "cell_errors"])
        #expect(ingested.result.warnings[0].message.contains("'People'"))
        #expect(ingested.result.warnings[1].count == 1)
        #expect(ingested.result.warnings[1].firstLines == [6])
    }

    /// 200 sheets (a workbook of one sheet per month or per store), 30,000 distinct shared
    /// strings among them: the first sheet is the table, the 199 others are one warning, and
    /// their strings go through the spilled shared-string table like any other.
    static let manySheetsBook = #"""
        import sys, openpyxl
        wb = openpyxl.Workbook()
        first = wb.active
        first.title = "Stores"
        first.append(["store", "opened"])
        for i in range(3):
            first.append(["Store %d" % i, 2000 + i])
        for s in range(1, 200):
            ws = wb.create_sheet("Month %03d" % s)
            ws.append(["item", "units"])
            for r in range(150):
                ws.append(["sheet %d item %d" % (s, r), r])
        wb.save(sys.argv[1])
        """#

    @Test("a workbook of 200 sheets loads its first sheet and names the others in one warning")
    func manySheets() throws {
        let ingested = try Self.ingest(try Self.workbook(Self.manySheetsBook))
        #expect(ingested.table.columns.map(\.name) == ["store", "opened"])
        #expect(try ingested.rows() == [["Store 0", 2000], ["Store 1", 2001], ["Store 2", 2002]])
        let warning = try #require(ingested.result.warnings.first { $0.kind == "other_sheets" })
        #expect(warning.count == 199)
        #expect(warning.message.contains("200 sheets") && warning.message.contains("'Stores'"))
    }

    @Test("the 1904 date system gives the same dates")
    func dateSystem1904() throws {
        let bytes = try Self.workbook(
            #"""
            import sys, datetime, openpyxl
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            wb = openpyxl.Workbook()
            wb.epoch = CALENDAR_MAC_1904
            ws = wb.active
            ws.append(["day", "at"])
            ws.append([datetime.date(2024, 3, 15), datetime.datetime(1904, 1, 2, 12, 0)])
            ws.append([datetime.date(1904, 1, 1), datetime.datetime(2030, 12, 31, 23, 0)])
            wb.save(sys.argv[1])
            """#)
        let ingested = try Self.ingest(bytes)
        #expect(ingested.table.columns.map(\.type) == [.date, .datetime])
        #expect(try ingested.rows() == [["2024-03-15", "1904-01-02T12:00:00"], ["1904-01-01", "2030-12-31T23:00:00"]])
    }

    /// A workbook written by hand: what Excel and other tools write and openpyxl does not.
    static let handWritten = #"""
        import sys, zipfile
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook %s><workbookPr/><sheets><sheet name="Data" sheetId="7" r:id="rId3"/></sheets></workbook>' % ns,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/strings.xml": '<?xml version="1.0"?><sst %s count="4" uniqueCount="4"><si><t>kind</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t>line_x000D_\nbreak _x005F_x0041_</t></si><si><t/></si></sst>' % ns,
        "xl/styles.xml": '<?xml version="1.0"?><styleSheet %s><numFmts count="5"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-409]h:mm AM/PM;@"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="167" formatCode="[h]:mm"/><numFmt numFmtId="168" formatCode="0.00%%&quot;d&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="14"/></cellXfs></styleSheet>' % ns,
        "xl/worksheets/data.xml": '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
          '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v>formula</x:v></x:c><x:c t="inlineStr"><x:is><x:t>date</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>time</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>stamp</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>hours</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>pct</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>iso</x:t></x:is></x:c></x:row>'
          '<x:row><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c><x:c t="str"><x:v>a &amp; b</x:v></x:c><x:c s="1"><x:v>45306</x:v></x:c><x:c s="2"><x:v>0.75</x:v></x:c><x:c s="3"><x:v>45306.5</x:v></x:c><x:c s="4"><x:v>1.5</x:v></x:c><x:c s="5"><x:v>0.25</x:v></x:c><x:c t="d"><x:v>2024-01-15</x:v></x:c></x:row>'
          '<x:row r="5"><x:c r="B5" t="s"><x:v>2</x:v></x:c><x:c r="C5" t="s"><x:v>3</x:v></x:c><x:c r="E5" s="6"><x:v>59</x:v></x:c><x:c r="F5" s="2"><x:v>0.5</x:v></x:c><x:c r="G5" s="6"><x:v>61.25</x:v></x:c><x:c r="J5" t="d"><x:v>2024-01-15T08:30:00</x:v></x:c></x:row>'
          '<x:row r="6" spans="1:3"><x:c r="B6" s="1"/><x:c r="C6"><x:v></x:v></x:c></x:row>'
          '</x:sheetData></x:worksheet>',
        }
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                z.writestr(name, text)
        """#

    @Test("a hand-written workbook: inline and rich strings, formula text, custom date and time formats, ISO dates, escapes")
    func handWritten() throws {
        let ingested = try Self.ingest(try Self.workbook(Self.handWritten))
        #expect(ingested.table.columns.map(\.name) == ["kind", "inline", "formula", "date", "time", "stamp", "hours", "pct", "iso"])
        #expect(ingested.table.columns.map(\.type) == [.string, .string, .string, .date, .string, .datetime, .float, .float, .datetime])
        #expect(
            try ingested.rows() == [
                ["rich text ", "inline", "a & b", "2024-01-15", "18:00:00", "2024-01-15T12:00:00", 1.5, 0.25, "2024-01-15"],
                ["line\r\nbreak _x0041_", .null, .null, "1900-02-28", "12:00:00", "1900-03-01T06:00:00", .null, .null, "2024-01-15T08:30:00"],
            ])
        #expect(ingested.result.warnings.isEmpty)
    }

    @Test("a sheet of many chunks: rows and cells cut by chunk boundaries, thousands of shared strings")
    func manyChunks() throws {
        let bytes = try Self.workbook(
            #"""
            import sys, zipfile
            ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            rows = 30000
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("xl/workbook.xml", '<workbook %s><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' % ns)
                z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
                z.writestr("xl/sharedStrings.xml", '<sst %s>' % ns + "".join("<si><t>name %d &amp; co</t></si>" % i for i in range(rows)) + "</sst>")
                body = "".join('<row><c><v>%d</v></c><c t="s"><v>%d</v></c><c t="inlineStr"><is><t>%s</t></is></c></row>' % (i, rows - 1 - i, "x" * (i % 97)) for i in range(rows))
                z.writestr("xl/worksheets/sheet1.xml", '<worksheet %s><sheetData><row><c t="inlineStr"><is><t>n</t></is></c><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>pad</t></is></c></row>%s</sheetData></worksheet>' % (ns, body))
            """#)
        let ingested = try Self.ingest(bytes)
        #expect(ingested.table.rowCount == 30000)
        #expect(ingested.table.columns.map(\.type) == [.integer, .string, .string])
        #expect(ingested.column("n")?.unique == true && ingested.column("name")?.unique == true)
        let rows = try ingested.rows()
        var wrong = 0
        for (i, row) in rows.enumerated() {
            let pad: SQLiteValue = i % 97 == 0 ? .null : .text(String(repeating: "x", count: i % 97))
            if row != [.integer(Int64(i)), .text("name \(29999 - i) & co"), pad] { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test("header: false names the columns column_1…; skip_rows skips sheet rows before the header")
    func options() throws {
        let bytes = try Self.workbook(
            #"""
            import sys, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append(["Report of 2024"])
            ws.append([])
            ws.append(["a", "b"])
            ws.append([1, 2])
            wb.save(sys.argv[1])
            """#)
        let plain = try Self.ingest(bytes)
        #expect(plain.table.columns.map(\.name) == ["Report of 2024", "column_2"])
        #expect(try plain.rows() == [["a", "b"], ["1", "2"]])
        let skipped = try Self.ingest(bytes, options: IngestOptions(skipRows: 2))
        #expect(skipped.table.columns.map(\.name) == ["a", "b"])
        #expect(try skipped.rows() == [[1, 2]])
        let headless = try Self.ingest(bytes, options: IngestOptions(header: false, skipRows: 2))
        #expect(headless.table.columns.map(\.name) == ["column_1", "column_2"])
        #expect(try headless.rows() == [["a", "b"], ["1", "2"]])
    }

    @Test("a sheet of a header only is a table without rows; an empty sheet is refused with its name")
    func emptySheets() throws {
        let headerOnly = try Self.ingest(
            try Self.workbook(
                #"""
                import sys, openpyxl
                wb = openpyxl.Workbook()
                wb.active.append(["a", "b"])
                wb.save(sys.argv[1])
                """#))
        #expect(headerOnly.table.rowCount == 0)
        #expect(headerOnly.table.columns.map(\.name) == ["a", "b"])
        let empty = try Self.workbook(
            #"""
            import sys, openpyxl
            wb = openpyxl.Workbook()
            wb.active.title = "Blank"
            wb.save(sys.argv[1])
            """#)
        #expect(ingestError(bytes: empty, name: "blank.xlsx")?.message == "the sheet 'Blank' has no cells with values")
    }

    @Test("signatures: an .xlsx by content whatever its name; other ZIPs and legacy .xls refused with what to do")
    func detection() throws {
        let bytes = try Self.workbook(Self.openpyxlBook)
        let file = try TemporaryFile(bytes: bytes, name: "upload.bin")
        #expect(try FileIngestor.detectFormat(path: file.path, filename: "upload.bin") == .xlsx)
        let zip = try Self.workbook(
            #"""
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("content.xml", "<office/>")
            """#)
        #expect(ingestError(bytes: zip, name: "sheet.ods")?.message.contains("ZIP archive, not a table") == true)
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(ingestError(bytes: ole, name: "old.xls")?.message.contains("legacy Excel 97–2003") == true)
        #expect(ingestError(bytes: Array("id,name\n1,a\n".utf8), name: "fake.xlsx")?.message.contains("damaged") == true)
        // Truncated: the ZIP directory is gone.
        #expect(ingestError(bytes: Array(bytes.prefix(bytes.count / 2)), name: "cut.xlsx")?.message.contains("damaged") == true)
    }

    @Test("a damaged sheet fails with a message, never a crash")
    func damaged() throws {
        let bytes = try Self.workbook(Self.openpyxlBook)
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            var broken = bytes
            broken[position] ^= 0x5A
            _ = ingestError(bytes: broken, name: "b.xlsx")
        }
    }

    @Test("entities declared in a part's DTD are not expanded (no billion laughs); the file fails with the reason")
    func noEntityExpansion() throws {
        let bytes = try Self.workbook(
            #"""
            import sys, zipfile
            ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            dtd = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9)) + ']>'
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("xl/workbook.xml", '<workbook %s><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' % ns)
                z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
                z.writestr("xl/worksheets/sheet1.xml", dtd + '<worksheet %s><sheetData><row><c t="inlineStr"><is><t>h</t></is></c></row><row><c t="inlineStr"><is><t>&j;</t></is></c></row></sheetData></worksheet>' % ns)
            """#)
        let error = ingestError(bytes: bytes, name: "laughs.xlsx")
        #expect(error?.message.contains("not well-formed XML") == true, "\(String(describing: error))")
        #expect(error?.message.contains("'j'") == true, "\(String(describing: error))")
    }

    @Test("custom number formats: dates, times, datetimes, elapsed times and plain numbers")
    func numberFormats() {
        let cases: [(String, XLSXWorkbook.NumberFormatKind)] = [
            ("yyyy-mm-dd", .date), ("dd/mm/yyyy", .date), ("mmm-yy", .date), ("mmmm", .date), ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date),
            ("h:mm", .time), ("hh:mm:ss AM/PM", .time), ("mm:ss", .time), ("yyyy-mm-dd hh:mm:ss", .datetime), ("m/d/yy h:mm", .datetime),
            ("[h]:mm:ss", .duration), ("[mm]:ss", .duration),
            ("General", .number), ("0.00%", .number), ("#,##0.00 \"days\"", .number), ("[Red]0.00", .number), ("0.00E+00", .number),
            ("@", .number), ("_(* #,##0_)", .number), ("0;[Red]-0;\"d\"", .number),
        ]
        for (code, kind) in cases { #expect(XLSXWorkbook.classify(formatCode: code) == kind, "\(code)") }
        #expect(XLSXWorkbook.builtinKind(14) == .date)
        #expect(XLSXWorkbook.builtinKind(22) == .datetime)
        #expect(XLSXWorkbook.builtinKind(21) == .time)
        #expect(XLSXWorkbook.builtinKind(2) == .number)
    }
}
