import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// Each route's success and error paths, in process (`APITestClient`): the API's behaviour
/// in milliseconds, leaving the real stack (nginx, FastCGI, the file handoffs) to the e2e suite.
@Suite struct SystemHandlerTests {
    @Test func healthAndTheDocument() throws {
        let client = try APITestClient()
        let health = client.get("/healthz", token: .some(nil))
        #expect(health.status == 200 && health.json["status"] == "ok")
        let document = client.get("/openapi.json", token: .some(nil))
        #expect(document.status == 200 && document.json["openapi"] == "3.1.0")
        let head = client.request(.head, "/healthz", token: .some(nil))
        #expect(head.status == 200 && head.response.body.isEmpty)
    }

    @Test func unknownPathsMethodsAndCredentials() throws {
        let client = try APITestClient()
        let wrongMethod = client.request(.post, "/healthz", json: [:])
        #expect(wrongMethod.status == 405 && wrongMethod.errorCode == "method_not_allowed" && wrongMethod.header("Allow") == "GET")
        #expect(client.get("/nope").status == 404)
        let anonymous = client.get("/data/uploads", token: .some(nil))
        #expect(anonymous.status == 401 && anonymous.errorCode == "unauthorized" && anonymous.header("WWW-Authenticate") == "Bearer")
        #expect(client.get("/data/uploads", token: "plx_wrong").status == 401)
        let notJSON = client.request(.post, "/data/uploads", headers: ["content-type": "application/json"])
        #expect(notJSON.status == 400 && notJSON.errorCode == "invalid_request")
    }
}

@Suite struct UploadHandlerTests {
    @Test func createListReadAndDelete() throws {
        let client = try APITestClient()
        let created = try client.createAndPut([("a.csv", "x\n1\n")])
        let id = try #require(created["upload_id"]?.stringValue)
        #expect(created["status"] == "pending")
        #expect(created["files"]?[0]?["presigned_url"]?.stringValue?.hasPrefix("https://localhost:9999/storage/uploads/\(id)/0-a.csv?X-Amz-") == true)
        let list = client.get("/data/uploads?limit=1")
        #expect(list.status == 200 && list.json["pagination"]?["total"] == 1 && list.json["uploads"]?[0]?["upload_id"] == .string(id))
        for prefix in ["/data/uploads", "/uploads"] {
            let details = client.get("\(prefix)/\(id)")
            #expect(details.status == 200 && details.json["expires_at"] != nil && details.json["files"]?[0]?["filename"] == "a.csv")
        }
        let deleted = client.delete("/data/uploads/\(id)")
        #expect(deleted.status == 200 && deleted.json["status"] == "deleted")
        #expect(client.get("/data/uploads/\(id)").status == 404)
    }

    @Test func createRefusesBadFiles() throws {
        let client = try APITestClient(["PLEXE_MAX_FILES_PER_UPLOAD": "2"])
        func create(_ files: JSON) -> APITestClient.Answer { client.post("/data/upload", ["files": files]) }
        let traversal = create([["filename": "../a.csv", "content_type": "text/csv"]])
        #expect(traversal.status == 422 && traversal.errorParam == "files[0].filename")
        let twice = create([["filename": "a.csv", "content_type": "text/csv"], ["filename": "a.csv", "content_type": "text/csv"]])
        #expect(twice.status == 422 && twice.errorParam == "files[1].filename")
        let type = create([["filename": "a.exe", "content_type": "application/x-msdownload"]])
        #expect(type.status == 422 && type.errorParam == "files[0].content_type")
        let many = create(.array((0..<3).map { ["filename": .string("f\($0).csv"), "content_type": "text/csv"] }))
        #expect(many.status == 413 && many.errorCode == "payload_too_large")
        #expect(client.post("/data/uploads", [:]).errorParam == "files")
        let options = create([["filename": "a.csv", "content_type": "text/csv", "delimiter": ";", "quote": ";"]])
        #expect(options.status == 422 && options.errorParam == "files[0].quote")
    }

    @Test func listRefusesBadParameters() throws {
        let client = try APITestClient()
        #expect(client.get("/data/uploads?limit=0").errorParam == "limit")
        #expect(client.get("/data/uploads?sort=size").errorParam == "sort")
    }

