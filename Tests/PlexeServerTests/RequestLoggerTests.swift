import Foundation
import Logging
import PlexeFoundation
import Testing

@testable import PlexeServer

/// Every line a request causes carries its `request_id`, so the id a user quotes finds them all.
@Suite struct RequestLoggerTests {
    struct Broken: Error {}

    @Test func aFailingRequestsLinesAllCarryItsID() throws {
        let log = CapturedLog()
        let app = try TestApplication.make(logger: log.logger)
        var router = Router()
        router.add(.get, "/boom", access: .publicAccess) { ctx in
            ctx.logger.info("about to fail")
            throw Broken()
        }
        let responder = APIResponder(router: router, authenticator: app.authenticator, logger: app.logger, maxJSONBodyBytes: 100)
        let before = log.all.count
        let response = responder.respond(to: HTTPRequest(method: .get, path: "/boom", requestID: "req_quoted"))
        #expect(response.status == 500)
        let lines = log.all.dropFirst(before)
        #expect(lines.map(\.message) == ["about to fail", "unhandled error", "request"])
        #expect(lines.allSatisfy { $0.metadata["request_id"] == "req_quoted" })
        #expect(lines.first { $0.message == "unhandled error" }?.level == .error)
    }

    @Test func whatServicesLogForARequestCarriesItsID() throws {
        let client = try APITestClient()
        let session = client.session(try client.completeUpload())
        let before = client.log.all.count
        let answer = client.request(
            .post, "/data/query",
            json: [
                "session_id": .string(session), "query_type": "natural_language",
                "query": "how many people are there",
            ], requestID: "req_question")
        #expect(answer.status == 200)
        let lines = client.log.all.dropFirst(before)
        #expect(lines.contains { $0.message == "question translated" })
        #expect(!lines.isEmpty && lines.allSatisfy { $0.metadata["request_id"] == "req_question" })
    }
}
