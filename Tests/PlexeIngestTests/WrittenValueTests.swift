import PlexeFoundation
import Testing

@testable import PlexeIngest

/// Values written the way people write them: local number and date formats, unit signs, yes/no
/// words, null markers (`WrittenValue`, `NullMarker`).
@Suite("Written values")
struct WrittenValueTests {
    /// One column `v` holding `values` (quoted, so that commas stay inside), read back.
    func column(_ values: [String], delimiter: String = ",") throws -> (type: ColumnType?, stored: [SQLiteValue], info: ColumnInfo?) {
        let ingested = try ingest("v\(delimiter)w\n" + values.map { "\"\($0)\"\(delimiter)x" }.joined(separator: "\n") + "\n")
        let stored = try ingested.rows().map { $0[0] }
        return (ingested.column("v")?.type, stored, ingested.column("v"))
    }

    // MARK: Null markers

    @Test("every null marker is NULL and nothing near one is")
    func nullMarkerList() {
        for marker in NullMarker.texts {
            #expect(Array(marker.utf8).withUnsafeBytes { NullMarker.matches($0) }, "\(marker)")
        }
        for text in ["--", "na", "Na", "N/a", "NONE", "none", "nil", "Null", "NAN", "n.a.", "#N/A N/A", "-NA", "NULLS", " NA", "0"] {
            #expect(!Array(text.utf8).withUnsafeBytes { NullMarker.matches($0) }, "\(text)")
        }
    }

