import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// Analyses are stored as data and rendered when read: the charts' URLs follow the base URL
/// the server has then; results stored in the old, rendered form are served as they are.
@Suite struct AnalysisResultTests {
    @Test func chartURLsFollowTodaysBaseURL() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let job = try #require(
            client.post("/data/analyze", ["upload_id": .string(id), "analysis_type": "comprehensive"]).json["job_id"]?.stringValue)
        client.runJobs()
        let stored = try #require(try client.app.catalog.job(id: job)?.resultJSON)
        #expect(!stored.contains("https://"), "no URL is stored")

        let moved = try Application(
            config: try ServerConfig.fromEnvironment([
                "PLEXE_HOME": client.app.config.home,
                "PLEXE_BASE_URL": "https://data.example.org",
            ]),
            logger: client.log.logger)
        let token = try moved.catalog.createToken(email: "ann@example.com")
        let answer = moved.makeResponder().respond(
            to: HTTPRequest(
                method: .get, path: "/data/analysis/\(job)",
                headers: ["authorization": "Bearer \(token)"]))
        let json = try JSON.parse(answer.body)
        let url = try #require(json["files"]?[0]?["visualizations"]?[0]?["data_url"]?.stringValue)
        #expect(url.hasPrefix("https://data.example.org/data/visualizations/viz_"))
        #expect(json["recommendations"]?.arrayValue != nil)
    }

    @Test func resultsStoredInTheOldFormAreServedAsTheyAre() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let legacy =
            #"{"files":[{"filename":"people.csv","stats":{"rows":5}}],"recommendations":[{"type":"modeling","message":"m","importance":"low"}]}"#
        try client.app.sqliteCatalog.write { c in
            try c.run(
                """
                INSERT INTO jobs (id, user_id, type, upload_id, status, progress, params_json, result_json, created_at, completed_at)
                VALUES ('job_old', 1, 'analysis', ?, 'completed', 1,
                        '{"upload_id":"' || ? || '","files":["people.csv"],"bytes":1,"analysis_type":"basic"}', ?, 1, 2)
                """, [.text(id), .text(id), .text(legacy)])
        }
        let json = client.get("/data/analysis/job_old").json
        #expect(json["files"]?[0]?["stats"]?["rows"] == 5 && json["recommendations"]?[0]?["type"] == "modeling")
        #expect(json["analysis_type"] == "basic")
    }
}