    @Test func confirmIngestsAndRefusesWhatDidNotArrive() throws {
        let client = try APITestClient()
        let created = client.post("/data/uploads", ["files": [["filename": "a.csv", "content_type": "text/csv"]]]).json
        let id = try #require(created["upload_id"]?.stringValue)
        let key = try #require(created["files"]?[0]?["s3_key"])
        let missing = client.post("/uploads/\(id)/status", ["status": "complete", "files": [["filename": "a.csv", "s3_key": key]]])
        #expect(missing.status == 422 && missing.errorParam == "files")
        let wrongKey = client.post("/uploads/\(id)/status", ["status": "complete", "files": [["filename": "a.csv", "s3_key": "uploads/x"]]])
        #expect(wrongKey.errorParam == "files[0].s3_key")
        #expect(client.post("/uploads/\(id)/status", ["status": "done", "files": []]).errorParam == "status")

        let complete = try client.completeUpload()
        let details = client.get("/uploads/\(complete)")
        #expect(details.json["status"] == "complete" && details.json["files"]?[0]?["rows"] == 5 && details.json["files"]?[0]?["format"] == "csv")
        let again = client.post(
            "/data/uploads/\(complete)/status",
            [
                "status": "complete",
                "files": [
                    [
                        "filename": "people.csv",
                        "s3_key": details.json["files"]?[0]?["s3_key"] ?? .null,
                    ]
                ],
            ])
        #expect(again.status == 409)
    }

    @Test func theStorageCheckAllowsOnlyValidPutsToPendingUploads() throws {
        let client = try APITestClient()
        let created = client.post("/data/uploads", ["files": [["filename": "a.csv", "content_type": "text/csv", "size_bytes": 4]]]).json
        let url = try #require(created["files"]?[0]?["presigned_url"]?.stringValue)
        let target = String(url.dropFirst("https://localhost:9999".count))
        func check(_ rawURI: String, length: String = "4") -> Int {
            client.request(.put, "/_auth/storage", token: .some(nil), headers: ["content-length": length], rawURI: rawURI).status
        }
        #expect(check(target) == 204)
        #expect(check(target, length: "5") == 403)
        #expect(check(target.replacingOccurrences(of: "X-Amz-Signature=", with: "X-Amz-Signature=0")) == 403)
        #expect(check("/storage/uploads/x/0-a.csv") == 403)
    }

    @Test func previewsPageThroughRows() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let page = client.get("/data/uploads/\(id)/files/people.csv/preview?limit=2&offset=1")
        #expect(page.status == 200 && page.json["total_rows"] == 5 && page.json["returned_rows"] == 2)
        #expect(page.json["data"]?[0] == ["Bob", "41", "Rome", "false"] && page.json["columns"]?[0] == "name")
        #expect(client.get("/uploads/\(id)/files/other.csv/preview").errorParam == "filename")
        #expect(client.get("/uploads/\(id)/files/people.csv/preview?limit=101").errorParam == "limit")
        let pending = try #require(try client.createAndPut([("b.csv", "x\n1\n")])["upload_id"]?.stringValue)
        #expect(client.get("/uploads/\(pending)/files/b.csv/preview").status == 409)
    }

    @Test func modelsPinAnUpload() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let model = client.post("/models", ["model_name": "churn", "upload_id": .string(id)])
        #expect(model.status == 201 && model.json["version"] == "1")
        let pinned = client.delete("/uploads/\(id)")
        #expect(pinned.status == 409 && pinned.errorCode == "resource_conflict")
        #expect(client.post("/models", ["model_name": " ", "upload_id": .string(id)]).errorParam == "model_name")
        #expect(client.post("/models", ["model_name": "m", "upload_id": "upload_nope"]).errorParam == "upload_id")
        let modelID = try #require(model.json["model_id"]?.stringValue)
        #expect(client.delete("/models/\(modelID)").status == 200)
        #expect(client.delete("/models/\(modelID)").status == 404)
        #expect(client.delete("/uploads/\(id)").status == 200)
    }

    @Test func anotherUsersUploadIsNotFound() throws {
        let client = try APITestClient()
        let id = try #require(try client.createAndPut([("a.csv", "x\n1\n")])["upload_id"]?.stringValue)
        let other = try client.otherToken()
        #expect(client.get("/data/uploads/\(id)", token: other).status == 404)
        #expect(client.delete("/data/uploads/\(id)", token: other).status == 404)
    }
}