    @Test("null markers are NULL in typed and text columns, and do not stop a column being typed")
    func nullMarkersInColumns() throws {
        let ingested = try ingest(
            """
            i,f,d,s,b
            1,1.5,2024-01-05,x,true
            NA,nan,N/A,NULL,None
            -,NaN,null,-,n/a
            4,-nan,#N/A,y,<NA>

            """)
        #expect(ingested.table.columns.map(\.type) == [.integer, .float, .date, .string, .boolean])
        #expect(ingested.table.columns.map(\.nullCount) == [2, 3, 3, 2, 3])
        #expect(
            try ingested.rows() == [
                [1, 1.5, "2024-01-05", "x", 1],
                [.null, .null, .null, .null, .null],
                [.null, .null, .null, .null, .null],
                [4, .null, .null, "y", .null],
            ])
    }

    @Test("repeated null markers do not make a column non-unique, nor count as distinct values")
    func nullMarkersAndUniqueness() throws {
        let ingested = try ingest("id,s\n1,a\nNA,NA\n2,b\nNA,NA\n")
        #expect(ingested.column("id")?.unique == true)
        #expect(ingested.column("s")?.unique == true)
        #expect(ingested.column("s")?.distinctValues == ["a", "b"])
    }

    @Test("a column of nothing but null markers is an all-NULL string column")
    func onlyNullMarkers() throws {
        let result = try column(["NA", "-", "null"])
        #expect(result.type == .string)
        #expect(result.stored == [.null, .null, .null])
        #expect(result.info?.nullCount == 3)
    }

    // MARK: Numbers

    @Test(
        "thousands separators and decimal commas, one style per column",
        arguments: [
            (["1,234", "12,345,678", "999", "-1,000"], ColumnType.integer, [1234, 12_345_678, 999, -1000] as [SQLiteValue]),
            (["1,234.56", "1,000", "7", "0.5"], .float, [1234.56, 1000.0, 7.0, 0.5]),
            (["1.234,56", "999,5", "1.000", "12"], .float, [1234.56, 999.5, 1000.0, 12.0]),
            (["1.234.567", "12.000"], .integer, [1_234_567, 12000]),
            (["1 234,56", "12 345", "0,5"], .float, [1234.56, 12345.0, 0.5]),
            (["1\u{00A0}234,5", "2\u{202F}345\u{202F}678,25"], .float, [1234.5, 2_345_678.25]),
            (["1 234.5", "1 000 000"], .float, [1234.5, 1_000_000.0]),
            (["1'234.50", "12’345"], .float, [1234.5, 12345.0]),
            (["1,5", "2,25", "-0,75", "3"], .float, [1.5, 2.25, -0.75, 3.0]),
            (["1,23", "4,567"], .float, [1.23, 4.567]),
            (["1.234", "2,5"], .float, [1234.0, 2.5]),
            (["1.5", "2.25"], .float, [1.5, 2.25]),
            (["1.234", "5.678"], .float, [1.234, 5.678]),
        ])
    func numberStyles(values: [String], type: ColumnType, stored: [SQLiteValue]) throws {
        let result = try column(values)
        #expect(result.type == type)
        #expect(result.stored == stored)
    }

    @Test(
        "currency and percent signs make a float of the number as written",
        arguments: [
            (["$1,200.50", "$5", "-$3.25", "$-4", "+$1"], [1200.5, 5.0, -3.25, -4.0, 1.0] as [SQLiteValue]),
            (["€5", "5 €", "1.234,56 €", "€ 0,99", "7"], [5.0, 5.0, 1234.56, 0.99, 7.0]),
            (["45%", "-12.5 %", "+3%", "0%", "100"], [45.0, -12.5, 3.0, 0.0, 100.0]),
            (["£3", "£1,000,000"], [3.0, 1_000_000.0]),
            (["¥500", "₹1,00", "₩3", "₽2"], nil),
            (["−5%", "10%"], [-5.0, 10.0]),
        ] as [([String], [SQLiteValue]?)])
    func units(values: [String], stored: [SQLiteValue]?) throws {
        let result = try column(values)
        if let stored {
            #expect(result.type == .float)
            #expect(result.stored == stored)
        } else {
            #expect(result.type == .string)  // several units in one column
        }
    }

    @Test("each currency sign is read, one per column", arguments: ["¥", "₹", "₩", "₽", "£", "€", "$"])
    func eachCurrency(sign: String) throws {
        let result = try column(["\(sign)5", "12 \(sign)"])
        #expect(result.type == .float)
        #expect(result.stored == [5.0, 12.0])
    }

    @Test(
        "what is not a number in any style stays text",
        arguments: [
            ["1,2,3"], ["12,34,567"], ["+44"], ["007"], ["1,234.5.6"], ["1.234.56"], ["0,123,456"], ["$"], ["5$5"], ["$5%"],
            ["1,,5"], ["1,"], [",5"], ["%45"], ["1 2"], ["$1e3"], ["1.5", "2,5"], ["1,5", "1.234,5", "1,234.5"],
            ["$5", "€5"], ["5%", "$5"], ["12345678901234567890,5"], ["1,234,567,890,123,456,789"],
        ])
    func notNumbers(values: [String]) throws {
        #expect(try column(values).type == .string)
    }

    @Test("1,234 alone reads 1234, or 1.234 in a ;-delimited file")
    func ambiguousComma() throws {
        #expect(try column(["1,234", "5,678"]).stored == [1234, 5678])
        let semicolon = try column(["1,234", "5,678"], delimiter: ";")
        #expect(semicolon.type == .float)
        #expect(semicolon.stored == [1.234, 5.678])
        // The dialect decides only between readings the values allow.
        #expect(try column(["1,234.5"], delimiter: ";").stored == [1234.5])
        #expect(try column(["1.234", "5.5"], delimiter: ";").stored == [1.234, 5.5])
    }

    @Test("written numbers keep full precision")
    func precision() throws {
        #expect(try column(["123,456,789,012,345,678.5"]).stored == [123_456_789_012_345_678.5])
        #expect(try column(["123,456,789,012,345,678"]).stored == [123_456_789_012_345_678])
        #expect(try column(["0,1", "0,2"]).stored == [0.1, 0.2])
    }

    // MARK: Dates

    @Test(
        "dates in other orders and with month names, stored as ISO",
        arguments: [
            (["12/31/2023", "01/02/2024", "1/5/2024"], ["2023-12-31", "2024-01-02", "2024-01-05"]),
            (["31.12.2023", "01.02.2024"], ["2023-12-31", "2024-02-01"]),
            (["31-12-2023", "5-1-2024"], ["2023-12-31", "2024-01-05"]),
            (["2023/12/31", "2024.1.5", "2024/02/29"], ["2023-12-31", "2024-01-05", "2024-02-29"]),
            (["03/04/2024", "13/04/2024"], ["2024-04-03", "2024-04-13"]),
            (["03/04/2024", "04/13/2024"], ["2024-03-04", "2024-04-13"]),
            (["2024-01-05", "2024-1-6"], ["2024-01-05", "2024-01-06"]),
            (
                [
                    "Jan 5 2024", "5 January 2024", "January 5, 2024", "05-Jan-2024", "Fri, 5 Jan 2024", "Sept. 3rd, 2024",
                    "DECEMBER 31 1999", "Tuesday, 29 Feb 2000", "5 Jan. 2024", "Mar/7/2024",
                ],
                [
                    "2024-01-05", "2024-01-05", "2024-01-05", "2024-01-05", "2024-01-05", "2024-09-03", "1999-12-31", "2000-02-29",
                    "2024-01-05", "2024-03-07",
                ]
            ),
        ])
    func dates(values: [String], stored: [String]) throws {
        let result = try column(values)
        #expect(result.type == .date)
        #expect(result.stored == stored.map(SQLiteValue.text))
    }

    @Test(
        "datetimes with 12- and 24-hour times and zones, stored as ISO",
        arguments: [
            (
                ["12/31/2023 14:30", "01/02/2024 2:05 PM", "01/03/2024 12:00 AM", "01/04/2024 12:15pm"],
                ["2023-12-31T14:30:00", "2024-01-02T14:05:00", "2024-01-03T00:00:00", "2024-01-04T12:15:00"]
            ),
            (
                ["31.12.2023 23:59:59.5 +01:00", "01.01.2024 00:00 UTC", "02.01.2024 12:00:00 -0500", "03.01.2024 08:00Z", "04.01.2024 9:00 +09"],
                [
                    "2023-12-31T23:59:59.5+01:00", "2024-01-01T00:00:00Z", "2024-01-02T12:00:00-05:00", "2024-01-03T08:00:00Z",
                    "2024-01-04T09:00:00+09:00",
                ]
            ),
            (
                ["2024-01-05 10:00", "2024-01-05 2:30 PM", "2024-01-06T07:08:09,25Z"],
                ["2024-01-05T10:00:00", "2024-01-05T14:30:00", "2024-01-06T07:08:09.25Z"]
            ),
            (["12/31/2023", "12/31/2023 08:00"], ["2023-12-31", "2023-12-31T08:00:00"]),
            (["Jan 5 2024 10:00 AM", "January 5, 2024, 6:30 PM GMT"], ["2024-01-05T10:00:00", "2024-01-05T18:30:00Z"]),
            (["Fri, 05 Jan 2024 10:00:00 +0000"], ["2024-01-05T10:00:00+00:00"]),
        ])
    func datetimes(values: [String], stored: [String]) throws {
        let result = try column(values)
        #expect(result.type == .datetime)
        #expect(result.stored == stored.map(SQLiteValue.text))
    }

    @Test(
        "a column whose dates never decide their order, or mix orders, stays text",
        arguments: [
            ["03/04/2024", "05/06/2024"], ["05/05/2024"], ["12/31/2023", "2023-12-31"], ["12/31/2023", "31.12.2023"],
            ["Jan 5 2024", "01/05/2024"],
        ])
    func undecided(values: [String]) throws {
        let result = try column(values)
        #expect(result.type == .string)
        #expect(result.stored == values.map(SQLiteValue.text))
    }

    @Test(
        "what is not a date stays text",
        arguments: [
            ["1/5/24"], ["13/13/2024"], ["2024/13/01"], ["02/30/2024"], ["Jan 32 2024"], ["Foo 5 2024"], ["14:30"], ["2:30 PM"],
            ["12/31/2023 25:00"], ["12/31/2023 13:00 PM"], ["12/31/2023 0:30 AM"], ["12/31/2023 10:60"], ["12/31/2023 10:30 +2"],
            ["12/31/2023 10:30 CET"], ["12/31/2023T"], ["12/31/2023 10:30:00."], ["2023/12/31/5"], ["31.12.2023."],
            ["5 Janu 2024"], ["Jan 5 24"], ["192.168.1.1"], ["555-123-4567"], ["1.2.3"], ["Mon 5 2024"],
        ])
    func notDates(values: [String]) throws {
        #expect(try column(values).type == .string)
    }

    // MARK: Booleans

    @Test(
        "yes/no, y/n and t/f words, one pair per column",
        arguments: [
            (["yes", "No", "YES", "no"], [1, 0, 1, 0] as [SQLiteValue]),
            (["y", "n", "Y"], [1, 0, 1]),
            (["t", "f", "true", "FALSE"], [1, 0, 1, 0]),
            (["y", "yes", "n"], [1, 1, 0]),
            (["yes"], [1]),
        ])
    func booleanWords(values: [String], stored: [SQLiteValue]) throws {
        let result = try column(values)
        #expect(result.type == .boolean)
        #expect(result.stored == stored)
    }

    @Test(
        "0/1 stay integers; mixed pairs and lone letters stay text",
        arguments: [
            (["0", "1", "1"], ColumnType.integer), (["yes", "true"], .string), (["y", "t"], .string), (["F"], .string),
            (["f", "F"], .string), (["N", "S", "E", "W"], .string), (["yes", "1"], .string), (["oui", "non"], .string),
        ])
    func notBooleanWords(values: [String], type: ColumnType) throws {
        #expect(try column(values).type == type)
    }

    // MARK: Across the ingest

    @Test("uniqueness and distinct values compare written values by what they mean")
    func uniquenessAndDistinctValues() throws {
        let ingested = try ingest(
            """
            n;d;b;u;m
            1.234;Jan 5 2024;yes;$5;1,5
            1234;5 January 2024;Y;$6;2,5
            7,5;Feb 1 2024;no;$7;3,5

            """)
        #expect(ingested.table.columns.map(\.type) == [.float, .date, .boolean, .float, .float])
        #expect(ingested.table.columns.map(\.unique) == [false, false, false, true, true])
        #expect(ingested.column("n")?.distinctValues == ["7.5", "1234.0"])
        #expect(ingested.column("d")?.distinctValues == ["2024-01-05", "2024-02-01"])
        #expect(ingested.column("b")?.distinctValues == ["false", "true"])
        #expect(ingested.column("u")?.distinctValues == ["5.0", "6.0", "7.0"])
    }

    @Test("a unique column of written values over many rows is found unique, a late repeat found")
    func uniquenessAtScale() throws {
        let values = (0..<5000).map { "\"$\(1 + $0 / 1000),\(String(1000 + $0 % 1000).dropFirst()).00\"" }
        let unique = try ingest("v\n" + values.joined(separator: "\n") + "\n")
        #expect(unique.column("v")?.type == .float)
        #expect(unique.column("v")?.unique == true)
        let repeated = try ingest("v\n" + values.joined(separator: "\n") + "\n$5999.00\n")
        #expect(repeated.column("v")?.unique == false)
    }

    @Test("written values are stored in their storage classes; the declared types follow")
    func storage() throws {
        let ingested = try ingest("a,b,c,d\n\"1,000\",$5,12/31/2023,yes\n,NA,-,n\n")
        #expect(try ingested.storageClasses("a") == ["integer", "null"])
        #expect(try ingested.storageClasses("b") == ["real", "null"])
        #expect(try ingested.storageClasses("c") == ["text", "null"])
        #expect(try ingested.storageClasses("d") == ["integer", "integer"])
        let declared = try ingested.database.query("PRAGMA table_info(data)") { $0.string(2) }
        #expect(declared == ["INTEGER", "REAL", "DATE", "BOOLEAN"])
    }

    @Test("JSON strings are read like CSV fields")
    func json() throws {
        let ingested = try ingest(
            #"[{"p": "$1,200.50", "d": "31.12.2023", "ok": "yes", "n": "N/A"}, {"p": 3, "d": "01.02.2024", "ok": "no", "n": 2}]"#,
            name: "w.json")
        #expect(ingested.table.columns.map(\.type) == [.float, .date, .boolean, .integer])
        #expect(try ingested.rows() == [[1200.5, "2023-12-31", 1, .null], [3.0, "2024-02-01", 0, 2]])
    }

    @Test("the classifiers on their own")
    func classifiers() {
        func reading(_ s: String) -> WrittenValue.Reading? { Array(s.utf8).withUnsafeBytes { WrittenValue.reading($0) } }
        #expect(
            reading("1,234")
                == .number(
                    .init(
                        styles: NumberStyle.commaGroups.bit | NumberStyle.dotGroupsDecimalComma.bit
                            | NumberStyle.spaceGroupsDecimalComma.bit,
                        fractional: NumberStyle.dotGroupsDecimalComma.bit | NumberStyle.spaceGroupsDecimalComma.bit,
                        unit: 0)))
        #expect(reading("45%") == .number(.init(styles: 0x1F, fractional: 0, unit: WrittenNumber.Unit.percent.rawValue)))
        #expect(
            reading("03/04/2024")
                == .date(
                    .init(
                        orders: WrittenDate.Order.monthDayYear.bit | WrittenDate.Order.dayMonthYear.bit,
                        hasTime: false)))
        #expect(reading("Jan 5 2024 10:00") == .date(.init(orders: WrittenDate.Order.monthName.bit, hasTime: true)))
        #expect(reading("y") == .boolean(.init(words: .yesNo, truth: true, isLetter: true)))
        #expect(reading("Smith") == nil)
        #expect(reading("C0000001") == nil)
        func classOf(_ s: String) -> ValueClass { Array(s.utf8).withUnsafeBytes { ValueClass.of($0) } }
        #expect(classOf("1.234") == .groupedFloat)
        #expect(classOf("-12.500") == .groupedFloat)
        #expect(classOf("0.500") == .float)
        #expect(classOf("1234.567") == .float)
        #expect(classOf("1.234e1") == .float)
        #expect(classOf("1.23") == .float)
    }
}
