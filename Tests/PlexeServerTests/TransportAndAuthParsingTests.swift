import Testing

@testable import PlexeServer

@Suite struct TransportAndAuthParsingTests {
    @Test func bearerTokensLoseTheBlanksAroundThem() {
        func token(_ header: String) -> String? {
            Authenticator.token(in: HTTPRequest(method: .get, path: "/", headers: ["authorization": header]))
        }
        #expect(token("Bearer abc") == "abc")
        #expect(token("bearer \t abc \t") == "abc")
        #expect(token("Bearer a b") == "a b")
        #expect(token("Bearer    ") == nil)
        #expect(token("Basic abc") == nil)
        #expect(Authenticator.token(in: HTTPRequest(method: .get, path: "/", headers: ["x-api-key": "k1"])) == "k1")
        #expect(Authenticator.token(in: HTTPRequest(method: .get, path: "/", headers: ["x-api-key": " k1 \t"])) == "k1")
        #expect(Authenticator.token(in: HTTPRequest(method: .get, path: "/", headers: ["x-api-key": "  "])) == nil)
    }

    @Test func fastCGIParamsBecomeHeaderNames() {
        #expect(FastCGIExchange.headerName(fromParam: "HTTP_X_API_KEY") == "x-api-key")
        #expect(FastCGIExchange.headerName(fromParam: "HTTP_AUTHORIZATION") == "authorization")
        #expect(FastCGIExchange.headerName(fromParam: "HTTP_X_1") == "x-1")
    }

    @Test func accessLogMillisecondsHaveTwoDecimals() {
        #expect(APIResponder.milliseconds(1_250_000) == "1.25")
        #expect(APIResponder.milliseconds(1_004_999) == "1.00")
        #expect(APIResponder.milliseconds(1_005_000) == "1.01")
        #expect(APIResponder.milliseconds(70_000) == "0.07")
        #expect(APIResponder.milliseconds(12_345_678_901) == "12345.68")
    }
}