@Suite struct SessionAndQueryHandlerTests {
    @Test func sessionsOpenEndAndKeepHistory() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let opened = client.post("/data/sessions", ["upload_id": .string(id), "name": "s"])
        #expect(opened.status == 201 && opened.json["tables"]?[0]?["table"] == "people")
        let session = try #require(opened.json["session_id"]?.stringValue)
        #expect(client.post("/data/query", ["session_id": .string(session), "query_type": "sql", "query": "SELECT 1"]).status == 200)
        let history = client.get("/data/sessions/\(session)/queries")
        #expect(history.status == 200 && history.json["queries"]?[0]?["status"] == "completed")
        let ended = client.delete("/data/sessions/\(session)")
        #expect(ended.status == 200 && ended.json["status"] == "ended")
        let afterEnd = client.post("/data/query", ["session_id": .string(session), "query_type": "sql", "query": "SELECT 1"])
        #expect(afterEnd.status == 404 && afterEnd.errorParam == "session_id")
    }

    @Test func sessionsNeedACompleteOwnedUpload() throws {
        let client = try APITestClient()
        let pending = try #require(try client.createAndPut([("a.csv", "x\n1\n")])["upload_id"]?.stringValue)
        #expect(client.post("/data/sessions", ["upload_id": .string(pending)]).status == 409)
        #expect(client.post("/data/sessions", ["upload_id": "upload_nope"]).status == 404)
        #expect(client.post("/data/sessions", ["upload_id": .string(pending), "expiration_hours": 0]).errorParam == "expiration_hours")
        #expect(client.delete("/data/sessions/session_nope").status == 404)
        #expect(client.get("/data/sessions/session_nope/queries").status == 404)
    }

    @Test func queriesAnswerTablesChartsAndQuestions() throws {
        let client = try APITestClient()
        let session = client.session(try client.completeUpload())
        func query(_ body: JSON) -> APITestClient.Answer {
            var fields = body.objectValue ?? []
            fields.append(("session_id", .string(session)))
            return client.post("/data/query", .object(fields))
        }
        let table = query(["query_type": "sql", "query": "SELECT name FROM people WHERE age > 40 ORDER BY name"])
        #expect(table.status == 200 && table.json["rows"] == [["Bob"], ["Dee"]] && table.json["engine"] == nil)
        #expect(table.header("RateLimit")?.hasPrefix("limit=") == true)
        let chart = query([
            "query_type": "sql", "query": "SELECT city, COUNT(*) FROM people GROUP BY city ORDER BY city",
            "result_type": "visualization",
        ])
        #expect(chart.status == 200 && chart.json["data"]?["labels"] == ["Lima", "Oslo", "Rome"])
        let question = query(["query_type": "natural_language", "query": "how many people are there"])
        #expect(question.status == 200 && question.json["engine"] == "embedded" && question.json["rows"] == [[5]])
    }

    @Test func badQueriesAreTheCallersFault() throws {
        let client = try APITestClient()
        let session = client.session(try client.completeUpload())
        func query(_ body: JSON) -> APITestClient.Answer {
            var fields = body.objectValue ?? []
            fields.append(("session_id", .string(session)))
            return client.post("/data/query", .object(fields))
        }
        #expect(query(["query": "SELECT 1"]).errorParam == "query_type")
        #expect(query(["query_type": "sql", "query": "  "]).errorParam == "query")
        let write = query(["query_type": "sql", "query": "DELETE FROM people"])
        #expect(write.status == 422 && write.errorParam == "query" && write.header("RateLimit") != nil)
        #expect(query(["query_type": "sql", "query": "SELEKT"]).status == 422)
        let history = client.get("/data/sessions/\(session)/queries").json["queries"]?.arrayValue ?? []
        #expect(history.count == 2 && history.allSatisfy { $0["status"] == "failed" && $0["generated_sql"] == .null })
    }
}

