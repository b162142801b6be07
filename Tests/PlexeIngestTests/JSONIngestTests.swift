import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("JSON and NDJSON")
struct JSONIngestTests {
    @Test("an array of objects: union of keys in order, missing keys and null are NULL")
    func array() throws {
        let ingested = try ingest(
            """
            [
              {"id": 1, "name": "Ann", "score": 2.5},
              {"id": 2, "score": null, "active": true},
              {"name": "Cy", "id": 3, "score": 4, "active": false}
            ]
            """, name: "people.json")
        #expect(ingested.result.format == .json)
        #expect(ingested.result.csvDialect == nil)
        #expect(ingested.table.tableName == "people")
        #expect(ingested.table.columns.map(\.name) == ["id", "name", "score", "active"])
        #expect(ingested.table.columns.map(\.type) == [.integer, .string, .float, .boolean])
        #expect(ingested.table.columns.map(\.nullCount) == [0, 1, 1, 1])
        #expect(try ingested.rows() == [[1, "Ann", 2.5, .null], [2, .null, .null, 1], [3, "Cy", 4.0, 0]])
    }

    @Test("NDJSON with blank lines; strings are inferred like CSV text")
    func ndjson() throws {
        let ingested = try ingest(
            """
            {"day": "2024-01-05", "code": "007", "n": "12", "at": "2024-01-05T10:00:00Z"}

            {"day": "2024-01-06", "code": "008", "n": 13, "at": "2024-01-06"}
            \r
            """, name: "events.ndjson")
        #expect(ingested.result.format == .ndjson)
        #expect(ingested.table.columns.map(\.type) == [.date, .string, .integer, .datetime])
        #expect(try ingested.rows() == [["2024-01-05", "007", 12, "2024-01-05T10:00:00Z"], ["2024-01-06", "008", 13, "2024-01-06"]])
    }

    @Test("arrays are kept as compact JSON text, nested objects flattened (see JSONFlatteningTests)")
    func nestedValues() throws {
        let ingested = try ingest(
            """
            [{"id": 1, "tags": ["a", "b"], "meta": {"k": [1, {"x": null}], "s": "q\\"uote"}},
             {"id": 2, "tags": [], "meta": {}}]
            """, name: "nested.json")
        #expect(ingested.table.columns.map(\.name) == ["id", "tags", "meta.k", "meta.s"])
        #expect(ingested.column("tags")?.type == .string)
        #expect(ingested.column("meta.k")?.type == .string)
        #expect(try ingested.rows() == [[1, "[\"a\",\"b\"]", "[1,{\"x\":null}]", "q\"uote"], [2, "[]", .null, .null]])
    }

    @Test("string escapes are decoded, including surrogate pairs")
    func escapes() throws {
        let ingested = try ingest(#"[{"s": "a\nb\t\"c\" \u00e9 \ud83d\ude00 \/"}]"#, name: "e.json")
        #expect(try ingested.rows() == [["a\nb\t\"c\" é 😀 /"]])
    }

    @Test("an empty string is NULL, as an empty CSV field")
    func emptyString() throws {
        let ingested = try ingest(#"[{"a": "", "b": 1}, {"a": "x", "b": 2}]"#, name: "e.json")
        #expect(ingested.column("a")?.nullCount == 1)
        #expect(try ingested.storageClasses("a") == ["null", "text"])
    }

    @Test("a repeated key keeps its last value")
    func repeatedKey() throws {
        let ingested = try ingest(#"{"a": 1, "a": 2}"# + "\n" + #"{"a": 3}"#, name: "d.ndjson")
        #expect(try ingested.rows() == [[2], [3]])
        #expect(ingested.column("a")?.unique == true)
    }

    @Test("keys that differ only in case become separate columns")
    func caseOfKeys() throws {
        let ingested = try ingest(#"[{"id": 1, "ID": 2, "": 3}]"#, name: "k.json")
        #expect(ingested.table.columns.map(\.name) == ["id", "ID_2", "column_3"])
    }

    @Test("JSON numbers beyond Int64 and long mantissas keep their exact text or value")
    func numbers() throws {
        let ingested = try ingest(#"[{"big": 12345678901234567890123, "f": 0.1000000000000000055511151231257827, "e": 1E+2}]"#, name: "n.json")
        #expect(ingested.column("big")?.type == .string)
        #expect(ingested.column("f")?.type == .float)
        #expect(try ingested.rows() == [["12345678901234567890123", 0.1, 100.0]])
    }

    @Test("many objects across the read buffer, keys in varying order")
    func manyObjects() throws {
        let lines = (0..<30_000).map { i in i % 2 == 0 ? #"{"id": \#(i), "v": "x\#(i)"}"# : #"{"v": "y\#(i)", "id": \#(i)}"# }
        let ingested = try ingest(lines.joined(separator: "\n"), name: "many.ndjson")
        #expect(ingested.table.rowCount == 30_000)
        #expect(ingested.table.columns.map(\.unique) == [true, true])
        #expect(try ingested.database.queryFirst("SELECT v FROM many WHERE id = 29999") { $0.string(0) } == "y29999")
    }
}
