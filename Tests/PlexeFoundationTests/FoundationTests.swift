import Testing

@testable import PlexeFoundation

@Suite struct TableNamingTests {
    @Test func contractExamples() {
        #expect(TableNaming.tableNames(for: ["customers.csv"]) == ["customers"])
        #expect(TableNaming.tableNames(for: ["My Data-2024.CSV", "2024 sales.json"]) == ["my_data_2024", "t_2024_sales"])
        #expect(TableNaming.tableNames(for: ["a.csv", "a.json", "A.ndjson"]) == ["a", "a_2", "a_3"])
        #expect(TableNaming.tableNames(for: ["Zoë.csv"]) == ["zo_"])
    }
}

@Suite struct JSONTests {
    @Test func roundTrip() throws {
        let value: JSON = ["a": 1, "b": [true, nil, "x\"y\n"], "c": 1.5]
        let text = value.serializedString
        #expect(text == #"{"a":1,"b":[true,null,"x\"y\n"],"c":1.5}"#)
        let parsed = try JSON.parse(text)
        #expect(parsed["a"] == .int(1))
        #expect(parsed["b"]?.arrayValue?[0] == .bool(true))
        #expect(parsed["c"] == .double(1.5))
    }
    @Test func booleansAndNumbersStayApart() throws {
        let parsed = try JSON.parse(#"{"t": true, "one": 1, "zero": 0, "f": false, "d": 2.0}"#)
        #expect(parsed["t"] == .bool(true))
        #expect(parsed["f"] == .bool(false))
        #expect(parsed["one"] == .int(1))
        #expect(parsed["zero"] == .int(0))
        #expect(parsed["d"]?.doubleValue == 2.0)
    }
    @Test func malformed() {
        #expect(throws: JSON.ParseError.self) { try JSON.parse("{") }
    }
}

@Suite struct CryptoTests {
    @Test func knownVectors() {
        #expect(Crypto.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // RFC 4231 test case 2
        let mac = Crypto.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(Crypto.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
    @Test func ids() {
        let id = Crypto.randomID(prefix: "upload_")
        #expect(id.count == 19)
        #expect(id.dropFirst(7).allSatisfy { $0.isLowercase || $0.isNumber })
        #expect(Crypto.randomID(prefix: "x") != Crypto.randomID(prefix: "x"))
    }
}

@Suite struct SQLiteTests {
    @Test func roundTrip() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t(a INTEGER, b TEXT, c REAL)")
        try db.execute("INSERT INTO t VALUES (?, ?, ?)", [.integer(1), .text("x"), .null])
        let rows = try db.query("SELECT a, b, c FROM t") { [$0.value(0), $0.value(1), $0.value(2)] }
        #expect(rows == [[.integer(1), .text("x"), .null]])
        #expect(throws: SQLiteError.self) { try db.execute("SELECT nope FROM t") }
    }

    /// A text holding NULs is stored and read whole (bound by its length, read by its byte
    /// count), and an empty text stays an empty text, not NULL.
    @Test func textWithNULCharacters() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t(b TEXT)")
        try db.execute("INSERT INTO t VALUES (?), (?)", [.text("a\u{0}b\u{0}"), .text("")])
        let rows = try db.query("SELECT b, length(CAST(b AS BLOB)), b IS NULL FROM t ORDER BY rowid") {
            [$0.value(0), $0.value(1), $0.value(2)]
        }
        #expect(rows == [[.text("a\u{0}b\u{0}"), .integer(4), .integer(0)], [.text(""), .integer(0), .integer(0)]])
    }
}

@Suite struct TimestampTests {
    @Test func formats() {
        #expect(Timestamp.rfc3339(1_714_564_800) == "2024-05-01T12:00:00Z")
        #expect(Timestamp.compact(1_714_564_800) == "20240501T120000Z")
        #expect(Timestamp.parseCompact("20240501T120000Z") == 1_714_564_800)
        #expect(Timestamp.parseCompact("2024050xT120000Z") == nil)
    }
}