@Suite struct AnalysisAndExportHandlerTests {
    @Test func analysesRunAndServeTheirCharts() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let started = client.post("/data/analyze", ["upload_id": .string(id), "analysis_type": "comprehensive"])
        #expect(started.status == 202 && started.json["status"] == "pending")
        let job = try #require(started.json["job_id"]?.stringValue)
        #expect(client.get("/data/analysis/\(job)").json["status"] == "pending")
        client.runJobs()
        let results = client.get("/data/analysis/\(job)")
        #expect(results.status == 200 && results.json["status"] == "completed" && results.json["files"]?[0]?["stats"]?["rows"] == 5)
        let url = try #require(results.json["files"]?[0]?["visualizations"]?[0]?["data_url"]?.stringValue)
        #expect(url.hasPrefix("https://localhost:9999/data/visualizations/viz_"))
        let path = String(url.dropFirst("https://localhost:9999".count))
        #expect(client.get(path).json["visualization_type"] != nil)
        let svg = client.get(path + "?format=svg")
        #expect(svg.header("Content-Type") == "image/svg+xml; charset=utf-8" && svg.text.contains("<svg"))
        #expect(client.get(path + "?format=gif").errorParam == "format")
        #expect(client.get(path + "/thumbnail").header("Content-Type") == "image/png")
        let jobState = client.get("/jobs/\(job)")
        #expect(jobState.json["type"] == "analysis" && jobState.json["status"] == "completed")
        #expect(client.get(path, token: try client.otherToken()).status == 404)
    }

    @Test func analysesRefuseWhatTheyCannotAnalyse() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        #expect(client.post("/data/analyze", ["upload_id": .string(id), "files": ["nope.csv"]]).errorParam == "files[0]")
        #expect(client.post("/data/analyze", ["upload_id": .string(id), "analysis_type": "deep"]).errorParam == "analysis_type")
        #expect(client.post("/data/analyze", ["upload_id": "upload_nope"]).status == 404)
        #expect(client.get("/data/analysis/job_nope").status == 404)
        #expect(client.get("/data/visualizations/viz_nope").status == 404)
        // Internal jobs are not the caller's to read.
        let ingest = try #require(try client.app.catalog.jobs(uploadID: id).first { $0.type == .ingest })
        #expect(client.get("/jobs/\(ingest.id)").status == 404)
    }

    @Test func exportsRunAndDownloadBySignatureOrToken() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        let started = client.post("/data/export", ["upload_id": .string(id), "format": "json"])
        #expect(started.status == 202 && started.json["status"] == "processing")
        let export = try #require(started.json["export_id"]?.stringValue)
        client.runJobs()
        let status = client.get("/data/export/\(export)")
        #expect(status.json["status"] == "completed" && status.json["format"] == "json")
        let url = try #require(status.json["files"]?[0]?["download_url"]?.stringValue)
        let target = String(url.dropFirst("https://localhost:9999".count))
        let signed = client.get(target, token: .some(nil))
        #expect(signed.status == 200 && signed.header("X-Accel-Redirect") == "/_files/exports/\(export)/0-people.json")
        #expect(signed.header("Content-Type") == "application/json")
        #expect(client.get("/data/export/\(export)/people.json").status == 200)
        #expect(client.get("/data/export/\(export)/people.json", token: .some(nil)).status == 401)
        #expect(client.get(target.replacingOccurrences(of: "X-Amz-Signature=", with: "X-Amz-Signature=00"), token: .some(nil)).status == 403)
        #expect(client.get("/data/export/\(export)/other.json").status == 404)
    }

    @Test func exportsRefuseBadRequests() throws {
        let client = try APITestClient()
        let id = try client.completeUpload()
        #expect(client.post("/data/export", ["upload_id": .string(id), "format": "xml"]).errorParam == "format")
        #expect(client.post("/data/export", ["upload_id": "upload_nope"]).status == 404)
        #expect(client.get("/data/export/export_nope").status == 404)
        let pending = try #require(try client.createAndPut([("a.csv", "x\n1\n")])["upload_id"]?.stringValue)
        #expect(client.post("/data/export", ["upload_id": .string(pending)]).status == 409)
    }
}
