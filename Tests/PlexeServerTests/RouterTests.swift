import PlexeFoundation
import Testing

@testable import PlexeServer

@Suite struct RouterTests {
    func router() -> Router {
        var r = Router()
        r.add(.get, "/data/uploads") { _ in HTTPResponse(status: 200) }
        r.add(.post, "/data/uploads") { _ in HTTPResponse(status: 201) }
        r.add(.get, "/uploads/{upload_id}/files/{filename}/preview") { ctx in
            HTTPResponse(status: 200, body: Array("\(ctx.pathParameter("upload_id"))|\(ctx.pathParameter("filename"))".utf8))
        }
        return r
    }

    @Test func matchesMethodAndParameters() throws {
        guard case .found(let entry, let params) = router().resolve(method: .get, path: "/uploads/u1/files/a b.csv/preview") else {
            Issue.record("no match")
            return
        }
        #expect(params == ["upload_id": "u1", "filename": "a b.csv"])
        #expect(entry.pattern.description == "/uploads/{upload_id}/files/{filename}/preview")
    }

    @Test func methodNotAllowedListsMethods() {
        guard case .methodNotAllowed(let allowed) = router().resolve(method: .delete, path: "/data/uploads") else {
            Issue.record("expected 405")
            return
        }
        #expect(allowed == [.get, .post])
    }

    @Test func unknownPathsAndPartialMatches() {
        for path in ["/nope", "/data", "/data/uploads/x/y", "/uploads//files/a/preview"] {
            guard case .notFound = router().resolve(method: .get, path: path) else {
                Issue.record("\(path) should not match")
                continue
            }
        }
    }

    @Test func headIsServedByGet() {
        guard case .found = router().resolve(method: .head, path: "/data/uploads") else {
            Issue.record("HEAD")
            return
        }
    }
}

@Suite struct OpenAPITests {
    /// Every route in the table is documented, and nothing documented is missing from it.
    @Test func documentMatchesRouteTable() throws {
        var routes = Set<String>()
        let app = try TestApplication.make()
        for (method, path) in app.makeRouter().patterns { routes.insert("\(method) \(path)") }
        let documented = Set(OpenAPIOperations.all.map { "\($0.method) \($0.path)" })
        #expect(routes == documented, "undocumented: \(routes.subtracting(documented)); stale: \(documented.subtracting(routes))")
        let validated = Set(app.makeRouter().validatedPatterns.map { "\($0.method) \($0.path)" })
        #expect(validated == Set(OpenAPIOperations.all.filter(\.etag).map { "\($0.method) \($0.path)" }))
        #expect(validated.count == 5)
        let idempotent = Set(app.makeRouter().idempotentPatterns.map { "\($0.method) \($0.path)" })
        #expect(idempotent == Set(OpenAPIOperations.all.filter(\.idempotent).map { "\($0.method) \($0.path)" }))
        #expect(idempotent.count == 5)
        let doc = OpenAPIDocument.build(baseURL: "https://data.example.com")
        #expect(doc["openapi"] == "3.1.0")
    }

    /// Generated clients name their methods after operationIds: chosen, unique, camelCase.
    @Test func operationIDsAreChosenAndUnique() {
        let ids = OpenAPIOperations.all.map(\.operationID)
        #expect(Set(ids).count == ids.count, "duplicate operationId")
        for id in ids {
            #expect(id.first?.isLowercase == true && id.allSatisfy { $0.isLetter }, "\(id)")
        }
        let byRoute = Dictionary(uniqueKeysWithValues: OpenAPIOperations.all.map { ("\($0.method) \($0.path)", $0.operationID) })
        #expect(byRoute["GET /data/uploads"] == "listUploads")
        #expect(byRoute["POST /data/upload"] == "createUpload")
        #expect(byRoute["POST /data/query"] == "runQuery")
    }

    /// The public document: the configured server, no internal route, aliases deprecated.
    @Test func documentServesTheConfiguredURLWithoutInternalRoutes() throws {
        let doc = OpenAPIDocument.build(baseURL: "https://data.example.com")
        #expect(doc["servers"] == .array([.object([("url", "https://data.example.com"), ("description", "This server (PLEXE_BASE_URL)")])]))
        let paths = String(decoding: (doc["paths"] ?? .null).serialized(), as: UTF8.self)
        #expect(!paths.contains("/_auth/storage"))
        let documented = Set(OpenAPIOperations.documented.map { "\($0.method) \($0.path)" })
        #expect(!documented.contains("PUT /_auth/storage"))
        let deprecated = Set(OpenAPIOperations.documented.filter(\.deprecated).map { "\($0.method) \($0.path)" })
        #expect(
            deprecated == [
                "POST /data/uploads", "GET /data/uploads/{upload_id}", "DELETE /data/uploads/{upload_id}",
                "POST /data/uploads/{upload_id}/status", "GET /uploads/{upload_id}/files/{filename}/preview",
            ])
    }

    /// Every JSON body of the document has an example, and each one parses.
    @Test func everyBodyHasAnExample() {
        for op in OpenAPIOperations.documented {
            for schema in [op.requestSchema, op.responseContentTypes.contains("application/json") ? op.responseSchema : nil].compactMap({ $0 })
            where schema != "Object" {
                #expect(OpenAPIExamples.body(schema) != nil, "no example for \(schema) (\(op.operationID))")
            }
        }
    }
}

@Suite struct ResponderTests {
    struct Internal: Error { let secret = "/var/lib/secret/path" }

    func responder() throws -> APIResponder {
        var router = Router()
        router.add(.get, "/boom", access: .publicAccess) { _ in throw Internal() }
        router.add(.get, "/teapot", access: .publicAccess) { _ in throw APIError.conflict("busy", param: "x") }
        let app = try TestApplication.make()
        return APIResponder(router: router, authenticator: Authenticator(catalog: app.catalog), logger: app.logger, maxJSONBodyBytes: 10)
    }

    @Test func unexpectedErrorsAre500WithoutInternals() throws {
        let response = try responder().respond(to: HTTPRequest(method: .get, path: "/boom"))
        #expect(response.status == 500)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(body.contains("\"code\":\"server_error\"") && body.contains("req_"))
        #expect(!body.contains("secret") && !body.contains("Internal"))
        #expect(response.header("X-Request-Id")?.hasPrefix("req_") == true)
    }

    @Test func apiErrorsKeepTheirShape() throws {
        let response = try responder().respond(to: HTTPRequest(method: .get, path: "/teapot"))
        #expect(response.status == 409)
        let json = try JSON.parse(response.body)
        #expect(json["error"]?["code"] == "resource_conflict" && json["error"]?["param"] == "x")
    }

    @Test func declaredBodyOverTheLimitIs413() throws {
        let request = HTTPRequest(method: .get, path: "/teapot", contentLength: 11)
        #expect(try responder().respond(to: request).status == 413)
    }
}
