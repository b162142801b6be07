import PlexeFoundation
import Testing
@testable import PlexeServer

@Suite struct URLSignerTests {
    let signer = URLSigner(secret: Array("0123456789abcdef0123456789abcdef".utf8), baseURL: "https://h:1")
    let now: Int64 = 1_714_564_800

    func uri(_ url: String) -> String { String(url.dropFirst("https://h:1".count)) }

    @Test func validWithinItsWindow() {
        let url = signer.sign(method: "PUT", path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600)
        #expect(signer.verify(method: "PUT", rawURI: uri(url), now: now + 10) == .valid(path: "/storage/uploads/u/0-a.csv"))
        #expect(signer.verify(method: "PUT", rawURI: uri(url), now: now + 3600) == .expired)
        #expect(signer.verify(method: "PUT", rawURI: uri(url), now: now - 3600) == .expired)
    }

    @Test func tamperingIsCaught() {
        let url = uri(signer.sign(method: "PUT", path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600))
        let cases = [
            url.replacingOccurrences(of: "0-a.csv", with: "0-b.csv"),
            url.replacingOccurrences(of: "X-Amz-Expires=3600", with: "X-Amz-Expires=7200"),
            String(url.dropLast()) + (url.last == "0" ? "1" : "0"),
        ]
        for tampered in cases {
            guard case .invalid = signer.verify(method: "PUT", rawURI: tampered, now: now + 1) else {
                Issue.record("accepted \(tampered)"); continue
            }
        }
        guard case .invalid = signer.verify(method: "GET", rawURI: url, now: now + 1) else { Issue.record("method not covered"); return }
        let other = URLSigner(secret: Array("another secret of thirty-two b!!".utf8), baseURL: "https://h:1")
        guard case .invalid = other.verify(method: "PUT", rawURI: url, now: now + 1) else { Issue.record("secret not covered"); return }
    }

    @Test func unsafePathsAndMissingSignatures() {
        #expect(signer.verify(method: "GET", rawURI: "/data/export/e/a.csv", now: now) == .unsigned)
        let url = uri(signer.sign(method: "PUT", path: "/storage/uploads/u/0-a.csv", now: now, ttl: 3600))
        let query = url.split(separator: "?")[1]
        for path in ["/storage/uploads/../secret", "/storage/uploads/u/%2e%2e/x", "/storage//uploads/u"] {
            guard case .invalid = signer.verify(method: "PUT", rawURI: "\(path)?\(query)", now: now) else {
                Issue.record("accepted \(path)"); continue
            }
        }
    }

    @Test func downloadPathsMayCarryAnyName() {
        let path = "/data/export/export_x/Zoë data.csv"
        let url = signer.sign(method: "GET", path: path, now: now, ttl: 60)
        #expect(url.contains("Zo%C3%AB%20data.csv"))
        let query = HTTPRequest.parseQuery(String(url.split(separator: "?")[1]))
        #expect(signer.verify(method: "GET", path: path, query: query, now: now + 1) == .valid(path: path))
    }
}

@Suite struct RateLimiterTests {
    @Test func slidingWindow() {
        let limiter = RateLimiter(limit: 3, window: 60)
        #expect(limiter.take("s", now: 0).allowed)
        #expect(limiter.take("s", now: 10).allowed)
        let third = limiter.take("s", now: 20)
        #expect(third.allowed && third.remaining == 0)
        let refused = limiter.take("s", now: 30)
        #expect(!refused.allowed && refused.resetAfter == 30)
        #expect(limiter.take("other", now: 30).allowed)
        #expect(limiter.take("s", now: 61).allowed)
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
        #expect(UploadsAPI.filenameProblem("customers.csv") == nil)
        #expect(UploadsAPI.filenameProblem("my file (1).csv") == nil)
        for bad in ["", "a/b", "..", "a..b", "x\u{0}y", String(repeating: "x", count: 256), "   "] {
            #expect(UploadsAPI.filenameProblem(bad) != nil, "\(bad) should be refused")
        }
        #expect(UploadsAPI.safeKeyComponent("Zoë data.csv") == "Zo__data.csv")
    }

    @Test func contentDispositionIsSafe() {
        let header = HTTPResponse.contentDisposition(filename: "a\"b\\c ë.csv")
        #expect(header == "attachment; filename=\"a_b_c _.csv\"; filename*=UTF-8''a%22b%5Cc%20%C3%AB.csv")
    }
}
