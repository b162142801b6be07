import Testing

@testable import PlexeServer

@Suite struct LogfmtTests {
    func value(_ text: String) -> String {
        var line = ""
        Logfmt.appendValue(text, to: &line)
        return line
    }

    @Test func plainValuesStayBare() {
        #expect(value("GET") == "GET")
        #expect(value("/data/uploads/upload_x") == "/data/uploads/upload_x")
        #expect(value("ann@example.com") == "ann@example.com")
        #expect(value("1.25") == "1.25")
    }

    @Test func anythingElseIsQuotedWithEveryControlCharacterEscaped() {
        #expect(value("") == "\"\"")
        #expect(value("job completed") == "\"job completed\"")
        #expect(value("a=b") == "\"a=b\"")
        #expect(value("/nope\n2026-01-01T00:00:00Z error forged") == "\"/nope\\n2026-01-01T00:00:00Z error forged\"")
        #expect(value("say \"hi\" \\ there") == "\"say \\\"hi\\\" \\\\ there\"")
        #expect(value("nul\u{0}esc\u{1b}del\u{7f}c1\u{85}ls\u{2028}\r\t") == "\"nul\\u0000esc\\u001bdel\\u007fc1\\u0085ls\\u2028\\r\\t\"")
        #expect(value("Zoë") == "\"Zoë\"")
    }

    @Test func keysKeepTheirSafeAlphabet() {
        var line = ""
        Logfmt.appendKey("request_id", to: &line)
        Logfmt.appendKey(" bad=key\n", to: &line)
        #expect(line == "request_id_bad_key_")
    }
}
