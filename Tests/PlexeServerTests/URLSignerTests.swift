import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct URLSignerTests {
    let signer = URLSigner(secret: Array("0123456789abcdef0123456789abcdef".utf8), baseURL: "https://h:1")
    let now: Int64 = 1_714_564_800

    func uri(_ url: String) -> String { String(url.dropFirst("https://h:1".count)) }

    @Test func validWithinItsWindow() {
        let url = signer.sign(method: .put, path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600)
        #expect(signer.verify(method: .put, rawURI: uri(url), now: now + 10) == .valid(path: "/storage/uploads/u/0-a.csv"))
        #expect(signer.verify(method: .put, rawURI: uri(url), now: now + 3600) == .expired)
        #expect(signer.verify(method: .put, rawURI: uri(url), now: now - 3600) == .expired)
    }

    @Test func tamperingIsCaught() {
        let url = uri(signer.sign(method: .put, path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600))
        let cases = [
            url.replacingOccurrences(of: "0-a.csv", with: "0-b.csv"),
            url.replacingOccurrences(of: "X-Amz-Expires=3600", with: "X-Amz-Expires=7200"),
            String(url.dropLast()) + (url.last == "0" ? "1" : "0"),
        ]
        for tampered in cases {
            guard case .invalid = signer.verify(method: .put, rawURI: tampered, now: now + 1) else {
                Issue.record("accepted \(tampered)")
                continue
            }
        }
        guard case .invalid = signer.verify(method: .get, rawURI: url, now: now + 1) else {
            Issue.record("method not covered")
            return
        }
        let other = URLSigner(secret: Array("another secret of thirty-two b!!".utf8), baseURL: "https://h:1")
        guard case .invalid = other.verify(method: .put, rawURI: url, now: now + 1) else {
            Issue.record("secret not covered")
            return
        }
    }

    @Test func unsafePathsAndMissingSignatures() {
        #expect(signer.verify(method: .get, rawURI: "/data/export/e/a.csv", now: now) == .unsigned)
        let url = uri(signer.sign(method: .put, path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600))
        let query = url.split(separator: "?")[1]
        for path in ["/storage/uploads/../secret", "/storage/uploads/u/%2e%2e/x", "/storage//uploads/u"] {
            guard case .invalid = signer.verify(method: .put, rawURI: "\(path)?\(query)", now: now) else {
                Issue.record("accepted \(path)")
                continue
            }
        }
    }

    @Test func downloadPathsMayCarryAnyName() {
        let path = "/data/export/export_x/Zoë data.csv"
        let url = signer.sign(method: .get, path: path, now: now, ttl: 60)
        #expect(url.contains("Zo%C3%AB%20data.csv"))
        let query = HTTPRequest.parseQuery(String(url.split(separator: "?")[1]))
        #expect(signer.verify(method: .get, path: path, query: query, now: now + 1) == .valid(path: path))
    }
}

@Suite struct RateLimiterTests {
    @Test func slidingWindow() {
        let limiter = RateLimiter(window: 60)
        let s = [RateLimiter.Quota(key: "s", limit: 3, scope: "per session")]
        #expect(limiter.take(s, now: 0).allowed)
        #expect(limiter.take(s, now: 10).allowed)
        let third = limiter.take(s, now: 20)
        #expect(third.allowed && third.remaining == 0)
        let refused = limiter.take(s, now: 30)
        #expect(!refused.allowed && refused.resetAfter == 30)
        #expect(limiter.take([.init(key: "other", limit: 3, scope: "per session")], now: 30).allowed)
        #expect(limiter.take(s, now: 61).allowed)
    }

    /// A user who ends a session and opens another keeps their per-user count.
    @Test func perUserLimitSpansSessions() {
        let limiter = RateLimiter(window: 60)
        func query(_ session: String, at now: Double) -> RateLimiter.Decision {
            limiter.take(
                [.init(key: "session \(session)", limit: 3, scope: "per session"), .init(key: "user 1", limit: 5, scope: "per user")], now: now)
        }
        for t in 0..<3 { #expect(query("a", at: Double(t)).allowed) }
        let sessionFull = query("a", at: 3)
        #expect(!sessionFull.allowed && sessionFull.binding.scope == "per session")
        let second = query("b", at: 4)
        // The user's count (4 of 5) is now the tighter one.
        #expect(second.allowed && second.binding.scope == "per user" && second.remaining == 1)
        #expect(query("b", at: 5).allowed)
        let userFull = query("b", at: 6)
        #expect(!userFull.allowed && userFull.binding.scope == "per user" && userFull.resetAfter == 54)
        // Refused queries were not counted: the first minute's events leave on time.
        #expect(query("c", at: 60.5).allowed)
        let headers = limiter.headers(userFull)
        #expect(headers[0] == ("RateLimit-Policy", "3;w=60;comment=\"per session\", 5;w=60;comment=\"per user\""))
        #expect(headers[1] == ("RateLimit", "limit=5, remaining=0, reset=54"))
    }

    @Test func countQuotaHeaders() {
        let headers = RateLimiter.countHeaders(limit: 5, scope: "active sessions per user", resetAfter: 120)
        #expect(headers[0] == ("RateLimit-Policy", "5;comment=\"active sessions per user\""))
        #expect(headers[1] == ("RateLimit", "limit=5, remaining=0, reset=120"))
        let error = APIError.quotaReached("full", limit: 5, scope: "active sessions per user", retryAfter: 120)
        #expect(error.status == 429 && error.code == "rate_limited")
        #expect(error.headers.map(\.0) == ["Retry-After", "RateLimit-Policy", "RateLimit"])
    }
}

@Suite struct RequestParsingTests {
    @Test func queryStrings() {
        #expect(HTTPRequest.parseQuery("a=1&b=x%20y+z&c") == ["a": "1", "b": "x y z", "c": ""])
        #expect(HTTPRequest.percentDecode("%E2%9C%93") == "✓")
        #expect(HTTPRequest.percentDecode("%zz") == "%zz")
    }

    @Test func bodyReaderNamesTheField() throws {
        let reader = JSONObjectReader(value: try JSON.parse(#"{"files": [{"filename": 3}], "n": 1.5}"#), path: "")
        let files = try reader.objects("files")!
        #expect(throws: APIError.self) { try files[0].requiredString("filename") }
        do { _ = try files[0].requiredString("filename") } catch let e as APIError { #expect(e.param == "files[0].filename") }
        do { _ = try reader.int("n") } catch let e as APIError { #expect(e.status == 422 && e.param == "n") }
    }

    @Test func filenames() {
        #expect(StorageKeys.filenameProblem("customers.csv") == nil)
        #expect(StorageKeys.filenameProblem("my file (1).csv") == nil)
        for bad in ["", "a/b", "..", "a..b", "x\u{0}y", String(repeating: "x", count: 256), "   "] {
            #expect(StorageKeys.filenameProblem(bad) != nil, "\(bad) should be refused")
        }
        #expect(StorageKeys.safeComponent("Zoë data.csv") == "Zo__data.csv")
    }

    @Test func contentDispositionIsSafe() {
        let header = HTTPResponse.contentDisposition(filename: "a\"b\\c ë.csv")
        #expect(header == "attachment; filename=\"a_b_c _.csv\"; filename*=UTF-8''a%22b%5Cc%20%C3%AB.csv")
    }
}
