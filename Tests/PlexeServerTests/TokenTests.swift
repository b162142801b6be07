import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct TokenTests {
    func catalogPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path
    }

    @Test func anExpiredTokenNoLongerAuthenticates() throws {
        let c = try SQLiteCatalog(path: catalogPath())
        let now = Timestamp.now()
        let token = try c.createToken(email: "e@example.com", expiresAt: now + 60)
        #expect(try c.user(forToken: token, now: now)?.email == "e@example.com")
        #expect(try c.user(forToken: token, now: now + 59) != nil)
        #expect(try c.user(forToken: token, now: now + 60) == nil)
        let lasting = try c.createToken(email: "e@example.com")
        #expect(try c.user(forToken: lasting, now: now + 100 * 365 * 86_400) != nil)
    }

    @Test func revokingByIDTokenOrEmailStopsExactlyThoseTokens() throws {
        let c = try SQLiteCatalog(path: catalogPath())
        let a1 = try c.createToken(email: "a@example.com")
        let a2 = try c.createToken(email: "a@example.com")
        let a3 = try c.createToken(email: "a@example.com")
        let b = try c.createToken(email: "b@example.com")
        let ids = try c.tokens(email: "a@example.com").map(\.id)
        #expect(ids.count == 3)

        #expect(try c.revokeTokens(.id(ids[0]), now: 100) == (matched: 1, revoked: 1))
        #expect(try c.user(forToken: a1) == nil)
        #expect(try c.user(forToken: a2) != nil)
        #expect(try c.revokeTokens(.token(a2), now: 200) == (matched: 1, revoked: 1))
        #expect(try c.user(forToken: a2) == nil)
        #expect(try c.user(forToken: a3) != nil)

        // By e-mail: all of that user's tokens; the ones revoked before keep their time.
        #expect(try c.revokeTokens(.email("a@example.com"), now: 300) == (matched: 3, revoked: 1))
        #expect(try c.user(forToken: a3) == nil)
        #expect(try c.tokens(email: "a@example.com").map(\.revokedAt) == [100, 200, 300])
        #expect(try c.user(forToken: b)?.email == "b@example.com")

        #expect(try c.revokeTokens(.id(9_999)) == (matched: 0, revoked: 0))
        #expect(try c.revokeTokens(.token("plx_unknown")) == (matched: 0, revoked: 0))
        #expect(try c.revokeTokens(.email("nobody@example.com")) == (matched: 0, revoked: 0))
    }

    @Test func theListShowsStateAndPrefixButNeverTheToken() throws {
        let c = try SQLiteCatalog(path: catalogPath())
        let now = Timestamp.now()
        let active = try c.createToken(email: "l@example.com", expiresAt: now + 3_600)
        let expired = try c.createToken(email: "l@example.com", expiresAt: now + 1)
        let revoked = try c.createToken(email: "m@example.com")
        _ = try c.revokeTokens(.token(revoked), now: now)
        let list = try c.tokens()
        #expect(list.map(\.email) == ["l@example.com", "l@example.com", "m@example.com"])
        #expect(list.map { $0.state(now: now + 2).rawValue } == ["active", "expired", "revoked"])
        #expect(list.map(\.prefix) == [active, expired, revoked].map { String($0.prefix(12)) })
        #expect(list[0].expiresAt == now + 3_600 && list[2].expiresAt == nil)
        // Nothing stored or listed is enough to use a token.
        let listed = list.map { "\($0)" }.joined()
        for token in [active, expired, revoked] { #expect(!listed.contains(token)) }
        #expect(try c.tokens(email: "m@example.com").count == 1)
    }

    @Test func tokensFromBeforeTheMigrationKeepWorkingAndGetIDs() throws {
        let path = catalogPath()
        do {
            // A catalog at schema version 1, with a user and a token as the first release made them.
            let db = try SQLiteDatabase(path: path)
            try db.execute(Migrations.all[0].sql)
            try db.execute("PRAGMA user_version = 1")
            try db.execute("INSERT INTO users (id, email, created_at) VALUES (1, 'old@example.com', 10)")
            try db.execute("INSERT INTO tokens (token_hash, user_id, created_at) VALUES ('\(Crypto.sha256Hex("plx_old"))', 1, 10)")
        }
        let c = try SQLiteCatalog(path: path)
        #expect(try c.user(forToken: "plx_old")?.email == "old@example.com")
        let list = try c.tokens()
        #expect(list == [TokenRecord(id: 1, prefix: nil, email: "old@example.com", createdAt: 10, expiresAt: nil, revokedAt: nil)])
        #expect(try c.revokeTokens(.id(1)).revoked == 1)
        #expect(try c.user(forToken: "plx_old") == nil)
    }

    @Test func revokedExpiredAndUnknownTokensGetTheSame401() throws {
        let app = try TestApplication.make()
        let auth = Authenticator(catalog: app.catalog)
        let revoked = try app.catalog.createToken(email: "r@example.com")
        _ = try app.catalog.revokeTokens(.token(revoked))
        let expired = try app.catalog.createToken(email: "r@example.com", expiresAt: Timestamp.now() - 1)
        func failure(_ token: String) -> String? {
            do {
                _ = try auth.authenticate(HTTPRequest(method: .get, path: "/data/uploads", headers: ["authorization": "Bearer \(token)"]))
                return nil
            } catch let error as APIError {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        let unknown = failure("plx_" + String(repeating: "0", count: 48))
        #expect(unknown?.hasPrefix("401 unauthorized") == true)
        #expect(failure(revoked) == unknown)
        #expect(failure(expired) == unknown)
    }

    @Test func lifetimesTakeAUnitOrMeanDays() {
        #expect(TokenLifetime.seconds("90s") == 90)
        #expect(TokenLifetime.seconds("15m") == 900)
        #expect(TokenLifetime.seconds("12h") == 43_200)
        #expect(TokenLifetime.seconds("30d") == 2_592_000)
        #expect(TokenLifetime.seconds("30") == 2_592_000)
        #expect(TokenLifetime.seconds("36500d") == Int64(36_500) * 86_400)
        for bad in ["", "d", "0", "0d", "-1d", "1.5d", "1w", "1 d", "36501d", "99999999999999999999", "１d"] {
            #expect(TokenLifetime.seconds(bad) == nil, "\(bad)")
        }
    }
}
