import Foundation
import PlexeFoundation
import Testing

@testable import PlexeExport

@Suite struct JSONExportTests {
    @Test func writesTypedValuesWithEscapes() throws {
        let table = try TestTable(
            columns: CSVExportTests.columns,
            rows: [
                [1, "say \"hi\"\\ now", 1250.5, 1, "2024-01-31", "2024-01-31T10:00:00Z"],
                [nil, "tab\there\nnew\u{01}", 12.0, 0, nil, nil],
                [.integer(.min), "José, Zoë 王", 1e20, nil, "1969-12-31", "2024-01-31 10:00:00"],
            ])
        let text = try table.exportText(.json)
        #expect(
            text == """
                [
                {"id":1,"name":"say \\"hi\\"\\\\ now","score":1250.5,"active":true,"joined":"2024-01-31","seen":"2024-01-31T10:00:00Z"},
                {"id":null,"name":"tab\\there\\nnew\\u0001","score":12.0,"active":false,"joined":null,"seen":null},
                {"id":-9223372036854775808,"name":"José, Zoë 王","score":1e+20,"active":null,"joined":"1969-12-31","seen":"2024-01-31 10:00:00"}
                ]

                """)
    }

    @Test func outputParsesBackToTheStoredValues() throws {
        let table = try TestTable(
            columns: [("k\"ey", .string), ("n", .integer), ("f", .float), ("b", .boolean)],
            rows: [
                ["a\u{2028}b", 42, 0.1, 1],
                [nil, nil, nil, nil],
            ])
        let bytes = try table.export(.json)
        // Keys in column order (checked on the text: the parser sorts keys).
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"[\#n{"k\"ey":"a\#u{2028}b","n":42,"f":0.1,"b":true}"#))
        let rows = try #require(try JSON.parse(bytes).arrayValue)
        #expect(rows.count == 2)
        #expect(rows[0]["k\"ey"] == .string("a\u{2028}b"))
        #expect(rows[0]["n"] == .int(42))
        #expect(rows[0]["f"] == .double(0.1))
        #expect(rows[0]["b"] == .bool(true))
        #expect(rows[1]["n"]?.isNull == true && rows[1]["b"]?.isNull == true)
    }

    @Test func emptyTableIsAnEmptyArray() throws {
        let table = try TestTable(columns: CSVExportTests.columns, rows: [])
        #expect(try table.exportText(.json) == "[]\n")
    }
}
