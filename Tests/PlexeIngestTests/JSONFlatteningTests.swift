import PlexeFoundation
import Testing

@testable import PlexeIngest

/// Nested JSON objects flattened into dotted columns, as pandas' `json_normalize` does.
@Suite("JSON flattening")
struct JSONFlatteningTests {
    @Test("nested objects become dotted columns in order of first appearance; arrays stay JSON text")
    func flattened() throws {
        let ingested = try ingest(
            """
            [{"id": 1, "user": {"name": "Ann", "address": {"city": "Oslo", "zip": "0150"}, "tags": ["a", {"b": 1}]}, "ok": true},
             {"id": 2, "user": {"address": {"city": "Lyon"}, "age": 40}},
             {"id": 3, "user": null},
             {"id": 4, "user": {"name": null, "address": {}}}]
            """, name: "people.json")
        #expect(
            ingested.table.columns.map(\.name) == [
                "id", "user.name", "user.address.city", "user.address.zip", "user.tags", "ok",
                "user.age", "user",
            ])
        #expect(ingested.table.columns.map(\.type) == [.integer, .string, .string, .string, .string, .boolean, .integer, .string])
        #expect(
            try ingested.rows() == [
                [1, "Ann", "Oslo", "0150", "[\"a\",{\"b\":1}]", 1, .null, .null],
                [2, .null, "Lyon", .null, .null, .null, 40, .null],
                [3, .null, .null, .null, .null, .null, .null, .null],
                [4, .null, .null, .null, .null, .null, .null, .null],
            ])
        #expect(ingested.table.columns.map(\.nullCount) == [0, 3, 2, 3, 3, 3, 3, 4])
    }

    @Test("NDJSON is flattened the same way, values typed as usual")
    func ndjson() throws {
        let ingested = try ingest(
            """
            {"order": {"id": 7, "placed": "2024-01-05", "total": {"amount": "$1,200.50", "paid": "yes"}}}
            {"order": {"id": 8, "placed": "2024-01-06", "total": {"amount": "$3", "paid": "no"}}}

            """, name: "orders.ndjson")
        #expect(ingested.table.columns.map(\.name) == ["order.id", "order.placed", "order.total.amount", "order.total.paid"])
        #expect(ingested.table.columns.map(\.type) == [.integer, .date, .float, .boolean])
        #expect(try ingested.rows() == [[7, "2024-01-05", 1200.5, 1], [8, "2024-01-06", 3.0, 0]])
        #expect(ingested.column("order.id")?.unique == true)
    }

    @Test("objects deeper than 8 levels are kept as JSON text at the 9th name")
    func depthBound() throws {
        // 10 levels of objects: a.b.c.d.e.f.g.h.i holds {"j": 1}.
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        let nested = names.reversed().reduce("1") { inner, name in "{\"\(name)\": \(inner)}" }
        let ingested = try ingest("[\(nested), {\"a\": {\"b\": 2}}]", name: "deep.json")
        #expect(ingested.table.columns.map(\.name) == ["a.b.c.d.e.f.g.h.i", "a.b"])
        #expect(try ingested.rows() == [["{\"j\":1}", .null], [.null, 2]])
        #expect(JSONRecordReader.maxFlattenedLevels == 8)
    }

    @Test("a flattened name that meets a key spelled the same gets the column namer's suffix")
    func clashes() throws {
        let ingested = try ingest(#"[{"a.b": 1, "a": {"b": 2, "B": 3}}, {"A": {"b": 4}}]"#, name: "clash.json")
        #expect(ingested.table.columns.map(\.name) == ["a.b", "a.b_2", "a.B_3", "A.b_4"])
        #expect(try ingested.rows() == [[1, 2, 3, .null], [.null, .null, .null, 4]])
    }

    @Test("a repeated key inside a nested object keeps its last value; an empty key still has a name")
    func repeatedAndEmptyKeys() throws {
        let ingested = try ingest(#"{"u": {"x": 1, "x": 2, "": 3}}"# + "\n", name: "r.ndjson")
        #expect(ingested.table.columns.map(\.name) == ["u.x", "u."])
        #expect(try ingested.rows() == [[2, 3]])
    }

    @Test("a control character in a nested key fails with its line")
    func controlCharacterInNestedKey() {
        let error = ingestError("{\"a\": 1}\n{\"u\": {\"x\\ty\": 1}}\n", name: "c.ndjson")
        #expect(error?.line == 2)
        #expect(error?.message.contains("control character") == true)
    }

    @Test("objects across the read buffer keep their flattened keys")
    func manyObjects() throws {
        let lines = (0..<20_000).map { i in #"{"k": {"i": \#(i), "s": {"t": "v\#(i)"}}}"# }
        let ingested = try ingest(lines.joined(separator: "\n"), name: "many.ndjson")
        #expect(ingested.table.rowCount == 20_000)
        #expect(ingested.table.columns.map(\.name) == ["k.i", "k.s.t"])
        #expect(try ingested.database.queryFirst("SELECT \"k.s.t\" FROM many WHERE \"k.i\" = 19999") { $0.string(0) } == "v19999")
    }
}
